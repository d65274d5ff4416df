using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OneStop.Metrics.Periods;
using Xunit;

namespace OneStop.Metrics.Tests.Periods;

public sealed class ReportingPeriodTests
{
    private static LocalDate Date(int year, int month, int day) => new(year, month, day);

    private static void AssertPeriod(string expected, ReportingPeriod period) => Assert.Equal(expected, period.ToString());

    [Fact]
    public void Custom_keeps_both_inclusive_bounds()
    {
        ReportingPeriod period = ReportingPeriod.Custom(Date(2023, 1, 1), Date(2023, 8, 31));

        Assert.Equal(Date(2023, 1, 1), period.Start);
        Assert.Equal(Date(2023, 8, 31), period.End);
        Assert.Equal(243, period.Days);
    }

    [Fact]
    public void Custom_accepts_a_single_day()
    {
        ReportingPeriod period = ReportingPeriod.Custom(Date(2023, 9, 5), Date(2023, 9, 5));

        Assert.Equal(1, period.Days);
        Assert.True(period.Contains(Date(2023, 9, 5)));
    }

    [Fact]
    public void Custom_rejects_a_start_after_the_end_naming_both_dates()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => ReportingPeriod.Custom(Date(2023, 8, 31), Date(2023, 1, 1)));

        Assert.Equal("start", exception.ParamName);
        Assert.StartsWith("Start 2023-08-31 must not be after end 2023-01-01.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_rejects_a_date_outside_the_ISO_calendar()
    {
        LocalDate julian = new(2023, 1, 1, CalendarSystem.Julian);

        var exception = Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(julian, Date(2023, 12, 31)));

        Assert.Equal("start", exception.ParamName);
        Assert.Contains("start 2023-01-01 is in the Julian calendar", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_rejects_years_before_1()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => ReportingPeriod.Custom(Date(0, 12, 31), Date(2023, 1, 1)));

        Assert.Equal("start", exception.ParamName);
        Assert.Contains("between 1 and 9999; was 0.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 2, "2024-02-01..2024-02-29", 29)]
    [InlineData(2023, 2, "2023-02-01..2023-02-28", 28)]
    [InlineData(2100, 2, "2100-02-01..2100-02-28", 28)]
    [InlineData(2000, 2, "2000-02-01..2000-02-29", 29)]
    [InlineData(2023, 1, "2023-01-01..2023-01-31", 31)]
    [InlineData(2023, 4, "2023-04-01..2023-04-30", 30)]
    [InlineData(2023, 12, "2023-12-01..2023-12-31", 31)]
    public void Month_runs_from_the_first_to_the_last_day(int year, int month, string expected, int days)
    {
        ReportingPeriod period = ReportingPeriod.Month(year, month);

        AssertPeriod(expected, period);
        Assert.Equal(days, period.Days);
    }

    [Theory]
    [InlineData(2023, 1, "2023-01-01..2023-03-31", 90)]
    [InlineData(2024, 1, "2024-01-01..2024-03-31", 91)]
    [InlineData(2023, 2, "2023-04-01..2023-06-30", 91)]
    [InlineData(2023, 3, "2023-07-01..2023-09-30", 92)]
    [InlineData(2023, 4, "2023-10-01..2023-12-31", 92)]
    public void Quarter_spans_three_calendar_months(int year, int quarter, string expected, int days)
    {
        ReportingPeriod period = ReportingPeriod.Quarter(year, quarter);

        AssertPeriod(expected, period);
        Assert.Equal(days, period.Days);
    }

    [Theory]
    [InlineData(2024, 1, "2024-01-01..2024-06-30", 182)]
    [InlineData(2023, 1, "2023-01-01..2023-06-30", 181)]
    [InlineData(2024, 2, "2024-07-01..2024-12-31", 184)]
    public void HalfYear_spans_six_calendar_months(int year, int half, string expected, int days)
    {
        ReportingPeriod period = ReportingPeriod.HalfYear(year, half);

        AssertPeriod(expected, period);
        Assert.Equal(days, period.Days);
    }

    [Theory]
    [InlineData(2023, "2023-01-01..2023-12-31", 365)]
    [InlineData(2024, "2024-01-01..2024-12-31", 366)]
    [InlineData(1900, "1900-01-01..1900-12-31", 365)]
    [InlineData(2200, "2200-01-01..2200-12-31", 365)]
    public void Year_spans_the_calendar_year(int year, string expected, int days)
    {
        ReportingPeriod period = ReportingPeriod.Year(year);

        AssertPeriod(expected, period);
        Assert.Equal(days, period.Days);
    }

    [Fact]
    public void YearToDate_starts_on_the_first_of_January()
    {
        AssertPeriod("2023-01-01..2023-08-31", ReportingPeriod.YearToDate(Date(2023, 8, 31)));
        AssertPeriod("2024-01-01..2024-01-01", ReportingPeriod.YearToDate(Date(2024, 1, 1)));
        AssertPeriod("2024-01-01..2024-12-31", ReportingPeriod.YearToDate(Date(2024, 12, 31)));
    }

    [Theory]
    [InlineData(2023, 8, 20, "2023-07-21..2023-08-20")]
    [InlineData(2024, 1, 20, "2023-12-21..2024-01-20")]
    [InlineData(2024, 3, 28, "2024-02-29..2024-03-28")]
    [InlineData(2023, 3, 28, "2023-03-01..2023-03-28")]
    [InlineData(2023, 3, 1, "2023-02-02..2023-03-01")]
    [InlineData(2023, 12, 14, "2023-11-15..2023-12-14")]
    public void CutOffMonth_ends_on_the_cut_off_day_and_starts_after_the_previous_one(int year, int month, int cutOffDay, string expected) =>
        AssertPeriod(expected, ReportingPeriod.CutOffMonth(year, month, cutOffDay));

    [Theory]
    [InlineData(2024, 1, 20, "2023-12-21..2024-03-20", 91)]
    [InlineData(2023, 1, 20, "2022-12-21..2023-03-20", 90)]
    [InlineData(2023, 2, 14, "2023-03-15..2023-06-14", 92)]
    [InlineData(2023, 3, 14, "2023-06-15..2023-09-14", 92)]
    [InlineData(2023, 4, 14, "2023-09-15..2023-12-14", 91)]
    public void CutOffQuarter_spans_three_months_between_cut_off_days(int year, int quarter, int cutOffDay, string expected, int days)
    {
        ReportingPeriod period = ReportingPeriod.CutOffQuarter(year, quarter, cutOffDay);

        AssertPeriod(expected, period);
        Assert.Equal(days, period.Days);
    }

    [Fact]
    public void Consecutive_cut_off_months_and_quarters_adjoin_without_gap_or_overlap()
    {
        for (int month = 1; month <= 12; month++)
        {
            for (int cutOffDay = 1; cutOffDay <= ReportingPeriod.MaxCutOffDay; cutOffDay++)
            {
                ReportingPeriod current = ReportingPeriod.CutOffMonth(2024, month, cutOffDay);
                ReportingPeriod next = month == 12
                    ? ReportingPeriod.CutOffMonth(2025, 1, cutOffDay)
                    : ReportingPeriod.CutOffMonth(2024, month + 1, cutOffDay);
                Assert.Equal(current.End.PlusDays(1), next.Start);
            }
        }

        int total = 0;
        for (int quarter = 1; quarter <= 4; quarter++)
        {
            total += ReportingPeriod.CutOffQuarter(2024, quarter, 20).Days;
        }

        // 2023-12-21..2024-12-20 is 366 days long because it contains 29 February 2024.
        Assert.Equal(366, total);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    [InlineData(0)]
    public void Factories_reject_a_year_outside_1900_to_2200_naming_the_value(int year)
    {
        string expected = $"Year must be between 1900 and 2200; was {year}.";

        AssertOutOfRange("year", year, expected, () => ReportingPeriod.Month(year, 1));
        AssertOutOfRange("year", year, expected, () => ReportingPeriod.Quarter(year, 1));
        AssertOutOfRange("year", year, expected, () => ReportingPeriod.HalfYear(year, 1));
        AssertOutOfRange("year", year, expected, () => ReportingPeriod.Year(year));
        AssertOutOfRange("year", year, expected, () => ReportingPeriod.CutOffMonth(year, 1, 20));
        AssertOutOfRange("year", year, expected, () => ReportingPeriod.CutOffQuarter(year, 1, 20));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_factories_reject_a_month_outside_1_to_12_naming_the_value(int month)
    {
        string expected = $"Month must be between 1 and 12; was {month}.";

        AssertOutOfRange("month", month, expected, () => ReportingPeriod.Month(2023, month));
        AssertOutOfRange("month", month, expected, () => ReportingPeriod.CutOffMonth(2023, month, 20));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_factories_reject_a_quarter_outside_1_to_4_naming_the_value(int quarter)
    {
        string expected = $"Quarter must be between 1 and 4; was {quarter}.";

        AssertOutOfRange("quarter", quarter, expected, () => ReportingPeriod.Quarter(2023, quarter));
        AssertOutOfRange("quarter", quarter, expected, () => ReportingPeriod.CutOffQuarter(2023, quarter, 20));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void HalfYear_rejects_a_half_outside_1_to_2_naming_the_value(int half) =>
        AssertOutOfRange("half", half, $"Half must be between 1 and 2; was {half}.", () => ReportingPeriod.HalfYear(2023, half));

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    [InlineData(31)]
    public void Cut_off_factories_reject_a_cut_off_day_outside_1_to_28_naming_the_value(int cutOffDay)
    {
        string expected = $"Cut-off day must be between 1 and 28; was {cutOffDay}.";

        AssertOutOfRange("cutOffDay", cutOffDay, expected, () => ReportingPeriod.CutOffMonth(2023, 8, cutOffDay));
        AssertOutOfRange("cutOffDay", cutOffDay, expected, () => ReportingPeriod.CutOffQuarter(2023, 3, cutOffDay));
    }

    [Fact]
    public void YearToDate_rejects_a_date_outside_1900_to_2200_naming_the_value()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.YearToDate(Date(2201, 3, 4)));

        Assert.Equal("through", exception.ParamName);
        Assert.StartsWith("The year of 2201-03-04 must be between 1900 and 2200; was 2201.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_includes_both_bounds_and_nothing_outside()
    {
        ReportingPeriod period = ReportingPeriod.CutOffMonth(2023, 8, 20);

        Assert.True(period.Contains(Date(2023, 7, 21)));
        Assert.True(period.Contains(Date(2023, 8, 20)));
        Assert.True(period.Contains(Date(2023, 8, 1)));
        Assert.False(period.Contains(Date(2023, 7, 20)));
        Assert.False(period.Contains(Date(2023, 8, 21)));
    }

    [Fact]
    public void Contains_rejects_a_date_outside_the_ISO_calendar()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => ReportingPeriod.Year(2023).Contains(new LocalDate(2023, 5, 1, CalendarSystem.Julian)));

        Assert.Equal("date", exception.ParamName);
    }

    [Fact]
    public void ToDateInterval_has_the_same_inclusive_bounds()
    {
        DateInterval interval = ReportingPeriod.Quarter(2023, 3).ToDateInterval();

        Assert.Equal(new DateInterval(Date(2023, 7, 1), Date(2023, 9, 30)), interval);
        Assert.Equal(92, interval.Length);
    }

    [Fact]
    public void DefaultAsOf_is_the_last_day() =>
        Assert.Equal(Date(2023, 8, 20), ReportingPeriod.CutOffMonth(2023, 8, 20).DefaultAsOf);

    [Fact]
    public void Equality_compares_start_and_end()
    {
        ReportingPeriod quarter = ReportingPeriod.Quarter(2023, 3);
        ReportingPeriod same = ReportingPeriod.Custom(Date(2023, 7, 1), Date(2023, 9, 30));

        Assert.Equal(quarter, same);
        Assert.True(quarter == same);
        Assert.False(quarter != same);
        Assert.True(quarter.Equals((object)same));
        Assert.Equal(quarter.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(quarter, ReportingPeriod.Custom(Date(2023, 7, 1), Date(2023, 9, 29)));
        Assert.NotEqual(quarter, ReportingPeriod.Custom(Date(2023, 7, 2), Date(2023, 9, 30)));
        Assert.False(quarter.Equals(null));
        Assert.False(quarter == null);
        Assert.True((ReportingPeriod?)null == null);
    }

    [Fact]
    public void ToString_and_ToVietnameseString()
    {
        ReportingPeriod period = ReportingPeriod.Custom(Date(2023, 1, 1), Date(2023, 8, 31));

        Assert.Equal("2023-01-01..2023-08-31", period.ToString());
        Assert.Equal("từ ngày 01/01/2023 đến ngày 31/08/2023", period.ToVietnameseString());
        Assert.Equal("0001-01-01..0987-06-05", ReportingPeriod.Custom(Date(1, 1, 1), Date(987, 6, 5)).ToString());
    }

    [Theory]
    [InlineData("2023-01-01..2023-08-31")]
    [InlineData("2024-02-29..2024-02-29")]
    [InlineData("0001-01-01..9999-12-31")]
    public void Parse_reads_the_text_form(string text)
    {
        ReportingPeriod period = ReportingPeriod.Parse(text);

        Assert.Equal(text, period.ToString());
        Assert.True(ReportingPeriod.TryParse(text, out ReportingPeriod? parsed));
        Assert.Equal(period, parsed);
    }

    [Fact]
    public void Parse_gives_the_expected_dates() =>
        Assert.Equal(ReportingPeriod.CutOffQuarter(2024, 1, 20), ReportingPeriod.Parse("2023-12-21..2024-03-20"));

    [Theory]
    [InlineData("", "expected yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData("2023-01-01..2023-08-3", "expected yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData(" 2023-01-01..2023-08-31", "expected yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData("2023-01-01 .. 2023-08-31", "expected yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData("2023-01-01--2023-08-31", "expected yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData("2023-01-01/2023-08-31xx", "expected yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData("2023/01/01..2023/08/31", "both ends must be existing dates")]
    [InlineData("2023-1-001..2023-08-31", "both ends must be existing dates")]
    [InlineData("2023-02-29..2023-03-01", "both ends must be existing dates")]
    [InlineData("2023-13-01..2023-12-31", "both ends must be existing dates")]
    [InlineData("2023-01-00..2023-12-31", "both ends must be existing dates")]
    [InlineData("0000-01-01..2023-12-31", "both ends must be existing dates")]
    [InlineData("+023-01-01..2023-12-31", "both ends must be existing dates")]
    [InlineData("２０２３-01-01..2023-12-31", "both ends must be existing dates")]
    [InlineData("2023-08-31..2023-01-01", "the start 2023-08-31 is after the end 2023-01-01")]
    public void Parse_rejects_anything_else_quoting_the_text(string text, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));

        Assert.Contains($"\"{text}\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(text, out ReportingPeriod? result));
        Assert.Null(result);
    }

    [Fact]
    public void Parse_and_TryParse_of_null()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!));
        Assert.False(ReportingPeriod.TryParse(null, out ReportingPeriod? result));
        Assert.Null(result);
    }

    [Property(Arbitrary = new[] { typeof(PeriodArbitraries) }, MaxTest = 1000)]
    public void ToString_and_Parse_round_trip(DatePair pair)
    {
        ReportingPeriod period = ReportingPeriod.Custom(pair.Start, pair.End);

        string text = period.ToString();

        Assert.Equal(22, text.Length);
        Assert.Equal(period, ReportingPeriod.Parse(text));
        Assert.Equal(pair.Start, ReportingPeriod.Parse(text).Start);
        Assert.Equal(pair.End, ReportingPeriod.Parse(text).End);
    }

    [Property(Arbitrary = new[] { typeof(PeriodArbitraries) }, MaxTest = 1000)]
    public void Days_and_Contains_agree_with_the_bounds(DatePair pair)
    {
        ReportingPeriod period = ReportingPeriod.Custom(pair.Start, pair.End);

        Assert.Equal(Period.Between(pair.Start, pair.End, PeriodUnits.Days).Days + 1, period.Days);
        Assert.Equal(period.ToDateInterval().Length, period.Days);
        Assert.True(period.Contains(pair.Start));
        Assert.True(period.Contains(pair.End));
        Assert.False(period.Contains(pair.Start.PlusDays(-1)));
        Assert.False(period.Contains(pair.End.PlusDays(1)));
    }

    private static void AssertOutOfRange(string parameter, int value, string message, Func<ReportingPeriod> factory)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => factory());

        Assert.Equal(parameter, exception.ParamName);
        Assert.Equal(value, exception.ActualValue);
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }
}

/// <summary>Two ISO dates in years 2..9998, the first not after the second.</summary>
public sealed record DatePair(LocalDate Start, LocalDate End);

/// <summary>FsCheck generators for the Periods tests.</summary>
public static class PeriodArbitraries
{
    private static readonly LocalDate Origin = new(2, 1, 1);

    // Days from 0002-01-01 to 9998-12-31, leaving a day of room on each side for the Contains checks.
    private static readonly int DayCount = Period.Between(Origin, new LocalDate(9998, 12, 31), PeriodUnits.Days).Days;

    /// <summary>Ordered date pairs: either anywhere in the range, or within a few years of each other around today.</summary>
    public static Arbitrary<DatePair> DatePairs()
    {
        Gen<LocalDate> anywhere = Gen.Choose(0, DayCount).Select(offset => Origin.PlusDays(offset));
        Gen<DatePair> wide =
            from a in anywhere
            from b in anywhere
            select a <= b ? new DatePair(a, b) : new DatePair(b, a);
        Gen<DatePair> near =
            from startOffset in Gen.Choose(0, 365 * 300)
            from length in Gen.Choose(0, 800)
            let start = new LocalDate(1900, 1, 1).PlusDays(startOffset)
            select new DatePair(start, start.PlusDays(length));
        return Arb.From(Gen.OneOf(wide, near));
    }
}
