using System.Collections.Generic;

namespace OneStop.Metrics.Samples;

/// <summary>
/// The published counts one level of the sample must reproduce, and how its dossiers are spread. Each count is a
/// seed figure; the comments in <see cref="TuKy2023Sample"/> map them to the report.
/// </summary>
internal sealed record LevelQuota
{
    /// <summary>Received in the period, per intake group.</summary>
    public required IReadOnlyList<IntakeGroup> Intake { get; init; }

    /// <summary>Carried over from before the period, per intake group (their channel does not count).</summary>
    public required IReadOnlyList<IntakeGroup> CarriedOver { get; init; }

    public required int ResolvedEarlyOrOnTime { get; init; }

    public required int ResolvedOverdue { get; init; }

    public required int InProgress { get; init; }

    public required int Returned { get; init; }

    public required int Cancelled { get; init; }

    /// <summary>Dossiers handled in the period that are not subject to digitization.</summary>
    public required int NotSubjectToDigitization { get; init; }

    /// <summary>Dossiers handled in the period that are subject to digitization and digitized at intake.</summary>
    public required int DigitizedAtIntake { get; init; }

    /// <summary>Result documents beyond one per resolved dossier (interlinked procedures issue several).</summary>
    public required int ExtraResultDocuments { get; init; }

    /// <summary>Result documents issued with an electronic copy.</summary>
    public required int DigitizedResultDocuments { get; init; }

    /// <summary>Procedures whose dossiers received in the period reuse digitized data (most of them do).</summary>
    public IReadOnlyList<string> ReusingProcedures { get; init; } = [];

    /// <summary>Whether coverage is by resolving department (district) or by receiving one-stop department (commune).</summary>
    public required bool CoverageByResolvingDepartment { get; init; }
}

/// <summary>A number of dossiers received for a pool of procedures, some of them in person and the rest online.</summary>
/// <param name="Procedures">The procedures to draw from (skewed towards the first).</param>
/// <param name="OneStops">The receiving one-stop departments to draw from (skewed towards the first).</param>
/// <param name="Resolving">The resolving department of every dossier of the group, or <see langword="null"/>.</param>
/// <param name="Count">How many dossiers.</param>
/// <param name="InPerson">How many of them were received in person (the rest online).</param>
internal sealed record IntakeGroup(IReadOnlyList<string> Procedures, IReadOnlyList<string> OneStops, string? Resolving,
    int Count, int InPerson);
