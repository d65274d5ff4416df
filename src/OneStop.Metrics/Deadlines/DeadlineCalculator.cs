using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Deadlines;

/// <summary>
/// Computes due dates (ngày hẹn trả) from intake times and time limits under <see cref="DeadlineRules"/>. Pure:
/// the same timeline and rules always give the same due date; no clock is read.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Working days: the intake day is not counted (Civil Code 2015 Art. 147(2)); the due date is the day on
/// which the last working day is reached, at the end of working hours.</item>
/// <item>Calendar days: counted from the day after intake; a last day that is a day off moves to the next working
/// day (Art. 148(5)).</item>
/// <item>Working hours: counted from the intake time within the working hours of working days.</item>
/// <item>Supplements: the clock pauses for the time between a request and its completion, or restarts from the
/// completion, as <see cref="DeadlineRules.Supplements"/> says.</item>
/// <item>Re-appointment: one new due date replaces the computed one (Decree 61/2018/NĐ-CP Art. 19(9)).</item>
/// </list>
/// </remarks>
public static class DeadlineCalculator
{
    /// <summary>Computes the due date of a dossier received at a time, without supplements or re-appointment.</summary>
    /// <param name="receivedAt">When it was received (local time).</param>
    /// <param name="limit">The procedure's time limit.</param>
    /// <param name="rules">The rules; <see cref="DeadlineRules.Default"/> when <see langword="null"/>.</param>
    /// <param name="channel">How it was received (for the cut-off rules).</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date falls outside the calendar's supported range.</exception>
    public static DueDate Compute(LocalDateTime receivedAt, TimeLimit limit, DeadlineRules? rules = null,
        IntakeChannel channel = IntakeChannel.InPerson) =>
        Compute(new DossierTimeline { ReceivedAt = receivedAt, TimeLimit = limit, Channel = channel }, rules);

    /// <summary>Computes the due date of a dossier from its whole timeline.</summary>
    /// <param name="timeline">The intake, time limit, supplements and re-appointments.</param>
    /// <param name="rules">The rules; <see cref="DeadlineRules.Default"/> when <see langword="null"/>.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date falls outside the calendar's supported range.</exception>
    public static DueDate Compute(DossierTimeline timeline, DeadlineRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        rules ??= DeadlineRules.Default;
        var requests = timeline.Supplements.OrderBy(s => s.RequestedAt).ToImmutableArray();
        var unanswered = requests.FirstOrDefault(r => r.IsUnanswered);

        var start = timeline.ReceivedAt;
        var extraWorkingDays = 0;
        var extraCalendarDays = 0;
        var extraMinutes = 0;
        if (rules.Supplements == SupplementPolicy.RestartDeadline)
        {
            if (unanswered is not null)
            {
                // No deadline runs until the dossier is complete; the request does not end processing.
                return new DueDate { IntakeDay = IntakeDay(timeline.ReceivedAt, timeline.Channel, rules) };
            }

            if (requests.Length > 0)
            {
                start = requests.Max(r => r.CompletedAt!.Value);
            }
        }
        else
        {
            foreach (var request in requests.Where(r => !r.IsUnanswered))
            {
                var completed = request.CompletedAt!.Value;
                extraWorkingDays = checked(extraWorkingDays + rules.Calendar.WorkingDaysBetween(request.RequestedAt.Date, completed.Date));
                extraCalendarDays = checked(extraCalendarDays + Period.DaysBetween(request.RequestedAt.Date, completed.Date));
                extraMinutes = checked(extraMinutes + WorkingMinutesBetween(request.RequestedAt, completed, rules));
            }
        }

        var intakeDay = IntakeDay(start, timeline.Channel, rules);
        var limit = timeline.TimeLimit;
        var due = limit.Unit switch
        {
            TimeLimitUnit.CalendarDays => EndOfDay(OnWorkingDay(intakeDay.PlusDays(checked(limit.Value + extraCalendarDays)), rules), rules),
            TimeLimitUnit.WorkingHours => AddWorkingMinutes(HoursStart(start, intakeDay, rules), checked((limit.Value * 60) + extraMinutes), rules),
            _ => EndOfDay(rules.Calendar.AddWorkingDays(intakeDay, checked(limit.Value + extraWorkingDays)), rules),
        };

        var reappointed = !timeline.Reappointments.IsEmpty;
        if (reappointed)
        {
            due = timeline.Reappointments.Min();
        }

        return new DueDate
        {
            DueAt = due,
            IntakeDay = intakeDay,
            SkippedDays = SkippedDays(intakeDay, due.Date, rules.Calendar),
            PausedWorkingDays = limit.Unit == TimeLimitUnit.WorkingDays ? extraWorkingDays : 0,
            UnansweredRequestAt = rules.Supplements == SupplementPolicy.PauseClock ? unanswered?.RequestedAt : null,
            OverdueByRule = rules.Supplements == SupplementPolicy.PauseClock && rules.MoreThanOneSupplementRequestIsOverdue && requests.Length > 1,
            Reappointed = reappointed,
            ReappointmentsIgnored = Math.Max(0, timeline.Reappointments.Length - 1),
        };
    }

    /// <summary>
    /// The day treated as the intake day: the day received, or the next working day under the cut-off rules — after
    /// the cut-off time, or on a day off, so that a later receipt never gets an earlier due date.
    /// </summary>
    /// <param name="receivedAt">When the dossier was received.</param>
    /// <param name="channel">How.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The intake day; counting starts the day after.</returns>
    public static LocalDate IntakeDay(LocalDateTime receivedAt, IntakeChannel channel, DeadlineRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var day = receivedAt.Date;
        var late = channel == IntakeChannel.Online
            ? rules.OnlineOutsideHoursNextWorkingDay
              && (!rules.Calendar.IsWorkingDay(day) || receivedAt.TimeOfDay >= rules.Hours.AfternoonEnd)
            : rules.InPersonCutOff is { } cutOff && (!rules.Calendar.IsWorkingDay(day) || receivedAt.TimeOfDay > cutOff);
        return late ? rules.Calendar.NextWorkingDay(day) : day;
    }

    private static LocalDateTime EndOfDay(LocalDate date, DeadlineRules rules) => date + rules.Hours.AfternoonEnd;

    private static LocalDate OnWorkingDay(LocalDate date, DeadlineRules rules) =>
        rules.Calendar.IsWorkingDay(date) ? date : rules.Calendar.NextWorkingDay(date);

    /// <summary>Where counting working hours starts: the intake time, or the start of the intake day when the cut-off moved it.</summary>
    private static LocalDateTime HoursStart(LocalDateTime receivedAt, LocalDate intakeDay, DeadlineRules rules) =>
        intakeDay == receivedAt.Date ? receivedAt : intakeDay + rules.Hours.MorningStart;

    private static LocalDateTime AddWorkingMinutes(LocalDateTime from, int minutes, DeadlineRules rules)
    {
        var hours = rules.Hours;
        var day = from.Date;
        var used = rules.Calendar.IsWorkingDay(day) ? hours.MinutesBefore(from.TimeOfDay) : hours.MinutesPerDay;
        var remaining = minutes;
        while (remaining > hours.MinutesPerDay - used)
        {
            remaining -= hours.MinutesPerDay - used;
            day = rules.Calendar.NextWorkingDay(day);
            used = 0;
        }

        if (!rules.Calendar.IsWorkingDay(day))
        {
            day = rules.Calendar.NextWorkingDay(day);
            used = 0;
        }

        return day + hours.TimeAfter(used + remaining);
    }

    private static int WorkingMinutesBetween(LocalDateTime from, LocalDateTime to, DeadlineRules rules)
    {
        var hours = rules.Hours;
        var minutes = 0;
        for (var day = from.Date; day <= to.Date; day = day.PlusDays(1))
        {
            if (!rules.Calendar.IsWorkingDay(day))
            {
                continue;
            }

            var start = day == from.Date ? hours.MinutesBefore(from.TimeOfDay) : 0;
            var end = day == to.Date ? hours.MinutesBefore(to.TimeOfDay) : hours.MinutesPerDay;
            minutes = checked(minutes + Math.Max(0, end - start));
        }

        return minutes;
    }

    private static ImmutableArray<DayStatus> SkippedDays(LocalDate intakeDay, LocalDate dueDate, WorkingDayCalendar calendar)
    {
        var skipped = ImmutableArray.CreateBuilder<DayStatus>();
        for (var day = intakeDay.PlusDays(1); day <= dueDate; day = day.PlusDays(1))
        {
            var status = calendar.Describe(day);
            if (!status.IsWorkingDay)
            {
                skipped.Add(status);
            }
        }

        return skipped.ToImmutable();
    }
}
