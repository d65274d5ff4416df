using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using OneStop.Metrics.Calendars;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

/// <summary>Counting laws of <see cref="WorkingDayCalendar"/> as FsCheck properties over dates 2022–2031.</summary>
public sealed partial class WorkingDayCalendarTests
{
    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 500)]
    public void AddWorkingDays_lands_on_a_working_day_and_WorkingDaysBetween_counts_back_the_same_number(
        CalendarCase calendarCase, LocalDate date, WorkingDayCount count)
    {
        var calendar = calendarCase.Calendar;
        var reached = calendar.AddWorkingDays(date, count.Value);

        Assert.True(reached > date);
        Assert.True(calendar.IsWorkingDay(reached));
        Assert.False(calendar.Describe(reached).Kind.HasValue);
        Assert.Equal(count.Value, calendar.WorkingDaysBetween(date, reached));
        Assert.Equal(-count.Value, calendar.WorkingDaysBetween(reached, date));
        Assert.Equal(count.Value - 1, calendar.WorkingDaysBetween(date, reached.PlusDays(-1)));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 500)]
    public void NextWorkingDay_is_a_working_day_and_every_day_strictly_between_is_a_day_off(CalendarCase calendarCase, LocalDate date)
    {
        var calendar = calendarCase.Calendar;
        var next = calendar.NextWorkingDay(date);

        Assert.True(next > date);
        Assert.True(calendar.IsWorkingDay(next));
        for (var day = date.PlusDays(1); day < next; day = day.PlusDays(1))
        {
            Assert.False(calendar.IsWorkingDay(day));
        }

        Assert.Equal(next, calendar.AddWorkingDays(date, 1));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 500)]
    public void PreviousWorkingDay_is_a_working_day_and_every_day_strictly_between_is_a_day_off(CalendarCase calendarCase, LocalDate date)
    {
        var calendar = calendarCase.Calendar;
        var previous = calendar.PreviousWorkingDay(date);

        Assert.True(previous < date);
        Assert.True(calendar.IsWorkingDay(previous));
        for (var day = previous.PlusDays(1); day < date; day = day.PlusDays(1))
        {
            Assert.False(calendar.IsWorkingDay(day));
        }

        Assert.Equal(previous, calendar.AddWorkingDays(date, -1));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 500)]
    public void AddWorkingDays_is_strictly_increasing_in_the_count(CalendarCase calendarCase, LocalDate date, WorkingDayCount count)
    {
        var calendar = calendarCase.Calendar;

        Assert.True(calendar.AddWorkingDays(date, count.Value - 1) < calendar.AddWorkingDays(date, count.Value));
        Assert.True(calendar.AddWorkingDays(date, -count.Value) < calendar.AddWorkingDays(date, 1 - count.Value));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 500)]
    public void AddWorkingDays_is_monotone_in_the_date(CalendarCase calendarCase, LocalDate first, LocalDate second, WorkingDayCount count)
    {
        var calendar = calendarCase.Calendar;
        var (early, late) = first <= second ? (first, second) : (second, first);

        Assert.True(calendar.AddWorkingDays(early, count.Value) <= calendar.AddWorkingDays(late, count.Value));
        Assert.True(calendar.AddWorkingDays(early, -count.Value) <= calendar.AddWorkingDays(late, -count.Value));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 300)]
    public void Counting_and_adding_agree_with_a_day_by_day_walk(CalendarCase calendarCase, LocalDate first, LocalDate second, WorkingDayCount count)
    {
        var calendar = calendarCase.Calendar;
        var (early, late) = first <= second ? (first, second) : (second, first);

        var walked = Enumerable.Range(1, Period.DaysBetween(early, late)).Count(i => calendar.IsWorkingDay(early.PlusDays(i)));
        Assert.Equal(walked, calendar.WorkingDaysBetween(early, late));
        Assert.Equal(-walked, calendar.WorkingDaysBetween(late, early));

        var day = early;
        for (var i = 0; i < count.Value; i++)
        {
            do
            {
                day = day.PlusDays(1);
            }
            while (!calendar.IsWorkingDay(day));
        }

        Assert.Equal(day, calendar.AddWorkingDays(early, count.Value));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 300)]
    public void Going_back_from_a_working_day_undoes_going_forward(CalendarCase calendarCase, LocalDate date, WorkingDayCount count)
    {
        var calendar = calendarCase.Calendar;
        var workingDay = calendar.IsWorkingDay(date) ? date : calendar.NextWorkingDay(date);

        Assert.Equal(workingDay, calendar.AddWorkingDays(calendar.AddWorkingDays(workingDay, count.Value), -count.Value));
        Assert.Equal(workingDay, calendar.AddWorkingDays(calendar.AddWorkingDays(workingDay, -count.Value), count.Value));
    }

    [Property(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 300)]
    public void DaysOff_lists_exactly_the_days_of_the_year_that_are_not_plain(CalendarCase calendarCase, LocalDate date)
    {
        var calendar = calendarCase.Calendar;
        var status = calendar.Describe(date);
        var listed = calendar.DaysOff(date.Year).SingleOrDefault(d => d.Date == date);

        Assert.Equal(status.IsPlain ? null : status, listed);
        Assert.Equal(status.IsWorkingDay, status.Kind is null);
        Assert.Equal(date, status.Date);
    }
}
