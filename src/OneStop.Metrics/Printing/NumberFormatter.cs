using System;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Printing;

/// <summary>
/// Prints counts, ratios and rates for reports by explicit code, in a <see cref="NumberStyle"/>: the digits, the
/// separators, the padding and the percent sign are written character by character, never through the operating
/// system culture or .NET format strings.
/// </summary>
/// <remarks>
/// With <see cref="NumberStyle.Vietnamese"/>: counts <c>2.560</c>, <c>33.533</c>, <c>01</c>, <c>0</c>;
/// ratios <c>2.498/2.531</c>, <c>01/2.462</c>, <c>02/02</c>; rates <c>98,70%</c>, <c>0,04%</c>, <c>100%</c>, and
/// <c>—</c> when there is nothing to rate. All members are pure functions and thread-safe.
/// </remarks>
public static class NumberFormatter
{
    /// <summary>Room for a sign, the 39 digits of a 128-bit integer, 12 group separators, 8 decimals and more.</summary>
    private const int BufferLength = 80;

    /// <summary>Powers of ten from 10^0 to 10^<see cref="RoundingRule.MaxDecimals"/>, as exact integers.</summary>
    private static readonly UInt128[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
    ];

    /// <summary>The counts 0 to 9 printed with two digits; index 0 is never used (zero prints as "0").</summary>
    private static readonly string[] PaddedDigits = ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09"];

    /// <summary>
    /// Prints a count (số lượng) with groups of three digits separated by <see cref="NumberStyle.GroupSeparator"/>.
    /// </summary>
    /// <remarks>
    /// When <see cref="NumberStyle.PadSingleDigitCounts"/> is set, counts 1 to 9 print with a leading zero
    /// (<c>01</c> … <c>09</c>); 0 prints as <c>0</c>. Negative values (differences) print with a leading
    /// <c>-</c> and are never padded. Vietnamese style: 2560 → <c>2.560</c>, 1234567 → <c>1.234.567</c>,
    /// 1 → <c>01</c>, −1234 → <c>-1.234</c>.
    /// </remarks>
    /// <param name="value">The count.</param>
    /// <param name="style">The style.</param>
    /// <returns>The printed count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is <see langword="null"/>.</exception>
    public static string FormatCount(long value, NumberStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (style.PadSingleDigitCounts && value is >= 1 and <= 9)
        {
            return PaddedDigits[value];
        }

        Span<char> buffer = stackalloc char[BufferLength];
        int start = buffer.Length;
        UInt128 magnitude = value < 0
            ? unchecked(UInt128.Zero - (UInt128)(Int128)value)
            : (UInt128)value;
        start = WriteGroupedInteger(buffer, start, magnitude, style.GroupSeparator);
        if (value < 0)
        {
            buffer[--start] = '-';
        }

        return new string(buffer[start..]);
    }

    /// <summary>
    /// Prints a percentage (tỷ lệ phần trăm) followed by <c>%</c>, or <see cref="NumberStyle.NoRate"/> when
    /// <paramref name="percent"/> is <see langword="null"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The value is first rounded by <see cref="NumberStyle.Rounding"/> (exact decimal rounding; a no-op for
    /// values produced by <see cref="Ratio.Percentage(RoundingRule)"/> with the same rule), then printed with
    /// exactly <c>Rounding.Decimals</c> fractional digits after <see cref="NumberStyle.DecimalSeparator"/>,
    /// trailing zeros included, and the integer part grouped by <see cref="NumberStyle.GroupSeparator"/>.
    /// When <see cref="NumberStyle.WholeHundredWithoutDecimals"/> is set, a value of exactly 100 prints as
    /// <c>100%</c>; a value that only rounds to 100 (99,996) keeps its decimals (<c>100,00%</c>).
    /// </para>
    /// <para>
    /// Vietnamese style: 98.7 → <c>98,70%</c>, 100 → <c>100%</c>, 0.04 → <c>0,04%</c>, 50 → <c>50,00%</c>,
    /// 1234.5 → <c>1.234,50%</c>, <see langword="null"/> → <c>—</c>. A negative value prints with a leading
    /// <c>-</c>; a value that rounds to zero never prints as <c>-0</c>.
    /// </para>
    /// </remarks>
    /// <param name="percent">The percentage (already multiplied by 100), or <see langword="null"/> for no rate.</param>
    /// <param name="style">The style.</param>
    /// <returns>The printed rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is <see langword="null"/>.</exception>
    public static string FormatPercent(decimal? percent, NumberStyle style) =>
        FormatPercentCore(percent, style, exactHundred: percent == 100m);

    private static string FormatPercentCore(decimal? percent, NumberStyle style, bool exactHundred)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (percent is not decimal value)
        {
            return style.NoRate;
        }

        RoundingRule rule = style.Rounding;
        decimal rounded = Math.Round(value, rule.Decimals, rule.Mode);
        if (style.WholeHundredWithoutDecimals && exactHundred)
        {
            return "100%";
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rounded, bits);
        UInt128 mantissa;
        int scale;
        bool negative;
        unchecked
        {
            mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
            scale = (bits[3] >> 16) & 0xFF;
            negative = bits[3] < 0;
        }

        // Rounding never leaves more than rule.Decimals digits, but may leave fewer (98.7 stays 98.7):
        // bring the mantissa to exactly rule.Decimals fractional digits. 2^96 · 10^8 fits in 128 bits.
        UInt128 digits = mantissa * PowersOfTen[rule.Decimals - scale];
        (UInt128 integerPart, UInt128 fractionPart) = UInt128.DivRem(digits, PowersOfTen[rule.Decimals]);

        Span<char> buffer = stackalloc char[BufferLength];
        int start = buffer.Length;
        buffer[--start] = '%';
        if (rule.Decimals > 0)
        {
            for (int i = 0; i < rule.Decimals; i++)
            {
                (fractionPart, UInt128 digit) = UInt128.DivRem(fractionPart, 10);
                buffer[--start] = (char)('0' + (int)digit);
            }

            buffer[--start] = style.DecimalSeparator;
        }

        start = WriteGroupedInteger(buffer, start, integerPart, style.GroupSeparator);
        if (negative && digits != UInt128.Zero)
        {
            buffer[--start] = '-';
        }

        return new string(buffer[start..]);
    }

    /// <summary>
    /// Prints a ratio as its two counts, <c>numerator/denominator</c>, each printed by <see cref="FormatCount"/>.
    /// </summary>
    /// <remarks>Vietnamese style: <c>2.498/2.531</c>, <c>01/2.462</c>, <c>02/02</c>, <c>08/11</c>, <c>0/0</c>.</remarks>
    /// <param name="ratio">The ratio.</param>
    /// <param name="style">The style.</param>
    /// <returns>The printed ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is <see langword="null"/>.</exception>
    public static string FormatRatio(Ratio ratio, NumberStyle style) =>
        FormatCount(ratio.Numerator, style) + "/" + FormatCount(ratio.Denominator, style);

    /// <summary>
    /// Prints the rate of a ratio: <see cref="FormatPercent"/> of <see cref="Ratio.Percentage(RoundingRule)"/>
    /// rounded by <see cref="NumberStyle.Rounding"/>; <see cref="NumberStyle.NoRate"/> when the denominator is zero.
    /// </summary>
    /// <remarks>
    /// Vietnamese style: 2498/2531 → <c>98,70%</c>, 1/2462 → <c>0,04%</c>, 591/591 → <c>100%</c>, 0/0 → <c>—</c>.
    /// Only a ratio whose numerator equals its denominator prints as the bare <c>100%</c>: 33120/33121 rounds
    /// to 100 but prints <c>100,00%</c>, so a rate that is not whole never reads as whole.
    /// </remarks>
    /// <param name="ratio">The ratio.</param>
    /// <param name="style">The style.</param>
    /// <returns>The printed rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is <see langword="null"/>.</exception>
    public static string FormatRate(Ratio ratio, NumberStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return FormatPercentCore(ratio.Percentage(style.Rounding), style,
            exactHundred: ratio.HasValue && ratio.Numerator == ratio.Denominator);
    }

    /// <summary>
    /// Writes the decimal digits of <paramref name="value"/> right to left, ending just before
    /// <paramref name="end"/>, with <paramref name="separator"/> between groups of three.
    /// </summary>
    /// <returns>The index of the first written character.</returns>
    private static int WriteGroupedInteger(Span<char> buffer, int end, UInt128 value, char separator)
    {
        int position = end;
        int written = 0;
        do
        {
            if (written > 0 && written % 3 == 0)
            {
                buffer[--position] = separator;
            }

            (value, UInt128 digit) = UInt128.DivRem(value, 10);
            buffer[--position] = (char)('0' + (int)digit);
            written++;
        }
        while (value != UInt128.Zero);

        return position;
    }
}
