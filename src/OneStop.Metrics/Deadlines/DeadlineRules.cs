using NodaTime;
using OneStop.Metrics.Calendars;

namespace OneStop.Metrics.Deadlines;

/// <summary>
/// The rules by which a due date (ngày hẹn trả) is computed from an intake time and a time limit: the
/// working-day calendar, working hours, intake cut-offs and what supplements do. Each choice is a named option;
/// <c>docs/calendar-and-deadlines.md</c> gives the legal source of each.
/// </summary>
public sealed record DeadlineRules
{
    /// <summary>The defaults: Vietnam's calendar, 07:30–11:30 and 13:00–17:00, no cut-off, the clock pauses for supplements.</summary>
    public static DeadlineRules Default { get; } = new();

    /// <summary>The working-day calendar. Default: <see cref="WorkingDayCalendar.Vietnam"/>.</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.Vietnam;

    /// <summary>The working hours; the end of the afternoon session is the due time of day-based limits. Default: <see cref="WorkingHours.Default"/>.</summary>
    public WorkingHours Hours { get; init; } = WorkingHours.Default;

    /// <summary>
    /// A time of day after which a dossier received in person or by post counts as received on the next working
    /// day (as does one received on a day off), e.g. 15:00 (Decree 61/2018/NĐ-CP Art. 18(2) forwards such dossiers the next morning, and many provinces
    /// start the deadline then). Default: <see langword="null"/>, no cut-off: the Civil Code alone applies.
    /// </summary>
    public LocalTime? InPersonCutOff { get; init; }

    /// <summary>
    /// Whether a dossier received online after working hours or on a day off counts as received on the next
    /// working day. Default: <see langword="false"/>.
    /// </summary>
    public bool OnlineOutsideHoursNextWorkingDay { get; init; }

    /// <summary>What a request for supplements does to the deadline. Default: <see cref="SupplementPolicy.PauseClock"/>.</summary>
    public SupplementPolicy Supplements { get; init; } = SupplementPolicy.PauseClock;

    /// <summary>
    /// Whether a dossier with more than one request for supplements is overdue whatever its dates (the
    /// National Public Service Portal's rule under <see cref="SupplementPolicy.PauseClock"/>). Default: <see langword="true"/>.
    /// </summary>
    public bool MoreThanOneSupplementRequestIsOverdue { get; init; } = true;
}
