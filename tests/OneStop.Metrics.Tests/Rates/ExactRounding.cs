using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Tests.Rates;

/// <summary>
/// An independent reference for exact rounding, written with <see cref="BigInteger"/> and a floor-based
/// formulation (the library works on magnitudes), used to check <see cref="RoundingRule.RoundQuotient"/> and
/// <see cref="Ratio.Percentage(RoundingRule)"/>.
/// </summary>
internal static class ExactRounding
{
    /// <summary>The largest mantissa of a decimal: 2^96 - 1.</summary>
    public static readonly BigInteger MaxDecimalMantissa = (BigInteger.One << 96) - 1;

    /// <summary>
    /// Returns numerator / denominator rounded to <paramref name="decimals"/> places by <paramref name="mode"/>,
    /// as the integer number of units of 10^-decimals.
    /// </summary>
    public static BigInteger ExpectedUnits(BigInteger numerator, BigInteger denominator, int decimals, MidpointRounding mode)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        BigInteger scaled = numerator * BigInteger.Pow(10, decimals);
        BigInteger floor = FloorDivide(scaled, denominator);
        BigInteger excess = scaled - (floor * denominator); // 0 <= excess < denominator
        if (excess.IsZero)
        {
            return floor;
        }

        BigInteger ceiling = floor + 1;
        bool positive = scaled.Sign > 0;
        int half = (excess * 2).CompareTo(denominator);
        return mode switch
        {
            MidpointRounding.ToNegativeInfinity => floor,
            MidpointRounding.ToPositiveInfinity => ceiling,
            MidpointRounding.ToZero => positive ? floor : ceiling,
            MidpointRounding.AwayFromZero => half < 0 ? floor : half > 0 ? ceiling : positive ? ceiling : floor,
            MidpointRounding.ToEven => half < 0 ? floor : half > 0 ? ceiling : floor.IsEven ? floor : ceiling,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown mode."),
        };
    }

    /// <summary>Returns the value of <paramref name="value"/> in units of 10^-scale, checking its scale.</summary>
    public static BigInteger UnitsOf(decimal value, int expectedScale)
    {
        if (value.Scale != expectedScale)
        {
            throw new InvalidOperationException($"Expected scale {expectedScale} but {value} has scale {value.Scale}.");
        }

        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = unchecked(((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0]);
        return value < 0 ? -mantissa : mantissa;
    }

    private static BigInteger FloorDivide(BigInteger dividend, BigInteger positiveDivisor)
    {
        BigInteger quotient = BigInteger.DivRem(dividend, positiveDivisor, out BigInteger remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }
}

/// <summary>A quotient to round: any signed 64-bit numerator, a non-zero signed denominator and a rule.</summary>
public sealed record QuotientCase(long Numerator, long Denominator, RoundingRule Rule);

/// <summary>A quotient whose denominator is 2^a·5^b, so that exact midpoints are frequent.</summary>
public sealed record TieProneCase(long Numerator, long Denominator, RoundingRule Rule);

/// <summary>Counts from 0 to 10^9, as in real reports.</summary>
public sealed record ReportCounts(long Numerator, long Denominator, RoundingRule Rule);

/// <summary>Counts over the whole non-negative 64-bit range.</summary>
public sealed record HugeCounts(long Numerator, long Denominator, RoundingRule Rule);

/// <summary>FsCheck generators for the Rates tests.</summary>
public static class RatesArbitraries
{
    private static readonly MidpointRounding[] Modes =
    [
        MidpointRounding.AwayFromZero,
        MidpointRounding.ToEven,
        MidpointRounding.ToZero,
        MidpointRounding.ToPositiveInfinity,
        MidpointRounding.ToNegativeInfinity,
    ];

    private static Gen<RoundingRule> Rules =>
        from decimals in Gen.Choose(0, RoundingRule.MaxDecimals)
        from mode in Gen.Elements(Modes)
        select RoundingRule.Create(decimals, mode);

    /// <summary>Any non-negative long, spread over every magnitude.</summary>
    private static Gen<long> NonNegativeLong =>
        Gen.OneOf(
            Gen.Choose(0, 100).Select(i => (long)i),
            Gen.Choose(0, 1_000_000_000).Select(i => (long)i),
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            from shift in Gen.Choose(0, 32)
            select (((long)high << 32) | unchecked((uint)low)) >> shift);

    private static Gen<long> SignedLong =>
        from magnitude in NonNegativeLong
        from negative in Gen.Elements(false, true)
        select negative ? -magnitude : magnitude;

    private static Gen<long> PowersOfTwoAndFive =>
        from twos in Gen.Choose(0, 20)
        from fives in Gen.Choose(0, 12)
        select (long)BigInteger.Pow(2, twos) * (long)BigInteger.Pow(5, fives);

    /// <summary>Any quotient of signed longs with a non-zero denominator.</summary>
    public static Arbitrary<QuotientCase> QuotientCases() =>
        Arb.From(
            from numerator in SignedLong
            from denominator in SignedLong.Where(d => d != 0)
            from rule in Rules
            select new QuotientCase(numerator, denominator, rule));

    /// <summary>Quotients with a denominator of the form 2^a·5^b, so many are exact midpoints.</summary>
    public static Arbitrary<TieProneCase> TieProneCases() =>
        Arb.From(
            from numerator in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from denominator in PowersOfTwoAndFive
            from rule in Rules
            select new TieProneCase(numerator, denominator, rule));

    /// <summary>Report-sized counts: both from 0 to 10^9.</summary>
    public static Arbitrary<ReportCounts> ReportCounts() =>
        Arb.From(
            from numerator in Gen.Choose(0, 1_000_000_000)
            from denominator in Gen.Choose(0, 1_000_000_000)
            from rule in Rules
            select new ReportCounts(numerator, denominator, rule));

    /// <summary>Counts anywhere in 0..long.MaxValue.</summary>
    public static Arbitrary<HugeCounts> HugeCounts() =>
        Arb.From(
            from numerator in NonNegativeLong
            from denominator in NonNegativeLong
            from rule in Rules
            select new HugeCounts(numerator, denominator, rule));
}
