using System;
using NodaTime;
using NodaTime.Text;

namespace OneStop.Metrics.Domain;

/// <summary>
/// Where a dossier's handling stands: in progress, or ended (resolved, returned as ineligible, refused, withdrawn,
/// cancelled) at a local date and time.
/// </summary>
/// <remarks>
/// Times are local times of the one-stop department (Asia/Ho_Chi_Minh, UTC+7, no daylight saving), as provincial
/// systems store them; at a single fixed offset, local times order exactly as the instants they denote.
/// Create values with <see cref="InProgress"/> or <see cref="Ended"/> and its shortcuts: an ended outcome always
/// has its time.
/// </remarks>
public readonly struct DossierOutcome : IEquatable<DossierOutcome>
{
    private readonly LocalDateTime _at;

    private DossierOutcome(OutcomeKind kind, LocalDateTime at)
    {
        Kind = kind;
        _at = at;
    }

    /// <summary>The outcome of a dossier that has not ended. This is also the <see langword="default"/> value.</summary>
    public static DossierOutcome InProgress => default;

    /// <summary>What happened to the dossier.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>Whether the dossier has ended (any kind other than <see cref="OutcomeKind.InProgress"/>).</summary>
    public bool IsEnded => Kind != OutcomeKind.InProgress;

    /// <summary>When the dossier ended (local time), or <see langword="null"/> while it is in progress.</summary>
    public LocalDateTime? At => IsEnded ? _at : null;

    /// <summary>Creates the outcome of a dossier that ended in the given way at the given local time.</summary>
    /// <param name="kind">How the dossier ended; any kind but <see cref="OutcomeKind.InProgress"/>.</param>
    /// <param name="at">When it ended, local time of the one-stop department.</param>
    /// <returns>The ended outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="OutcomeKind.InProgress"/> or not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not in the ISO calendar.</exception>
    public static DossierOutcome Ended(OutcomeKind kind, LocalDateTime at)
    {
        if (kind is < OutcomeKind.Resolved or > OutcomeKind.Cancelled)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind,
                $"An ended outcome must be Resolved, ReturnedIneligible, Refused, Withdrawn or Cancelled; was {kind}.");
        }

        if (at.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The end time must be in the ISO calendar; was {at} in {at.Calendar}.", nameof(at));
        }

        return new DossierOutcome(kind, at);
    }

    /// <summary>A dossier resolved (đã giải quyết) at the given local time.</summary>
    /// <param name="at">When the result was issued.</param>
    /// <returns>The outcome.</returns>
    public static DossierOutcome Resolved(LocalDateTime at) => Ended(OutcomeKind.Resolved, at);

    /// <summary>A dossier returned as ineligible (trả lại do không đủ điều kiện) at the given local time.</summary>
    /// <param name="at">When it was returned.</param>
    /// <returns>The outcome.</returns>
    public static DossierOutcome ReturnedIneligible(LocalDateTime at) => Ended(OutcomeKind.ReturnedIneligible, at);

    /// <summary>A dossier refused (từ chối giải quyết) at the given local time.</summary>
    /// <param name="at">When it was refused.</param>
    /// <returns>The outcome.</returns>
    public static DossierOutcome Refused(LocalDateTime at) => Ended(OutcomeKind.Refused, at);

    /// <summary>A dossier withdrawn by the applicant (rút hồ sơ) at the given local time.</summary>
    /// <param name="at">When it was withdrawn.</param>
    /// <returns>The outcome.</returns>
    public static DossierOutcome Withdrawn(LocalDateTime at) => Ended(OutcomeKind.Withdrawn, at);

    /// <summary>A dossier cancelled (đã hủy) at the given local time.</summary>
    /// <param name="at">When it was cancelled.</param>
    /// <returns>The outcome.</returns>
    public static DossierOutcome Cancelled(LocalDateTime at) => Ended(OutcomeKind.Cancelled, at);

    /// <inheritdoc />
    public bool Equals(DossierOutcome other) => Kind == other.Kind && _at == other._at;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DossierOutcome other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _at);

    /// <summary>Compares two outcomes for equality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DossierOutcome left, DossierOutcome right) => left.Equals(right);

    /// <summary>Compares two outcomes for inequality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DossierOutcome left, DossierOutcome right) => !left.Equals(right);

    /// <summary>Returns <c>InProgress</c>, or the kind and ISO local time, e.g. <c>Resolved at 2023-08-31T16:45:00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsEnded ? $"{Kind} at {LocalDateTimePattern.GeneralIso.Format(_at)}" : nameof(OutcomeKind.InProgress);
}
