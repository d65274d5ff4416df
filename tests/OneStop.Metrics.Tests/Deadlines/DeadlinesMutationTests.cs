using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Deadlines;

/// <summary>
/// Tests added to kill mutants that Stryker.NET found surviving in Deadlines (see mutation/README.md). The dates are
/// in March 2025, which has no public holiday: Thu 6/3, Fri 7/3, Sat 8/3, Sun 9/3, Mon 10/3 and so on.
/// </summary>
public sealed class DeadlinesMutationTests
{
    private static LocalDateTime At(int day, int hour, int minute = 0) => new(2025, 3, day, hour, minute);

    private static LocalDate Day(int day) => new(2025, 3, day);

    // --- DeadlineCalculator ---

    [Fact]
    public void A_pause_over_a_weekend_adds_only_the_working_minutes_it_covers_to_an_hours_limit()
    {
        // Paused Fri 7/3 16:00 to Mon 10/3 09:00: 60 minutes on Friday, none on the weekend, 90 on Monday = 150.
        // 16 hours (960 minutes) + 150 from Thu 6/3 07:30: Thursday 480, Friday 480, Monday 150 -> Mon 10/3 10:00.
        var timeline = new DossierTimeline
        {
            ReceivedAt = At(6, 7, 30),
            TimeLimit = TimeLimit.WorkingHours(16),
            Supplements = [new SupplementRequest(At(7, 16), At(10, 9))],
        };

        var due = DeadlineCalculator.Compute(timeline);

        Assert.Equal(At(10, 10), due.DueAt);
        Assert.Equal(0, due.PausedWorkingDays);
    }

    [Fact]
    public void A_pause_within_one_working_day_adds_the_minutes_between_request_and_completion()
    {
        // Paused Thu 6/3 08:00 to 10:00: 120 minutes. 3 hours + 120 minutes from Thu 07:30 -> Thu 14:00 (240 minutes of
        // morning to 11:30, then 60 of the afternoon from 13:00).
        var timeline = new DossierTimeline
        {
            ReceivedAt = At(6, 7, 30),
            TimeLimit = TimeLimit.WorkingHours(3),
            Supplements = [new SupplementRequest(At(6, 8), At(6, 10))],
        };

        Assert.Equal(At(6, 14), DeadlineCalculator.Compute(timeline).DueAt);
    }

    [Fact]
    public void A_pause_adds_its_calendar_days_to_a_calendar_day_limit()
    {
        // 10 calendar days + 3 paused (Fri 7/3 to Mon 10/3) from Thu 6/3: Wed 19/3.
        var timeline = new DossierTimeline
        {
            ReceivedAt = At(6, 9),
            TimeLimit = TimeLimit.CalendarDays(10),
            Supplements = [new SupplementRequest(At(7, 9), At(10, 9))],
        };

        Assert.Equal(At(19, 17), DeadlineCalculator.Compute(timeline).DueAt);
    }

    [Fact]
    public void Restarting_counts_from_the_latest_completion_of_several_requests()
    {
        var rules = new DeadlineRules { Supplements = SupplementPolicy.RestartDeadline };
        var timeline = new DossierTimeline
        {
            ReceivedAt = At(6, 9),
            TimeLimit = TimeLimit.WorkingDays(2),
            Supplements = [new SupplementRequest(At(11, 9), At(12, 10)), new SupplementRequest(At(7, 9), At(10, 9))],
        };

        var due = DeadlineCalculator.Compute(timeline, rules);

        Assert.Equal(Day(12), due.IntakeDay);
        Assert.Equal(At(14, 17), due.DueAt);
    }

    [Fact]
    public void An_unanswered_request_under_the_restart_rule_leaves_no_due_date_but_keeps_the_intake_day()
    {
        var rules = new DeadlineRules { Supplements = SupplementPolicy.RestartDeadline };
        var timeline = new DossierTimeline
        {
            ReceivedAt = At(6, 9),
            TimeLimit = TimeLimit.WorkingDays(2),
            Supplements = [new SupplementRequest(At(7, 9))],
        };

        var due = DeadlineCalculator.Compute(timeline, rules);

        Assert.Null(due.DueAt);
        Assert.Equal(Day(6), due.IntakeDay);
        Assert.Null(due.UnansweredRequestAt);
    }

    [Fact]
    public void A_zero_hour_limit_received_on_a_sunday_is_due_when_the_next_working_day_opens()
    {
        var due = DeadlineCalculator.Compute(At(9, 10), TimeLimit.WorkingHours(0));

        Assert.Equal(Day(9), due.IntakeDay);
        Assert.Equal(At(10, 7, 30), due.DueAt);
    }

    [Fact]
    public void An_hours_limit_moved_past_the_cut_off_starts_at_the_next_morning_not_at_the_time_received()
    {
        // Fri 7/3 16:30 after a 15:00 cut-off: intake Mon 10/3, one hour from 07:30.
        var rules = new DeadlineRules { InPersonCutOff = new LocalTime(15, 0) };

        var due = DeadlineCalculator.Compute(At(7, 16, 30), TimeLimit.WorkingHours(1), rules);

        Assert.Equal(Day(10), due.IntakeDay);
        Assert.Equal(At(10, 8, 30), due.DueAt);
    }

    [Fact]
    public void An_online_receipt_exactly_at_closing_time_counts_from_the_next_working_day()
    {
        var rules = new DeadlineRules { OnlineOutsideHoursNextWorkingDay = true };

        Assert.Equal(Day(7), DeadlineCalculator.IntakeDay(At(6, 17), IntakeChannel.Online, rules));
        Assert.Equal(Day(6), DeadlineCalculator.IntakeDay(At(6, 16, 59), IntakeChannel.Online, rules));
    }

    [Fact]
    public void An_in_person_receipt_exactly_at_the_cut_off_stays_on_its_day()
    {
        var rules = new DeadlineRules { InPersonCutOff = new LocalTime(15, 0) };

        Assert.Equal(Day(6), DeadlineCalculator.IntakeDay(At(6, 15), IntakeChannel.InPerson, rules));
        Assert.Equal(Day(7), DeadlineCalculator.IntakeDay(At(6, 15, 1), IntakeChannel.InPerson, rules));
    }

    [Fact]
    public void A_reappointment_to_a_sunday_lists_that_sunday_among_the_skipped_days()
    {
        var timeline = new DossierTimeline
        {
            ReceivedAt = At(6, 9),
            TimeLimit = TimeLimit.WorkingDays(5),
            Reappointments = [At(16, 10)],
        };

        var due = DeadlineCalculator.Compute(timeline);

        Assert.Equal(At(16, 10), due.DueAt);
        Assert.True(due.Reappointed);
        Assert.Equal(0, due.ReappointmentsIgnored);
        Assert.Equal([Day(8), Day(9), Day(15), Day(16)], due.SkippedDays.Select(s => s.Date));
    }

    // --- TimelinessJudge ---

    // Received Thu 6/3, 5 working days: due Thu 13/3 17:00.
    private static readonly DueDate Due = DeadlineCalculator.Compute(At(6, 9), TimeLimit.WorkingDays(5));

    [Fact]
    public void Judging_needs_a_due_date_and_a_calendar()
    {
        Assert.Throws<ArgumentNullException>(() => TimelinessJudge.Judge(null!, At(7, 9), At(31, 0), WorkingDayCalendar.Vietnam));
        Assert.Throws<ArgumentNullException>(() => TimelinessJudge.Judge(Due, At(7, 9), At(31, 0), null!));
    }

    [Fact]
    public void A_near_due_window_of_365_working_days_is_allowed()
    {
        Assert.Equal(DossierTimeliness.NearDue, TimelinessJudge.Judge(Due, null, At(7, 9), WorkingDayCalendar.Vietnam, 365));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimelinessJudge.Judge(Due, null, At(7, 9), WorkingDayCalendar.Vietnam, 366));
    }

    [Fact]
    public void The_end_of_a_dossier_is_judged_before_its_unanswered_request()
    {
        // Paused clock with one unanswered request on Fri 7/3; the dossier ended Mon 17/3, after the due day.
        var due = DeadlineCalculator.Compute(new DossierTimeline
        {
            ReceivedAt = At(6, 9),
            TimeLimit = TimeLimit.WorkingDays(5),
            Supplements = [new SupplementRequest(At(7, 9))],
        });

        Assert.Equal(At(7, 9), due.UnansweredRequestAt);
        Assert.Equal(DossierTimeliness.Overdue, TimelinessJudge.Judge(due, At(17, 9), At(31, 0), WorkingDayCalendar.Vietnam));
        Assert.Equal(DossierTimeliness.Early, TimelinessJudge.Judge(due, null, At(31, 0), WorkingDayCalendar.Vietnam));
    }

    [Fact]
    public void By_instant_a_dossier_judged_at_its_due_time_exactly_is_not_yet_past_it()
    {
        Assert.Equal(DossierTimeliness.NearDue,
            TimelinessJudge.Judge(Due, null, At(13, 17), WorkingDayCalendar.Vietnam, 2, TimelinessComparison.ByInstant));
        Assert.Equal(DossierTimeliness.PastDeadline,
            TimelinessJudge.Judge(Due, null, At(13, 17, 1), WorkingDayCalendar.Vietnam, 2, TimelinessComparison.ByInstant));
    }

    // --- DeadlineAudit ---

    [Fact]
    public void The_audit_rejects_missing_reference_dossiers_and_null_dossiers()
    {
        Assert.Throws<ArgumentNullException>(() => DeadlineAudit.Run(null!, []));
        Assert.Throws<ArgumentNullException>(() => DeadlineAudit.Run(DeadlineAuditTests.Reference, null!));
        Assert.Throws<ArgumentNullException>(() => DeadlineAudit.Run(DeadlineAuditTests.Reference, [null!]));
    }

    [Fact]
    public void The_audit_computes_with_the_rules_it_is_given()
    {
        // Fri 13/2/2026 16:30 after a 15:00 cut-off: intake Mon 23/2 (after Tết), 5 working days -> Mon 2/3/2026.
        var rules = new DeadlineRules { InPersonCutOff = new LocalTime(15, 0) };
        var dossiers = new[] { DeadlineAuditTests.Received("A", new LocalDateTime(2026, 3, 2, 17, 0)) };

        Assert.Equal(1, DeadlineAudit.Run(DeadlineAuditTests.Reference, dossiers, rules).Agreeing);
        Assert.Equal(0, DeadlineAudit.Run(DeadlineAuditTests.Reference, dossiers).Agreeing);
    }

    [Fact]
    public void By_date_a_stored_due_time_other_than_the_computed_one_still_agrees()
    {
        var report = DeadlineAudit.Run(DeadlineAuditTests.Reference,
            [DeadlineAuditTests.Received("A", new LocalDateTime(2026, 2, 27, 11, 0))]);

        Assert.Equal(1, report.Agreeing);
        Assert.Empty(report.Mismatches);
    }

    // --- TimeLimit, WorkingHours, SupplementRequest ---

    [Fact]
    public void Parsing_a_null_time_limit_is_an_argument_error_not_a_format_error() =>
        Assert.Throws<ArgumentNullException>(() => TimeLimit.Parse(null!));

    [Theory]
    [InlineData("87600 working hours", 87600, TimeLimitUnit.WorkingHours)]
    [InlineData("3651 working hours", 3651, TimeLimitUnit.WorkingHours)]
    [InlineData("3650 working days", 3650, TimeLimitUnit.WorkingDays)]
    [InlineData("3650 calendar days", 3650, TimeLimitUnit.CalendarDays)]
    public void The_largest_limits_parse(string text, int value, TimeLimitUnit unit)
    {
        Assert.True(TimeLimit.TryParse(text, out var limit));
        Assert.Equal(value, limit.Value);
        Assert.Equal(unit, limit.Unit);
    }

    [Theory]
    [InlineData("87601 working hours")]
    [InlineData("3651 working days")]
    [InlineData("3651 calendar days")]
    public void Limits_past_the_largest_do_not_parse(string text) => Assert.False(TimeLimit.TryParse(text, out _));

    [Fact]
    public void Working_hours_may_have_no_lunch_break_but_every_period_must_have_a_length()
    {
        var noBreak = new WorkingHours(new LocalTime(8, 0), new LocalTime(12, 0), new LocalTime(12, 0), new LocalTime(16, 0));
        var custom = new WorkingHours(new LocalTime(8, 0), new LocalTime(11, 0), new LocalTime(14, 0), new LocalTime(17, 0));

        Assert.Equal(480, noBreak.MinutesPerDay);
        Assert.Equal(360, custom.MinutesPerDay);
        Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(8, 0), new LocalTime(8, 0), new LocalTime(13, 0), new LocalTime(17, 0)));
        Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(8, 0), new LocalTime(12, 0), new LocalTime(17, 0), new LocalTime(17, 0)));
        Assert.Throws<ArgumentException>(() => new WorkingHours(new LocalTime(8, 0), new LocalTime(13, 0), new LocalTime(12, 0), new LocalTime(17, 0)));
    }

    [Fact]
    public void Closing_time_is_outside_the_working_hours()
    {
        Assert.False(WorkingHours.Default.Contains(new LocalTime(17, 0)));
        Assert.True(WorkingHours.Default.Contains(new LocalTime(16, 59)));
    }

    [Fact]
    public void A_supplement_cannot_be_completed_before_it_was_requested()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SupplementRequest(At(7, 9), At(7, 8, 59)));
        Assert.True(new SupplementRequest(At(7, 9), At(7, 9)).CompletedAt is not null);
    }
}
