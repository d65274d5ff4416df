using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// A published report (báo cáo đã ban hành) as a model: who issued it, the period it covers, how it writes its
/// numbers, the definitions it declares, and every figure it prints, keyed like the library's own figures.
/// Checked by <see cref="ReportChecker"/>, compared with a computed report by <see cref="ReportComparison"/>.
/// </summary>
/// <remarks>
/// <para>
/// A published report is typed by hand from the document (the seed's is <see cref="PublishedReports.TuKy2023"/>),
/// written as JSON (<see cref="Parse"/>, <see cref="Load(Stream)"/>, <see cref="ToJson"/>; the schema is in
/// <c>docs/reconciliation.md</c>), or made from a report the library printed (<see cref="FromPrinted"/>).
/// </para>
/// <para>
/// Invariants: keys are unique; every printed percentage reads under <see cref="Conventions"/>. Instances are
/// immutable; equality compares every value, the figures in order.
/// </para>
/// </remarks>
public sealed class PublishedReport : IEquatable<PublishedReport>
{
    private readonly Dictionary<string, PublishedFigure> _byKey;

    /// <summary>Creates a published report.</summary>
    /// <param name="title">The report's title (trích yếu), as printed.</param>
    /// <param name="locality">Who issued it, e.g. <c>huyện Tứ Kỳ, tỉnh Hải Dương</c>.</param>
    /// <param name="figures">The figures, in printed order; keys must be unique.</param>
    /// <param name="conventions">How the report writes numbers; <see cref="ReportConventions.Vietnamese"/> when <see langword="null"/>.</param>
    /// <param name="definitions">
    /// The definitions the report declares it was computed under, or <see langword="null"/> when it states none
    /// (as the seed): the checker then expects the textbook equalities between denominators.
    /// </param>
    /// <param name="periodText">The period as printed (<c>từ ngày 01/01/2023 đến ngày 31/8/2023</c>), if any.</param>
    /// <param name="period">The period as dates, if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="locality"/> or <paramref name="figures"/> is <see langword="null"/>, or holds a null figure.</exception>
    /// <exception cref="ArgumentException">Two figures have the same key, or a printed percentage does not read under the conventions.</exception>
    public PublishedReport(string title, string locality, IEnumerable<PublishedFigure> figures,
        ReportConventions? conventions = null, MetricsOptions? definitions = null, string? periodText = null,
        ReportingPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(locality);
        ArgumentNullException.ThrowIfNull(figures);
        Title = title;
        Locality = locality;
        Figures = [.. figures];
        Conventions = conventions ?? ReportConventions.Vietnamese;
        Definitions = definitions;
        PeriodText = periodText;
        Period = period;
        _byKey = new Dictionary<string, PublishedFigure>(StringComparer.Ordinal);
        for (var i = 0; i < Figures.Length; i++)
        {
            var figure = Figures[i] ?? throw new ArgumentNullException(nameof(figures), "A figure is null.");
            if (!_byKey.TryAdd(figure.Key, figure))
            {
                throw new ArgumentException(DuplicateKey(figure.Key), nameof(figures));
            }

            if (PercentageProblem(figure, Conventions) is { } problem)
            {
                throw new ArgumentException(problem, nameof(figures));
            }
        }
    }

    /// <summary>Gets the title (trích yếu) as printed.</summary>
    public string Title { get; }

    /// <summary>Gets who issued the report (e.g. <c>huyện Tứ Kỳ, tỉnh Hải Dương</c>).</summary>
    public string Locality { get; }

    /// <summary>Gets the period as printed (<c>từ ngày 01/01/2023 đến ngày 31/8/2023</c>), or <see langword="null"/>.</summary>
    public string? PeriodText { get; }

    /// <summary>Gets the period as dates, or <see langword="null"/> when not given.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets how the report writes numbers: decimal mark and rounding rule.</summary>
    public ReportConventions Conventions { get; }

    /// <summary>
    /// Gets the definitions the report declares (the <see cref="MetricsOptions"/> its figures were computed
    /// under), or <see langword="null"/> when it states none, like the seed.
    /// </summary>
    public MetricsOptions? Definitions { get; }

    /// <summary>Gets the figures, in printed order.</summary>
    public ImmutableArray<PublishedFigure> Figures { get; }

    /// <summary>Returns the figure with a key, or <see langword="null"/> when the report does not print it.</summary>
    /// <param name="key">The key, e.g. <c>timeliness.received.district</c>.</param>
    /// <returns>The figure or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public PublishedFigure? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>Reads a published report from its JSON text (schema in <c>docs/reconciliation.md</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">
    /// The text is not JSON; the message gives the line and byte position, e.g.
    /// <c>invalid JSON at line 3, byte 5: …</c>.
    /// </exception>
    /// <exception cref="FormatException">
    /// The JSON does not describe a report; the message names the JSON path and the value, e.g.
    /// <c>$.figures[4].numerator: expected a whole number of 0 or more, below 10^15; was -3</c>.
    /// </exception>
    public static PublishedReport Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return PublishedReportJson.Read(json);
    }

    /// <summary>Reads a published report from a UTF-8 JSON stream; see <see cref="Parse"/>.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">The text is not JSON.</exception>
    /// <exception cref="FormatException">The JSON does not describe a report; the message names the path.</exception>
    public static PublishedReport Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Load(reader);
    }

    /// <summary>Reads a published report from JSON text; see <see cref="Parse"/>.</summary>
    /// <param name="reader">The reader; read to its end, not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">The text is not JSON.</exception>
    /// <exception cref="FormatException">The JSON does not describe a report; the message names the path.</exception>
    public static PublishedReport Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// Converts a report the library printed into the model: every figure with its key and text, ratios with the
    /// rate the printer wrote (none for counts-only ratios and for zero denominators), name lists from the
    /// computed indicators, field names as labels; the report declares <paramref name="definitions"/>.
    /// </summary>
    /// <remarks>
    /// A report converted this way has no findings under <see cref="ReportChecker.Check"/> when
    /// <paramref name="definitions"/> are the options it was computed under (<c>printed.Source.Options</c>).
    /// </remarks>
    /// <param name="printed">The printed report.</param>
    /// <param name="definitions">The definitions to declare, normally <c>printed.Source.Options</c>.</param>
    /// <param name="printOptions">
    /// The options <paramref name="printed"/> was printed with; <see cref="ReportPrintOptions.Vietnamese"/> when
    /// <see langword="null"/> (the printer's default). Their number style gives the conventions.
    /// </param>
    /// <returns>The published report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="printed"/> or <paramref name="definitions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A figure's text does not hold the rate <paramref name="printOptions"/> would print: the report was printed
    /// with other options.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The number style's decimal mark is neither <c>','</c> nor <c>'.'</c>.</exception>
    public static PublishedReport FromPrinted(PrintedReport printed, MetricsOptions definitions,
        ReportPrintOptions? printOptions = null)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(definitions);
        var numbers = (printOptions ?? ReportPrintOptions.Vietnamese).Numbers;
        var conventions = new ReportConventions(numbers.DecimalSeparator, numbers.Rounding);
        var figures = printed.Figures.Select(figure => FromPrintedFigure(printed, figure, numbers));
        var heading = printed.Heading;
        return new PublishedReport(
            heading.Length > 2 ? heading[2] : string.Empty,
            heading.Length > 1 ? heading[1] : string.Empty,
            figures, conventions, definitions,
            heading.Length > 3 ? heading[3] : null,
            printed.Source.Scope.Period);
    }

    /// <summary>
    /// Writes the report as indented JSON in the documented schema, Vietnamese letters unescaped; <see cref="Parse"/>
    /// reads it back equal.
    /// </summary>
    /// <returns>The JSON text, ending without a line break.</returns>
    public string ToJson() => PublishedReportJson.Write(this);

    /// <summary>Returns whether <paramref name="other"/> has the same heading, period, conventions, definitions and figures.</summary>
    /// <param name="other">The report to compare with.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(PublishedReport? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Locality, other.Locality, StringComparison.Ordinal)
        && string.Equals(PeriodText, other.PeriodText, StringComparison.Ordinal)
        && Period == other.Period
        && Conventions == other.Conventions
        && Definitions == other.Definitions
        && Figures.SequenceEqual(other.Figures);

    /// <summary>Whether two published reports are equal, as <see cref="Equals(PublishedReport)"/> says; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PublishedReport? left, PublishedReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two published reports differ (the negation of <c>==</c>).</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PublishedReport? left, PublishedReport? right) => !(left == right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PublishedReport);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Title), StringComparer.Ordinal.GetHashCode(Locality), Period,
            Conventions, Figures.Length);

    /// <summary>Returns e.g. <c>huyện Tứ Kỳ, tỉnh Hải Dương: 42 figures</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Locality + ": " + Figures.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " figures";

    internal static string DuplicateKey(string key) => $"figure key '{key}' appears more than once";

    /// <summary>Why a figure's printed percentage does not read under the conventions, or <see langword="null"/>.</summary>
    internal static string? PercentageProblem(PublishedFigure figure, ReportConventions conventions) =>
        figure.PrintedPercentage is { } text && !PercentText.TryParse(text, conventions.DecimalSeparator, out _, out var problem)
            ? $"'{text}' is not a percentage under decimal mark '{conventions.DecimalSeparator}': {problem}"
            : null;

    private static PublishedFigure FromPrintedFigure(PrintedReport printed, PrintedFigure figure, NumberStyle numbers)
    {
        if (!FigureCatalogue.TryParse(figure.Key, out var family, out var level, out var field))
        {
            throw new ArgumentException(PublishedFigure.UnknownKey(figure.Key), nameof(printed));
        }

        switch (family!.Kind)
        {
            case FigureKind.Ratio:
                var ratio = figure.Ratio ?? Rates.Ratio.Empty;
                var rate = family.PrintsRate && ratio.HasValue ? NumberFormatter.FormatRate(ratio, numbers) : null;
                if (rate is not null && !figure.Text.Contains(rate, StringComparison.Ordinal))
                {
                    throw new ArgumentException(
                        $"Figure '{figure.Key}' reads '{figure.Text}', which does not hold the rate '{rate}': the report was printed with other number options than those given.",
                        nameof(printed));
                }

                var label = field is null ? null
                    : printed.Source.Level(level!.Value).ByField.FirstOrDefault(f => string.Equals(f.Field.Code, field, StringComparison.Ordinal))?.Field.Name;
                return PublishedFigure.OfRatio(figure.Key, figure.Text, ratio.Numerator, ratio.Denominator, rate, label);
            case FigureKind.Names:
                return PublishedFigure.OfNames(figure.Key, figure.Text, family.Names!(printed.Source.Level(level!.Value)));
            default:
                return PublishedFigure.OfCount(figure.Key, figure.Text, figure.Count ?? 0);
        }
    }
}
