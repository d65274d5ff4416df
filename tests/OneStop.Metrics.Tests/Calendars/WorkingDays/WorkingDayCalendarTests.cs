using System;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using OneStop.Metrics.Calendars;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

/// <summary>The public surface of <see cref="WorkingDayCalendar"/>: construction, plain days, counting and validation.</summary>
public sealed partial class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Vietnam = WorkingDayCalendar.Vietnam;

    private static readonly WorkingDayCalendar RulesOnly =
        WorkingDayCalendar.Create([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], includeShippedAnnouncements: false);

    [Fact]
    public void Vietnam_rests_on_Saturday_and_Sunday_and_ships_the_schedules_2023_to_2026()
    {
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], Vietnam.WeeklyRestDays);
        Assert.Equal([2023, 2024, 2025, 2026], Vietnam.AnnouncedYears);
        Assert.True(Vietnam.IncludesShippedAnnouncements);
        Assert.Equal(41, Vietnam.Announcements.Count);
        Assert.All([2023, 2024, 2025, 2026], y => Assert.True(Vietnam.IsAnnounced(y)));
        Assert.All([2022, 2027, 1900, 2100], y => Assert.False(Vietnam.IsAnnounced(y)));
        Assert.Same(Vietnam, WorkingDayCalendar.Vietnam);
        Assert.Equal(1900, WorkingDayCalendar.MinDerivedYear);
        Assert.Equal(2100, WorkingDayCalendar.MaxDerivedYear);
    }

    [Fact]
    public void A_plain_weekday_is_a_working_day_from_the_rules()
    {
        Assert.Equal(new DayStatus(D(2024, 3, 13), true, null, "Ngày làm việc", DaySource.Rule), Vietnam.Describe(D(2024, 3, 13)));
        Assert.True(Vietnam.IsWorkingDay(D(2024, 3, 13)));
        Assert.True(Vietnam.Describe(D(2024, 3, 13)).IsPlain);
    }

    [Fact]
    public void A_plain_weekend_day_is_a_weekly_rest_day_named_after_its_weekday()
    {
        Assert.Equal(new DayStatus(D(2024, 3, 16), false, DayOffKind.WeeklyRest, "Thứ Bảy", DaySource.Rule), Vietnam.Describe(D(2024, 3, 16)));
        Assert.Equal(new DayStatus(D(2024, 3, 17), false, DayOffKind.WeeklyRest, "Chủ nhật", DaySource.Rule), Vietnam.Describe(D(2024, 3, 17)));
        Assert.False(Vietnam.IsWorkingDay(D(2024, 3, 17)));
    }

    [Fact]
    public void NextWorkingDay_and_PreviousWorkingDay_are_strict()
    {
        Assert.Equal(D(2024, 3, 14), Vietnam.NextWorkingDay(D(2024, 3, 13)));
        Assert.Equal(D(2024, 3, 18), Vietnam.NextWorkingDay(D(2024, 3, 15)));
        Assert.Equal(D(2024, 3, 18), Vietnam.NextWorkingDay(D(2024, 3, 16)));
        Assert.Equal(D(2024, 3, 12), Vietnam.PreviousWorkingDay(D(2024, 3, 13)));
        Assert.Equal(D(2024, 3, 15), Vietnam.PreviousWorkingDay(D(2024, 3, 18)));
        Assert.Equal(D(2024, 3, 15), Vietnam.PreviousWorkingDay(D(2024, 3, 17)));
    }

    [Fact]
    public void WorkingDaysBetween_excludes_the_start_includes_the_end_and_mirrors_when_reversed()
    {
        // Mon 11/3/2024 .. Mon 18/3/2024: 12, 13, 14, 15, 18.
        Assert.Equal(5, Vietnam.WorkingDaysBetween(D(2024, 3, 11), D(2024, 3, 18)));
        Assert.Equal(-5, Vietnam.WorkingDaysBetween(D(2024, 3, 18), D(2024, 3, 11)));
        Assert.Equal(0, Vietnam.WorkingDaysBetween(D(2024, 3, 13), D(2024, 3, 13)));
        Assert.Equal(0, Vietnam.WorkingDaysBetween(D(2024, 3, 15), D(2024, 3, 17)));
        Assert.Equal(1, Vietnam.WorkingDaysBetween(D(2024, 3, 16), D(2024, 3, 18)));
    }

    [Fact]
    public void WorkingDaysBetween_crosses_years_and_counts_every_year_in_between()
    {
        var naive = Enumerable.Range(1, Period.DaysBetween(D(2020, 6, 15), D(2031, 2, 3)))
            .Count(i => Vietnam.IsWorkingDay(D(2020, 6, 15).PlusDays(i)));

        Assert.Equal(naive, Vietnam.WorkingDaysBetween(D(2020, 6, 15), D(2031, 2, 3)));
        Assert.Equal(-naive, Vietnam.WorkingDaysBetween(D(2031, 2, 3), D(2020, 6, 15)));
    }

    [Fact]
    public void AddWorkingDays_does_not_count_the_start_day_and_returns_it_for_zero()
    {
        // Received Thu 14/3/2024, 3 working days: Fri 15, Mon 18, Tue 19.
        Assert.Equal(D(2024, 3, 19), Vietnam.AddWorkingDays(D(2024, 3, 14), 3));
        // Received on Saturday 16/3: Mon 18, Tue 19, Wed 20.
        Assert.Equal(D(2024, 3, 20), Vietnam.AddWorkingDays(D(2024, 3, 16), 3));
        Assert.Equal(D(2024, 3, 16), Vietnam.AddWorkingDays(D(2024, 3, 16), 0));
        Assert.Equal(D(2024, 3, 11), Vietnam.AddWorkingDays(D(2024, 3, 14), -3));
        Assert.Equal(D(2024, 3, 14), Vietnam.AddWorkingDays(D(2024, 3, 16), -2));
    }

    [Fact]
    public void AddWorkingDays_crosses_several_years()
    {
        var start = D(2022, 11, 30);
        var reached = Vietnam.AddWorkingDays(start, 1500);

        Assert.Equal(1500, Vietnam.WorkingDaysBetween(start, reached));
        Assert.True(Vietnam.IsWorkingDay(reached));
        Assert.True(Vietnam.IsWorkingDay(start));
        Assert.Equal(start, Vietnam.AddWorkingDays(reached, -1500));
    }

    [Fact]
    public void AddWorkingDays_accepts_up_to_100000_days_and_rejects_more()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(D(2024, 1, 1), 100_001));
        Assert.Equal("days", exception.ParamName);
        Assert.Contains("100000", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(D(2024, 1, 1), -100_001));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(D(2024, 1, 1), int.MinValue));

        // 25 000 working days (about a century) stay within the derivable years.
        var reached = Vietnam.AddWorkingDays(D(2000, 1, 1), 25_000);
        Assert.Equal(25_000, Vietnam.WorkingDaysBetween(D(2000, 1, 1), reached));

        // 100 000 working days leave 1900..2100: the range error, not a wrong date.
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.AddWorkingDays(D(2000, 1, 1), 100_000));
        Assert.Contains("1900..2100", range.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(1800, 6, 1)]
    [InlineData(2101, 1, 1)]
    [InlineData(2500, 1, 1)]
    public void Derived_years_outside_1900_to_2100_are_refused_naming_the_range(int year, int month, int day)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.Describe(D(year, month, day)));

        Assert.Equal("date", exception.ParamName);
        Assert.Contains("1900..2100", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.IsWorkingDay(D(year, month, day)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.DaysOff(year));
    }

    [Fact]
    public void The_first_and_last_derivable_years_are_supported()
    {
        Assert.NotEmpty(Vietnam.DaysOff(1900));
        Assert.NotEmpty(Vietnam.DaysOff(2100));
        Assert.Equal(D(1900, 1, 2), Vietnam.NextWorkingDay(D(1900, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.PreviousWorkingDay(D(1900, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.NextWorkingDay(D(2100, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam.WorkingDaysBetween(D(2100, 6, 1), D(2101, 1, 1)));
    }

    [Fact]
    public void Create_accepts_any_rest_days_in_any_order_with_duplicates()
    {
        var calendar = WorkingDayCalendar.Create([IsoDayOfWeek.Sunday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);

        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], calendar.WeeklyRestDays);
        Assert.Equal(Vietnam.DaysOff(2027), calendar.DaysOff(2027));
    }

    [Fact]
    public void A_six_day_week_works_on_Saturdays_and_compensates_only_Sundays()
    {
        var sixDays = WorkingDayCalendar.Create([IsoDayOfWeek.Sunday]);

        Assert.True(sixDays.IsWorkingDay(D(2024, 3, 16)));
        Assert.False(sixDays.IsWorkingDay(D(2024, 3, 17)));

        // Derived Tết 2027: Fri 5/2 – Tue 9/2; only Sun 7/2 is a rest day, compensated on Wed 10/2.
        Assert.Equal(DayOffKind.PublicHoliday, sixDays.Describe(D(2027, 2, 6)).Kind);
        Assert.Equal(
            new DayStatus(D(2027, 2, 10), false, DayOffKind.CompensatoryDay, "Nghỉ bù Tết Nguyên đán Đinh Mùi (Chủ nhật 7/2/2027)", DaySource.Rule),
            sixDays.Describe(D(2027, 2, 10)));
        Assert.True(sixDays.IsWorkingDay(D(2027, 2, 11)));

        // The shipped schedules still apply: Sat 27/4/2024 is in the announced break.
        Assert.False(sixDays.IsWorkingDay(D(2024, 4, 27)));
        Assert.True(sixDays.IsWorkingDay(D(2024, 5, 4)));
    }

    [Fact]
    public void A_seven_day_week_has_no_weekly_rest_days_but_keeps_the_holidays()
    {
        var everyDay = WorkingDayCalendar.Create([]);

        Assert.Empty(everyDay.WeeklyRestDays);
        Assert.True(everyDay.IsWorkingDay(D(2027, 3, 13)));
        Assert.False(everyDay.IsWorkingDay(D(2027, 1, 1)));
        Assert.Equal(DayOffKind.PublicHoliday, everyDay.Describe(D(2027, 2, 6)).Kind);
        Assert.DoesNotContain(everyDay.DaysOff(2027), d => d.Kind == DayOffKind.CompensatoryDay);
        Assert.Equal(D(2027, 1, 2), everyDay.NextWorkingDay(D(2027, 1, 1)));
    }

    [Fact]
    public void Create_rejects_null_undefined_days_and_a_week_without_working_day()
    {
        Assert.Throws<ArgumentNullException>(() => WorkingDayCalendar.Create(null!));
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.Create([IsoDayOfWeek.None]));
        Assert.Equal("weeklyRestDays", undefined.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.Create([(IsoDayOfWeek)8]));
        var allSeven = Assert.Throws<ArgumentException>(() => WorkingDayCalendar.Create(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)));
        Assert.Equal("weeklyRestDays", allSeven.ParamName);
    }

    [Fact]
    public void Without_shipped_announcements_every_year_is_derived()
    {
        Assert.False(RulesOnly.IncludesShippedAnnouncements);
        Assert.Empty(RulesOnly.AnnouncedYears);
        Assert.Empty(RulesOnly.Announcements);
        Assert.All(RulesOnly.DaysOff(2024), d => Assert.Equal(DaySource.Rule, d.Source));

        // 2024 by the rules: no swap, so Mon 29/4 is a working day and Sat 4/5 a rest day.
        Assert.True(RulesOnly.IsWorkingDay(D(2024, 4, 29)));
        Assert.False(RulesOnly.IsWorkingDay(D(2024, 5, 4)));
    }

    [Fact]
    public void Concurrent_first_use_gives_the_same_answers_as_sequential_use()
    {
        var fresh = WorkingDayCalendar.Create([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);
        var dates = Enumerable.Range(0, 4000).Select(i => D(2020, 1, 1).PlusDays(i * 3)).ToArray();
        var parallel = new DayStatus[dates.Length];

        Parallel.For(0, dates.Length, i => parallel[i] = fresh.Describe(dates[i]));

        Assert.Equal(dates.Select(Vietnam.Describe), parallel);
    }
}
