using System;
using NodaTime;

namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>
/// Year-level facts of the Vietnamese lunar calendar (âm lịch Việt Nam): Tết Nguyên đán, the number of months, the
/// leap month (tháng nhuận), month lengths and Can Chi year names, for lunar years 1899..2100.
/// </summary>
/// <remarks>
/// <para>
/// The calendar is computed with Hồ Ngọc Đức's algorithm (after Jean Meeus, <i>Astronomical Algorithms</i>) for
/// UTC+7: a month starts on the local day of the new moon, month 11 contains the winter solstice, and in a year of
/// 13 months the first month without a major solar term (trung khí) is the leap month. China computes the same
/// rules for UTC+8, so Chinese dates differ in some years (Tết 1985: 21 January in Vietnam, 20 February in China).
/// </para>
/// <para>
/// All months of lunar years <see cref="MinYear"/>..<see cref="MaxYear"/> are computed once, on first use, into an
/// immutable table shared by all threads; afterwards every conversion is a table lookup. Members taking a lunar year
/// accept <see cref="MinYear"/>..<see cref="MaxYear"/> and throw <see cref="ArgumentOutOfRangeException"/>
/// otherwise, with a message giving the value and the range. Dates are <see cref="LunarDate"/> values; see there
/// for conversions of single days.
/// </para>
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>Gets the first solar date supported: 1899-02-10, Tết (1/1) of lunar year 1899 (Kỷ Hợi), so that every day of 1900 is supported.</summary>
    public static LocalDate MinSolarDate => LunarCalendarTable.Vietnam.FirstDate;

    /// <summary>Gets the last solar date supported: 2101-01-28, the last day of month 12 of lunar year 2100 (Canh Thân), eve of Tết 2101.</summary>
    public static LocalDate MaxSolarDate => LunarCalendarTable.Vietnam.LastDate;

    /// <summary>Gets the first lunar year supported: 1899 (Kỷ Hợi). Every day of it is supported.</summary>
    public static int MinYear => LunarCalendarTable.MinYear;

    /// <summary>Gets the last lunar year supported: 2100. Every day of it is supported.</summary>
    public static int MaxYear => LunarCalendarTable.MaxYear;

    /// <summary>Returns the solar date of Tết Nguyên đán, day 1 of month 1 of a lunar year.</summary>
    /// <param name="lunarYear">The lunar year, 1899..2100.</param>
    /// <returns>The ISO date; 2026-02-17 for 2026 (Tết Bính Ngọ), 2023-01-22 for 2023.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarYear"/> is outside 1899..2100.</exception>
    public static LocalDate NewYear(int lunarYear) => NewYear(lunarYear, LunarCalendarTable.VietnamTimeZoneHours);

    /// <summary>Returns the number of months of a lunar year: 12, or 13 when it has a leap month.</summary>
    /// <param name="lunarYear">The lunar year, 1899..2100.</param>
    /// <returns>12 or 13; 13 for 2023, which repeats month 2.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarYear"/> is outside 1899..2100.</exception>
    public static int MonthsInYear(int lunarYear)
    {
        LunarArguments.Year(lunarYear, nameof(lunarYear));
        return LunarCalendarTable.Vietnam.MonthsInYear(lunarYear);
    }

    /// <summary>
    /// Returns the number of the month that a lunar year repeats as its leap month (tháng nhuận), or
    /// <see langword="null"/> when the year has 12 months. The leap month follows the regular month of that number.
    /// </summary>
    /// <param name="lunarYear">The lunar year, 1899..2100.</param>
    /// <returns>1..12 or <see langword="null"/>; 2 for 2023, 6 for 2025, <see langword="null"/> for 2024.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarYear"/> is outside 1899..2100.</exception>
    public static int? LeapMonth(int lunarYear) => LeapMonth(lunarYear, LunarCalendarTable.VietnamTimeZoneHours);

    /// <summary>Returns the number of days of a lunar month: 29 (tháng thiếu) or 30 (tháng đủ).</summary>
    /// <param name="lunarYear">The lunar year, 1899..2100.</param>
    /// <param name="month">The month, 1..12.</param>
    /// <param name="isLeapMonth">Whether to measure the leap month following regular month <paramref name="month"/>; it must exist that year.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarYear"/> is outside 1899..2100 or <paramref name="month"/> outside 1..12.</exception>
    /// <exception cref="ArgumentException"><paramref name="isLeapMonth"/> is <see langword="true"/> but <paramref name="month"/> is not the year's leap month.</exception>
    public static int DaysInMonth(int lunarYear, int month, bool isLeapMonth = false)
    {
        LunarCalendarTable table = LunarCalendarTable.Vietnam;
        LunarArguments.Month(table, lunarYear, month, isLeapMonth, nameof(lunarYear), nameof(month), nameof(isLeapMonth));
        return table.MonthLength(lunarYear, month, isLeapMonth);
    }

    /// <summary>
    /// Returns the Can Chi (sexagenary, can chi) name of a lunar year: a heavenly stem (Giáp, Ất, Bính, Đinh, Mậu,
    /// Kỷ, Canh, Tân, Nhâm, Quý) and an earthly branch (Tý, Sửu, Dần, Mão, Thìn, Tỵ, Ngọ, Mùi, Thân, Dậu, Tuất, Hợi).
    /// </summary>
    /// <param name="lunarYear">The lunar year, 1899..2100.</param>
    /// <returns>The name; "Bính Ngọ" for 2026, "Giáp Thìn" for 2024, "Mậu Thân" for 1968.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarYear"/> is outside 1899..2100.</exception>
    public static string CanChi(int lunarYear)
    {
        LunarArguments.Year(lunarYear, nameof(lunarYear));
        return LunarNames.CanChi(lunarYear);
    }

    /// <summary>Returns the solar date of a lunar date; the same as <c>LunarDate.Create(...).ToSolar()</c>.</summary>
    /// <param name="lunarYear">The lunar year, 1899..2100.</param>
    /// <param name="month">The month, 1..12.</param>
    /// <param name="day">The day, 1 to the length of the month (29 or 30).</param>
    /// <param name="isLeapMonth">Whether the day is in the leap month following regular month <paramref name="month"/>.</param>
    /// <returns>The ISO date; <c>ToSolar(2025, 3, 10)</c> (Giỗ Tổ Hùng Vương 2025) is 2025-04-07.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range (see <see cref="LunarDate.Create"/>).</exception>
    /// <exception cref="ArgumentException">The year has no leap month <paramref name="month"/>.</exception>
    public static LocalDate ToSolar(int lunarYear, int month, int day, bool isLeapMonth = false)
    {
        LunarArguments.Year(lunarYear, nameof(lunarYear));
        return LunarDate.Create(lunarYear, month, day, isLeapMonth).ToSolar();
    }

    /// <summary>Returns Tết of <paramref name="lunarYear"/> in the calendar computed at UTC+<paramref name="timeZoneHours"/> (8 for China).</summary>
    internal static LocalDate NewYear(int lunarYear, int timeZoneHours)
    {
        LunarArguments.Year(lunarYear, nameof(lunarYear));
        LunarCalendarTable table = LunarCalendarTable.ForTimeZone(timeZoneHours);
        return JulianDayNumber.ToDate(table.NewYearDay(lunarYear));
    }

    /// <summary>Returns the leap month of <paramref name="lunarYear"/> in the calendar computed at UTC+<paramref name="timeZoneHours"/>.</summary>
    internal static int? LeapMonth(int lunarYear, int timeZoneHours)
    {
        LunarArguments.Year(lunarYear, nameof(lunarYear));
        int leapMonth = LunarCalendarTable.ForTimeZone(timeZoneHours).LeapMonth(lunarYear);
        return leapMonth == 0 ? null : leapMonth;
    }

    /// <summary>
    /// Returns the lunar date of an ISO date in the calendar computed at UTC+<paramref name="timeZoneHours"/>. The
    /// result names a day of that calendar, which need not exist at UTC+7.
    /// </summary>
    internal static LunarDate FromSolar(LocalDate date, int timeZoneHours) =>
        LunarDate.FromSolar(date, LunarCalendarTable.ForTimeZone(timeZoneHours));
}
