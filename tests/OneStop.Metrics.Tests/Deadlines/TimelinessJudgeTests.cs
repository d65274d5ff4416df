using System;
using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Deadlines;

public sealed class TimelinessJudgeTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Vietnam;

    private static LocalDateTime At(string text) => LocalDateTimePattern.GeneralIso.Parse(text).Value;

    // Received Mon 2/3/2026, 5 working days: due Mon 9/3/2026 17:00.
    private static readonly DueDate Due = DeadlineCalculator.Compute(At("2026-03-02T09:00:00"), TimeLimit.WorkingDays(5));

    [Theory]
    [InlineData("2026-03-06T16:00:00", DossierTimeliness.Early)]
    [InlineData("2026-03-09T08:00:00", DossierTimeliness.OnTime)]
    [InlineData("2026-03-09T17:30:00", DossierTimeliness.OnTime)]
    [InlineData("2026-03-10T08:00:00", DossierTimeliness.Overdue)]
    public void Ended_dossiers_are_early_on_time_or_overdue_by_date(string ended, DossierTimeliness expected) =>
        Assert.Equal(expected, TimelinessJudge.Judge(Due, At(ended), At("2026-03-31T00:00:00"), Calendar));

    [Fact]
    public void By_instant_an_end_after_the_due_time_on_the_due_day_is_overdue() =>
        Assert.Equal(DossierTimeliness.Overdue,
            TimelinessJudge.Judge(Due, At("2026-03-09T17:30:00"), At("2026-03-31T00:00:00"), Calendar, 2, TimelinessComparison.ByInstant));

    [Theory]
    // As of Wed 4/3: due Mon 9/3 is the 3rd working day after → within a 2-day window, near due in a 3-day one.
    [InlineData("2026-03-04T10:00:00", 2, DossierTimeliness.WithinDeadline)]
    [InlineData("2026-03-04T10:00:00", 3, DossierTimeliness.NearDue)]
    [InlineData("2026-03-09T16:00:00", 0, DossierTimeliness.NearDue)]
    [InlineData("2026-03-09T18:00:00", 0, DossierTimeliness.NearDue)]
    [InlineData("2026-03-10T08:00:00", 2, DossierTimeliness.PastDeadline)]
    public void Unfinished_dossiers_fall_in_one_bucket_as_of_a_time(string asOf, int window, DossierTimeliness expected) =>
        Assert.Equal(expected, TimelinessJudge.Judge(Due, null, At(asOf), Calendar, window));

    [Fact]
    public void A_dossier_due_today_is_near_due_by_date_and_past_deadline_by_instant_after_the_due_time_never_both()
    {
        var asOf = At("2026-03-09T18:00:00");
        Assert.Equal(DossierTimeliness.NearDue, TimelinessJudge.Judge(Due, null, asOf, Calendar, 2));
        Assert.Equal(DossierTimeliness.PastDeadline, TimelinessJudge.Judge(Due, null, asOf, Calendar, 2, TimelinessComparison.ByInstant));
    }

    [Fact]
    public void Overdue_by_rule_wins_over_dates()
    {
        var due = Due with { OverdueByRule = true };
        Assert.Equal(DossierTimeliness.Overdue, TimelinessJudge.Judge(due, At("2026-03-03T08:00:00"), At("2026-03-31T00:00:00"), Calendar));
        Assert.Equal(DossierTimeliness.PastDeadline, TimelinessJudge.Judge(due, null, At("2026-03-03T08:00:00"), Calendar));
    }

    [Fact]
    public void An_unanswered_request_ends_the_dossier_at_the_request_under_the_portal_rule()
    {
        var timeline = new DossierTimeline
        {
            ReceivedAt = At("2026-03-02T09:00:00"),
            TimeLimit = TimeLimit.WorkingDays(5),
            Supplements = ImmutableArray.Create(new SupplementRequest(At("2026-03-04T10:00:00"))),
        };

        var paused = DeadlineCalculator.Compute(timeline);
        var restarted = DeadlineCalculator.Compute(timeline, new DeadlineRules { Supplements = SupplementPolicy.RestartDeadline });

        Assert.Equal(DossierTimeliness.Early, TimelinessJudge.Judge(paused, null, At("2026-03-31T00:00:00"), Calendar));
        Assert.Equal(DossierTimeliness.AwaitingSupplement, TimelinessJudge.Judge(restarted, null, At("2026-03-31T00:00:00"), Calendar));
    }

    [Fact]
    public void The_near_due_window_is_validated()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TimelinessJudge.Judge(Due, null, At("2026-03-04T10:00:00"), Calendar, -1));
        Assert.Contains("between 0 and 365 working days; was -1", ex.Message, StringComparison.Ordinal);
    }
}
