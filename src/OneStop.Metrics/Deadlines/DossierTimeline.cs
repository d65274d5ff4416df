using System.Collections.Immutable;
using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Deadlines;

/// <summary>
/// What a due date is computed from: when and how a dossier was received, its procedure's time limit, its
/// requests for supplements and any re-appointment of the due date.
/// </summary>
public sealed record DossierTimeline
{
    /// <summary>When the dossier was received (local time).</summary>
    public required LocalDateTime ReceivedAt { get; init; }

    /// <summary>How it was received. Default: in person.</summary>
    public IntakeChannel Channel { get; init; } = IntakeChannel.InPerson;

    /// <summary>The procedure's time limit.</summary>
    public required TimeLimit TimeLimit { get; init; }

    /// <summary>The requests for supplements, in any order.</summary>
    public ImmutableArray<SupplementRequest> Supplements { get; init; } = ImmutableArray<SupplementRequest>.Empty;

    /// <summary>
    /// New due dates agreed with the applicant (hẹn lại ngày trả, with a letter of apology). Decree 61/2018/NĐ-CP
    /// Art. 19(9) allows one: the earliest-made one is applied and any others are reported as ignored.
    /// </summary>
    public ImmutableArray<LocalDateTime> Reappointments { get; init; } = ImmutableArray<LocalDateTime>.Empty;
}
