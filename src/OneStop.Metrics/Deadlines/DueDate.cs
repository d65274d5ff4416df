using System.Collections.Immutable;
using NodaTime;
using OneStop.Metrics.Calendars;

namespace OneStop.Metrics.Deadlines;

/// <summary>A computed due date and how it came about: where counting started, the days off it skipped, supplements and re-appointments.</summary>
public sealed record DueDate
{
    /// <summary>
    /// The due time (ngày hẹn trả): the end of the working day for limits in days. <see langword="null"/> while
    /// the clock has not started: under <see cref="SupplementPolicy.RestartDeadline"/>, after a request for
    /// supplements that is still unanswered.
    /// </summary>
    public LocalDateTime? DueAt { get; init; }

    /// <summary>The day treated as the intake day; counting starts the day after (the cut-off rules may move it).</summary>
    public LocalDate IntakeDay { get; init; }

    /// <summary>The days off between the intake day (excluded) and the due date (included), each with its reason.</summary>
    public ImmutableArray<DayStatus> SkippedDays { get; init; } = ImmutableArray<DayStatus>.Empty;

    /// <summary>Working days the deadline moved by because the clock was paused for supplements (for limits in days).</summary>
    public int PausedWorkingDays { get; init; }

    /// <summary>
    /// Under <see cref="SupplementPolicy.PauseClock"/>, the time of an unanswered request for supplements: the
    /// portal takes it as the end of processing. <see langword="null"/> when every request was answered.
    /// </summary>
    public LocalDateTime? UnansweredRequestAt { get; init; }

    /// <summary>Whether the dossier is overdue by rule whatever its dates (more than one request for supplements).</summary>
    public bool OverdueByRule { get; init; }

    /// <summary>Whether a re-appointment replaced the computed due time.</summary>
    public bool Reappointed { get; init; }

    /// <summary>Re-appointments beyond the one allowed, not applied.</summary>
    public int ReappointmentsIgnored { get; init; }
}
