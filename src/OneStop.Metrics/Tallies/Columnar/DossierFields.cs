using System;
using System.Collections.Immutable;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies.Columnar;

/// <summary>
/// One dossier's fields as a streaming reader (a CSV parser, say) has them: codes and id as character spans into
/// the reader's buffer, times and facts as values. Passed to <see cref="DossierBatch.Builder.Add(in DossierFields)"/>,
/// which resolves the codes without allocating; nothing is copied unless the row is rejected or ids are kept.
/// </summary>
/// <remarks>
/// A <see langword="ref struct"/>: it lives on the stack and may hold spans. Create it with
/// <see langword="new"/> (the parameterless constructor sets the same defaults as <see cref="Dossier"/>), then set
/// the properties; one instance can be refilled for every row. The properties mirror <see cref="Dossier"/>'s, with
/// one difference: a resolving department code is given or not, so an empty
/// <see cref="ResolvingDepartmentCode"/> means none (<see cref="Dossier.ResolvingDepartmentCode"/> =
/// <see langword="null"/>).
/// </remarks>
public ref struct DossierFields
{
    /// <summary>Creates fields with <see cref="Dossier"/>'s defaults: <see cref="DigitizationFacts.None"/>, no supplements or re-appointments, in progress.</summary>
    public DossierFields()
    {
        Digitization = DigitizationFacts.None;
        Supplements = ImmutableArray<SupplementRequest>.Empty;
        Reappointments = ImmutableArray<LocalDateTime>.Empty;
    }

    /// <summary>The dossier's code (see <see cref="Dossier.Id"/>); copied to a string only when the row is rejected or ids are kept.</summary>
    public ReadOnlySpan<char> Id { get; set; }

    /// <summary>The procedure's code (see <see cref="Dossier.ProcedureCode"/>), compared ordinally.</summary>
    public ReadOnlySpan<char> ProcedureCode { get; set; }

    /// <summary>The receiving one-stop department's code (see <see cref="Dossier.ReceivingDepartmentCode"/>).</summary>
    public ReadOnlySpan<char> ReceivingDepartmentCode { get; set; }

    /// <summary>The resolving specialised department's code, or empty when the receiving unit resolves the dossier itself.</summary>
    public ReadOnlySpan<char> ResolvingDepartmentCode { get; set; }

    /// <summary>How the dossier was submitted (see <see cref="Dossier.Channel"/>).</summary>
    public IntakeChannel Channel { get; set; }

    /// <summary>When the dossier was received, local time (see <see cref="Dossier.ReceivedAt"/>).</summary>
    public LocalDateTime ReceivedAt { get; set; }

    /// <summary>The stored due time, or <see langword="null"/> (see <see cref="Dossier.DueAt"/>).</summary>
    public LocalDateTime? DueAt { get; set; }

    /// <summary>In progress, or how and when the dossier ended (see <see cref="Dossier.Outcome"/>).</summary>
    public DossierOutcome Outcome { get; set; }

    /// <summary>The digitization and reuse facts (see <see cref="Dossier.Digitization"/>).</summary>
    public DigitizationFacts Digitization { get; set; }

    /// <summary>Whether the dossier was received regardless of administrative boundary (see <see cref="Dossier.ReceivedRegardlessOfBoundary"/>).</summary>
    public bool ReceivedRegardlessOfBoundary { get; set; }

    /// <summary>The requests for supplements; read only when the batch computes due dates. <c>default</c> counts as none.</summary>
    public ImmutableArray<SupplementRequest> Supplements { get; set; }

    /// <summary>The re-appointed due dates; read only when the batch computes due dates. <c>default</c> counts as none.</summary>
    public ImmutableArray<LocalDateTime> Reappointments { get; set; }
}
