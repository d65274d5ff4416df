using System;
using NodaTime;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Deadlines;

/// <summary>
/// Judges a dossier's timeliness from its timestamps and computed <see cref="DueDate"/>, as of a given local
/// time: never the machine's clock.
/// </summary>
public static class TimelinessJudge
{
    /// <summary>Judges a dossier.</summary>
    /// <param name="due">Its computed due date.</param>
    /// <param name="endedAt">When it ended, or <see langword="null"/> while unfinished.</param>
    /// <param name="asOf">The time at which an unfinished dossier is judged.</param>
    /// <param name="calendar">The working-day calendar, for the near-due window.</param>
    /// <param name="nearDueWorkingDays">K: an unfinished dossier due on or before the K-th working day after the as-of date is near due (0: due today).</param>
    /// <param name="comparison">How an end is compared with the due time (by date, as in the seed, or by instant).</param>
    /// <returns>
    /// For an ended dossier (or one whose unanswered request for supplements ends it under the portal rule):
    /// early, on time or overdue; a dossier without a running deadline counts as on time. For an unfinished one:
    /// past deadline, near due, within deadline or awaiting supplement.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="due"/> or <paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nearDueWorkingDays"/> is negative or above 365.</exception>
    public static DossierTimeliness Judge(DueDate due, LocalDateTime? endedAt, LocalDateTime asOf, WorkingDayCalendar calendar,
        int nearDueWorkingDays = 2, TimelinessComparison comparison = TimelinessComparison.ByDate)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(calendar);
        if (nearDueWorkingDays is < 0 or > 365)
        {
            throw new ArgumentOutOfRangeException(nameof(nearDueWorkingDays), nearDueWorkingDays,
                $"The near-due window must be between 0 and 365 working days; was {nearDueWorkingDays}.");
        }

        var end = endedAt ?? due.UnansweredRequestAt;
        if (end is { } ended)
        {
            if (due.OverdueByRule)
            {
                return DossierTimeliness.Overdue;
            }

            return DossierClassifier.CompareWithDue(ended, due.DueAt, comparison) switch
            {
                < 0 => DossierTimeliness.Early,
                0 => DossierTimeliness.OnTime,
                _ => DossierTimeliness.Overdue,
            };
        }

        if (due.DueAt is not { } dueAt)
        {
            return DossierTimeliness.AwaitingSupplement;
        }

        var past = due.OverdueByRule || (comparison == TimelinessComparison.ByDate ? dueAt.Date < asOf.Date : dueAt < asOf);
        if (past)
        {
            return DossierTimeliness.PastDeadline;
        }

        return dueAt.Date <= calendar.AddWorkingDays(asOf.Date, nearDueWorkingDays)
            ? DossierTimeliness.NearDue
            : DossierTimeliness.WithinDeadline;
    }
}
