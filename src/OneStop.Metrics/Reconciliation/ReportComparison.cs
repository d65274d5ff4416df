using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// Compares a published report with a report computed from dossiers (so sánh số liệu công bố với số liệu tính
/// từ hồ sơ): which figures differ, in which value, by how much. Values are compared, not texts: <c>0.04%</c>
/// and <c>0,04%</c> are the same rate, <c>2.532</c> and <c>2,532</c> the same count.
/// </summary>
/// <remarks>
/// <para>
/// Every figure of the published report is compared with the computed figure of the same key: counts; numerators
/// and denominators; when both counts agree, the printed rate against the computed fraction rounded by the
/// published report's rule (a rate on one side only is a difference); names as sets. A published figure the
/// computed report lacks is <see cref="DifferenceAspect.OnlyPublished"/>.
/// </para>
/// <para>
/// A computed figure the published report lacks is <see cref="DifferenceAspect.OnlyComputed"/> only when the
/// published report gives the same indicator elsewhere (so it is not simply out of the report's scope), the figure
/// is not a detail (a name list, the within/past split of dossiers in progress) and its value is not zero (a report
/// prints a state or a field only when it has dossiers).
/// </para>
/// </remarks>
public static class ReportComparison
{
    /// <summary>Compares a published report with a report the library computed and printed.</summary>
    /// <param name="published">The published report.</param>
    /// <param name="computed">The computed report, e.g. <c>ReportPrinter.Print(BuiltInSamples.TuKy2023.Compute(), …)</c>.</param>
    /// <returns>The differences: published figures in order, then computed-only figures in order; empty when they agree.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<FigureDifference> Compare(PublishedReport published, PrintedReport computed)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(computed);
        var figures = computed.Figures.Select(f => ComputedFigure.From(computed, f)).ToList();
        return Compare(published, figures);
    }

    /// <summary>Compares two published reports, the second standing for the computed one (e.g. read from a file).</summary>
    /// <param name="published">The published report.</param>
    /// <param name="computed">The report to compare it with; its figures print a rate where it gives one.</param>
    /// <returns>The differences, as <see cref="Compare(PublishedReport, PrintedReport)"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<FigureDifference> Compare(PublishedReport published, PublishedReport computed)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(computed);
        return Compare(published, computed.Figures.Select(ComputedFigure.From).ToList());
    }

    private static ImmutableArray<FigureDifference> Compare(PublishedReport published, List<ComputedFigure> computed)
    {
        var byKey = computed.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var rule = published.Conventions.Rounding;
        var differences = new List<FigureDifference>();
        foreach (var figure in published.Figures)
        {
            if (!byKey.TryGetValue(figure.Key, out var other))
            {
                differences.Add(new FigureDifference(figure.Key, DifferenceAspect.OnlyPublished, figure.Printed, null, null,
                    $"{figure.Key}: the published report prints \"{figure.Printed}\"; the computed report has no such figure."));
                continue;
            }

            switch (figure.Kind)
            {
                case FigureKind.Ratio:
                    differences.AddRange(Ratios(figure, other, published.Conventions, rule));
                    break;
                case FigureKind.Names:
                    if (Names(figure, other) is { } names)
                    {
                        differences.Add(names);
                    }

                    break;
                default:
                    if (figure.Count != other.Count)
                    {
                        differences.Add(Numbers(figure, DifferenceAspect.Count, "count", figure.Count!.Value, other.Count ?? 0));
                    }

                    break;
            }
        }

        var indicators = published.Figures.Select(f => f.Family).ToHashSet();
        foreach (var other in computed.Where(c => published.Find(c.Key) is null && indicators.Contains(c.Family) && !c.Family.IsDetail && !c.IsZero))
        {
            differences.Add(new FigureDifference(other.Key, DifferenceAspect.OnlyComputed, null, other.Value, null,
                $"{other.Key}: the computed report gives {other.Value}; the published report leaves it out but gives other {other.Family.Pattern} figures."));
        }

        return [.. differences];
    }

    private static IEnumerable<FigureDifference> Ratios(PublishedFigure figure, ComputedFigure other, ReportConventions conventions, RoundingRule rule)
    {
        var mine = figure.Ratio!.Value;
        var theirs = other.Ratio ?? Ratio.Empty;
        if (mine.Numerator != theirs.Numerator)
        {
            yield return Numbers(figure, DifferenceAspect.Numerator, "numerator", mine.Numerator, theirs.Numerator);
        }

        if (mine.Denominator != theirs.Denominator)
        {
            yield return Numbers(figure, DifferenceAspect.Denominator, "denominator", mine.Denominator, theirs.Denominator);
        }

        if (mine != theirs)
        {
            yield break;
        }

        decimal? printed = figure.PrintedPercentage is { } text && PercentText.TryParse(text, conventions.DecimalSeparator, out var value, out _)
            ? value.Value
            : null;
        decimal? computed = theirs.HasValue && (other.PrintsRate || printed is not null) ? theirs.Percentage(rule) : null;
        if (printed == computed)
        {
            yield break;
        }

        var computedText = computed is { } c ? Invariant(c) : null;
        var message = printed is null
            ? $"{figure.Key}: the published report prints no rate (\"{figure.Printed}\"); the computed rate is {computedText}%."
            : computed is null
                ? $"{figure.Key}: the published report prints the rate {figure.PrintedPercentage} (\"{figure.Printed}\"); the computed report has none."
                : $"{figure.Key}: the published rate {figure.PrintedPercentage} (\"{figure.Printed}\") differs from the computed {computedText}% by {Invariant(printed.Value - computed.Value)} points.";
        yield return new FigureDifference(figure.Key, DifferenceAspect.Percentage, printed is { } p ? Invariant(p) : null, computedText,
            printed - computed, message);
    }

    private static FigureDifference? Names(PublishedFigure figure, ComputedFigure other)
    {
        var onlyComputed = other.Names.Except(figure.Names, StringComparer.Ordinal).ToImmutableArray();
        var onlyPublished = figure.Names.Except(other.Names, StringComparer.Ordinal).ToImmutableArray();
        if (onlyComputed.IsEmpty && onlyPublished.IsEmpty)
        {
            return null;
        }

        var gap = figure.Names.Length - other.Names.Length;
        var parts = new List<string>();
        if (!onlyComputed.IsEmpty)
        {
            parts.Add("not in the published list: " + string.Join(", ", onlyComputed));
        }

        if (!onlyPublished.IsEmpty)
        {
            parts.Add("not in the computed list: " + string.Join(", ", onlyPublished));
        }

        return new FigureDifference(figure.Key, DifferenceAspect.Names, Invariant(figure.Names.Length), Invariant(other.Names.Length), gap,
            $"{figure.Key}: the published list names {Invariant(figure.Names.Length)} (\"{figure.Printed}\"), the computed one {Invariant(other.Names.Length)}; {string.Join("; ", parts)}.",
            onlyComputed, onlyPublished);
    }

    private static FigureDifference Numbers(PublishedFigure figure, DifferenceAspect aspect, string what, long published, long computed) =>
        new(figure.Key, aspect, Invariant(published), Invariant(computed), checked(published - computed),
            $"{figure.Key}: the published {what} is {Invariant(published)} (\"{figure.Printed}\"), the computed one {Invariant(computed)}; gap {Invariant(checked(published - computed))}.");

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What the comparison needs of a computed figure.</summary>
    private sealed record ComputedFigure(string Key, FigureFamily Family, long? Count, Ratio? Ratio, ImmutableArray<string> Names, bool PrintsRate)
    {
        public bool IsZero => Family.Kind switch
        {
            FigureKind.Ratio => Ratio is not { } r || (r.Numerator == 0 && r.Denominator == 0),
            FigureKind.Names => Names.IsEmpty,
            _ => Count is null or 0,
        };

        /// <summary>The value in invariant form: <c>5</c>, <c>3/4</c>, or the number of names.</summary>
        public string Value => Family.Kind switch
        {
            FigureKind.Ratio => Ratio is { } r ? Invariant(r.Numerator) + "/" + Invariant(r.Denominator) : "0/0",
            FigureKind.Names => Invariant(Names.Length),
            _ => Invariant(Count ?? 0),
        };

        public static ComputedFigure From(PrintedReport report, PrintedFigure figure)
        {
            if (!FigureCatalogue.TryParse(figure.Key, out var family, out var level, out _))
            {
                throw new ArgumentException(PublishedFigure.UnknownKey(figure.Key), nameof(figure));
            }

            var names = family!.Names is { } select && level is { } l ? [.. select(report.Source.Level(l))] : ImmutableArray<string>.Empty;
            return new ComputedFigure(figure.Key, family, figure.Count, figure.Ratio, names,
                family.PrintsRate && figure.Ratio is { HasValue: true });
        }

        public static ComputedFigure From(PublishedFigure figure) =>
            new(figure.Key, figure.Family, figure.Count, figure.Ratio, figure.Names, figure.PrintedPercentage is not null);
    }
}
