using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using Xunit;

namespace OneStop.Metrics.Tests.Printing;

public sealed class NumberFormatterTests
{
    private static readonly NumberStyle Vietnamese = NumberStyle.Vietnamese;
    private static readonly NumberStyle Invariant = NumberStyle.Invariant;

    [Theory]
    [InlineData(2560, "2.560")]
    [InlineData(33533, "33.533")]
    [InlineData(1, "01")]
    [InlineData(2, "02")]
    [InlineData(9, "09")]
    [InlineData(10, "10")]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1000, "1.000")]
    [InlineData(100000, "100.000")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(-1234, "-1.234")]
    [InlineData(-5, "-5")]
    [InlineData(long.MaxValue, "9.223.372.036.854.775.807")]
    [InlineData(long.MinValue, "-9.223.372.036.854.775.808")]
    public void FormatCount_in_Vietnamese_style(long value, string expected) =>
        Assert.Equal(expected, NumberFormatter.FormatCount(value, Vietnamese));

    [Theory]
    [InlineData(1, "1")]
    [InlineData(0, "0")]
    [InlineData(2498, "2,498")]
    [InlineData(1234567, "1,234,567")]
    [InlineData(-1234, "-1,234")]
    public void FormatCount_in_invariant_style(long value, string expected) =>
        Assert.Equal(expected, NumberFormatter.FormatCount(value, Invariant));

    [Theory]
    [InlineData("98.70", "98,70%")]
    [InlineData("98.7", "98,70%")]
    [InlineData("100", "100%")]
    [InlineData("100.00", "100%")]
    [InlineData("99.996", "100,00%")]
    [InlineData("0.04", "0,04%")]
    [InlineData("50", "50,00%")]
    [InlineData("0", "0,00%")]
    [InlineData("1234.5", "1.234,50%")]
    [InlineData("105", "105,00%")]
    [InlineData("-1.5", "-1,50%")]
    [InlineData("-0.001", "0,00%")]
    [InlineData("-100", "-100,00%")]
    [InlineData("98.705", "98,71%")]
    [InlineData("98.70499999", "98,70%")]
    public void FormatPercent_in_Vietnamese_style(string percent, string expected) =>
        Assert.Equal(expected, NumberFormatter.FormatPercent(decimal.Parse(percent, CultureInfo.InvariantCulture), Vietnamese));

    [Theory]
    [InlineData("98.7", "98.70%")]
    [InlineData("100", "100.00%")]
    [InlineData("1234.5", "1,234.50%")]
    public void FormatPercent_in_invariant_style(string percent, string expected) =>
        Assert.Equal(expected, NumberFormatter.FormatPercent(decimal.Parse(percent, CultureInfo.InvariantCulture), Invariant));

    [Fact]
    public void FormatPercent_of_null_prints_the_no_rate_text()
    {
        Assert.Equal("\u2014", NumberFormatter.FormatPercent(null, Vietnamese));
        Assert.Equal("n/a", NumberFormatter.FormatPercent(null, Invariant));
        Assert.Equal("", NumberFormatter.FormatPercent(null, Vietnamese.WithNoRate("")));
    }

    [Fact]
    public void FormatPercent_prints_exactly_the_decimals_of_the_rounding_rule()
    {
        NumberStyle none = Vietnamese.WithRounding(RoundingRule.Create(0, MidpointRounding.AwayFromZero));
        NumberStyle three = Vietnamese.WithRounding(RoundingRule.Create(3, MidpointRounding.AwayFromZero));
        NumberStyle halfEven = Vietnamese.WithRounding(RoundingRule.Create(2, MidpointRounding.ToEven));

        Assert.Equal("99%", NumberFormatter.FormatPercent(98.5m, none));
        Assert.Equal("1.235%", NumberFormatter.FormatPercent(1234.5m, none));
        Assert.Equal("98,700%", NumberFormatter.FormatPercent(98.7m, three));
        Assert.Equal("0,125%", NumberFormatter.FormatPercent(0.125m, three));
        Assert.Equal("0,12%", NumberFormatter.FormatPercent(0.125m, halfEven));
        Assert.Equal("0,13%", NumberFormatter.FormatPercent(0.125m, Vietnamese));
    }

    [Fact]
    public void FormatPercent_uses_the_separators_of_the_style()
    {
        NumberStyle custom = new(' ', '\u00B7', false, false, "-", RoundingRule.Default);

        Assert.Equal("12 345\u00B767%", NumberFormatter.FormatPercent(12345.67m, custom));
    }

    [Fact]
    public void FormatPercent_prints_the_largest_decimal()
    {
        NumberStyle eight = Invariant.WithRounding(RoundingRule.Create(8, MidpointRounding.ToZero));

        Assert.Equal(
            "79,228,162,514,264,337,593,543,950,335.00000000%",
            NumberFormatter.FormatPercent(decimal.MaxValue, eight));
        Assert.Equal(
            "-79,228,162,514,264,337,593,543,950,335.00%",
            NumberFormatter.FormatPercent(decimal.MinValue, Invariant));
    }

    [Theory]
    [InlineData(2498, 2531, "2.498/2.531", "98,70%")]
    [InlineData(2406, 2463, "2.406/2.463", "97,69%")]
    [InlineData(32104, 33394, "32.104/33.394", "96,14%")]
    [InlineData(32109, 33184, "32.109/33.184", "96,76%")]
    [InlineData(2461, 2462, "2.461/2.462", "99,96%")]
    [InlineData(1, 2462, "01/2.462", "0,04%")]
    [InlineData(33100, 33121, "33.100/33.121", "99,94%")]
    [InlineData(21, 33121, "21/33.121", "0,06%")]
    [InlineData(2528, 2532, "2.528/2.532", "99,84%")]
    [InlineData(32953, 33024, "32.953/33.024", "99,79%")]
    [InlineData(591, 591, "591/591", "100%")]
    [InlineData(71, 75, "71/75", "94,67%")]
    [InlineData(2, 2, "02/02", "100%")]
    [InlineData(13, 13, "13/13", "100%")]
    public void Seed_report_prints_exactly(long numerator, long denominator, string ratioText, string rateText)
    {
        Ratio ratio = Ratio.Of(numerator, denominator);

        Assert.Equal(ratioText, NumberFormatter.FormatRatio(ratio, Vietnamese));
        Assert.Equal(rateText, NumberFormatter.FormatRate(ratio, Vietnamese));
    }

    [Fact]
    public void Seed_report_prints_a_ratio_of_single_digit_counts_padded() =>
        Assert.Equal("08/11", NumberFormatter.FormatRatio(Ratio.Of(8, 11), Vietnamese));

    [Fact]
    public void FormatRate_prints_the_bare_hundred_only_for_a_whole_ratio()
    {
        Assert.Equal("100%", NumberFormatter.FormatRate(Ratio.Of(33121, 33121), Vietnamese));
        Assert.Equal("100,00%", NumberFormatter.FormatRate(Ratio.Of(33120, 33121), Vietnamese));
    }

    [Fact]
    public void FormatRatio_and_FormatRate_in_invariant_style()
    {
        Assert.Equal("2,498/2,531", NumberFormatter.FormatRatio(Ratio.Of(2498, 2531), Invariant));
        Assert.Equal("98.70%", NumberFormatter.FormatRate(Ratio.Of(2498, 2531), Invariant));
        Assert.Equal("100.00%", NumberFormatter.FormatRate(Ratio.Of(591, 591), Invariant));
        Assert.Equal("2/2", NumberFormatter.FormatRatio(Ratio.Of(2, 2), Invariant));
    }

    [Fact]
    public void FormatRate_of_a_zero_denominator_prints_the_no_rate_text()
    {
        Assert.Equal("0/0", NumberFormatter.FormatRatio(Ratio.Empty, Vietnamese));
        Assert.Equal("\u2014", NumberFormatter.FormatRate(Ratio.Empty, Vietnamese));
        Assert.Equal("n/a", NumberFormatter.FormatRate(Ratio.Of(3, 0), Invariant));
    }

    [Fact]
    public void FormatRate_rounds_with_the_rule_of_the_style()
    {
        NumberStyle halfEven = Vietnamese.WithRounding(RoundingRule.Create(2, MidpointRounding.ToEven));

        // 1/800 is exactly 0.125 %.
        Assert.Equal("0,13%", NumberFormatter.FormatRate(Ratio.Of(1, 800), Vietnamese));
        Assert.Equal("0,12%", NumberFormatter.FormatRate(Ratio.Of(1, 800), halfEven));
    }

    [Fact]
    public void Every_method_rejects_a_null_style()
    {
        Assert.Throws<ArgumentNullException>(() => NumberFormatter.FormatCount(1, null!));
        Assert.Throws<ArgumentNullException>(() => NumberFormatter.FormatPercent(1m, null!));
        Assert.Throws<ArgumentNullException>(() => NumberFormatter.FormatPercent(null, null!));
        Assert.Throws<ArgumentNullException>(() => NumberFormatter.FormatRatio(Ratio.Of(1, 2), null!));
        Assert.Throws<ArgumentNullException>(() => NumberFormatter.FormatRate(Ratio.Of(1, 2), null!));
    }

    [Property(Arbitrary = new[] { typeof(PrintingArbitraries) }, MaxTest = 1000)]
    public void FormatCount_groups_digits_by_three_and_reads_back(AnyCount count)
    {
        string text = NumberFormatter.FormatCount(count.Value, Invariant);

        string unsigned = text.StartsWith('-') ? text[1..] : text;
        string[] groups = unsigned.Split(',');
        Assert.InRange(groups[0].Length, 1, 3);
        Assert.All(groups[1..], group => Assert.Equal(3, group.Length));
        Assert.Equal(count.Value, long.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        Assert.Equal(text.Replace(',', '.'), NumberFormatter.FormatCount(count.Value, Vietnamese.WithPadSingleDigitCounts(false)));
    }

    [Property(Arbitrary = new[] { typeof(PrintingArbitraries) }, MaxTest = 1000)]
    public void FormatPercent_reads_back_to_the_rounded_value(AnyPercent percent)
    {
        NumberStyle style = Invariant.WithRounding(percent.Rule);

        string text = NumberFormatter.FormatPercent(percent.Value, style);

        Assert.EndsWith("%", text, StringComparison.Ordinal);
        string number = text[..^1].Replace(",", "", StringComparison.Ordinal);
        int point = number.IndexOf('.', StringComparison.Ordinal);
        Assert.Equal(percent.Rule.Decimals, point < 0 ? 0 : number.Length - point - 1);
        decimal expected = Math.Round(percent.Value, percent.Rule.Decimals, percent.Rule.Mode);
        Assert.Equal(expected, decimal.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture));
    }
}

/// <summary>Any 64-bit count, negative ones included.</summary>
public sealed record AnyCount(long Value);

/// <summary>A decimal percentage with up to 10 decimals and a rule to print it with.</summary>
public sealed record AnyPercent(decimal Value, RoundingRule Rule);

/// <summary>FsCheck generators for the Printing tests.</summary>
public static class PrintingArbitraries
{
    private static readonly MidpointRounding[] Modes =
    [
        MidpointRounding.AwayFromZero,
        MidpointRounding.ToEven,
        MidpointRounding.ToZero,
        MidpointRounding.ToPositiveInfinity,
        MidpointRounding.ToNegativeInfinity,
    ];

    /// <summary>Counts of every magnitude, both signs.</summary>
    public static Arbitrary<AnyCount> AnyCounts() =>
        Arb.From(
            from high in Gen.Choose(int.MinValue, int.MaxValue)
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            from shift in Gen.Choose(0, 63)
            select new AnyCount((((long)high << 32) | unchecked((uint)low)) >> shift));

    /// <summary>Percentages from −10^8 to 10^8 with up to 10 decimals, and any rule.</summary>
    public static Arbitrary<AnyPercent> AnyPercents() =>
        Arb.From(
            from units in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from scale in Gen.Choose(0, 10)
            from factor in Gen.Choose(1, 100_000)
            from decimals in Gen.Choose(0, RoundingRule.MaxDecimals)
            from mode in Gen.Elements(Modes)
            select new AnyPercent(new decimal(units) * factor / DecimalPower(scale), RoundingRule.Create(decimals, mode)));

    private static decimal DecimalPower(int scale)
    {
        decimal power = 1m;
        for (int i = 0; i < scale; i++)
        {
            power *= 10m;
        }

        return power;
    }
}
