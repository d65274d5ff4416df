using System.Collections.Immutable;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Deadlines;

/// <summary>
/// The outcome of auditing stored due dates against computed ones. Every dossier given is in exactly one count:
/// <see cref="Agreeing"/> + <see cref="Mismatches"/> + <see cref="WithoutTimeLimit"/> +
/// <see cref="WithoutStoredDueDate"/> + <see cref="UnknownProcedure"/> = <see cref="DossiersRead"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record DeadlineAuditReport
{
    /// <summary>Dossiers given to the audit.</summary>
    public long DossiersRead { get; init; }

    /// <summary>Dossiers whose stored due date equals the computed one.</summary>
    public long Agreeing { get; init; }

    /// <summary>Dossiers whose stored due date differs, ordered by dossier id.</summary>
    public ImmutableArray<DueDateMismatch> Mismatches { get; init; } = ImmutableArray<DueDateMismatch>.Empty;

    /// <summary>Dossiers not audited because their procedure has no time limit in the catalogue.</summary>
    public long WithoutTimeLimit { get; init; }

    /// <summary>Dossiers not audited because no due date was stored.</summary>
    public long WithoutStoredDueDate { get; init; }

    /// <summary>Dossiers not audited because their procedure code is not in the catalogue.</summary>
    public long UnknownProcedure { get; init; }
}
