using NodaTime;

namespace OneStop.Metrics.Validation;

/// <summary>
/// A request for supplements (yêu cầu bổ sung, hoàn thiện hồ sơ) as an export row gives it: either time may be
/// missing or out of order; <see cref="DossierRecordValidator"/> says which are usable.
/// </summary>
/// <param name="RequestedAt">When supplements were requested (local time); required (<see cref="ErrorCodes.DossierSupplementRequestedAtMissing"/>).</param>
/// <param name="CompletedAt">
/// When the completed supplement was received, or <see langword="null"/> while unanswered; never before
/// <paramref name="RequestedAt"/> (<see cref="ErrorCodes.DossierSupplementCompletedBeforeRequested"/>).
/// </param>
public readonly record struct SupplementRecord(LocalDateTime? RequestedAt, LocalDateTime? CompletedAt);
