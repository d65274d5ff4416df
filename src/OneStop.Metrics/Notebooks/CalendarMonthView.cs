using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Calendars.Lunar;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// One month of a <see cref="WorkingDayCalendar"/>, for notebooks: every day's status with its reason and source and
/// its lunar date (âm lịch), shown as a table in which the days that are not plain (holidays, compensatory days,
/// swaps, working Saturdays) are in bold.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class CalendarMonthView
{
    private CalendarMonthView(int year, int month, ImmutableArray<DayStatus> days)
    {
        Year = year;
        Month = month;
        Days = days;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Gets the status of every day of the month, from the 1st to the last.</summary>
    public ImmutableArray<DayStatus> Days { get; }

    /// <summary>Gets the number of working days (ngày làm việc) in the month.</summary>
    public int WorkingDays => Days.Count(d => d.IsWorkingDay);

    /// <summary>Describes every day of a month.</summary>
    /// <param name="calendar">The calendar, e.g. <see cref="WorkingDayCalendar.Vietnam"/>.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="month"/> is not 1 to 12, or the calendar cannot answer for <paramref name="year"/> (see
    /// <see cref="WorkingDayCalendar.Describe"/>).
    /// </exception>
    public static CalendarMonthView Create(WorkingDayCalendar calendar, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var first = new LocalDate(year, month, 1);
        var days = Enumerable.Range(0, CalendarSystem.Iso.GetDaysInMonth(year, month))
            .Select(offset => calendar.Describe(first.PlusDays(offset)))
            .ToImmutableArray();
        return new CalendarMonthView(year, month, days);
    }

    /// <summary>
    /// Returns the lunar date of a day, or <see langword="null"/> for a day outside the lunar calendar's range
    /// (<see cref="VietnameseLunarCalendar.MinSolarDate"/>..<see cref="VietnameseLunarCalendar.MaxSolarDate"/>).
    /// </summary>
    /// <param name="date">The solar date.</param>
    /// <returns>The lunar date, or <see langword="null"/>.</returns>
    public static LunarDate? Lunar(LocalDate date) =>
        date >= VietnameseLunarCalendar.MinSolarDate && date <= VietnameseLunarCalendar.MaxSolarDate
            ? LunarDate.FromSolar(date)
            : null;

    /// <summary>
    /// Returns one invariant line per day: the ISO date, <c>working</c> or <c>off</c>, the reason, the short lunar date
    /// and the source, e.g. <c>2023-09-02 off Quốc khánh (17/7 âm lịch) [Announced]</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var day in Days)
        {
            var lunar = Lunar(day.Date) is { } value ? " (" + value.ToShortVietnameseString() + ")" : string.Empty;
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"{LocalDatePattern.Iso.Format(day.Date)} {(day.IsWorkingDay ? "working" : "off")} {day.Reason}{lunar} [{day.Source}]\n"));
        }

        return text.ToString();
    }
}
