using System;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using Xunit;

namespace OneStop.Metrics.Tests.Printing;

public sealed class NumberStyleTests
{
    [Fact]
    public void Vietnamese_style_matches_administrative_reports()
    {
        NumberStyle style = NumberStyle.Vietnamese;

        Assert.Equal('.', style.GroupSeparator);
        Assert.Equal(',', style.DecimalSeparator);
        Assert.True(style.PadSingleDigitCounts);
        Assert.True(style.WholeHundredWithoutDecimals);
        Assert.Equal("\u2014", style.NoRate);
        Assert.Equal(RoundingRule.Default, style.Rounding);
    }

    [Fact]
    public void Invariant_style_is_neutral()
    {
        NumberStyle style = NumberStyle.Invariant;

        Assert.Equal(',', style.GroupSeparator);
        Assert.Equal('.', style.DecimalSeparator);
        Assert.False(style.PadSingleDigitCounts);
        Assert.False(style.WholeHundredWithoutDecimals);
        Assert.Equal("n/a", style.NoRate);
        Assert.Equal(RoundingRule.Default, style.Rounding);
    }

    [Fact]
    public void Constructor_keeps_every_property()
    {
        RoundingRule rule = RoundingRule.Create(1, MidpointRounding.ToEven);

        var style = new NumberStyle(' ', ',', false, true, "", rule);

        Assert.Equal(' ', style.GroupSeparator);
        Assert.Equal(',', style.DecimalSeparator);
        Assert.False(style.PadSingleDigitCounts);
        Assert.True(style.WholeHundredWithoutDecimals);
        Assert.Equal("", style.NoRate);
        Assert.Equal(rule, style.Rounding);
    }

    [Fact]
    public void Constructor_rejects_equal_separators_naming_both()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => new NumberStyle('.', '.', true, true, "-", RoundingRule.Default));

        Assert.Equal("decimalSeparator", exception.ParamName);
        Assert.StartsWith("Group separator '.' and decimal separator '.' must differ.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_methods_validate_the_separators_against_the_other_one()
    {
        var group = Assert.Throws<ArgumentException>(() => NumberStyle.Vietnamese.WithGroupSeparator(','));
        var decimalSeparator = Assert.Throws<ArgumentException>(() => NumberStyle.Vietnamese.WithDecimalSeparator('.'));

        Assert.StartsWith("Group separator ',' and decimal separator ',' must differ.", group.Message, StringComparison.Ordinal);
        Assert.StartsWith("Group separator '.' and decimal separator '.' must differ.", decimalSeparator.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('0', ',')]
    [InlineData('9', ',')]
    [InlineData('-', ',')]
    [InlineData('.', '5')]
    [InlineData('.', '-')]
    public void Constructor_rejects_digits_and_minus_as_separators(char groupSeparator, char decimalSeparator)
    {
        var exception = Assert.Throws<ArgumentException>(
            () => new NumberStyle(groupSeparator, decimalSeparator, true, true, "-", RoundingRule.Default));

        char bad = groupSeparator is (>= '0' and <= '9') or '-' ? groupSeparator : decimalSeparator;
        Assert.Contains($"must not be an ASCII digit or '-'; was '{bad}'.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_rejects_a_null_no_rate_text()
    {
        var exception = Assert.Throws<ArgumentNullException>(
            () => new NumberStyle('.', ',', true, true, null!, RoundingRule.Default));

        Assert.Equal("noRate", exception.ParamName);
        Assert.Throws<ArgumentNullException>(() => NumberStyle.Vietnamese.WithNoRate(null!));
    }

    [Fact]
    public void With_methods_return_modified_copies_and_leave_the_original_unchanged()
    {
        NumberStyle original = NumberStyle.Vietnamese;
        RoundingRule oneDecimal = RoundingRule.Create(1, MidpointRounding.ToEven);

        Assert.Equal(' ', original.WithGroupSeparator(' ').GroupSeparator);
        Assert.Equal(';', original.WithDecimalSeparator(';').DecimalSeparator);
        NumberStyle swapped = original.WithSeparators(',', '.');
        Assert.Equal(',', swapped.GroupSeparator);
        Assert.Equal('.', swapped.DecimalSeparator);
        Assert.False(original.WithPadSingleDigitCounts(false).PadSingleDigitCounts);
        Assert.False(original.WithWholeHundredWithoutDecimals(false).WholeHundredWithoutDecimals);
        Assert.Equal("x", original.WithNoRate("x").NoRate);
        Assert.Equal(oneDecimal, original.WithRounding(oneDecimal).Rounding);

        Assert.Equal('.', original.GroupSeparator);
        Assert.Equal(',', original.DecimalSeparator);
        Assert.True(original.PadSingleDigitCounts);
        Assert.True(original.WholeHundredWithoutDecimals);
        Assert.Equal("\u2014", original.NoRate);
        Assert.Equal(RoundingRule.Default, original.Rounding);
    }

    [Fact]
    public void Equality_compares_every_property()
    {
        NumberStyle rebuilt = new('.', ',', true, true, "\u2014", RoundingRule.Create(2, MidpointRounding.AwayFromZero));

        Assert.Equal(NumberStyle.Vietnamese, rebuilt);
        Assert.True(NumberStyle.Vietnamese == rebuilt);
        Assert.False(NumberStyle.Vietnamese != rebuilt);
        Assert.Equal(NumberStyle.Vietnamese.GetHashCode(), rebuilt.GetHashCode());
        Assert.NotEqual(NumberStyle.Vietnamese, NumberStyle.Invariant);
        Assert.NotEqual(NumberStyle.Vietnamese, NumberStyle.Vietnamese.WithNoRate("-"));
        Assert.NotEqual(NumberStyle.Vietnamese, NumberStyle.Vietnamese.WithPadSingleDigitCounts(false));
        Assert.NotEqual(NumberStyle.Vietnamese, NumberStyle.Vietnamese.WithRounding(RoundingRule.Create(2, MidpointRounding.ToEven)));
        Assert.False(NumberStyle.Vietnamese.Equals(null));
        Assert.False(NumberStyle.Vietnamese == null);
        Assert.True((NumberStyle?)null == null);
    }

    [Fact]
    public void ToString_describes_the_style()
    {
        Assert.Equal(
            "group '.', decimal ',', pad 1-9, 100% without decimals, no rate \"\u2014\", 2 decimals, half away from zero",
            NumberStyle.Vietnamese.ToString());
        Assert.Equal(
            "group ',', decimal '.', no padding, 100% with decimals, no rate \"n/a\", 2 decimals, half away from zero",
            NumberStyle.Invariant.ToString());
    }
}
