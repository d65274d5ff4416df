using System;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Printing;

/// <summary>
/// How counts, ratios and rates print (cách trình bày số): separators, padding of small counts, the whole
/// hundred, the text for "no rate" and the rounding rule of rates. Used by <see cref="NumberFormatter"/>.
/// </summary>
/// <remarks>
/// <para>
/// Styles never consult the operating system culture: every character is stated here, so a report prints the same
/// on every machine. <see cref="Vietnamese"/> is the style of Vietnamese administrative reports
/// (<c>2.498/2.531</c>, <c>98,70%</c>, <c>01/2.462</c>, <c>100%</c>); <see cref="Invariant"/> is a neutral
/// style for logs and machine-facing text (<c>2,498/2,531</c>, <c>98.70%</c>, <c>100.00%</c>).
/// </para>
/// <para>
/// Instances are immutable; the <c>With…</c> methods return modified copies. Equality compares every property.
/// </para>
/// </remarks>
public sealed class NumberStyle : IEquatable<NumberStyle>
{
    /// <summary>
    /// Initializes a new style.
    /// </summary>
    /// <param name="groupSeparator">The thousands separator (dấu phân cách hàng nghìn), e.g. <c>'.'</c>.</param>
    /// <param name="decimalSeparator">The decimal separator (dấu thập phân), e.g. <c>','</c>.</param>
    /// <param name="padSingleDigitCounts">Whether counts 1 to 9 print with two digits (<c>01</c> … <c>09</c>).</param>
    /// <param name="wholeHundredWithoutDecimals">Whether a rate of exactly 100 prints as <c>100%</c> without decimals.</param>
    /// <param name="noRate">The text printed for a rate with a zero denominator, e.g. <c>"—"</c>; may be empty.</param>
    /// <param name="rounding">The rule used to round rates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="noRate"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The two separators are the same character, or a separator is an ASCII digit or <c>'-'</c> (either would make
    /// printed numbers ambiguous).
    /// </exception>
    public NumberStyle(
        char groupSeparator,
        char decimalSeparator,
        bool padSingleDigitCounts,
        bool wholeHundredWithoutDecimals,
        string noRate,
        RoundingRule rounding)
    {
        ArgumentNullException.ThrowIfNull(noRate);
        ValidateSeparator(groupSeparator, nameof(groupSeparator), "Group");
        ValidateSeparator(decimalSeparator, nameof(decimalSeparator), "Decimal");
        if (groupSeparator == decimalSeparator)
        {
            throw new ArgumentException(
                $"Group separator '{groupSeparator}' and decimal separator '{decimalSeparator}' must differ.",
                nameof(decimalSeparator));
        }

        GroupSeparator = groupSeparator;
        DecimalSeparator = decimalSeparator;
        PadSingleDigitCounts = padSingleDigitCounts;
        WholeHundredWithoutDecimals = wholeHundredWithoutDecimals;
        NoRate = noRate;
        Rounding = rounding;
    }

    /// <summary>
    /// Gets the style of Vietnamese administrative reports: <c>'.'</c> groups thousands, <c>','</c> separates
    /// decimals, counts 1 to 9 print as <c>01</c> … <c>09</c>, a rate of exactly 100 prints as <c>100%</c>,
    /// no rate prints as <c>—</c> (em dash), rates round by <see cref="RoundingRule.Default"/>.
    /// Examples: <c>2.498/2.531</c>, <c>98,70%</c>, <c>01/2.462</c>, <c>0,04%</c>, <c>02/02</c>, <c>100%</c>.
    /// </summary>
    public static NumberStyle Vietnamese { get; } = new('.', ',', true, true, "\u2014", RoundingRule.Default);

    /// <summary>
    /// Gets a neutral style: <c>','</c> groups thousands, <c>'.'</c> separates decimals, no padding, every rate
    /// keeps its decimals (<c>100.00%</c>), no rate prints as <c>n/a</c>, rates round by
    /// <see cref="RoundingRule.Default"/>. Examples: <c>2,498/2,531</c>, <c>98.70%</c>.
    /// </summary>
    public static NumberStyle Invariant { get; } = new(',', '.', false, false, "n/a", RoundingRule.Default);

    /// <summary>Gets the character between groups of three integer digits (dấu phân cách hàng nghìn).</summary>
    public char GroupSeparator { get; }

    /// <summary>Gets the character between the integer and the fractional digits (dấu thập phân).</summary>
    public char DecimalSeparator { get; }

    /// <summary>
    /// Gets a value indicating whether counts from 1 to 9 print with two digits (<c>01</c>, <c>02</c>, <c>08/11</c>),
    /// as Vietnamese administrative documents write them. Zero prints as <c>0</c> and negative counts are never
    /// padded.
    /// </summary>
    public bool PadSingleDigitCounts { get; }

    /// <summary>
    /// Gets a value indicating whether a rate of exactly 100 (after rounding) prints as <c>100%</c> without decimals.
    /// Every other rate keeps all the decimals of <see cref="Rounding"/> (<c>98,70%</c>, <c>50,00%</c>, <c>0,04%</c>).
    /// </summary>
    public bool WholeHundredWithoutDecimals { get; }

    /// <summary>
    /// Gets the text printed instead of a rate whose denominator is zero (không phát sinh), e.g. <c>—</c>.
    /// </summary>
    public string NoRate { get; }

    /// <summary>Gets the rule used to round rates before they print.</summary>
    public RoundingRule Rounding { get; }

    /// <summary>Returns whether two styles are equal, property by property; two <see langword="null"/> styles are equal.</summary>
    /// <param name="left">The first style.</param>
    /// <param name="right">The second style.</param>
    /// <returns><see langword="true"/> if the styles are equal; otherwise <see langword="false"/>.</returns>
    public static bool operator ==(NumberStyle? left, NumberStyle? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two styles differ in at least one property.</summary>
    /// <param name="left">The first style.</param>
    /// <param name="right">The second style.</param>
    /// <returns><see langword="true"/> if the styles differ; otherwise <see langword="false"/>.</returns>
    public static bool operator !=(NumberStyle? left, NumberStyle? right) => !(left == right);

    /// <summary>Returns a copy of this style with another group separator.</summary>
    /// <param name="groupSeparator">The new thousands separator.</param>
    /// <returns>The modified copy.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="groupSeparator"/> equals <see cref="DecimalSeparator"/>, or is an ASCII digit or <c>'-'</c>.
    /// </exception>
    public NumberStyle WithGroupSeparator(char groupSeparator) =>
        new(groupSeparator, DecimalSeparator, PadSingleDigitCounts, WholeHundredWithoutDecimals, NoRate, Rounding);

    /// <summary>Returns a copy of this style with another decimal separator.</summary>
    /// <param name="decimalSeparator">The new decimal separator.</param>
    /// <returns>The modified copy.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="decimalSeparator"/> equals <see cref="GroupSeparator"/>, or is an ASCII digit or <c>'-'</c>.
    /// </exception>
    public NumberStyle WithDecimalSeparator(char decimalSeparator) =>
        new(GroupSeparator, decimalSeparator, PadSingleDigitCounts, WholeHundredWithoutDecimals, NoRate, Rounding);

    /// <summary>Returns a copy of this style with both separators replaced at once (e.g. swapped).</summary>
    /// <param name="groupSeparator">The new thousands separator.</param>
    /// <param name="decimalSeparator">The new decimal separator.</param>
    /// <returns>The modified copy.</returns>
    /// <exception cref="ArgumentException">
    /// The separators are equal, or one is an ASCII digit or <c>'-'</c>.
    /// </exception>
    public NumberStyle WithSeparators(char groupSeparator, char decimalSeparator) =>
        new(groupSeparator, decimalSeparator, PadSingleDigitCounts, WholeHundredWithoutDecimals, NoRate, Rounding);

    /// <summary>Returns a copy of this style with padding of single-digit counts switched on or off.</summary>
    /// <param name="padSingleDigitCounts">Whether counts 1 to 9 print with two digits.</param>
    /// <returns>The modified copy.</returns>
    public NumberStyle WithPadSingleDigitCounts(bool padSingleDigitCounts) =>
        new(GroupSeparator, DecimalSeparator, padSingleDigitCounts, WholeHundredWithoutDecimals, NoRate, Rounding);

    /// <summary>Returns a copy of this style with the whole-hundred shorthand switched on or off.</summary>
    /// <param name="wholeHundredWithoutDecimals">Whether a rate of exactly 100 prints as <c>100%</c>.</param>
    /// <returns>The modified copy.</returns>
    public NumberStyle WithWholeHundredWithoutDecimals(bool wholeHundredWithoutDecimals) =>
        new(GroupSeparator, DecimalSeparator, PadSingleDigitCounts, wholeHundredWithoutDecimals, NoRate, Rounding);

    /// <summary>Returns a copy of this style with another text for "no rate".</summary>
    /// <param name="noRate">The text printed for a zero denominator; may be empty.</param>
    /// <returns>The modified copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="noRate"/> is <see langword="null"/>.</exception>
    public NumberStyle WithNoRate(string noRate) =>
        new(GroupSeparator, DecimalSeparator, PadSingleDigitCounts, WholeHundredWithoutDecimals, noRate, Rounding);

    /// <summary>Returns a copy of this style with another rounding rule for rates.</summary>
    /// <param name="rounding">The new rounding rule.</param>
    /// <returns>The modified copy.</returns>
    public NumberStyle WithRounding(RoundingRule rounding) =>
        new(GroupSeparator, DecimalSeparator, PadSingleDigitCounts, WholeHundredWithoutDecimals, NoRate, rounding);

    /// <summary>Returns whether <paramref name="other"/> has the same value for every property.</summary>
    /// <param name="other">The style to compare with.</param>
    /// <returns><see langword="true"/> if the styles are equal; otherwise <see langword="false"/>.</returns>
    public bool Equals(NumberStyle? other) =>
        other is not null
        && GroupSeparator == other.GroupSeparator
        && DecimalSeparator == other.DecimalSeparator
        && PadSingleDigitCounts == other.PadSingleDigitCounts
        && WholeHundredWithoutDecimals == other.WholeHundredWithoutDecimals
        && string.Equals(NoRate, other.NoRate, StringComparison.Ordinal)
        && Rounding == other.Rounding;

    /// <summary>Returns whether <paramref name="obj"/> is a <see cref="NumberStyle"/> equal to this one.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> if <paramref name="obj"/> is an equal style; otherwise <see langword="false"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as NumberStyle);

    /// <summary>Returns a hash code combining every property.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(
            GroupSeparator,
            DecimalSeparator,
            PadSingleDigitCounts,
            WholeHundredWithoutDecimals,
            StringComparer.Ordinal.GetHashCode(NoRate),
            Rounding);

    /// <summary>
    /// Returns a readable description, for example
    /// <c>group '.', decimal ',', pad 1-9, 100% without decimals, no rate "—", 2 decimals, half away from zero</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        "group '" + GroupSeparator + "', decimal '" + DecimalSeparator + "', "
        + (PadSingleDigitCounts ? "pad 1-9" : "no padding") + ", "
        + (WholeHundredWithoutDecimals ? "100% without decimals" : "100% with decimals") + ", "
        + "no rate \"" + NoRate + "\", " + Rounding.ToString();

    private static void ValidateSeparator(char separator, string parameterName, string label)
    {
        if (separator is (>= '0' and <= '9') or '-')
        {
            throw new ArgumentException(
                $"{label} separator must not be an ASCII digit or '-'; was '{separator}'.",
                parameterName);
        }
    }
}
