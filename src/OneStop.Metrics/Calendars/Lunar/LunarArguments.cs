using System;
using System.Globalization;
using NodaTime;

namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>Argument checks of the lunar calendar, with messages naming the value and the valid range.</summary>
internal static class LunarArguments
{
    /// <summary>Throws unless <paramref name="year"/> is a lunar year of the tables.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1899..2100.</exception>
    internal static void Year(int year, string parameterName)
    {
        if (YearMessage(year) is string message)
        {
            throw new ArgumentOutOfRangeException(parameterName, year, message);
        }
    }

    /// <summary>Throws unless <paramref name="year"/> is in range and <paramref name="month"/> exists in it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is outside its range.</exception>
    /// <exception cref="ArgumentException">The year has no leap month <paramref name="month"/>.</exception>
    internal static void Month(
        LunarCalendarTable table,
        int year,
        int month,
        bool isLeapMonth,
        string yearParameter,
        string monthParameter,
        string leapParameter)
    {
        Year(year, yearParameter);
        if (MonthMessage(month) is string monthMessage)
        {
            throw new ArgumentOutOfRangeException(monthParameter, month, monthMessage);
        }

        if (LeapMessage(table, year, month, isLeapMonth) is string leapMessage)
        {
            throw new ArgumentException(leapMessage, leapParameter);
        }
    }

    /// <summary>Returns the ISO date's JDN after checking the calendar and the range of <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the table.</exception>
    internal static int SolarDate(LunarCalendarTable table, LocalDate date, string parameterName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The lunar calendar converts ISO dates; {parameterName} {date.Year:D4}-{date.Month:D2}-{date.Day:D2} is in the {date.Calendar.Id} calendar."),
                parameterName);
        }

        if (date < table.FirstDate || date > table.LastDate)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                date,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Date {Iso(date)} is outside the range of the lunar calendar, {Iso(table.FirstDate)} to {Iso(table.LastDate)} (lunar years {LunarCalendarTable.MinYear} to {LunarCalendarTable.MaxYear})."));
        }

        return JulianDayNumber.FromDate(date);
    }

    /// <summary>
    /// Returns why year/month/day/leap is not an existing lunar date, or <see langword="null"/> when it is one;
    /// <paramref name="parameterName"/> names the offending argument.
    /// </summary>
    internal static string? DateMessage(
        LunarCalendarTable table, int year, int month, int day, bool isLeapMonth, out string parameterName)
    {
        parameterName = "year";
        if (YearMessage(year) is string yearMessage)
        {
            return yearMessage;
        }

        parameterName = "month";
        if (MonthMessage(month) is string monthMessage)
        {
            return monthMessage;
        }

        parameterName = "isLeapMonth";
        if (LeapMessage(table, year, month, isLeapMonth) is string leapMessage)
        {
            return leapMessage;
        }

        parameterName = "day";
        int length = table.MonthLength(year, month, isLeapMonth);
        if (day < 1 || day > length)
        {
            string monthText = string.Create(CultureInfo.InvariantCulture, $"{month}{(isLeapMonth ? " (leap)" : string.Empty)}");
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Lunar day must be between 1 and {length} in month {monthText} of lunar year {year} ({LunarNames.CanChi(year)}), which has {length} days; was {day}.");
        }

        return null;
    }

    private static string? YearMessage(int year) =>
        year is < LunarCalendarTable.MinYear or > LunarCalendarTable.MaxYear
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Lunar year must be between {LunarCalendarTable.MinYear} and {LunarCalendarTable.MaxYear}; was {year}.")
            : null;

    private static string? MonthMessage(int month) =>
        month is < 1 or > 12
            ? string.Create(CultureInfo.InvariantCulture, $"Lunar month must be between 1 and 12; was {month}.")
            : null;

    private static string? LeapMessage(LunarCalendarTable table, int year, int month, bool isLeapMonth)
    {
        int leapMonth = table.LeapMonth(year);
        if (!isLeapMonth || leapMonth == month)
        {
            return null;
        }

        return leapMonth == 0
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Lunar year {year} ({LunarNames.CanChi(year)}) has no leap month, so month {month} cannot be a leap month.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Lunar year {year} ({LunarNames.CanChi(year)}) has leap month {leapMonth} only, so month {month} cannot be a leap month.");
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
