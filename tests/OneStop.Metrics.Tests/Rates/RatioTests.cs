using System;
using System.Globalization;
using System.Numerics;
using FsCheck.Xunit;
using OneStop.Metrics.Rates;
using Xunit;

namespace OneStop.Metrics.Tests.Rates;

public sealed class RatioTests
{
    private static readonly RoundingRule TwoHalfEven = RoundingRule.Create(2, MidpointRounding.ToEven);

    [Fact]
    public void Of_keeps_both_counts()
    {
        Ratio ratio = Ratio.Of(2498, 2531);

        Assert.Equal(2498, ratio.Numerator);
        Assert.Equal(2531, ratio.Denominator);
        Assert.True(ratio.HasValue);
    }

    [Fact]
    public void Of_allows_a_numerator_larger_than_the_denominator()
    {
        Ratio ratio = Ratio.Of(21, 20);

        Assert.Equal("105.00", ratio.Percentage()!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Of_rejects_a_negative_numerator_naming_the_value()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(-1, 10));

        Assert.Equal("numerator", exception.ParamName);
        Assert.Equal(-1L, exception.ActualValue);
        Assert.StartsWith("Numerator must be between 0 and 9223372036854775807; was -1.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_rejects_a_negative_denominator_naming_the_value()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(1, -42));

        Assert.Equal("denominator", exception.ParamName);
        Assert.Equal(-42L, exception.ActualValue);
        Assert.StartsWith("Denominator must be between 0 and 9223372036854775807; was -42.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_is_zero_over_zero_and_the_default_value()
    {
        Assert.Equal(0, Ratio.Empty.Numerator);
        Assert.Equal(0, Ratio.Empty.Denominator);
        Assert.False(Ratio.Empty.HasValue);
        Assert.Equal(default, Ratio.Empty);
        Assert.Equal(Ratio.Of(0, 0), Ratio.Empty);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 0)]
    public void A_zero_denominator_has_no_rate(long numerator, long denominator)
    {
        Ratio ratio = Ratio.Of(numerator, denominator);

        Assert.False(ratio.HasValue);
        Assert.Null(ratio.Percentage());
        Assert.Null(ratio.Percentage(TwoHalfEven));
        Assert.Null(ratio.Fraction(RoundingRule.Default));
    }

    [Theory]
    [InlineData(2461, 2462, "99.96")]
    [InlineData(1, 2462, "0.04")]
    [InlineData(2498, 2531, "98.70")]
    [InlineData(2406, 2463, "97.69")]
    [InlineData(32104, 33394, "96.14")]
    [InlineData(21, 33121, "0.06")]
    [InlineData(71, 75, "94.67")]
    [InlineData(591, 591, "100.00")]
    [InlineData(0, 13, "0.00")]
    [InlineData(1, 2, "50.00")]
    public void Percentage_uses_the_default_rule(long numerator, long denominator, string expected)
    {
        decimal? percentage = Ratio.Of(numerator, denominator).Percentage();

        Assert.Equal(expected, percentage!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(percentage, Ratio.Of(numerator, denominator).Percentage(RoundingRule.Default));
    }

    [Fact]
    public void Percentage_keeps_the_trailing_zero_of_the_scale()
    {
        decimal percentage = Ratio.Of(2498, 2531).Percentage()!.Value;

        Assert.Equal(98.70m, percentage);
        Assert.Equal(2, percentage.Scale);
    }

    [Fact]
    public void Percentage_of_one_eighth_with_half_to_even_is_exact() =>
        Assert.Equal("12.50", Ratio.Of(1, 8).Percentage(TwoHalfEven)!.Value.ToString(CultureInfo.InvariantCulture));

    // 1/1600 = 0.0625 %, 5/8000 = 0.0625 % and 1/16000 = 0.00625 % are not midpoints at 2 and 3 decimals.
    [Theory]
    [InlineData(1, 1600, 2, MidpointRounding.AwayFromZero, "0.06")]
    [InlineData(1, 1600, 2, MidpointRounding.ToEven, "0.06")]
    [InlineData(5, 8000, 2, MidpointRounding.AwayFromZero, "0.06")]
    [InlineData(5, 8000, 2, MidpointRounding.ToEven, "0.06")]
    [InlineData(1, 16000, 3, MidpointRounding.AwayFromZero, "0.006")]
    [InlineData(1, 16000, 3, MidpointRounding.ToEven, "0.006")]
    [InlineData(1, 1600, 3, MidpointRounding.AwayFromZero, "0.063")]
    [InlineData(1, 1600, 3, MidpointRounding.ToEven, "0.062")]
    [InlineData(1, 16000, 4, MidpointRounding.AwayFromZero, "0.0063")]
    [InlineData(1, 16000, 4, MidpointRounding.ToEven, "0.0062")]
    public void Percentage_of_small_rates(long numerator, long denominator, int decimals, MidpointRounding mode, string expected)
    {
        decimal? percentage = Ratio.Of(numerator, denominator).Percentage(RoundingRule.Create(decimals, mode));

        Assert.Equal(expected, percentage!.Value.ToString(CultureInfo.InvariantCulture));
    }

    // Exact midpoints: 1/800 = 0.125 %, 3/800 = 0.375 %, 1/16 = 6.25 %, 1/8 = 12.5 %, 5/8 = 62.5 %, 7/8 = 87.5 %,
    // 1005/100000 = 1.005 % (which a double would misread as 1.00499…).
    [Theory]
    [InlineData(1, 800, 2, "0.13", "0.12")]
    [InlineData(3, 800, 2, "0.38", "0.38")]
    [InlineData(1, 16, 1, "6.3", "6.2")]
    [InlineData(1, 8, 0, "13", "12")]
    [InlineData(5, 8, 0, "63", "62")]
    [InlineData(7, 8, 0, "88", "88")]
    [InlineData(1005, 100000, 2, "1.01", "1.00")]
    public void Percentage_resolves_exact_midpoints_by_mode(
        long numerator, long denominator, int decimals, string awayFromZero, string toEven)
    {
        Ratio ratio = Ratio.Of(numerator, denominator);

        decimal away = ratio.Percentage(RoundingRule.Create(decimals, MidpointRounding.AwayFromZero))!.Value;
        decimal even = ratio.Percentage(RoundingRule.Create(decimals, MidpointRounding.ToEven))!.Value;

        Assert.Equal(awayFromZero, away.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(toEven, even.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Percentage_of_the_largest_counts_is_exact()
    {
        Ratio ratio = Ratio.Of(long.MaxValue, long.MaxValue - 1);

        Assert.Equal("100.00000000", ratio.Percentage(RoundingRule.Create(8, MidpointRounding.AwayFromZero))!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("100.00000001", ratio.Percentage(RoundingRule.Create(8, MidpointRounding.ToPositiveInfinity))!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("922337203685477580700.00", Ratio.Of(long.MaxValue, 1).Percentage()!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(2498, 2531, 4, "0.9870")]
    [InlineData(1, 3, 8, "0.33333333")]
    [InlineData(2, 3, 8, "0.66666667")]
    [InlineData(3, 2, 0, "2")]
    [InlineData(21, 20, 2, "1.05")]
    public void Fraction_is_the_plain_quotient_rounded_by_the_rule(long numerator, long denominator, int decimals, string expected)
    {
        decimal? fraction = Ratio.Of(numerator, denominator).Fraction(RoundingRule.Create(decimals, MidpointRounding.AwayFromZero));

        Assert.Equal(expected, fraction!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Equality_is_structural_so_equal_rates_with_different_counts_differ()
    {
        Ratio half = Ratio.Of(1, 2);

        Assert.Equal(Ratio.Of(2, 4).Percentage(), half.Percentage());
        Assert.NotEqual(Ratio.Of(2, 4), half);
        Assert.True(half != Ratio.Of(2, 4));
        Assert.True(half == Ratio.Of(1, 2));
        Assert.True(half.Equals((object)Ratio.Of(1, 2)));
        Assert.False(half.Equals((object)0.5m));
        Assert.Equal(Ratio.Of(1, 2).GetHashCode(), half.GetHashCode());
    }

    [Theory]
    [InlineData(2498, 2531, "2498/2531 (98.70%)")]
    [InlineData(0, 0, "0/0 (no rate)")]
    [InlineData(5, 0, "5/0 (no rate)")]
    [InlineData(591, 591, "591/591 (100.00%)")]
    [InlineData(1, 2462, "1/2462 (0.04%)")]
    public void ToString_shows_counts_and_default_percentage(long numerator, long denominator, string expected) =>
        Assert.Equal(expected, Ratio.Of(numerator, denominator).ToString());

    [Fact]
    public void Add_sums_numerators_and_denominators()
    {
        Ratio first = Ratio.Of(2406, 2463);
        Ratio second = Ratio.Of(92, 68);

        Assert.Equal(Ratio.Of(2498, 2531), first.Add(second));
        Assert.Equal(Ratio.Of(2498, 2531), first + second);
        Assert.Equal(first, first + Ratio.Empty);
    }

    [Fact]
    public void Add_throws_on_overflow()
    {
        Ratio large = Ratio.Of(long.MaxValue, 1);

        Assert.Throws<OverflowException>(() => large + Ratio.Of(1, 1));
        Assert.Throws<OverflowException>(() => Ratio.Of(0, long.MaxValue).Add(Ratio.Of(0, 1)));
    }

    [Property(Arbitrary = new[] { typeof(RatesArbitraries) }, MaxTest = 2000)]
    public void Percentage_of_report_counts_is_the_exact_rate_rounded_once(ReportCounts c)
    {
        Ratio ratio = Ratio.Of(c.Numerator, c.Denominator);

        decimal? actual = ratio.Percentage(c.Rule);

        if (c.Denominator == 0)
        {
            Assert.Null(actual);
        }
        else
        {
            BigInteger expected = ExactRounding.ExpectedUnits((BigInteger)c.Numerator * 100, c.Denominator, c.Rule.Decimals, c.Rule.Mode);
            Assert.Equal(expected, ExactRounding.UnitsOf(actual!.Value, c.Rule.Decimals));
        }
    }

    [Property(Arbitrary = new[] { typeof(RatesArbitraries) }, MaxTest = 2000)]
    public void Percentage_of_huge_counts_is_exact_or_reports_overflow(HugeCounts c)
    {
        Ratio ratio = Ratio.Of(c.Numerator, c.Denominator);
        if (c.Denominator == 0)
        {
            Assert.Null(ratio.Percentage(c.Rule));
            return;
        }

        BigInteger expected = ExactRounding.ExpectedUnits((BigInteger)c.Numerator * 100, c.Denominator, c.Rule.Decimals, c.Rule.Mode);
        if (expected > ExactRounding.MaxDecimalMantissa)
        {
            Assert.Throws<OverflowException>(() => ratio.Percentage(c.Rule));
        }
        else
        {
            Assert.Equal(expected, ExactRounding.UnitsOf(ratio.Percentage(c.Rule)!.Value, c.Rule.Decimals));
        }
    }

    [Property(Arbitrary = new[] { typeof(RatesArbitraries) }, MaxTest = 1000)]
    public void Fraction_is_the_exact_quotient_rounded_once(ReportCounts c)
    {
        decimal? actual = Ratio.Of(c.Numerator, c.Denominator).Fraction(c.Rule);

        if (c.Denominator == 0)
        {
            Assert.Null(actual);
        }
        else
        {
            BigInteger expected = ExactRounding.ExpectedUnits(c.Numerator, c.Denominator, c.Rule.Decimals, c.Rule.Mode);
            Assert.Equal(expected, ExactRounding.UnitsOf(actual!.Value, c.Rule.Decimals));
        }
    }

    [Property(Arbitrary = new[] { typeof(RatesArbitraries) })]
    public void Add_rolls_up_counts(ReportCounts first, ReportCounts second)
    {
        Ratio sum = Ratio.Of(first.Numerator, first.Denominator) + Ratio.Of(second.Numerator, second.Denominator);

        Assert.Equal(first.Numerator + second.Numerator, sum.Numerator);
        Assert.Equal(first.Denominator + second.Denominator, sum.Denominator);
        Assert.Equal(sum, Ratio.Of(second.Numerator, second.Denominator).Add(Ratio.Of(first.Numerator, first.Denominator)));
    }
}
