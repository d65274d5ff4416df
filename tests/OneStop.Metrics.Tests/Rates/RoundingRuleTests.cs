using System;
using System.Globalization;
using System.Numerics;
using FsCheck.Xunit;
using OneStop.Metrics.Rates;
using Xunit;

namespace OneStop.Metrics.Tests.Rates;

public sealed class RoundingRuleTests
{
    [Fact]
    public void Default_is_two_decimals_half_away_from_zero()
    {
        Assert.Equal(2, RoundingRule.Default.Decimals);
        Assert.Equal(MidpointRounding.AwayFromZero, RoundingRule.Default.Mode);
        Assert.Equal(RoundingRule.Create(2, MidpointRounding.AwayFromZero), RoundingRule.Default);
    }

    [Fact]
    public void Default_value_of_the_struct_is_zero_decimals_half_to_even()
    {
        RoundingRule rule = default;

        Assert.Equal(RoundingRule.Create(0, MidpointRounding.ToEven), rule);
        Assert.Equal("2", rule.RoundQuotient(5, 2).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Create_accepts_decimals_at_both_bounds(int decimals)
    {
        RoundingRule rule = RoundingRule.Create(decimals, MidpointRounding.ToEven);

        Assert.Equal(decimals, rule.Decimals);
        Assert.Equal(MidpointRounding.ToEven, rule.Mode);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    [InlineData(28)]
    public void Create_rejects_decimals_outside_0_to_8_naming_the_value(int decimals)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => RoundingRule.Create(decimals, MidpointRounding.AwayFromZero));

        Assert.Equal("decimals", exception.ParamName);
        Assert.Equal(decimals, exception.ActualValue);
        Assert.StartsWith($"Decimals must be between 0 and 8; was {decimals}.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_rejects_an_undefined_mode_naming_the_value()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => RoundingRule.Create(2, (MidpointRounding)7));

        Assert.Equal("mode", exception.ParamName);
        Assert.Contains("was 7.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("AwayFromZero, ToEven, ToZero, ToPositiveInfinity or ToNegativeInfinity", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_compares_decimals_and_mode()
    {
        RoundingRule a = RoundingRule.Create(3, MidpointRounding.ToEven);
        RoundingRule same = RoundingRule.Create(3, MidpointRounding.ToEven);
        RoundingRule otherDecimals = RoundingRule.Create(2, MidpointRounding.ToEven);
        RoundingRule otherMode = RoundingRule.Create(3, MidpointRounding.AwayFromZero);

        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a != otherDecimals);
        Assert.True(a != otherMode);
        Assert.False(a.Equals((object)"3 decimals, half to even"));
    }

    [Theory]
    [InlineData(2, MidpointRounding.AwayFromZero, "2 decimals, half away from zero")]
    [InlineData(1, MidpointRounding.ToEven, "1 decimal, half to even")]
    [InlineData(0, MidpointRounding.ToZero, "0 decimals, toward zero")]
    [InlineData(8, MidpointRounding.ToPositiveInfinity, "8 decimals, toward positive infinity")]
    [InlineData(3, MidpointRounding.ToNegativeInfinity, "3 decimals, toward negative infinity")]
    public void ToString_describes_the_rule(int decimals, MidpointRounding mode, string expected) =>
        Assert.Equal(expected, RoundingRule.Create(decimals, mode).ToString());

    // Exact midpoints: 1/8 = 0.125, -1/8 = -0.125, 5/8 = 0.625, 3/8 = 0.375 and 5/2 = 2.5, -5/2 = -2.5.
    [Theory]
    [InlineData(1, 8, 2, MidpointRounding.AwayFromZero, "0.13")]
    [InlineData(1, 8, 2, MidpointRounding.ToEven, "0.12")]
    [InlineData(1, 8, 2, MidpointRounding.ToZero, "0.12")]
    [InlineData(1, 8, 2, MidpointRounding.ToPositiveInfinity, "0.13")]
    [InlineData(1, 8, 2, MidpointRounding.ToNegativeInfinity, "0.12")]
    [InlineData(-1, 8, 2, MidpointRounding.AwayFromZero, "-0.13")]
    [InlineData(-1, 8, 2, MidpointRounding.ToEven, "-0.12")]
    [InlineData(-1, 8, 2, MidpointRounding.ToZero, "-0.12")]
    [InlineData(-1, 8, 2, MidpointRounding.ToPositiveInfinity, "-0.12")]
    [InlineData(-1, 8, 2, MidpointRounding.ToNegativeInfinity, "-0.13")]
    [InlineData(1, -8, 2, MidpointRounding.AwayFromZero, "-0.13")]
    [InlineData(-1, -8, 2, MidpointRounding.AwayFromZero, "0.13")]
    [InlineData(5, 8, 2, MidpointRounding.AwayFromZero, "0.63")]
    [InlineData(5, 8, 2, MidpointRounding.ToEven, "0.62")]
    [InlineData(3, 8, 2, MidpointRounding.AwayFromZero, "0.38")]
    [InlineData(3, 8, 2, MidpointRounding.ToEven, "0.38")]
    [InlineData(5, 2, 0, MidpointRounding.AwayFromZero, "3")]
    [InlineData(5, 2, 0, MidpointRounding.ToEven, "2")]
    [InlineData(-5, 2, 0, MidpointRounding.AwayFromZero, "-3")]
    [InlineData(-5, 2, 0, MidpointRounding.ToEven, "-2")]
    [InlineData(7, 2, 0, MidpointRounding.ToEven, "4")]
    public void RoundQuotient_resolves_exact_midpoints_by_mode(
        long numerator, long denominator, int decimals, MidpointRounding mode, string expected)
    {
        decimal result = RoundingRule.Create(decimals, mode).RoundQuotient(numerator, denominator);

        Assert.Equal(expected, result.ToString(CultureInfo.InvariantCulture));
    }

    // Inexact values: 2/3 = 0.6666…, -2/3 = -0.6666…; directed modes ignore the distance to the midpoint.
    [Theory]
    [InlineData(2, 3, MidpointRounding.AwayFromZero, "0.67")]
    [InlineData(2, 3, MidpointRounding.ToEven, "0.67")]
    [InlineData(2, 3, MidpointRounding.ToZero, "0.66")]
    [InlineData(2, 3, MidpointRounding.ToPositiveInfinity, "0.67")]
    [InlineData(2, 3, MidpointRounding.ToNegativeInfinity, "0.66")]
    [InlineData(-2, 3, MidpointRounding.ToZero, "-0.66")]
    [InlineData(-2, 3, MidpointRounding.ToPositiveInfinity, "-0.66")]
    [InlineData(-2, 3, MidpointRounding.ToNegativeInfinity, "-0.67")]
    [InlineData(1, 300, MidpointRounding.ToPositiveInfinity, "0.01")]
    [InlineData(-1, 300, MidpointRounding.ToNegativeInfinity, "-0.01")]
    public void RoundQuotient_rounds_inexact_values_by_mode(long numerator, long denominator, MidpointRounding mode, string expected)
    {
        decimal result = RoundingRule.Create(2, mode).RoundQuotient(numerator, denominator);

        Assert.Equal(expected, result.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RoundQuotient_is_exact_where_binary_floating_point_is_not()
    {
        // 1.005 is 1.00499999999999989... as a double, so Math.Round(1.005, 2) gives 1.00. The exact value is a midpoint.
        Assert.Equal(1.01m, RoundingRule.Default.RoundQuotient(201, 200));
        Assert.Equal(1.00m, RoundingRule.Create(2, MidpointRounding.ToEven).RoundQuotient(201, 200));
    }

    [Fact]
    public void RoundQuotient_keeps_the_scale_of_the_rule_including_trailing_zeros()
    {
        decimal result = RoundingRule.Create(4, MidpointRounding.AwayFromZero).RoundQuotient(1, 2);

        Assert.Equal(4, result.Scale);
        Assert.Equal("0.5000", result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("3", RoundingRule.Create(0, MidpointRounding.AwayFromZero).RoundQuotient(3, 1).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero)]
    [InlineData(MidpointRounding.ToEven)]
    [InlineData(MidpointRounding.ToZero)]
    [InlineData(MidpointRounding.ToPositiveInfinity)]
    public void RoundQuotient_never_returns_negative_zero(MidpointRounding mode)
    {
        decimal result = RoundingRule.Create(2, mode).RoundQuotient(-1, 1000);

        Assert.False(decimal.IsNegative(result));
        Assert.Equal("0.00", result.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RoundQuotient_of_zero_is_zero_with_the_scale_of_the_rule() =>
        Assert.Equal("0.000", RoundingRule.Create(3, MidpointRounding.ToEven).RoundQuotient(0, -7).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void RoundQuotient_rejects_a_zero_denominator()
    {
        var exception = Assert.Throws<DivideByZeroException>(() => RoundingRule.Default.RoundQuotient(5, 0));

        Assert.Contains("5/0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundQuotient_reaches_the_largest_decimal_mantissa_exactly()
    {
        Int128 largest = (Int128.One << 96) - 1;

        decimal result = RoundingRule.Create(8, MidpointRounding.ToZero).RoundQuotient(largest, 100_000_000);

        Assert.Equal(new decimal(-1, -1, -1, false, 8), result);
        Assert.Equal(8, result.Scale);
        Assert.Equal(-new decimal(-1, -1, -1, false, 8), RoundingRule.Create(8, MidpointRounding.ToZero).RoundQuotient(-largest, 100_000_000));
    }

    [Fact]
    public void RoundQuotient_throws_when_the_result_does_not_fit_a_decimal()
    {
        Int128 beyond = Int128.One << 96;

        var exception = Assert.Throws<OverflowException>(
            () => RoundingRule.Create(8, MidpointRounding.ToZero).RoundQuotient(beyond, 100_000_000));

        Assert.Contains("does not fit in a decimal", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundQuotient_throws_when_the_scaled_numerator_exceeds_128_bits()
    {
        var exception = Assert.Throws<OverflowException>(
            () => RoundingRule.Create(1, MidpointRounding.ToZero).RoundQuotient(Int128.MaxValue, Int128.MaxValue));

        Assert.Contains("exceeds 128 bits", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundQuotient_handles_the_most_negative_operands()
    {
        Assert.Equal(1.00m, RoundingRule.Default.RoundQuotient(long.MinValue, long.MinValue));
        Assert.Equal(-1.00m, RoundingRule.Default.RoundQuotient(long.MinValue, long.MaxValue));
    }

    [Property(Arbitrary = new[] { typeof(RatesArbitraries) }, MaxTest = 2000)]
    public void RoundQuotient_equals_the_exact_rational_rounded_by_the_rule(QuotientCase c)
    {
        BigInteger expected = ExactRounding.ExpectedUnits(c.Numerator, c.Denominator, c.Rule.Decimals, c.Rule.Mode);

        if (BigInteger.Abs(expected) > ExactRounding.MaxDecimalMantissa)
        {
            Assert.Throws<OverflowException>(() => c.Rule.RoundQuotient(c.Numerator, c.Denominator));
        }
        else
        {
            decimal actual = c.Rule.RoundQuotient(c.Numerator, c.Denominator);
            Assert.Equal(expected, ExactRounding.UnitsOf(actual, c.Rule.Decimals));
        }
    }

    [Property(Arbitrary = new[] { typeof(RatesArbitraries) }, MaxTest = 2000)]
    public void RoundQuotient_resolves_midpoints_exactly(TieProneCase c)
    {
        BigInteger expected = ExactRounding.ExpectedUnits(c.Numerator, c.Denominator, c.Rule.Decimals, c.Rule.Mode);

        decimal actual = c.Rule.RoundQuotient(c.Numerator, c.Denominator);

        Assert.Equal(expected, ExactRounding.UnitsOf(actual, c.Rule.Decimals));
    }

    [Property(Arbitrary = new[] { typeof(RatesArbitraries) }, MaxTest = 2000)]
    public void RoundQuotient_agrees_with_Math_Round_on_exactly_representable_quotients(TieProneCase c)
    {
        // n / (2^a·5^b) with |n| ≤ 10^9 has few enough digits to be an exact decimal quotient.
        decimal exact = (decimal)c.Numerator / c.Denominator;

        decimal actual = c.Rule.RoundQuotient(c.Numerator, c.Denominator);

        Assert.Equal(Math.Round(exact, c.Rule.Decimals, c.Rule.Mode), actual);
    }
}
