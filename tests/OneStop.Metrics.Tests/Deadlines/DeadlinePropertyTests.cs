using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Deadlines;
using Xunit;

namespace OneStop.Metrics.Tests.Deadlines;

/// <summary>Intake times 2023–2026 at any minute of the day, and limits of 0 to 40 units.</summary>
public static class DeadlineArbitraries
{
    public static Arbitrary<LocalDateTime> IntakeTimes() =>
        Arb.From(
            from day in Gen.Choose(0, (365 * 4) - 1)
            from minute in Gen.Choose(0, (24 * 60) - 1)
            select new LocalDate(2023, 1, 1).PlusDays(day).AtMidnight().PlusMinutes(minute));

    public static Arbitrary<int> Limits() => Arb.From(Gen.Choose(0, 40));
}

[Properties(Arbitrary = new[] { typeof(DeadlineArbitraries) }, MaxTest = 300)]
public sealed class DeadlinePropertyTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Vietnam;

    [Property]
    public void A_working_day_due_date_is_a_working_day_exactly_n_working_days_after_intake(LocalDateTime received, int days)
    {
        var due = DeadlineCalculator.Compute(received, TimeLimit.WorkingDays(days)).DueAt!.Value.Date;

        Assert.Equal(days, Calendar.WorkingDaysBetween(received.Date, due));
        Assert.True(days == 0 || Calendar.IsWorkingDay(due));
    }

    [Property]
    public void The_due_date_is_monotone_in_the_intake_time(LocalDateTime first, LocalDateTime second, int days)
    {
        var (early, late) = first <= second ? (first, second) : (second, first);
        foreach (var limit in new[] { TimeLimit.WorkingDays(days), TimeLimit.CalendarDays(days), TimeLimit.WorkingHours(days) })
        {
            foreach (var rules in new[] { DeadlineRules.Default, new DeadlineRules { InPersonCutOff = new LocalTime(15, 0) } })
            {
                Assert.True(DeadlineCalculator.Compute(early, limit, rules).DueAt <= DeadlineCalculator.Compute(late, limit, rules).DueAt);
            }
        }
    }

    [Property]
    public void The_due_date_is_monotone_in_the_limit(LocalDateTime received, int first, int second)
    {
        var (low, high) = first <= second ? (first, second) : (second, first);
        Assert.True(DeadlineCalculator.Compute(received, TimeLimit.WorkingDays(low)).DueAt
                    <= DeadlineCalculator.Compute(received, TimeLimit.WorkingDays(high)).DueAt);
        Assert.True(DeadlineCalculator.Compute(received, TimeLimit.CalendarDays(low)).DueAt
                    <= DeadlineCalculator.Compute(received, TimeLimit.CalendarDays(high)).DueAt);
        Assert.True(DeadlineCalculator.Compute(received, TimeLimit.WorkingHours(low)).DueAt
                    <= DeadlineCalculator.Compute(received, TimeLimit.WorkingHours(high)).DueAt);
    }

    [Property]
    public void Pause_and_restart_policies_agree_when_there_is_no_supplement(LocalDateTime received, int days)
    {
        var timeline = new DossierTimeline { ReceivedAt = received, TimeLimit = TimeLimit.WorkingDays(days) };
        var restart = new DeadlineRules { Supplements = SupplementPolicy.RestartDeadline };

        Assert.Equal(DeadlineCalculator.Compute(timeline).DueAt, DeadlineCalculator.Compute(timeline, restart).DueAt);
    }

    [Property]
    public void Pausing_never_brings_the_deadline_forward_and_restarting_never_ends_before_pausing(LocalDateTime received, int days, int wait)
    {
        var request = received.PlusHours(1);
        var timeline = new DossierTimeline
        {
            ReceivedAt = received,
            TimeLimit = TimeLimit.WorkingDays(days),
            Supplements = ImmutableArray.Create(new SupplementRequest(request, request.PlusDays(wait))),
        };

        var none = DeadlineCalculator.Compute(received, TimeLimit.WorkingDays(days)).DueAt;
        var paused = DeadlineCalculator.Compute(timeline).DueAt;
        var restarted = DeadlineCalculator.Compute(timeline, new DeadlineRules { Supplements = SupplementPolicy.RestartDeadline }).DueAt;

        Assert.True(none <= paused);
        Assert.True(paused <= restarted);
    }

    [Property]
    public void Unfinished_dossiers_fall_in_exactly_the_bucket_their_dates_say(LocalDateTime received, LocalDateTime asOf, int days)
    {
        var due = DeadlineCalculator.Compute(received, TimeLimit.WorkingDays(days));
        var dueDay = due.DueAt!.Value.Date;
        var judged = TimelinessJudge.Judge(due, null, asOf, Calendar, nearDueWorkingDays: 3);

        var expected = dueDay < asOf.Date ? DossierTimeliness.PastDeadline
            : dueDay <= Calendar.AddWorkingDays(asOf.Date, 3) ? DossierTimeliness.NearDue
            : DossierTimeliness.WithinDeadline;
        Assert.Equal(expected, judged);
    }

    [Property]
    public void A_wider_near_due_window_only_moves_dossiers_from_within_to_near_due(LocalDateTime received, LocalDateTime asOf, int days)
    {
        var due = DeadlineCalculator.Compute(received, TimeLimit.WorkingDays(days));
        var narrow = TimelinessJudge.Judge(due, null, asOf, Calendar, nearDueWorkingDays: 1);
        var wide = TimelinessJudge.Judge(due, null, asOf, Calendar, nearDueWorkingDays: 5);

        Assert.True(narrow == wide || (narrow == DossierTimeliness.WithinDeadline && wide == DossierTimeliness.NearDue));
    }
}
