using NodaTime;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Dates and times as plain integers for the classification hot path: days since 1970-01-01 (proleptic
/// Gregorian, Howard Hinnant's days-from-civil algorithm) and seconds since midnight.
/// </summary>
internal static class DayNumber
{
    /// <summary>The first year of <see cref="MonthStarts"/>.</summary>
    private const int FirstTabulatedYear = 1900;

    /// <summary>The number of years in <see cref="MonthStarts"/>: 1900 to 2155.</summary>
    private const int TabulatedYears = 256;

    /// <summary>
    /// The day number of the first day of each month of the tabulated years, by (year − 1900) × 12 + month − 1:
    /// one load instead of the algorithm's divisions for every date a tally is likely to meet (12 KB).
    /// </summary>
    private static readonly int[] MonthStarts = CreateMonthStarts();

    /// <summary>The day number of an ISO date: 0 for 1970-01-01, negative before.</summary>
    public static int Of(LocalDate date) => Of(date.Year, date.Month, date.Day);

    /// <summary>The day number of a year, month and day (month 1 to 12).</summary>
    public static int Of(int year, int month, int day)
    {
        var index = unchecked(((uint)(year - FirstTabulatedYear) * 12) + (uint)(month - 1));
        return index < (uint)MonthStarts.Length ? MonthStarts[index] + day - 1 : Compute(year, month, day);
    }

    /// <summary>Seconds since midnight, 0 to 86399.</summary>
    public static int SecondOf(LocalTime time) => (int)(time.NanosecondOfDay / NodaConstants.NanosecondsPerSecond);

    /// <summary>Howard Hinnant's days-from-civil: the day number of any proleptic Gregorian date.</summary>
    internal static int Compute(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    private static int[] CreateMonthStarts()
    {
        var starts = new int[TabulatedYears * 12];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = Compute(FirstTabulatedYear + (i / 12), (i % 12) + 1, 1);
        }

        return starts;
    }
}
