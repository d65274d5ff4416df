using System;
using System.Globalization;

namespace OneStop.Metrics.Rates;

/// <summary>
/// How a rate is rounded for a report (quy tắc làm tròn): the number of decimal places kept and the rule used to
/// drop the rest.
/// </summary>
/// <remarks>
/// <para>
/// A rule is applied exactly once, to the exact rational value of a quotient of two integers
/// (see <see cref="RoundQuotient"/>): no intermediate value is ever rounded and no binary floating point is
/// involved, so a rate printed from the same counts is the same on every machine and in every spreadsheet that
/// rounds exactly.
/// </para>
/// <para>
/// The rule of Vietnamese reports is <see cref="Default"/>: two decimals, half away from zero, as spreadsheets do
/// (<c>ROUND(x; 2)</c>). <c>default(RoundingRule)</c> is a valid rule too: zero decimals, half to even.
/// </para>
/// <para>This type is an immutable value type; equality compares <see cref="Decimals"/> and <see cref="Mode"/>.</para>
/// </remarks>
public readonly struct RoundingRule : IEquatable<RoundingRule>
{
    /// <summary>The largest number of decimal places a rule may keep: 8.</summary>
    public const int MaxDecimals = 8;

    /// <summary>Powers of ten from 10^0 to 10^<see cref="MaxDecimals"/>, as exact integers.</summary>
    private static readonly UInt128[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
    ];

    /// <summary>The largest magnitude of a <see cref="decimal"/> mantissa: 2^96 - 1.</summary>
    private static readonly UInt128 MaxDecimalMantissa = (UInt128.One << 96) - UInt128.One;

    private RoundingRule(int decimals, MidpointRounding mode)
    {
        Decimals = decimals;
        Mode = mode;
    }

    /// <summary>
    /// Gets the rule of Vietnamese reports: 2 decimals, <see cref="MidpointRounding.AwayFromZero"/> (half away from
    /// zero, as spreadsheets do). 2461/2462 is 99.9593…% and prints as 99.96%; 1/800 is exactly 0.125% and
    /// prints as 0.13%.
    /// </summary>
    public static RoundingRule Default { get; } = new(2, MidpointRounding.AwayFromZero);

    /// <summary>Gets the number of decimal places kept (số chữ số thập phân), from 0 to <see cref="MaxDecimals"/>.</summary>
    public int Decimals { get; }

    /// <summary>
    /// Gets how the dropped digits are resolved, with the meaning of
    /// <see cref="Math.Round(decimal, int, MidpointRounding)"/>: <see cref="MidpointRounding.AwayFromZero"/> and
    /// <see cref="MidpointRounding.ToEven"/> round to the nearest value and differ only on an exact midpoint;
    /// <see cref="MidpointRounding.ToZero"/>, <see cref="MidpointRounding.ToPositiveInfinity"/> and
    /// <see cref="MidpointRounding.ToNegativeInfinity"/> are directed roundings (truncation, ceiling, floor) applied
    /// to every inexact value.
    /// </summary>
    public MidpointRounding Mode { get; }

    /// <summary>Returns whether two rules keep the same number of decimals with the same mode.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> if both rules are equal; otherwise <see langword="false"/>.</returns>
    public static bool operator ==(RoundingRule left, RoundingRule right) => left.Equals(right);

    /// <summary>Returns whether two rules differ in their number of decimals or their mode.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> if the rules differ; otherwise <see langword="false"/>.</returns>
    public static bool operator !=(RoundingRule left, RoundingRule right) => !left.Equals(right);

    /// <summary>Creates a rule keeping <paramref name="decimals"/> decimal places, rounded by <paramref name="mode"/>.</summary>
    /// <param name="decimals">The number of decimal places to keep, from 0 to <see cref="MaxDecimals"/> (8).</param>
    /// <param name="mode">
    /// One of <see cref="MidpointRounding.AwayFromZero"/>, <see cref="MidpointRounding.ToEven"/>,
    /// <see cref="MidpointRounding.ToZero"/>, <see cref="MidpointRounding.ToPositiveInfinity"/> or
    /// <see cref="MidpointRounding.ToNegativeInfinity"/>.
    /// </param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="decimals"/> is outside 0..8, or <paramref name="mode"/> is not a defined
    /// <see cref="MidpointRounding"/> value.
    /// </exception>
    public static RoundingRule Create(int decimals, MidpointRounding mode)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(
                nameof(decimals),
                decimals,
                string.Create(CultureInfo.InvariantCulture, $"Decimals must be between 0 and {MaxDecimals}; was {decimals}."));
        }

        if (mode is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven or MidpointRounding.ToZero
            or MidpointRounding.ToPositiveInfinity or MidpointRounding.ToNegativeInfinity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(mode),
                mode,
                string.Create(CultureInfo.InvariantCulture, $"Mode must be AwayFromZero, ToEven, ToZero, ToPositiveInfinity or ToNegativeInfinity; was {mode}."));
        }

        return new RoundingRule(decimals, mode);
    }

    /// <summary>
    /// Computes <paramref name="numerator"/> / <paramref name="denominator"/> rounded once, exactly, to
    /// <see cref="Decimals"/> places under <see cref="Mode"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The computation is integer arithmetic only. With d = <see cref="Decimals"/>, n = |numerator| and
    /// m = |denominator|: q = ⌊n·10^d / m⌋ and r = n·10^d − q·m. When r = 0 the quotient is exact. Otherwise the
    /// value lies strictly between q and q + 1 units of 10^−d and the mode picks one: to nearest by comparing r with
    /// m − r (a tie when they are equal, resolved away from zero or to the even q), or by direction
    /// (towards zero keeps q; towards ±∞ takes q + 1 when the sign of the quotient points that way). The sign is
    /// then applied to the magnitude, so negative quotients (gaps, differences) round symmetrically under
    /// the nearest modes and in the stated direction under the directed ones.
    /// </para>
    /// <para>
    /// The result is a <see cref="decimal"/> with a scale of exactly <see cref="Decimals"/>, trailing zeros
    /// included: 2498/2531 with the default rule read as a percentage is <c>98.70m</c>, not <c>98.7m</c>. A zero
    /// result is never negative zero.
    /// </para>
    /// </remarks>
    /// <param name="numerator">The dividend; may be negative.</param>
    /// <param name="denominator">The divisor; must not be zero; may be negative.</param>
    /// <returns>The rounded quotient, with a scale of <see cref="Decimals"/>.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    /// <exception cref="OverflowException">
    /// |<paramref name="numerator"/>|·10^<see cref="Decimals"/> does not fit in 128 bits, or the rounded result times
    /// 10^<see cref="Decimals"/> exceeds the 96-bit mantissa of a <see cref="decimal"/> (about 7.9·10^28).
    /// </exception>
    public decimal RoundQuotient(Int128 numerator, Int128 denominator)
    {
        if (denominator == Int128.Zero)
        {
            throw new DivideByZeroException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot round {numerator}/{denominator}: the denominator must not be zero."));
        }

        bool negative = Int128.IsNegative(numerator) != Int128.IsNegative(denominator);
        UInt128 dividend = Magnitude(numerator);
        UInt128 divisor = Magnitude(denominator);

        UInt128 scaled;
        try
        {
            scaled = checked(dividend * PowersOfTen[Decimals]);
        }
        catch (OverflowException exception)
        {
            throw new OverflowException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot round {numerator}/{denominator} to {Decimals} decimals: {numerator} times 10^{Decimals} exceeds 128 bits."),
                exception);
        }

        (UInt128 quotient, UInt128 remainder) = UInt128.DivRem(scaled, divisor);
        if (remainder != UInt128.Zero && RoundsUp(quotient, remainder, divisor, negative))
        {
            quotient = checked(quotient + UInt128.One);
        }

        if (quotient > MaxDecimalMantissa)
        {
            throw new OverflowException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot round {numerator}/{denominator} to {Decimals} decimals: the result does not fit in a decimal."));
        }

        return ToDecimal(quotient, negative && quotient != UInt128.Zero, Decimals);
    }

    /// <summary>Returns whether this rule keeps the same number of decimals with the same mode as <paramref name="other"/>.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> if both rules are equal; otherwise <see langword="false"/>.</returns>
    public bool Equals(RoundingRule other) => Decimals == other.Decimals && Mode == other.Mode;

    /// <summary>Returns whether <paramref name="obj"/> is a <see cref="RoundingRule"/> equal to this one.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> if <paramref name="obj"/> is an equal rule; otherwise <see langword="false"/>.</returns>
    public override bool Equals(object? obj) => obj is RoundingRule other && Equals(other);

    /// <summary>Returns a hash code combining <see cref="Decimals"/> and <see cref="Mode"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Decimals, Mode);

    /// <summary>
    /// Returns a readable English description, for example <c>2 decimals, half away from zero</c>,
    /// <c>1 decimal, half to even</c> or <c>0 decimals, toward zero</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string count = Decimals switch
        {
            0 => "0 decimals",
            1 => "1 decimal",
            2 => "2 decimals",
            3 => "3 decimals",
            4 => "4 decimals",
            5 => "5 decimals",
            6 => "6 decimals",
            7 => "7 decimals",
            _ => "8 decimals",
        };
        string mode = Mode switch
        {
            MidpointRounding.AwayFromZero => "half away from zero",
            MidpointRounding.ToEven => "half to even",
            MidpointRounding.ToZero => "toward zero",
            MidpointRounding.ToPositiveInfinity => "toward positive infinity",
            _ => "toward negative infinity",
        };
        return count + ", " + mode;
    }

    private bool RoundsUp(UInt128 quotient, UInt128 remainder, UInt128 divisor, bool negative)
    {
        // remainder is in 1..divisor-1, so divisor - remainder cannot underflow; comparing remainder with
        // divisor - remainder compares the dropped part with one half without computing 2·remainder.
        UInt128 complement = divisor - remainder;
        return Mode switch
        {
            MidpointRounding.AwayFromZero => remainder >= complement,
            MidpointRounding.ToEven => remainder > complement
                || (remainder == complement && !UInt128.IsEvenInteger(quotient)),
            MidpointRounding.ToZero => false,
            MidpointRounding.ToPositiveInfinity => !negative,
            _ => negative,
        };
    }

    private static UInt128 Magnitude(Int128 value) =>
        Int128.IsNegative(value)
            ? unchecked(UInt128.Zero - (UInt128)value)
            : (UInt128)value;

    private static decimal ToDecimal(UInt128 mantissa, bool negative, int scale)
    {
        unchecked
        {
            int low = (int)(uint)mantissa;
            int middle = (int)(uint)(mantissa >> 32);
            int high = (int)(uint)(mantissa >> 64);
            return new decimal(low, middle, high, negative, (byte)scale);
        }
    }
}
