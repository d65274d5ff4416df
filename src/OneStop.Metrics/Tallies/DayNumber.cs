using NodaTime;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Dates and times as plain integers for the classification hot path: days since 1970-01-01 (proleptic
/// Gregorian, Howard Hinnant's days-from-civil algorithm) and seconds since midnight.
/// </summary>
internal static class DayNumber
{
    /// <summary>The day number of an ISO date: 0 for 1970-01-01, negative before.</summary>
    public static int Of(LocalDate date) => Of(date.Year, date.Month, date.Day);

    /// <summary>The day number of a year, month and day.</summary>
    public static int Of(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>Seconds since midnight, 0 to 86399.</summary>
    public static int SecondOf(LocalTime time) => (time.Hour * 3600) + (time.Minute * 60) + time.Second;
}
