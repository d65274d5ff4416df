using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// One figure of a published report (số liệu trong báo cáo đã ban hành), as printed: its key, its kind, the text
/// exactly as printed and the numbers it states — a count, an <c>x/y</c> ratio with the printed rate (or none),
/// or a list of names.
/// </summary>
/// <remarks>
/// <para>
/// The key follows the scheme of <see cref="Printing.PrintedFigure.Key"/> (<c>docs/report-figures.md</c>), e.g.
/// <c>digitization.intake.district</c>, <c>online-intake.district.H-TCKH</c>, <c>coverage.district.digitizing</c>;
/// <see cref="Pattern"/>, <see cref="Indicator"/>, <see cref="Level"/> and <see cref="Field"/> are parsed from it.
/// A key outside the scheme, or a kind other than the key's, is refused.
/// </para>
/// <para>
/// Instances are immutable and created by <see cref="OfCount"/>, <see cref="OfRatio"/> and <see cref="OfNames"/>.
/// Equality compares every stated value, <see cref="Names"/> in order.
/// </para>
/// </remarks>
public sealed class PublishedFigure : IEquatable<PublishedFigure>
{
    /// <summary>
    /// The largest count, numerator or denominator a figure may state: 10^15 − 1, far above any real count and low
    /// enough that sums over a report never overflow.
    /// </summary>
    public const long MaxCount = 999_999_999_999_999;

    private PublishedFigure(string key, FigureKind kind, string printed, long? count, long? numerator, long? denominator,
        string? printedPercentage, ImmutableArray<string> names, string? label)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(printed);
        if (!FigureCatalogue.TryParse(key, out var family, out var level, out var field))
        {
            throw new ArgumentException(UnknownKey(key), nameof(key));
        }

        if (family!.Kind != kind)
        {
            throw new ArgumentException(WrongKind(key, family.Kind, kind), nameof(key));
        }

        Key = key;
        Kind = kind;
        Printed = printed;
        Count = count;
        Numerator = numerator;
        Denominator = denominator;
        PrintedPercentage = printedPercentage;
        Names = names;
        Label = label;
        Family = family;
        Level = level;
        Field = field;
    }

    /// <summary>Gets the key, e.g. <c>timeliness.overdue.district</c>.</summary>
    public string Key { get; }

    /// <summary>Gets the kind: count, ratio or names (fixed by the key).</summary>
    public FigureKind Kind { get; }

    /// <summary>
    /// Gets the figure exactly as printed, without the words around it that belong to the line: e.g.
    /// <c>01/2.462 hồ sơ quá hạn đạt tỷ lệ 0.04%</c>, <c>13/13</c>, <c>2.560</c>, <c>Không có</c>.
    /// </summary>
    public string Printed { get; }

    /// <summary>
    /// Gets the count, for a <see cref="FigureKind.Count"/> figure (always set); for a
    /// <see cref="FigureKind.Names"/> figure, the count the report prints next to the list (<c>Có 2 nhóm TTHC</c>)
    /// when it prints one; otherwise <see langword="null"/>.
    /// </summary>
    public long? Count { get; }

    /// <summary>Gets the numerator (tử số) of a <see cref="FigureKind.Ratio"/> figure; otherwise <see langword="null"/>.</summary>
    public long? Numerator { get; }

    /// <summary>Gets the denominator (mẫu số) of a <see cref="FigureKind.Ratio"/> figure; otherwise <see langword="null"/>.</summary>
    public long? Denominator { get; }

    /// <summary>
    /// Gets the rate exactly as printed (<c>98,70%</c>, <c>0.04%</c>, <c>100%</c>), or <see langword="null"/> when
    /// the report prints no rate for the ratio (<c>Văn hóa-TT: 13/13</c>, or counts-only ratios such as
    /// <c>08/11</c>). Read back under the report's <see cref="ReportConventions"/>, with either decimal mark.
    /// </summary>
    public string? PrintedPercentage { get; }

    /// <summary>Gets the names listed, in printed order, for a <see cref="FigureKind.Names"/> figure; otherwise empty.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>
    /// Gets the words the report prints before the figure to say what it is, when they name something the key
    /// only codes: the field name of a by-field figure as printed (<c>Văn hóa-TT</c>, <c>Tài nguyên&amp;Môi trường</c>).
    /// </summary>
    public string? Label { get; }

    /// <summary>
    /// Gets the key's pattern, with <c>{level}</c> and <c>{field}</c> in place of the level and the field code,
    /// e.g. <c>online-intake.{level}.{field}</c> for <c>online-intake.district.H-TCKH</c>.
    /// </summary>
    public string Pattern => Family.Pattern;

    /// <summary>
    /// Gets the indicator: the key without its level and field, e.g. <c>digitization.intake</c>,
    /// <c>coverage.digitizing</c>, <c>online-intake</c>.
    /// </summary>
    public string Indicator => Family.Indicator;

    /// <summary>Gets the level (cấp) the key names, or <see langword="null"/> for keys of the whole report (<c>boundary-free.*</c>).</summary>
    public AdministrativeLevel? Level { get; }

    /// <summary>Gets the field code (mã lĩnh vực) of a by-field key (<c>H-TCKH</c>), otherwise <see langword="null"/>.</summary>
    public string? Field { get; }

    /// <summary>Gets the exact ratio of a <see cref="FigureKind.Ratio"/> figure; otherwise <see langword="null"/>.</summary>
    public Ratio? Ratio => Numerator is { } n && Denominator is { } d ? Rates.Ratio.Of(n, d) : null;

    /// <summary>The family of the key.</summary>
    internal FigureFamily Family { get; }

    /// <summary>Creates a count figure.</summary>
    /// <param name="key">A key of a count family, e.g. <c>timeliness.total.district</c>.</param>
    /// <param name="printed">The text as printed, e.g. <c>2.560</c>.</param>
    /// <param name="count">The count; 0 or more.</param>
    /// <param name="label">The words printed before the figure, if they matter (see <see cref="Label"/>).</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="printed"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is not in the scheme, or is not a count key.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="MaxCount"/>.</exception>
    public static PublishedFigure OfCount(string key, string printed, long count, string? label = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        return new PublishedFigure(key, FigureKind.Count, printed, count, null, null, null, [], label);
    }

    /// <summary>Creates a ratio figure.</summary>
    /// <param name="key">A key of a ratio family, e.g. <c>digitization.intake.district</c>.</param>
    /// <param name="printed">The text as printed, e.g. <c>2.498/2.531 đạt tỷ lệ 98,70%</c>.</param>
    /// <param name="numerator">The numerator; 0 or more.</param>
    /// <param name="denominator">The denominator; 0 or more.</param>
    /// <param name="printedPercentage">The rate as printed (<c>98,70%</c>), or <see langword="null"/> when none is printed.</param>
    /// <param name="label">The words printed before the figure, if they matter (see <see cref="Label"/>).</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="printed"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The key is not in the scheme or is not a ratio key, or <paramref name="printedPercentage"/> is not shaped
    /// like a percentage (digits, <c>','</c> or <c>'.'</c> between digits, then <c>%</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numerator"/> or <paramref name="denominator"/> is negative or above <see cref="MaxCount"/>.</exception>
    public static PublishedFigure OfRatio(string key, string printed, long numerator, long denominator,
        string? printedPercentage, string? label = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, MaxCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(denominator, MaxCount);
        if (printedPercentage is not null && PercentText.ShapeProblem(printedPercentage) is { } problem)
        {
            throw new ArgumentException($"'{printedPercentage}' is not a printed percentage: {problem}.", nameof(printedPercentage));
        }

        return new PublishedFigure(key, FigureKind.Ratio, printed, null, numerator, denominator, printedPercentage, [], label);
    }

    /// <summary>Creates a list of names.</summary>
    /// <param name="key">A key of a names family, e.g. <c>coverage.district.digitizing</c>.</param>
    /// <param name="printed">The list as printed, e.g. <c>Y tế, Thanh tra, Nông nghiệp và PTNT</c>.</param>
    /// <param name="names">The names, in printed order; none may be null or blank.</param>
    /// <param name="count">The count printed next to the list, if the report prints one (<c>Có 2 nhóm</c>).</param>
    /// <param name="label">The words printed before the figure, if they matter (see <see cref="Label"/>).</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/>, <paramref name="printed"/> or <paramref name="names"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The key is not in the scheme or is not a names key, or a name is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="MaxCount"/>.</exception>
    public static PublishedFigure OfNames(string key, string printed, IEnumerable<string> names, long? count = null,
        string? label = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = names.ToImmutableArray();
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A name must not be null or blank.", nameof(names));
        }

        if (count is { } c)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(c, nameof(count));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(c, MaxCount, nameof(count));
        }

        return new PublishedFigure(key, FigureKind.Names, printed, count, null, null, null, list, label);
    }

    /// <summary>Returns whether <paramref name="other"/> has the same key, kind, text, numbers, rate, names and label.</summary>
    /// <param name="other">The figure to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(PublishedFigure? other) =>
        other is not null
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Printed, other.Printed, StringComparison.Ordinal)
        && Count == other.Count
        && Numerator == other.Numerator
        && Denominator == other.Denominator
        && string.Equals(PrintedPercentage, other.PrintedPercentage, StringComparison.Ordinal)
        && Names.SequenceEqual(other.Names, StringComparer.Ordinal)
        && string.Equals(Label, other.Label, StringComparison.Ordinal);

    /// <summary>Whether two published figures are equal, as <see cref="Equals(PublishedFigure)"/> says; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PublishedFigure? left, PublishedFigure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two published figures differ (the negation of <c>==</c>).</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PublishedFigure? left, PublishedFigure? right) => !(left == right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PublishedFigure);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Key), Kind, StringComparer.Ordinal.GetHashCode(Printed),
            Count, Numerator, Denominator, Names.Length);

    /// <summary>Returns <c>key = printed</c>, e.g. <c>coverage.district = 08/11</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Key + " = " + Printed;

    internal static string UnknownKey(string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"unknown figure key '{key}' (keys follow docs/report-figures.md, e.g. digitization.intake.district, online-intake.district.H-TCKH)");

    internal static string WrongKind(string key, FigureKind expected, FigureKind actual) =>
        $"figure '{key}' is a {KindName(expected)} figure, not a {KindName(actual)} one";

    internal static string KindName(FigureKind kind) => kind switch
    {
        FigureKind.Ratio => "ratio",
        FigureKind.Names => "names",
        _ => "count",
    };
}
