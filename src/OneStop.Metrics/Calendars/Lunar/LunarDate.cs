using System;
using System.Globalization;
using NodaTime;
using OneStop.Metrics.Parsing;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>
/// A date of the Vietnamese lunar calendar (âm lịch): lunar year, month 1..12, whether the month is the leap month
/// (tháng nhuận), and day 1..30.
/// </summary>
/// <remarks>
/// <para>
/// The calendar is the Chinese-type lunisolar calendar computed for Vietnam's time zone, UTC+7, with Hồ Ngọc Đức's
/// algorithm ("Âm lịch Việt Nam", after Jean Meeus, <i>Astronomical Algorithms</i>): a month starts on the local
/// day of the new moon (ngày sóc) and has 29 or 30 days; month 11 contains the winter solstice (Đông chí); in a
/// year with 13 months the first month without a major solar term (trung khí) is the leap month, which repeats the
/// number of the month before it. See <see cref="VietnameseLunarCalendar"/> for year-level facts.
/// </para>
/// <para>
/// The supported range is the whole lunar years <see cref="VietnameseLunarCalendar.MinYear"/> (1899) to
/// <see cref="VietnameseLunarCalendar.MaxYear"/> (2100): from Tết Kỷ Hợi, 1899-02-10
/// (<see cref="VietnameseLunarCalendar.MinSolarDate"/>), to the eve of Tết 2101, 2101-01-28
/// (<see cref="VietnameseLunarCalendar.MaxSolarDate"/>). Dates are computed at UTC+7 for every year, as in Hồ Ngọc
/// Đức's tables; calendars printed in Vietnam before 1968 (in the South, until 1975) followed UTC+8 and may differ on
/// some days.
/// </para>
/// <para>
/// Values are immutable and always valid: <see cref="Create"/> and <see cref="Parse"/> check that the date exists,
/// and <c>default(LunarDate)</c> is <see cref="MinValue"/>, 1/1 of lunar year 1899. Equality and ordering are
/// chronological: a leap month comes right after the regular month of the same number. The text form is
/// <c>2026-01-01</c>, with an <c>L</c> after the month of a leap month: <c>2023-02L-01</c>
/// (<see cref="ToString"/>, <see cref="Parse"/>).
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public readonly struct LunarDate : IEquatable<LunarDate>, IComparable<LunarDate>, IComparable
{
    // Bits, most significant first so that ordering the packed value is chronological:
    // year - MinYear (8 bits), month - 1 (4 bits), leap (1 bit), day - 1 (5 bits).
    private const int MonthShift = 6;
    private const int YearShift = 10;
    private const int LeapBit = 1 << 5;
    private const int DayMask = LeapBit - 1;
    private const int MonthMask = 0xF;

    private readonly int _packed;

    private LunarDate(int packed) => _packed = packed;

    /// <summary>Gets the first supported lunar date, mùng 1 tháng Giêng năm Kỷ Hợi 1899 (solar 1899-02-10); also <c>default(LunarDate)</c>.</summary>
    public static LunarDate MinValue => default;

    /// <summary>Gets the last supported lunar date, the last day of month 12 of lunar year 2100 (solar 2101-01-28).</summary>
    public static LunarDate MaxValue => LunarCalendarTable.Vietnam.Find(LunarCalendarTable.Vietnam.LastDay);

    /// <summary>
    /// Gets the lunar year (năm âm lịch), 1899..2100: the Gregorian year in which its Tết (1/1) falls. Months 11 and
    /// 12 of a lunar year usually fall in January or February of the next Gregorian year.
    /// </summary>
    public int Year => LunarCalendarTable.MinYear + (_packed >> YearShift);

    /// <summary>
    /// Gets the month number (tháng), 1..12: 1 is tháng Giêng, 11 tháng Một, 12 tháng Chạp. A leap month has the
    /// number of the month it repeats and <see cref="IsLeapMonth"/> set.
    /// </summary>
    public int Month => ((_packed >> MonthShift) & MonthMask) + 1;

    /// <summary>Gets the day of the month (ngày), 1..29 or 1..30 depending on the month.</summary>
    public int Day => (_packed & DayMask) + 1;

    /// <summary>Gets a value indicating whether the date is in the leap month (tháng nhuận) that follows regular month <see cref="Month"/>.</summary>
    public bool IsLeapMonth => (_packed & LeapBit) != 0;

    /// <summary>Gets the Can Chi (sexagenary) name of <see cref="Year"/>, for example "Bính Ngọ" for 2026 and "Quý Mão" for 2023.</summary>
    public string CanChiYear => LunarNames.CanChi(Year);

    /// <summary>Returns whether two lunar dates are the same day.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if the dates are equal; otherwise <see langword="false"/>.</returns>
    public static bool operator ==(LunarDate left, LunarDate right) => left._packed == right._packed;

    /// <summary>Returns whether two lunar dates are different days.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if the dates differ; otherwise <see langword="false"/>.</returns>
    public static bool operator !=(LunarDate left, LunarDate right) => left._packed != right._packed;

    /// <summary>Returns whether <paramref name="left"/> is a day before <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is earlier; otherwise <see langword="false"/>.</returns>
    public static bool operator <(LunarDate left, LunarDate right) => left._packed < right._packed;

    /// <summary>Returns whether <paramref name="left"/> is the same day as or a day before <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is not later; otherwise <see langword="false"/>.</returns>
    public static bool operator <=(LunarDate left, LunarDate right) => left._packed <= right._packed;

    /// <summary>Returns whether <paramref name="left"/> is a day after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is later; otherwise <see langword="false"/>.</returns>
    public static bool operator >(LunarDate left, LunarDate right) => left._packed > right._packed;

    /// <summary>Returns whether <paramref name="left"/> is the same day as or a day after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> is not earlier; otherwise <see langword="false"/>.</returns>
    public static bool operator >=(LunarDate left, LunarDate right) => left._packed >= right._packed;

    /// <summary>Creates the lunar date <paramref name="day"/>/<paramref name="month"/> of lunar year <paramref name="year"/>.</summary>
    /// <param name="year">The lunar year, 1899..2100 (the Gregorian year of its Tết).</param>
    /// <param name="month">The month, 1..12.</param>
    /// <param name="day">The day, 1 to the length of the month (29 or 30, see <see cref="VietnameseLunarCalendar.DaysInMonth"/>).</param>
    /// <param name="isLeapMonth">
    /// Whether the day is in the leap month (tháng nhuận) following regular month <paramref name="month"/>; that
    /// year's leap month must then be <paramref name="month"/> (see <see cref="VietnameseLunarCalendar.LeapMonth(int)"/>).
    /// </param>
    /// <returns>The lunar date; <c>Create(2026, 3, 10)</c> is the Hùng Kings' day of 2026 (solar 2026-04-26).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is outside 1899..2100, <paramref name="month"/> outside 1..12, or
    /// <paramref name="day"/> outside 1 to the length of the month; the message gives the value and the range.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="isLeapMonth"/> is <see langword="true"/> but <paramref name="month"/> is not the leap month
    /// of <paramref name="year"/>; the message gives the year's leap month, if any.
    /// </exception>
    public static LunarDate Create(int year, int month, int day, bool isLeapMonth = false)
    {
        LunarCalendarTable table = LunarCalendarTable.Vietnam;
        if (LunarArguments.DateMessage(table, year, month, day, isLeapMonth, out string parameterName) is string message)
        {
            throw parameterName switch
            {
                "year" => new ArgumentOutOfRangeException(nameof(year), year, message),
                "month" => new ArgumentOutOfRangeException(nameof(month), month, message),
                "day" => new ArgumentOutOfRangeException(nameof(day), day, message),
                _ => new ArgumentException(message, nameof(isLeapMonth)),
            };
        }

        return FromValidParts(year, month, day, isLeapMonth);
    }

    /// <summary>Tries to create a lunar date; the same checks as <see cref="Create"/>, without exceptions.</summary>
    /// <param name="year">The lunar year, 1899..2100.</param>
    /// <param name="month">The month, 1..12.</param>
    /// <param name="day">The day, 1 to the length of the month.</param>
    /// <param name="isLeapMonth">Whether the day is in the leap month following regular month <paramref name="month"/>.</param>
    /// <param name="result">The lunar date when it exists; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> if the date exists in the supported range; otherwise <see langword="false"/>.</returns>
    public static bool TryCreate(int year, int month, int day, bool isLeapMonth, out LunarDate result)
    {
        if (LunarArguments.DateMessage(LunarCalendarTable.Vietnam, year, month, day, isLeapMonth, out _) is not null)
        {
            result = default;
            return false;
        }

        result = FromValidParts(year, month, day, isLeapMonth);
        return true;
    }

    /// <summary>Returns the lunar date of a solar (ISO, dương lịch) date, computed at UTC+7.</summary>
    /// <param name="date">
    /// The date; ISO calendar, from <see cref="VietnameseLunarCalendar.MinSolarDate"/> (1899-02-10) to
    /// <see cref="VietnameseLunarCalendar.MaxSolarDate"/> (2101-01-28).
    /// </param>
    /// <returns>The lunar date; 2026-02-17 gives mùng 1 tháng Giêng năm Bính Ngọ (2026-01-01).</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range; the message gives the range.</exception>
    public static LunarDate FromSolar(LocalDate date) => FromSolar(date, LunarCalendarTable.Vietnam);

    /// <summary>Parses the text form written by <see cref="ToString"/>.</summary>
    /// <param name="text">
    /// Exactly <c>yyyy-MM-dd</c>, or <c>yyyy-MML-dd</c> for a day of a leap month (ASCII digits, two-digit month and
    /// day, capital <c>L</c>): for example <c>2026-01-01</c> or <c>2023-02L-01</c>. The date must exist.
    /// </param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="text"/> does not have that form or names a lunar date that does not exist; the message quotes
    /// the text and says why.
    /// </exception>
    public static LunarDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out LunarDate result, out string? error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse the text form <c>yyyy-MM-dd</c> or <c>yyyy-MML-dd</c> (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text; may be <see langword="null"/>.</param>
    /// <param name="result">The lunar date when parsing succeeds; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is an existing lunar date in that form; otherwise <see langword="false"/>.</returns>
    public static bool TryParse(string? text, out LunarDate result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text, out result, out _);
    }

    /// <summary>Returns the solar (ISO, dương lịch) date of this lunar date, computed at UTC+7.</summary>
    /// <returns>The ISO date; 10/3 of lunar year 2026 gives 2026-04-26.</returns>
    public LocalDate ToSolar() => ToSolar(LunarCalendarTable.Vietnam);

    /// <summary>
    /// Returns the date as Vietnamese speakers write it in full: "mùng 1 tháng Giêng năm Bính Ngọ",
    /// "ngày 15 tháng Tám năm Giáp Thìn", "mùng 1 tháng Hai nhuận năm Quý Mão". Days 1..10 are "mùng N", days
    /// 11..30 "ngày N"; months are Giêng, Hai, Ba, Tư, Năm, Sáu, Bảy, Tám, Chín, Mười, Một, Chạp; the year is its
    /// Can Chi name.
    /// </summary>
    /// <returns>The Vietnamese text.</returns>
    public string ToVietnameseString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(Day <= 10 ? "mùng" : "ngày")} {Day} tháng {LunarNames.Month(Month)}{(IsLeapMonth ? " nhuận" : string.Empty)} năm {CanChiYear}");

    /// <summary>
    /// Returns the short form used on calendars and in notices: "10/3 âm lịch" (day/month), "1/2 nhuận âm lịch"
    /// for a day of a leap month. The year is not written.
    /// </summary>
    /// <returns>The short Vietnamese text.</returns>
    public string ToShortVietnameseString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Day}/{Month}{(IsLeapMonth ? " nhuận" : string.Empty)} âm lịch");

    /// <summary>
    /// Returns the invariant text form <c>yyyy-MM-dd</c>, with <c>L</c> after the month of a leap month:
    /// <c>2026-01-01</c>, <c>2023-02L-01</c>. <see cref="Parse"/> reads it back to an equal date.
    /// </summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Year:D4}-{Month:D2}{(IsLeapMonth ? "L" : string.Empty)}-{Day:D2}");

    /// <summary>Returns whether <paramref name="other"/> is the same day.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns><see langword="true"/> if the dates are equal; otherwise <see langword="false"/>.</returns>
    public bool Equals(LunarDate other) => _packed == other._packed;

    /// <summary>Returns whether <paramref name="obj"/> is a <see cref="LunarDate"/> for the same day.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> if <paramref name="obj"/> is an equal lunar date; otherwise <see langword="false"/>.</returns>
    public override bool Equals(object? obj) => obj is LunarDate other && Equals(other);

    /// <summary>Returns a hash code of the date.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _packed;

    /// <summary>Compares two lunar dates chronologically.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative if this date is earlier than <paramref name="other"/>, zero if equal, positive if later.</returns>
    public int CompareTo(LunarDate other) => _packed.CompareTo(other._packed);

    /// <summary>Compares this date chronologically with another <see cref="LunarDate"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">The object to compare with: <see langword="null"/> or a <see cref="LunarDate"/>.</param>
    /// <returns>Negative if this date is earlier, zero if equal, positive if later or if <paramref name="obj"/> is <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="LunarDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        LunarDate other => CompareTo(other),
        _ => throw new ArgumentException(
            $"A lunar date can only be compared with another LunarDate; was {obj.GetType().FullName}.",
            nameof(obj)),
    };

    /// <summary>Creates a date from parts already known to exist; no check.</summary>
    internal static LunarDate FromValidParts(int year, int month, int day, bool isLeapMonth) =>
        new(((year - LunarCalendarTable.MinYear) << YearShift)
            | ((month - 1) << MonthShift)
            | (isLeapMonth ? LeapBit : 0)
            | (day - 1));

    /// <summary>Returns the lunar date of an ISO date in the calendar of <paramref name="table"/>.</summary>
    internal static LunarDate FromSolar(LocalDate date, LunarCalendarTable table) =>
        table.Find(LunarArguments.SolarDate(table, date, nameof(date)));

    /// <summary>Returns the ISO date of this date in the calendar of <paramref name="table"/>; the date must exist there.</summary>
    internal LocalDate ToSolar(LunarCalendarTable table) =>
        JulianDayNumber.ToDate(table.MonthStart(Year, Month, IsLeapMonth) + Day - 1);

    private static bool TryParseCore(string text, out LunarDate result, out string? error)
    {
        result = default;
        bool isLeapMonth = text.Length == 11;
        int dayAt = isLeapMonth ? 9 : 8;
        if ((text.Length != 10 && !isLeapMonth)
            || text[4] != '-'
            || (isLeapMonth && text[7] != 'L')
            || text[dayAt - 1] != '-'
            || !AsciiDigits.TryParse(text.AsSpan(0, 4), out int year)
            || !AsciiDigits.TryParse(text.AsSpan(5, 2), out int month)
            || !AsciiDigits.TryParse(text.AsSpan(dayAt, 2), out int day))
        {
            error = $"Cannot parse \"{text}\" as a lunar date: expected yyyy-MM-dd, or yyyy-MML-dd in a leap month, e.g. 2026-01-01 or 2023-02L-01.";
            return false;
        }

        if (LunarArguments.DateMessage(LunarCalendarTable.Vietnam, year, month, day, isLeapMonth, out _) is string message)
        {
            error = $"Cannot parse \"{text}\" as a lunar date: {message}";
            return false;
        }

        result = FromValidParts(year, month, day, isLeapMonth);
        error = null;
        return true;
    }

}
