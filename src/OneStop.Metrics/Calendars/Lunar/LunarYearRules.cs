namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>
/// The two year-level rules of Hồ Ngọc Đức's algorithm, in integers over <see cref="Astronomy"/>: where month 11
/// (tháng Một, the month containing the winter solstice, Đông chí) starts, and which month of a 13-month span is
/// the leap month (tháng nhuận).
/// </summary>
internal static class LunarYearRules
{
    /// <summary>The sector of the Sun's longitude that starts at the winter solstice (270°).</summary>
    private const int WinterSolsticeSector = 9;

    /// <summary>
    /// Returns the JDN of the first day of lunar month 11 that contains the winter solstice of Gregorian year
    /// <paramref name="gregorianYear"/>, at UTC+<paramref name="timeZoneHours"/> (getLunarMonth11(yy, timeZone)).
    /// </summary>
    internal static int Month11Start(int gregorianYear, int timeZoneHours)
    {
        int k = Astronomy.LunationBefore(JulianDayNumber.FromDate(gregorianYear, 12, 31));
        int newMoonDay = Astronomy.NewMoonDay(k, timeZoneHours);

        // The Sun at 270° or more when that month starts: the solstice fell in the month before.
        if (Astronomy.SunLongitudeSector(newMoonDay, timeZoneHours) >= WinterSolsticeSector)
        {
            newMoonDay = Astronomy.NewMoonDay(k - 1, timeZoneHours);
        }

        return newMoonDay;
    }

    /// <summary>
    /// Returns, for a span of 13 lunar months from the month 11 starting on <paramref name="month11Start"/> to the
    /// next month 11, the offset (1..12 after that month 11) of the leap month: the first month in which the Sun's
    /// longitude enters no new 30° sector, that is a month without a major solar term (trung khí)
    /// (getLeapMonthOffset(a11, timeZone)).
    /// </summary>
    internal static int LeapMonthOffset(int month11Start, int timeZoneHours)
    {
        int k = Astronomy.NearestLunation(month11Start);
        int i = 1; // start with the month after month 11
        int arc = Astronomy.SunLongitudeSector(Astronomy.NewMoonDay(k + i, timeZoneHours), timeZoneHours);
        int last;
        do
        {
            last = arc;
            i++;
            arc = Astronomy.SunLongitudeSector(Astronomy.NewMoonDay(k + i, timeZoneHours), timeZoneHours);
        }
        while (arc != last && i < 14);

        return i - 1;
    }
}
