using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using Xunit;

namespace OneStop.Metrics.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private static LocalDateTime At(string text) => LocalDateTimePattern.GeneralIso.Parse(text).Value;

    private static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).Value;

    [Theory]
    // Tết Bính Ngọ: Sat 14/2 – Sun 22/2/2026 off; counting starts the day after intake.
    [InlineData("2026-02-13T16:30:00", 5, "2026-02-27")]
    [InlineData("2026-02-12T09:00:00", 1, "2026-02-13")]
    [InlineData("2026-02-12T09:00:00", 2, "2026-02-23")]
    // Tết Quý Mão: Fri 20/1 – Thu 26/1/2023 off.
    [InlineData("2023-01-19T10:00:00", 1, "2023-01-27")]
    // 30/4–1/5/2024: Sat 27/4 – Wed 1/5 off (Mon 29/4 by swap), Sat 4/5 a working day.
    [InlineData("2024-04-25T10:00:00", 3, "2024-05-03")]
    [InlineData("2024-04-25T10:00:00", 4, "2024-05-04")]
    [InlineData("2024-04-25T10:00:00", 5, "2024-05-06")]
    // National Day 2023: Fri 1/9 – Mon 4/9 off.
    [InlineData("2023-08-31T10:00:00", 2, "2023-09-06")]
    // Zero days: due at the end of the intake day.
    [InlineData("2023-08-31T10:00:00", 0, "2023-08-31")]
    public void Working_day_limits_skip_weekends_holidays_and_count_swapped_saturdays(string received, int days, string due)
    {
        var result = DeadlineCalculator.Compute(At(received), TimeLimit.WorkingDays(days));

        Assert.Equal(Day(due) + new LocalTime(17, 0), result.DueAt);
    }

    [Fact]
    public void The_due_date_lists_the_days_off_it_skipped_with_their_reasons()
    {
        var result = DeadlineCalculator.Compute(At("2026-02-13T16:30:00"), TimeLimit.WorkingDays(5));

        Assert.Equal(Day("2026-02-13"), result.IntakeDay);
        Assert.Equal(Enumerable.Range(14, 9).Select(d => new LocalDate(2026, 2, d)), result.SkippedDays.Select(s => s.Date));
        Assert.All(result.SkippedDays, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Contains(result.SkippedDays, s => s.Reason.Contains("Tết", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_in_person_cut_off_moves_the_intake_day_to_the_next_working_day()
    {
        var rules = new DeadlineRules { InPersonCutOff = new LocalTime(15, 0) };

        var late = DeadlineCalculator.Compute(At("2026-02-13T16:30:00"), TimeLimit.WorkingDays(5), rules);
        var early = DeadlineCalculator.Compute(At("2026-02-13T14:59:00"), TimeLimit.WorkingDays(5), rules);
        var online = DeadlineCalculator.Compute(At("2026-02-13T16:30:00"), TimeLimit.WorkingDays(5), rules, IntakeChannel.Online);

        Assert.Equal(Day("2026-02-23"), late.IntakeDay);
        Assert.Equal(At("2026-03-02T17:00:00"), late.DueAt);
        Assert.Equal(At("2026-02-27T17:00:00"), early.DueAt);
        Assert.Equal(At("2026-02-27T17:00:00"), online.DueAt);
    }

    [Fact]
    public void Under_a_cut_off_a_receipt_on_a_day_off_counts_from_the_next_working_day_like_one_after_the_cut_off()
    {
        // Found by the monotonicity property: Fri 7/2/2025 23:47 moved to Mon 10/2, but Sat 8/2 07:17 (before the
        // cut-off time) stayed on the Saturday and got an earlier due date.
        var rules = new DeadlineRules { InPersonCutOff = new LocalTime(15, 0) };

        var friday = DeadlineCalculator.Compute(At("2025-02-07T23:47:00"), TimeLimit.WorkingDays(36), rules);
        var saturday = DeadlineCalculator.Compute(At("2025-02-08T07:17:00"), TimeLimit.WorkingDays(36), rules);

        Assert.Equal(Day("2025-02-10"), friday.IntakeDay);
        Assert.Equal(Day("2025-02-10"), saturday.IntakeDay);
        Assert.Equal(friday.DueAt, saturday.DueAt);
    }

    [Fact]
    public void Online_intake_outside_working_hours_can_count_from_the_next_working_day()
    {
        var rules = new DeadlineRules { OnlineOutsideHoursNextWorkingDay = true };

        var sunday = DeadlineCalculator.Compute(At("2023-03-05T20:00:00"), TimeLimit.WorkingDays(1), rules, IntakeChannel.Online);
        var evening = DeadlineCalculator.Compute(At("2023-03-06T17:30:00"), TimeLimit.WorkingDays(1), rules, IntakeChannel.Online);
        var office = DeadlineCalculator.Compute(At("2023-03-06T10:00:00"), TimeLimit.WorkingDays(1), rules, IntakeChannel.Online);

        Assert.Equal(At("2023-03-07T17:00:00"), sunday.DueAt);
        Assert.Equal(At("2023-03-08T17:00:00"), evening.DueAt);
        Assert.Equal(At("2023-03-07T17:00:00"), office.DueAt);
    }

    [Theory]
    // Ends on Sun 15/2/2026, inside Tết: moves to the next working day (Civil Code Art. 148(5)).
    [InlineData("2026-02-10T09:00:00", 5, "2026-02-23")]
    [InlineData("2023-03-01T09:00:00", 3, "2023-03-06")]
    [InlineData("2023-03-01T09:00:00", 6, "2023-03-07")]
    public void Calendar_day_limits_end_on_the_next_working_day_when_the_last_day_is_off(string received, int days, string due) =>
        Assert.Equal(Day(due) + new LocalTime(17, 0), DeadlineCalculator.Compute(At(received), TimeLimit.CalendarDays(days)).DueAt);

    [Theory]
    [InlineData("2026-03-02T16:00:00", 8, "2026-03-03T16:00:00")]
    [InlineData("2026-03-02T07:30:00", 8, "2026-03-02T17:00:00")]
    [InlineData("2026-03-02T10:30:00", 2, "2026-03-02T14:00:00")]
    [InlineData("2026-03-02T12:00:00", 1, "2026-03-02T14:00:00")]
    [InlineData("2026-03-06T16:30:00", 1, "2026-03-09T08:00:00")]
    [InlineData("2026-03-07T09:00:00", 4, "2026-03-09T11:30:00")]
    public void Working_hour_limits_count_only_working_hours_of_working_days(string received, int hours, string due) =>
        Assert.Equal(At(due), DeadlineCalculator.Compute(At(received), TimeLimit.WorkingHours(hours)).DueAt);

    private static DossierTimeline Timeline(params SupplementRequest[] supplements) => new()
    {
        ReceivedAt = At("2026-03-02T09:00:00"),
        TimeLimit = TimeLimit.WorkingDays(5),
        Supplements = supplements.ToImmutableArray(),
    };

    [Fact]
    public void Pausing_the_clock_moves_the_deadline_by_the_working_days_waited()
    {
        var result = DeadlineCalculator.Compute(Timeline(new SupplementRequest(At("2026-03-03T10:00:00"), At("2026-03-05T08:00:00"))));

        Assert.Equal(2, result.PausedWorkingDays);
        Assert.Equal(At("2026-03-11T17:00:00"), result.DueAt);
        Assert.False(result.OverdueByRule);
    }

    [Fact]
    public void Restarting_the_deadline_counts_the_whole_limit_again_from_the_completed_supplement()
    {
        var rules = new DeadlineRules { Supplements = SupplementPolicy.RestartDeadline };
        var result = DeadlineCalculator.Compute(
            Timeline(new SupplementRequest(At("2026-03-03T10:00:00"), At("2026-03-05T08:00:00"))), rules);

        Assert.Equal(Day("2026-03-05"), result.IntakeDay);
        Assert.Equal(At("2026-03-12T17:00:00"), result.DueAt);
    }

    [Fact]
    public void An_unanswered_request_ends_processing_under_the_portal_rule_and_stops_the_clock_under_restart()
    {
        var request = new SupplementRequest(At("2026-03-04T10:00:00"));

        var paused = DeadlineCalculator.Compute(Timeline(request));
        var restarted = DeadlineCalculator.Compute(Timeline(request), new DeadlineRules { Supplements = SupplementPolicy.RestartDeadline });

        Assert.Equal(At("2026-03-04T10:00:00"), paused.UnansweredRequestAt);
        Assert.Equal(At("2026-03-09T17:00:00"), paused.DueAt);
        Assert.Null(restarted.DueAt);
    }

    [Fact]
    public void More_than_one_request_for_supplements_is_overdue_by_the_portal_rule_unless_switched_off()
    {
        var timeline = Timeline(
            new SupplementRequest(At("2026-03-03T10:00:00"), At("2026-03-04T10:00:00")),
            new SupplementRequest(At("2026-03-05T10:00:00"), At("2026-03-05T15:00:00")));

        Assert.True(DeadlineCalculator.Compute(timeline).OverdueByRule);
        Assert.False(DeadlineCalculator.Compute(timeline, new DeadlineRules { MoreThanOneSupplementRequestIsOverdue = false }).OverdueByRule);
        Assert.False(DeadlineCalculator.Compute(timeline, new DeadlineRules { Supplements = SupplementPolicy.RestartDeadline }).OverdueByRule);
    }

    [Fact]
    public void Only_one_reappointment_is_applied_and_the_others_are_reported()
    {
        var timeline = Timeline() with
        {
            Reappointments = [At("2026-03-20T17:00:00"), At("2026-03-16T17:00:00")],
        };

        var result = DeadlineCalculator.Compute(timeline);

        Assert.True(result.Reappointed);
        Assert.Equal(At("2026-03-16T17:00:00"), result.DueAt);
        Assert.Equal(1, result.ReappointmentsIgnored);
    }
}
