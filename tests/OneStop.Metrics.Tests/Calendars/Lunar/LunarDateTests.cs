using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using OneStop.Metrics.Calendars.Lunar;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.Lunar;

public sealed class LunarDateTests
{
    private static LocalDate Date(int year, int month, int day) => new(year, month, day);

    // ---- Check values (shared/reference/calendar.md, UTC+7) ----

    [Theory]
    [MemberData(nameof(LunarCheckValues.Tet), MemberType = typeof(LunarCheckValues))]
    public void Tet_is_day_1_of_month_1_and_its_eve_is_the_last_day_of_the_old_year(int year, int month, int day)
    {
        LocalDate tet = Date(year, month, day);

        Assert.Equal(LunarDate.Create(year, 1, 1), LunarDate.FromSolar(tet));
        Assert.Equal(tet, LunarDate.Create(year, 1, 1).ToSolar());

        LunarDate eve = LunarDate.FromSolar(tet.PlusDays(-1));
        Assert.Equal(year - 1, eve.Year);
        Assert.Equal(12, eve.Month);
        Assert.Equal(VietnameseLunarCalendar.DaysInMonth(year - 1, 12, eve.IsLeapMonth), eve.Day);
    }

    [Theory]
    [InlineData(2020, 4, "2020-05-23", "2020-04L-01")]
    [InlineData(2023, 2, "2023-03-22", "2023-02L-01")]
    [InlineData(2025, 6, "2025-07-25", "2025-06L-01")]
    public void Leap_months_start_on_the_published_days(int year, int month, string solar, string lunar)
    {
        LocalDate start = LocalDateFromIso(solar);

        LunarDate date = LunarDate.FromSolar(start);

        Assert.Equal(LunarDate.Create(year, month, 1, isLeapMonth: true), date);
        Assert.True(date.IsLeapMonth);
        Assert.Equal(lunar, date.ToString());
        Assert.Equal(start, date.ToSolar());

        // The day before is the last day of the regular month of the same number.
        LunarDate before = LunarDate.FromSolar(start.PlusDays(-1));
        Assert.Equal(month, before.Month);
        Assert.False(before.IsLeapMonth);
        Assert.Equal(VietnameseLunarCalendar.DaysInMonth(year, month), before.Day);
    }

    [Theory]
    [InlineData(2023, 4, 29)]
    [InlineData(2024, 4, 18)]
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    public void Hung_Kings_day_10_3_falls_on_the_published_days(int year, int month, int day)
    {
        LocalDate solar = Date(year, month, day);

        Assert.Equal(solar, LunarDate.Create(year, 3, 10).ToSolar());
        Assert.Equal(LunarDate.Create(year, 3, 10), LunarDate.FromSolar(solar));
    }

    [Fact]
    public void New_moon_at_00_39_local_time_starts_the_month_on_that_day()
    {
        // New moon 2020-05-22 17:39 UTC = 2020-05-23 00:39 at UTC+7: the leap month 4 starts on 23/5, so 22/5 is
        // still the 30th (last) day of the regular month 4.
        LunarDate may22 = LunarDate.FromSolar(Date(2020, 5, 22));
        LunarDate may23 = LunarDate.FromSolar(Date(2020, 5, 23));

        Assert.Equal("2020-04-30", may22.ToString());
        Assert.Equal("2020-04L-01", may23.ToString());
        Assert.Equal(30, VietnameseLunarCalendar.DaysInMonth(2020, 4));
    }

    // ---- Whole range ----

    [Fact]
    public void Every_day_of_the_range_round_trips_and_consecutive_days_are_consecutive_lunar_dates()
    {
        LocalDate last = VietnameseLunarCalendar.MaxSolarDate;
        LunarDate previous = LunarDate.FromSolar(VietnameseLunarCalendar.MinSolarDate);
        Assert.Equal(LunarDate.MinValue, previous);
        int days = 1;
        for (LocalDate date = VietnameseLunarCalendar.MinSolarDate.PlusDays(1); date <= last; date = date.PlusDays(1))
        {
            LunarDate lunar = LunarDate.FromSolar(date);
            if (lunar.ToSolar() != date)
            {
                Assert.Fail($"{date:uuuu-MM-dd} -> {lunar} -> {lunar.ToSolar():uuuu-MM-dd}");
            }

            if (!IsNextDay(previous, lunar))
            {
                Assert.Fail($"{previous} is followed by {lunar} on {date:uuuu-MM-dd}");
            }

            previous = lunar;
            days++;
        }

        Assert.Equal(LunarDate.MaxValue, previous);
        Assert.Equal(Period.DaysBetween(VietnameseLunarCalendar.MinSolarDate, last) + 1, days);
    }

    [Fact]
    public void Every_day_of_the_range_matches_the_literal_algorithm_of_Ho_Ngoc_Duc()
    {
        // The per-day code estimates the lunation of a day as floor((jdn - 2415021.077) / 29.530588853). On two
        // days of the range, each the eve of a new moon that falls well before its mean time, that estimate is one
        // too high and the code answers "day 0" of the next month. The tables name these days by the month that
        // contains them: day 30 of the month before.
        var artifacts = new System.Collections.Generic.Dictionary<LocalDate, string>
        {
            [Date(2054, 5, 7)] = "2054-03-30",
            [Date(2062, 4, 9)] = "2062-02-30",
        };
        var seen = new System.Collections.Generic.List<LocalDate>();
        for (LocalDate date = VietnameseLunarCalendar.MinSolarDate; date <= VietnameseLunarCalendar.MaxSolarDate; date = date.PlusDays(1))
        {
            (int day, int month, int year, bool isLeap) = HoNgocDucReference.Solar2Lunar(date.Day, date.Month, date.Year, 7);
            LunarDate lunar = LunarDate.FromSolar(date);
            if (lunar.Year == year && lunar.Month == month && lunar.Day == day && lunar.IsLeapMonth == isLeap)
            {
                continue;
            }

            if (!artifacts.TryGetValue(date, out string? expected) || day != 0 || lunar.ToString() != expected)
            {
                Assert.Fail($"{date:uuuu-MM-dd}: table {lunar}, algorithm {year}-{month}{(isLeap ? "L" : "")}-{day}");
            }

            seen.Add(date);
        }

        Assert.Equal(artifacts.Keys.Order(), seen);
    }

    [Fact]
    public void Every_month_start_matches_the_literal_inverse_algorithm()
    {
        for (int year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            int? leapMonth = VietnameseLunarCalendar.LeapMonth(year);
            for (int month = 1; month <= 12; month++)
            {
                AssertMonthStart(year, month, isLeap: false);
                if (leapMonth == month)
                {
                    AssertMonthStart(year, month, isLeap: true);
                }
            }
        }

        static void AssertMonthStart(int year, int month, bool isLeap)
        {
            LocalDate expected = JulianDayNumber.ToDate(HoNgocDucReference.Lunar2Solar(1, month, year, isLeap, 7));
            Assert.Equal(expected, LunarDate.Create(year, month, 1, isLeap).ToSolar());
        }
    }

    // ---- Create / TryCreate ----

    [Fact]
    public void Create_keeps_its_parts()
    {
        LunarDate date = LunarDate.Create(2023, 2, 15, isLeapMonth: true);

        Assert.Equal(2023, date.Year);
        Assert.Equal(2, date.Month);
        Assert.Equal(15, date.Day);
        Assert.True(date.IsLeapMonth);
        Assert.Equal("Quý Mão", date.CanChiYear);
    }

    [Theory]
    [InlineData(1898, 12, 1, false, "year", "Lunar year must be between 1899 and 2100; was 1898.")]
    [InlineData(2101, 1, 1, false, "year", "Lunar year must be between 1899 and 2100; was 2101.")]
    [InlineData(2026, 0, 1, false, "month", "Lunar month must be between 1 and 12; was 0.")]
    [InlineData(2026, 13, 1, false, "month", "Lunar month must be between 1 and 12; was 13.")]
    [InlineData(2026, 2, 0, false, "day", "Lunar day must be between 1 and 29 in month 2 of lunar year 2026 (Bính Ngọ), which has 29 days; was 0.")]
    [InlineData(2026, 2, 30, false, "day", "Lunar day must be between 1 and 29 in month 2 of lunar year 2026 (Bính Ngọ), which has 29 days; was 30.")]
    [InlineData(2026, 1, 31, false, "day", "Lunar day must be between 1 and 30 in month 1 of lunar year 2026 (Bính Ngọ), which has 30 days; was 31.")]
    [InlineData(2020, 4, 31, false, "day", "Lunar day must be between 1 and 30 in month 4 of lunar year 2020 (Canh Tý), which has 30 days; was 31.")]
    [InlineData(2020, 4, 30, true, "day", "Lunar day must be between 1 and 29 in month 4 (leap) of lunar year 2020 (Canh Tý), which has 29 days; was 30.")]
    public void Create_rejects_values_out_of_range_naming_value_and_range(
        int year, int month, int day, bool isLeap, string parameter, string message)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.Create(year, month, day, isLeap));

        Assert.Equal(parameter, exception.ParamName);
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.Equal(parameter switch { "year" => year, "month" => month, _ => day }, exception.ActualValue);
        Assert.False(LunarDate.TryCreate(year, month, day, isLeap, out LunarDate result));
        Assert.Equal(default, result);
    }

    [Theory]
    [InlineData(2024, 2, "Lunar year 2024 (Giáp Thìn) has no leap month, so month 2 cannot be a leap month.")]
    [InlineData(2023, 3, "Lunar year 2023 (Quý Mão) has leap month 2 only, so month 3 cannot be a leap month.")]
    public void Create_rejects_a_leap_month_the_year_does_not_have(int year, int month, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => LunarDate.Create(year, month, 1, isLeapMonth: true));

        Assert.IsType<ArgumentException>(exception);
        Assert.Equal("isLeapMonth", exception.ParamName);
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.False(LunarDate.TryCreate(year, month, 1, true, out _));
    }

    [Fact]
    public void TryCreate_accepts_existing_dates()
    {
        Assert.True(LunarDate.TryCreate(2020, 4, 29, true, out LunarDate result));
        Assert.Equal("2020-04L-29", result.ToString());
        Assert.True(LunarDate.TryCreate(2100, 12, LunarDate.MaxValue.Day, false, out LunarDate last));
        Assert.Equal(LunarDate.MaxValue, last);
    }

    // ---- FromSolar range ----

    [Fact]
    public void Range_ends_are_the_whole_lunar_years_1899_to_2100_so_every_day_of_1900_converts()
    {
        Assert.Equal(Date(1899, 2, 10), LunarDate.MinValue.ToSolar());
        Assert.Equal("1899-12-01", LunarDate.FromSolar(Date(1900, 1, 1)).ToString());
        Assert.Equal(default, LunarDate.MinValue);
        Assert.Equal("1899-01-01", default(LunarDate).ToString());
        Assert.Equal(VietnameseLunarCalendar.MaxSolarDate, LunarDate.MaxValue.ToSolar());
        Assert.Equal(2100, LunarDate.MaxValue.Year);
        Assert.Equal(12, LunarDate.MaxValue.Month);
    }

    [Fact]
    public void FromSolar_rejects_dates_outside_the_range_naming_the_range()
    {
        LocalDate before = VietnameseLunarCalendar.MinSolarDate.PlusDays(-1);
        LocalDate after = VietnameseLunarCalendar.MaxSolarDate.PlusDays(1);

        var low = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.FromSolar(before));
        var high = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.FromSolar(after));

        Assert.Equal("date", low.ParamName);
        Assert.Equal(before, low.ActualValue);
        Assert.StartsWith(
            "Date 1899-02-09 is outside the range of the lunar calendar, 1899-02-10 to 2101-01-28 (lunar years 1899 to 2100).",
            low.Message,
            StringComparison.Ordinal);
        Assert.StartsWith("Date 2101-01-29 is outside the range", high.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSolar_rejects_dates_of_other_calendars()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => LunarDate.FromSolar(new LocalDate(2026, 2, 17, CalendarSystem.Julian)));

        Assert.Equal("date", exception.ParamName);
        Assert.Contains("date 2026-02-17 is in the Julian calendar", exception.Message, StringComparison.Ordinal);
    }

    // ---- Text ----

    [Theory]
    [InlineData(2026, 2, 17, "mùng 1 tháng Giêng năm Bính Ngọ", "1/1 âm lịch", "2026-01-01")]
    [InlineData(2026, 4, 26, "mùng 10 tháng Ba năm Bính Ngọ", "10/3 âm lịch", "2026-03-10")]
    [InlineData(2023, 3, 22, "mùng 1 tháng Hai nhuận năm Quý Mão", "1/2 nhuận âm lịch", "2023-02L-01")]
    [InlineData(2025, 8, 8, "ngày 15 tháng Sáu nhuận năm Ất Tỵ", "15/6 nhuận âm lịch", "2025-06L-15")]
    [InlineData(2024, 9, 17, "ngày 15 tháng Tám năm Giáp Thìn", "15/8 âm lịch", "2024-08-15")]
    [InlineData(2023, 4, 29, "mùng 10 tháng Ba năm Quý Mão", "10/3 âm lịch", "2023-03-10")]
    [InlineData(2023, 4, 30, "ngày 11 tháng Ba năm Quý Mão", "11/3 âm lịch", "2023-03-11")]
    [InlineData(2026, 2, 16, "ngày 29 tháng Chạp năm Ất Tỵ", "29/12 âm lịch", "2025-12-29")]
    [InlineData(2025, 12, 20, "mùng 1 tháng Một năm Ất Tỵ", "1/11 âm lịch", "2025-11-01")]
    [InlineData(1968, 1, 29, "mùng 1 tháng Giêng năm Mậu Thân", "1/1 âm lịch", "1968-01-01")]
    public void Text_forms(int year, int month, int day, string vietnamese, string shortForm, string invariant)
    {
        LunarDate date = LunarDate.FromSolar(Date(year, month, day));

        Assert.Equal(vietnamese, date.ToVietnameseString());
        Assert.Equal(shortForm, date.ToShortVietnameseString());
        Assert.Equal(invariant, date.ToString());
    }

    [Fact]
    public void Day_10_is_mung_and_day_11_is_ngay()
    {
        Assert.StartsWith("mùng 10 tháng Mười ", LunarDate.Create(2024, 10, 10).ToVietnameseString(), StringComparison.Ordinal);
        Assert.StartsWith("ngày 11 tháng Mười ", LunarDate.Create(2024, 10, 11).ToVietnameseString(), StringComparison.Ordinal);
        Assert.StartsWith("ngày 30 tháng ", LunarDate.Create(2020, 4, 30).ToVietnameseString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, "Quý Mão")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(1968, "Mậu Thân")]
    [InlineData(1900, "Canh Tý")]
    [InlineData(2100, "Canh Thân")]
    public void CanChiYear_names_the_lunar_year(int year, string expected)
    {
        Assert.Equal(expected, LunarDate.Create(year, 6, 1).CanChiYear);
    }

    [Fact]
    public void CanChiYear_of_January_before_Tet_is_the_old_year()
    {
        // 2026-02-16 is still in lunar year 2025 (Ất Tỵ).
        Assert.Equal("Ất Tỵ", LunarDate.FromSolar(Date(2026, 2, 16)).CanChiYear);
    }

    [Property(Arbitrary = new[] { typeof(LunarArbitraries) }, MaxTest = 1000)]
    public void ToString_and_Parse_round_trip(LunarDate date)
    {
        string text = date.ToString();

        Assert.Equal(date.IsLeapMonth ? 11 : 10, text.Length);
        Assert.Equal(date, LunarDate.Parse(text));
        Assert.True(LunarDate.TryParse(text, out LunarDate parsed));
        Assert.Equal(date, parsed);
    }

    [Theory]
    [InlineData("", "expected yyyy-MM-dd, or yyyy-MML-dd in a leap month")]
    [InlineData("2026-1-1", "expected yyyy-MM-dd")]
    [InlineData("2026-01-1", "expected yyyy-MM-dd")]
    [InlineData("2026/01/01", "expected yyyy-MM-dd")]
    [InlineData("2023-02l-01", "expected yyyy-MM-dd")]
    [InlineData("2023-02X-01", "expected yyyy-MM-dd")]
    [InlineData("2023-L02-01", "expected yyyy-MM-dd")]
    [InlineData("+026-01-01", "expected yyyy-MM-dd")]
    [InlineData(" 2026-01-01", "expected yyyy-MM-dd")]
    [InlineData("2026-01-01 ", "expected yyyy-MM-dd")]
    [InlineData("２０２６-01-01", "expected yyyy-MM-dd")]
    [InlineData("1898-12-01", "Lunar year must be between 1899 and 2100; was 1898.")]
    [InlineData("2026-13-01", "Lunar month must be between 1 and 12; was 13.")]
    [InlineData("2026-02-30", "Lunar day must be between 1 and 29 in month 2 of lunar year 2026 (Bính Ngọ)")]
    [InlineData("2026-01-00", "Lunar day must be between 1 and 30")]
    [InlineData("2024-02L-01", "Lunar year 2024 (Giáp Thìn) has no leap month")]
    public void Parse_rejects_other_forms_quoting_the_text_and_the_reason(string text, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => LunarDate.Parse(text));

        Assert.Contains($"Cannot parse \"{text}\" as a lunar date: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.False(LunarDate.TryParse(text, out LunarDate result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_and_TryParse_of_null()
    {
        Assert.Throws<ArgumentNullException>(() => LunarDate.Parse(null!));
        Assert.False(LunarDate.TryParse(null, out _));
    }

    // ---- Equality and ordering ----

    [Property(Arbitrary = new[] { typeof(LunarArbitraries) }, MaxTest = 1000)]
    public void FromSolar_is_strictly_monotone(LocalDate a, LocalDate b)
    {
        LunarDate x = LunarDate.FromSolar(a);
        LunarDate y = LunarDate.FromSolar(b);

        Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
        Assert.Equal(a < b, x < y);
        Assert.Equal(a <= b, x <= y);
        Assert.Equal(a > b, x > y);
        Assert.Equal(a >= b, x >= y);
        Assert.Equal(a == b, x == y);
        Assert.Equal(a != b, x != y);
        Assert.Equal(a == b, x.Equals(y));
        Assert.Equal(a == b, x.Equals((object)y));
        Assert.Equal(Math.Sign(x.CompareTo(y)), Math.Sign(((IComparable)x).CompareTo(y)));
    }

    [Property(Arbitrary = new[] { typeof(LunarArbitraries) }, MaxTest = 300)]
    public void The_next_solar_day_is_a_later_lunar_date(LocalDate date)
    {
        if (date == VietnameseLunarCalendar.MaxSolarDate)
        {
            return;
        }

        Assert.True(LunarDate.FromSolar(date) < LunarDate.FromSolar(date.PlusDays(1)));
    }

    [Fact]
    public void A_leap_month_comes_right_after_the_regular_month_of_the_same_number()
    {
        LunarDate lastOfRegular = LunarDate.Create(2023, 2, VietnameseLunarCalendar.DaysInMonth(2023, 2));
        LunarDate firstOfLeap = LunarDate.Create(2023, 2, 1, isLeapMonth: true);
        LunarDate firstOfNext = LunarDate.Create(2023, 3, 1);

        Assert.True(lastOfRegular < firstOfLeap);
        Assert.True(firstOfLeap < firstOfNext);
        Assert.Equal(lastOfRegular.ToSolar().PlusDays(1), firstOfLeap.ToSolar());
        Assert.True(LunarDate.Create(2022, 12, 29) < LunarDate.Create(2023, 1, 1));
    }

    [Fact]
    public void Equality_and_hash_codes()
    {
        LunarDate a = LunarDate.Create(2023, 2, 1);
        LunarDate leap = LunarDate.Create(2023, 2, 1, isLeapMonth: true);

        Assert.Equal(a, LunarDate.Parse("2023-02-01"));
        Assert.Equal(a.GetHashCode(), LunarDate.Parse("2023-02-01").GetHashCode());
        Assert.NotEqual(a, leap);
        Assert.False(a.Equals("2023-02-01"));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void CompareTo_object_sorts_null_first_and_rejects_other_types()
    {
        LunarDate date = LunarDate.Create(2026, 1, 1);

        Assert.Equal(1, date.CompareTo(null));
        var exception = Assert.Throws<ArgumentException>(() => date.CompareTo((object)new LocalDate(2026, 2, 17)));
        Assert.Equal("obj", exception.ParamName);
        Assert.Contains("was NodaTime.LocalDate", exception.Message, StringComparison.Ordinal);
    }

    private static bool IsNextDay(LunarDate previous, LunarDate next)
    {
        if (next.Year == previous.Year && next.Month == previous.Month && next.IsLeapMonth == previous.IsLeapMonth)
        {
            return next.Day == previous.Day + 1;
        }

        // A new month starts: the previous month ended on day 29 or 30, the new one starts on day 1, and it is the
        // leap month of the same number, the next number, or month 1 of the next year.
        bool endedMonth = previous.Day is 29 or 30;
        bool nextMonth =
            (next.Year == previous.Year && next.IsLeapMonth && !previous.IsLeapMonth && next.Month == previous.Month)
            || (next.Year == previous.Year && !next.IsLeapMonth && next.Month == previous.Month + 1)
            || (next.Year == previous.Year + 1 && previous.Month == 12 && next.Month == 1 && !next.IsLeapMonth);
        return endedMonth && next.Day == 1 && nextMonth;
    }

    private static LocalDate LocalDateFromIso(string text) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
