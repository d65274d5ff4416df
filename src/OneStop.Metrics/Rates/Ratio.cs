using System;
using System.Globalization;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Rates;

/// <summary>
/// A pair of non-negative counts read as a rate (tỷ lệ): <see cref="Numerator"/> (tử số, e.g. dossiers settled on
/// time) out of <see cref="Denominator"/> (mẫu số, e.g. dossiers settled).
/// </summary>
/// <remarks>
/// <para>
/// The counts are the data; the percentage is derived from them on demand, rounded once and exactly by a
/// <see cref="RoundingRule"/>. Equality is therefore structural: 1/2 and 2/4 have the same rate but are different
/// ratios, because they describe different numbers of dossiers.
/// </para>
/// <para>
/// A zero denominator means there is nothing to rate (không phát sinh): <see cref="HasValue"/> is
/// <see langword="false"/> and <see cref="Percentage(RoundingRule)"/> is <see langword="null"/>, never 0, NaN or an
/// exception. The numerator may exceed the denominator (a rate above 100%, e.g. 105%).
/// </para>
/// <para><c>default(Ratio)</c> is <see cref="Empty"/>, 0/0.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public readonly struct Ratio : IEquatable<Ratio>
{
    private const long Hundred = 100;

    private Ratio(long numerator, long denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the empty ratio 0/0: nothing counted, no rate. Adding it to a ratio leaves that ratio unchanged.</summary>
    public static Ratio Empty => default;

    /// <summary>Gets the numerator (tử số): the count of items that meet the criterion; never negative.</summary>
    public long Numerator { get; }

    /// <summary>Gets the denominator (mẫu số): the count of items the criterion applies to; never negative.</summary>
    public long Denominator { get; }

    /// <summary>
    /// Gets a value indicating whether the ratio has a rate, that is whether <see cref="Denominator"/> is not zero.
    /// </summary>
    public bool HasValue => Denominator != 0;

    /// <summary>Adds two ratios count by count (see <see cref="Add"/>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>(left.Numerator + right.Numerator) / (left.Denominator + right.Denominator).</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static Ratio operator +(Ratio left, Ratio right) => left.Add(right);

    /// <summary>Returns whether two ratios have the same numerator and the same denominator.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> if both counts are equal; otherwise <see langword="false"/>.</returns>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Returns whether two ratios differ in their numerator or their denominator.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> if a count differs; otherwise <see langword="false"/>.</returns>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Creates the ratio <paramref name="numerator"/>/<paramref name="denominator"/>.</summary>
    /// <param name="numerator">The count meeting the criterion; 0 or more. May exceed <paramref name="denominator"/>.</param>
    /// <param name="denominator">The count the criterion applies to; 0 or more. Zero means "no rate".</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="numerator"/> or <paramref name="denominator"/> is negative.
    /// </exception>
    public static Ratio Of(long numerator, long denominator)
    {
        if (numerator < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(numerator),
                numerator,
                string.Create(CultureInfo.InvariantCulture, $"Numerator must be between 0 and {long.MaxValue}; was {numerator}."));
        }

        if (denominator < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(denominator),
                denominator,
                string.Create(CultureInfo.InvariantCulture, $"Denominator must be between 0 and {long.MaxValue}; was {denominator}."));
        }

        return new Ratio(numerator, denominator);
    }

    /// <summary>
    /// Adds <paramref name="other"/> count by count: numerators are added and denominators are added, as when
    /// rolling the counts of several units or months up into a total (tổng hợp). This is not the sum of the rates.
    /// </summary>
    /// <param name="other">The ratio to add.</param>
    /// <returns>(Numerator + other.Numerator) / (Denominator + other.Denominator).</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public Ratio Add(Ratio other) =>
        new(checked(Numerator + other.Numerator), checked(Denominator + other.Denominator));

    /// <summary>
    /// Computes the rate as a percentage, Numerator × 100 / Denominator, rounded once and exactly by
    /// <paramref name="rule"/>.
    /// </summary>
    /// <remarks>
    /// The value is computed by exact integer arithmetic (<see cref="RoundingRule.RoundQuotient"/> over
    /// Numerator × 100 and Denominator), never by decimal division or binary floating point, and has a scale of
    /// exactly <c>rule.Decimals</c>: with <see cref="RoundingRule.Default"/>, 2498/2531 gives <c>98.70m</c>,
    /// 2461/2462 gives <c>99.96m</c>, 1/2462 gives <c>0.04m</c> and 1/800 (exactly 0.125%) gives <c>0.13m</c>.
    /// </remarks>
    /// <param name="rule">The rounding rule.</param>
    /// <returns>The rounded percentage, or <see langword="null"/> when <see cref="Denominator"/> is zero.</returns>
    /// <exception cref="OverflowException">
    /// The percentage times 10^<c>rule.Decimals</c> exceeds the mantissa of a <see cref="decimal"/> (about
    /// 7.9·10^28). With counts of type <see cref="long"/> this can only happen with 8 decimals and a numerator
    /// more than about 7.9·10^18 times the denominator; no real count comes near.
    /// </exception>
    public decimal? Percentage(RoundingRule rule) =>
        HasValue ? rule.RoundQuotient((Int128)Numerator * Hundred, Denominator) : null;

    /// <summary>
    /// Computes the rate as a percentage rounded by <see cref="RoundingRule.Default"/> (2 decimals, half away from
    /// zero); see <see cref="Percentage(RoundingRule)"/>.
    /// </summary>
    /// <returns>The rounded percentage, or <see langword="null"/> when <see cref="Denominator"/> is zero.</returns>
    public decimal? Percentage() => Percentage(RoundingRule.Default);

    /// <summary>
    /// Computes the rate as a plain fraction, Numerator / Denominator (not multiplied by 100), rounded once and
    /// exactly by <paramref name="rule"/>; 2498/2531 with 4 decimals gives <c>0.9870m</c>.
    /// </summary>
    /// <param name="rule">The rounding rule.</param>
    /// <returns>The rounded fraction, or <see langword="null"/> when <see cref="Denominator"/> is zero.</returns>
    public decimal? Fraction(RoundingRule rule) =>
        HasValue ? rule.RoundQuotient(Numerator, Denominator) : null;

    /// <summary>Returns whether this ratio has the same numerator and denominator as <paramref name="other"/>.</summary>
    /// <param name="other">The ratio to compare with.</param>
    /// <returns><see langword="true"/> if both counts are equal; otherwise <see langword="false"/>.</returns>
    public bool Equals(Ratio other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <summary>Returns whether <paramref name="obj"/> is a <see cref="Ratio"/> with the same counts.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> if <paramref name="obj"/> is an equal ratio; otherwise <see langword="false"/>.</returns>
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <summary>Returns a hash code combining both counts.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>
    /// Returns the counts and the default-rounded percentage in invariant form, for diagnostics:
    /// <c>2498/2531 (98.70%)</c>, <c>0/0 (no rate)</c>. Reports use <c>NumberFormatter</c> instead.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string counts = Numerator.ToString(CultureInfo.InvariantCulture) + "/"
            + Denominator.ToString(CultureInfo.InvariantCulture);
        decimal? percentage = Percentage();
        return percentage is decimal value
            ? counts + " (" + value.ToString(CultureInfo.InvariantCulture) + "%)"
            : counts + " (no rate)";
    }
}
