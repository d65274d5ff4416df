using System;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using OneStop.Metrics.Calendars.Lunar;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.Lunar;

public sealed class VietnameseLunarCalendarTests
{
    private const int China = 8;

    private static LocalDate Date(int year, int month, int day) => new(year, month, day);

    [Theory]
    [MemberData(nameof(LunarCheckValues.Tet), MemberType = typeof(LunarCheckValues))]
    public void NewYear_is_the_published_Tet(int year, int month, int day)
    {
        Assert.Equal(Date(year, month, day), VietnameseLunarCalendar.NewYear(year));
        Assert.Equal(Date(year, month, day), VietnameseLunarCalendar.NewYear(year, 7));
    }

    [Theory]
    [InlineData(1985, 2, 20, 1985, 1, 21)]
    [InlineData(2007, 2, 18, 2007, 2, 17)]
    [InlineData(2030, 2, 3, 2030, 2, 2)]
    public void At_UTC_plus_8_China_has_Tet_on_other_days(int cy, int cm, int cd, int vy, int vm, int vd)
    {
        LocalDate china = VietnameseLunarCalendar.NewYear(cy, China);
        LocalDate vietnam = VietnameseLunarCalendar.NewYear(vy);

        Assert.Equal(Date(cy, cm, cd), china);
        Assert.Equal(Date(vy, vm, vd), vietnam);
        Assert.NotEqual(china, vietnam);
        Assert.Equal(LunarDate.Create(cy, 1, 1), VietnameseLunarCalendar.FromSolar(china, China));
    }

    [Fact]
    public void Vietnam_and_China_name_some_days_differently_but_mostly_agree()
    {
        int differing = 0;
        int total = 0;
        for (LocalDate date = Date(1970, 1, 1); date <= Date(2069, 12, 31); date = date.PlusDays(1))
        {
            total++;
            if (LunarDate.FromSolar(date) != VietnameseLunarCalendar.FromSolar(date, China))
            {
                differing++;
            }
        }

        // 21/1/1985..19/2/1985 alone is a month apart; differences exist but are a small share of all days.
        Assert.InRange(differing, 30, total / 10);
        Assert.Equal(
            "1985-01-01",
            LunarDate.FromSolar(Date(1985, 1, 21)).ToString());
        Assert.Equal(
            "1984-12-01",
            VietnameseLunarCalendar.FromSolar(Date(1985, 1, 21), China).ToString());
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    public void LeapMonth_of_the_published_leap_years(int year, int leapMonth)
    {
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonth(year));
        Assert.Equal(13, VietnameseLunarCalendar.MonthsInYear(year));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void Years_without_a_leap_month(int year)
    {
        Assert.Null(VietnameseLunarCalendar.LeapMonth(year));
        Assert.Equal(12, VietnameseLunarCalendar.MonthsInYear(year));
    }

    [Theory]
    [InlineData(2020, 4, 2020, 5, 23)]
    [InlineData(2023, 2, 2023, 3, 22)]
    [InlineData(2025, 6, 2025, 7, 25)]
    public void ToSolar_of_day_1_of_the_leap_month(int lunarYear, int month, int year, int solarMonth, int day)
    {
        Assert.Equal(Date(year, solarMonth, day), VietnameseLunarCalendar.ToSolar(lunarYear, month, 1, isLeapMonth: true));
    }

    [Theory]
    [InlineData(2023, 4, 29)]
    [InlineData(2024, 4, 18)]
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    public void ToSolar_of_Hung_Kings_day(int year, int month, int day)
    {
        Assert.Equal(Date(year, month, day), VietnameseLunarCalendar.ToSolar(year, 3, 10));
    }

    [Fact]
    public void Every_year_has_12_or_13_months_of_29_or_30_days_and_a_leap_month_exactly_when_13()
    {
        for (int year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            int months = VietnameseLunarCalendar.MonthsInYear(year);
            int? leapMonth = VietnameseLunarCalendar.LeapMonth(year);
            Assert.True(months is 12 or 13, $"{year}: {months} months");
            Assert.Equal(months == 13, leapMonth is not null);

            int days = 0;
            for (int month = 1; month <= 12; month++)
            {
                days += AssertMonthLength(year, month, isLeap: false);
                if (leapMonth == month)
                {
                    days += AssertMonthLength(year, month, isLeap: true);
                }
            }

            // The months fill the year exactly: Tết to Tết.
            LocalDate next = year < VietnameseLunarCalendar.MaxYear
                ? VietnameseLunarCalendar.NewYear(year + 1)
                : VietnameseLunarCalendar.MaxSolarDate.PlusDays(1);
            Assert.Equal(Period.DaysBetween(VietnameseLunarCalendar.NewYear(year), next), days);
            Assert.InRange(days, months == 12 ? 353 : 383, months == 12 ? 355 : 385);
        }

        static int AssertMonthLength(int year, int month, bool isLeap)
        {
            int length = VietnameseLunarCalendar.DaysInMonth(year, month, isLeap);
            Assert.True(length is 29 or 30, $"{year}-{month}{(isLeap ? "L" : "")}: {length} days");
            LocalDate start = VietnameseLunarCalendar.ToSolar(year, month, 1, isLeap);
            Assert.Equal(start.PlusDays(length - 1), VietnameseLunarCalendar.ToSolar(year, month, length, isLeap));
            return length;
        }
    }

    [Fact]
    public void Every_month_11_contains_the_winter_solstice()
    {
        for (int year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            int start = JulianDayNumber.FromDate(VietnameseLunarCalendar.ToSolar(year, 11, 1));
            int end = start + VietnameseLunarCalendar.DaysInMonth(year, 11);

            // The Sun reaches 270° (sector 9) after local midnight starting day 1 and by local midnight ending the
            // month; a month of 30 days can also reach 300° (sector 10, Đại hàn) before it ends.
            Assert.True(Astronomy.SunLongitudeSector(start, 7) < 9, $"{year}: month 11 starts after the solstice");
            Assert.InRange(Astronomy.SunLongitudeSector(end, 7), 9, 10);
        }
    }

    [Fact]
    public void Range_properties()
    {
        Assert.Equal(1899, VietnameseLunarCalendar.MinYear);
        Assert.Equal(2100, VietnameseLunarCalendar.MaxYear);
        Assert.Equal(Date(1899, 2, 10), VietnameseLunarCalendar.MinSolarDate);
        Assert.Equal(Date(2101, 1, 28), VietnameseLunarCalendar.MaxSolarDate);
        Assert.Equal(VietnameseLunarCalendar.MinSolarDate, VietnameseLunarCalendar.NewYear(1899));
        Assert.Equal(Date(1900, 1, 31), VietnameseLunarCalendar.NewYear(1900));
    }

    [Theory]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2023, "Quý Mão")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(1968, "Mậu Thân")]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(2027, "Đinh Mùi")]
    [InlineData(2031, "Tân Hợi")]
    public void CanChi_names_the_year(int year, string expected)
    {
        Assert.Equal(expected, VietnameseLunarCalendar.CanChi(year));
    }

    [Fact]
    public void CanChi_repeats_every_60_years_and_not_sooner()
    {
        string[] names = Enumerable.Range(1900, 60).Select(VietnameseLunarCalendar.CanChi).ToArray();

        Assert.Equal(60, names.Distinct(StringComparer.Ordinal).Count());
        for (int year = 1960; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            Assert.Equal(names[(year - 1900) % 60], VietnameseLunarCalendar.CanChi(year));
        }
    }

    [Fact]
    public void Year_arguments_are_checked_naming_value_and_range()
    {
        AssertYearRejected(() => VietnameseLunarCalendar.NewYear(1898), 1898);
        AssertYearRejected(() => VietnameseLunarCalendar.MonthsInYear(2101), 2101);
        AssertYearRejected(() => VietnameseLunarCalendar.LeapMonth(0), 0);
        AssertYearRejected(() => VietnameseLunarCalendar.DaysInMonth(-5, 1), -5);
        AssertYearRejected(() => VietnameseLunarCalendar.CanChi(int.MaxValue), int.MaxValue);
        AssertYearRejected(() => VietnameseLunarCalendar.ToSolar(int.MinValue, 1, 1), int.MinValue);

        static void AssertYearRejected(Func<object?> call, int year)
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal("lunarYear", exception.ParamName);
            Assert.Equal(year, exception.ActualValue);
            Assert.StartsWith(
                $"Lunar year must be between 1899 and 2100; was {year}.",
                exception.Message,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DaysInMonth_checks_the_month_and_the_leap_month()
    {
        var month = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.DaysInMonth(2026, 13));
        Assert.Equal("month", month.ParamName);
        Assert.StartsWith("Lunar month must be between 1 and 12; was 13.", month.Message, StringComparison.Ordinal);

        var leap = Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.DaysInMonth(2026, 5, isLeapMonth: true));
        Assert.Equal("isLeapMonth", leap.ParamName);
        Assert.StartsWith("Lunar year 2026 (Bính Ngọ) has no leap month", leap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSolar_checks_like_Create()
    {
        var day = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2020, 4, 30, isLeapMonth: true));
        Assert.Equal("day", day.ParamName);

        var leap = Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(2023, 4, 1, isLeapMonth: true));
        Assert.Equal("isLeapMonth", leap.ParamName);
    }

    [Fact]
    public void Time_zone_offsets_are_checked()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.NewYear(2026, 15));

        Assert.Equal("timeZoneHours", exception.ParamName);
        Assert.StartsWith("Time zone offset must be between -12 and 14 hours; was 15.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_built_concurrently_on_first_use_agree()
    {
        // UTC+9 is used by no other test, so its table is built here, under contention.
        LocalDate[] parallel = new LocalDate[VietnameseLunarCalendar.MaxYear - VietnameseLunarCalendar.MinYear + 1];
        Parallel.For(0, parallel.Length, i => parallel[i] = VietnameseLunarCalendar.NewYear(VietnameseLunarCalendar.MinYear + i, 9));

        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(VietnameseLunarCalendar.NewYear(VietnameseLunarCalendar.MinYear + i, 9), parallel[i]);
        }

        Assert.Same(LunarCalendarTable.ForTimeZone(9), LunarCalendarTable.ForTimeZone(9));
    }
}
