using NodaTime;

namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>
/// Julian day numbers (JDN, số ngày Julius): the count of days since 1 January 4713 BC (Julian calendar), the
/// day scale on which the lunar algorithm works. JDN 2451545 is 2000-01-01.
/// </summary>
/// <remarks>
/// The integer formulas of Hồ Ngọc Đức's jdFromDate/jdToDate, Gregorian branch only: callers pass ISO dates from
/// 1583 on (the lunar tables cover 1899..2101), where the proleptic ISO calendar is the Gregorian calendar. All
/// operands are positive there, so C# integer division is the floor the formulas require.
/// </remarks>
internal static class JulianDayNumber
{
    /// <summary>The JDN of the first Gregorian day, 1582-10-15; the formulas below are valid from it on.</summary>
    internal const int FirstGregorianDay = 2299161;

    /// <summary>Returns the JDN of an ISO date (jdFromDate): for example 2451545 for 2000-01-01.</summary>
    internal static int FromDate(LocalDate date) => FromDate(date.Year, date.Month, date.Day);

    /// <summary>Returns the JDN of the Gregorian date <paramref name="day"/>/<paramref name="month"/>/<paramref name="year"/>.</summary>
    internal static int FromDate(int year, int month, int day)
    {
        int a = (14 - month) / 12;
        int y = year + 4800 - a;
        int m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - (y / 100) + (y / 400) - 32045;
    }

    /// <summary>Returns the ISO date of a JDN not before <see cref="FirstGregorianDay"/> (jdToDate).</summary>
    internal static LocalDate ToDate(int dayNumber)
    {
        int a = dayNumber + 32044;
        int b = ((4 * a) + 3) / 146097;
        int c = a - (b * 146097 / 4);
        int d = ((4 * c) + 3) / 1461;
        int e = c - (1461 * d / 4);
        int m = ((5 * e) + 2) / 153;
        int day = e - (((153 * m) + 2) / 5) + 1;
        int month = m + 3 - (12 * (m / 10));
        int year = (b * 100) + d - 4800 + (m / 10);
        return new LocalDate(year, month, day);
    }
}
