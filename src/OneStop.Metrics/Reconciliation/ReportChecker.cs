using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// Checks a published report against itself (đối chiếu số liệu): rates against their fractions, parts against
/// totals, denominators that should agree, counts against the lists they summarise, and the number format.
/// Pure and deterministic; the checks are driven by tables of rules, not by code per figure.
/// </summary>
/// <remarks>
/// <para>Findings come in the order of <see cref="ReconciliationKind"/>, then in the order the report prints their first figure.</para>
/// <para>
/// A state of the timeliness block (in progress, returned, refused, withdrawn, cancelled) that the report omits
/// at a level reads as 0 there, as reports print such a state only when it has dossiers; the total, the
/// carried-over and received counts and the timeliness ratios are never assumed: a rule that needs one the report
/// omits is skipped. The same holds for the count of units without dossiers in the coverage bound.
/// </para>
/// <para>
/// When the report declares no <see cref="PublishedReport.Definitions"/> (the seed), the textbook reading is
/// expected: intake digitization and online intake over the dossiers received in the period, results digitized
/// over the dossiers resolved, on-time and overdue rates over the dossiers resolved. Declared definitions turn
/// these equalities into the bounds they imply (see <c>docs/reconciliation.md</c>), so that a report the library
/// computed and converted with <see cref="PublishedReport.FromPrinted"/> has no findings.
/// </para>
/// </remarks>
public static class ReportChecker
{
    /// <summary>The rounding rules a printed rate is tried against when it is not the report's own rule's.</summary>
    private static readonly ImmutableArray<RoundingRule> Alternatives =
    [
        RoundingRule.Create(2, MidpointRounding.AwayFromZero),
        RoundingRule.Create(2, MidpointRounding.ToEven),
        RoundingRule.Create(2, MidpointRounding.ToZero),
        RoundingRule.Create(1, MidpointRounding.AwayFromZero),
        RoundingRule.Create(1, MidpointRounding.ToEven),
        RoundingRule.Create(1, MidpointRounding.ToZero),
    ];

    /// <summary>Checks a published report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The findings; empty when the report is consistent. On the seed, exactly its eight inconsistencies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ReconciliationFinding> Check(PublishedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var checker = new Checker(report);
        var findings = new List<ReconciliationFinding>();
        findings.AddRange(checker.Rates());
        findings.AddRange(checker.Rules(ReconciliationRules.Parts(report.Definitions)));
        findings.AddRange(checker.Rules(ReconciliationRules.Denominators(report.Definitions)));
        findings.AddRange(checker.Lists());
        findings.AddRange(checker.Slips());
        findings.AddRange(checker.MissingRates());
        var position = report.Figures.Select((f, i) => (f.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        return [.. findings.OrderBy(f => f.Kind).ThenBy(f => f.Figures.IsEmpty ? int.MaxValue : position[f.Figures[0]])];
    }

    /// <summary>The kinds of number-format slip, each reported as one finding over all its figures.</summary>
    private enum Slip
    {
        DecimalMark,
        Decimals,
    }

    private sealed class Checker
    {
        private readonly PublishedReport _report;
        private readonly ReportConventions _conventions;
        private readonly NumberStyle _style;
        private readonly ImmutableArray<LevelView> _levels;

        public Checker(PublishedReport report)
        {
            _report = report;
            _conventions = report.Conventions;
            _style = _conventions.Style;
            _levels = [.. report.Figures.Where(f => f.Level is not null).Select(f => f.Level!.Value).Distinct().Order()
                .Select(level => new LevelView(report, level))];
        }

        /// <summary>Printed rates that are not their fraction under the report's rule.</summary>
        public IEnumerable<ReconciliationFinding> Rates()
        {
            var rule = _conventions.Rounding;
            foreach (var (figure, ratio, printed) in PrintedRates())
            {
                var quoted = Quote(figure);
                if (!ratio.HasValue)
                {
                    yield return new ReconciliationFinding(ReconciliationKind.RateMismatch, [figure.Key], figure.PrintedPercentage!,
                        _style.NoRate, null,
                        $"{Where(figure)} prints the rate '{figure.PrintedPercentage}' for {Ratio(ratio)}, which has nothing to rate ({quoted}).");
                    continue;
                }

                var expected = NumberFormatter.FormatRate(ratio, _style);
                if (IsWhole(ratio))
                {
                    if (printed.Value != 100m)
                    {
                        yield return Mismatch(figure, ratio, printed, expected, printed.Value - 100m, quoted);
                    }

                    continue;
                }

                var value = ratio.Percentage(rule)!.Value;
                if (printed.Value != value)
                {
                    yield return Mismatch(figure, ratio, printed, expected, printed.Value - value, quoted);
                }
                else if (printed.Value == 100m && printed.Decimals == 0 && rule.Decimals > 0)
                {
                    yield return new ReconciliationFinding(ReconciliationKind.RateMismatch, [figure.Key], figure.PrintedPercentage!,
                        expected, 0m,
                        $"{Where(figure)} prints a whole '{figure.PrintedPercentage}' for {Ratio(ratio)}, which is not whole: under {rule} it prints {expected} ({quoted}).",
                        Explaining(ratio, printed));
                }
            }
        }

        /// <summary>The failures of a table of rules, level by level.</summary>
        public IEnumerable<ReconciliationFinding> Rules(ImmutableArray<Rule> rules)
        {
            foreach (var rule in rules)
            {
                foreach (var level in _levels)
                {
                    if (rule.SkipWhenPresent is { } stricter && level.Figure(stricter) is not null)
                    {
                        continue;
                    }

                    var left = Sum(rule.Left, level);
                    var right = Sum(rule.Right, level);
                    if (left is null || right is null)
                    {
                        continue;
                    }

                    var holds = rule.Relation == Relation.Equal ? left.Value == right.Value : left.Value <= right.Value;
                    if (holds)
                    {
                        continue;
                    }

                    var figures = left.Figures.AddRange(right.Figures).Select(f => f.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
                    var gap = checked(left.Value - right.Value);
                    var expected = (rule.Relation == Relation.AtMost ? "≤ " : string.Empty) + Count(right.Value);
                    var other = rule.Relation == Relation.Equal
                        ? $"while {Describe(rule.Right)} is {Count(right.Value)}"
                        : $"above {Describe(rule.Right)}, {Count(right.Value)}";
                    yield return new ReconciliationFinding(rule.Kind, figures, Count(left.Value), expected, gap,
                        $"{level.Name}: {rule.Name}, but {Describe(rule.Left)} is {Count(left.Value)} ({Quotes(left)}) {other} ({Quotes(right)}); gap {Signed(gap)}.");
                }
            }
        }

        /// <summary>Counts that do not match the lists they summarise.</summary>
        public IEnumerable<ReconciliationFinding> Lists()
        {
            foreach (var rule in ReconciliationRules.Lists)
            {
                foreach (var level in _levels)
                {
                    var list = level.Figure(rule.List);
                    var count = rule.Count.Read(level);
                    if (list is null || count is null || count.Value == list.Names.Length)
                    {
                        continue;
                    }

                    yield return ListFinding(count.Figures[0], list, count.Value,
                        $"{level.Name}: {Quote(count.Figures[0])} counts {Count(count.Value)} {rule.Count.Label}, but the list {Quote(list)} names {Count(list.Names.Length)}");
                }
            }

            foreach (var list in _report.Figures.Where(f => f.Kind == FigureKind.Names && f.Count is { } c && c != f.Names.Length))
            {
                yield return ListFinding(list, list, list.Count!.Value,
                    $"{Where(list)} states {Count(list.Count!.Value)} next to its list, but the list {Quote(list)} names {Count(list.Names.Length)}");
            }
        }

        /// <summary>Rates written against the report's number format, one finding per kind of slip.</summary>
        public IEnumerable<ReconciliationFinding> Slips()
        {
            var rule = _conventions.Rounding;
            var slips = new List<(Slip Kind, PublishedFigure Figure, string Expected)>();
            foreach (var (figure, ratio, printed) in PrintedRates())
            {
                if (!ratio.HasValue)
                {
                    continue;
                }

                var expected = NumberFormatter.FormatRate(ratio, _style);
                var whole = IsWhole(ratio);
                var right = whole ? printed.Value == 100m : printed.Value == ratio.Percentage(rule);
                if (printed.DecimalMark is { } mark && mark != _conventions.DecimalSeparator)
                {
                    slips.Add((Slip.DecimalMark, figure, expected));
                }
                else if (right && printed.Decimals != rule.Decimals && !(whole || printed.Value == 100m))
                {
                    slips.Add((Slip.Decimals, figure, expected));
                }
            }

            foreach (var group in slips.GroupBy(s => s.Kind))
            {
                var figures = group.Select(s => s.Figure).ToList();
                var printedList = string.Join("; ", figures.Select(f => f.PrintedPercentage));
                var what = group.Key == Slip.DecimalMark
                    ? $"written with the decimal mark '{OtherMark}' where the report writes '{_conventions.DecimalSeparator}'"
                    : $"written with another number of decimals than the report's rule ({rule})";
                var list = string.Join(", ", figures.Select(f => $"'{f.PrintedPercentage}' ({f.Key}: {Quote(f)})"));
                yield return new ReconciliationFinding(ReconciliationKind.NumberFormatSlip, [.. figures.Select(f => f.Key)],
                    printedList, string.Join("; ", group.Select(s => s.Expected)), null,
                    $"{Plural(figures.Count, "rate is", "rates are")} {what}: {list}.");
            }
        }

        /// <summary>Ratios printed without a rate while the other figures of their indicator print one.</summary>
        public IEnumerable<ReconciliationFinding> MissingRates()
        {
            foreach (var figure in _report.Figures.Where(f => f.Kind == FigureKind.Ratio && f.PrintedPercentage is null))
            {
                var ratio = figure.Ratio!.Value;
                var siblings = _report.Figures.Count(f => f.Family == figure.Family && f.PrintedPercentage is not null);
                if (!ratio.HasValue || siblings == 0)
                {
                    continue;
                }

                var expected = NumberFormatter.FormatRate(ratio, _style);
                yield return new ReconciliationFinding(ReconciliationKind.MissingRate, [figure.Key], figure.Printed, expected, null,
                    $"{Where(figure)} prints no rate ({Quote(figure)}) while the {Plural(siblings, "other figure", "other figures")} of {figure.Pattern} {(siblings == 1 ? "prints" : "print")} one; expected {expected}.");
            }
        }

        private char OtherMark => _conventions.GroupSeparator;

        private IEnumerable<(PublishedFigure Figure, Ratio Ratio, PercentText Printed)> PrintedRates()
        {
            foreach (var figure in _report.Figures.Where(f => f.Kind == FigureKind.Ratio && f.PrintedPercentage is not null))
            {
                if (PercentText.TryParse(figure.PrintedPercentage!, _conventions.DecimalSeparator, out var printed, out _))
                {
                    yield return (figure, figure.Ratio!.Value, printed);
                }
            }
        }

        private ReconciliationFinding Mismatch(PublishedFigure figure, Ratio ratio, PercentText printed, string expected,
            decimal gap, string quoted)
        {
            var explaining = Explaining(ratio, printed);
            var explained = explaining.IsEmpty
                ? "no usual rounding rule gives it"
                : "it is what " + string.Join(" or ", explaining.Select(r => r.ToString())) + " gives";
            return new ReconciliationFinding(ReconciliationKind.RateMismatch, [figure.Key], figure.PrintedPercentage!, expected, gap,
                $"{Where(figure)} prints '{figure.PrintedPercentage}' for {Ratio(ratio)} ({quoted}); under the report's rule ({_conventions.Rounding}) it prints {expected}; gap {Signed(gap)} points; {explained}.",
                explaining);
        }

        private ImmutableArray<RoundingRule> Explaining(Ratio ratio, PercentText printed) =>
            [.. Alternatives.Where(r => r != _conventions.Rounding && r.Decimals == printed.Decimals && ratio.Percentage(r) == printed.Value)];

        private ReconciliationFinding ListFinding(PublishedFigure countFigure, PublishedFigure list, long count, string text)
        {
            var gap = checked(count - list.Names.Length);
            return new ReconciliationFinding(ReconciliationKind.CountDoesNotMatchList,
                [.. new[] { countFigure.Key, list.Key }.Distinct(StringComparer.Ordinal)],
                Count(count), Count(list.Names.Length), gap, $"{text}; gap {Signed(gap)}.");
        }

        private string Count(long value) => NumberFormatter.FormatCount(value, _style);

        private string Ratio(Ratio ratio) => NumberFormatter.FormatRatio(ratio, _style);

        private string Signed(decimal gap)
        {
            var text = gap.ToString(CultureInfo.InvariantCulture);
            if (_conventions.DecimalSeparator != '.')
            {
                text = text.Replace('.', _conventions.DecimalSeparator);
            }

            return gap > 0 ? "+" + text : text;
        }

        private static TermValue? Sum(ImmutableArray<Term> terms, LevelView level)
        {
            long total = 0;
            var figures = ImmutableArray.CreateBuilder<PublishedFigure>();
            foreach (var term in terms)
            {
                if (term.Read(level) is not { } value)
                {
                    return null;
                }

                total = checked(total + value.Value);
                figures.AddRange(value.Figures);
            }

            return new TermValue(total, figures.ToImmutable());
        }

        private static bool IsWhole(Ratio ratio) => ratio.HasValue && ratio.Numerator == ratio.Denominator;

        private static string Describe(ImmutableArray<Term> terms) => string.Join(" + ", terms.Select(t => t.Label));

        private static string Quotes(TermValue value) =>
            value.Figures.IsEmpty ? "not printed: 0" : string.Join(", ", value.Figures.Select(Quote));

        private static string Quote(PublishedFigure figure) =>
            "\"" + (figure.Label is { } label ? label + ": " : string.Empty) + figure.Printed + "\"";

        private static string Where(PublishedFigure figure) => figure.Key;

        private static string Plural(int count, string one, string many) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
    }
}
