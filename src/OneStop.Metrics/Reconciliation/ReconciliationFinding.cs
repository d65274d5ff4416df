using System;
using System.Collections.Immutable;
using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// One inconsistency (điểm không khớp) found in a published report by <see cref="ReportChecker"/>: its kind, the
/// figures involved, what the report says, what it should say and the size of the gap.
/// </summary>
/// <remarks>
/// <see cref="Printed"/> and <see cref="Expected"/> are written in the report's own number format
/// (<c>2.531</c>, <c>0,04%</c>); <see cref="Gap"/> is the signed difference printed − expected, a count for counts
/// and a percentage for rates, or <see langword="null"/> when the finding is not about a size (a format slip, a
/// missing rate, a rate printed for nothing to rate).
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ReconciliationFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="figures">The keys of the figures involved, the figure that disagrees first.</param>
    /// <param name="printed">What the report says.</param>
    /// <param name="expected">What it should say.</param>
    /// <param name="gap">Printed − expected, or <see langword="null"/>.</param>
    /// <param name="message">One English sentence quoting the printed Vietnamese text.</param>
    /// <param name="explainingRules">For a rate mismatch, the rounding rules under which the printed rate is right.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public ReconciliationFinding(ReconciliationKind kind, ImmutableArray<string> figures, string printed, string expected,
        decimal? gap, string message, ImmutableArray<RoundingRule> explainingRules = default)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(message);
        Kind = kind;
        Figures = figures.IsDefault ? [] : figures;
        Printed = printed;
        Expected = expected;
        Gap = gap;
        Message = message;
        ExplainingRules = explainingRules.IsDefault ? [] : explainingRules;
    }

    /// <summary>Gets the kind of inconsistency.</summary>
    public ReconciliationKind Kind { get; }

    /// <summary>Gets the keys of the figures involved (e.g. <c>digitization.intake.district</c>, <c>timeliness.received.district</c>).</summary>
    public ImmutableArray<string> Figures { get; }

    /// <summary>Gets what the report says, in its number format: <c>2.531</c>, <c>0.04%; 0.06%</c>, <c>13/13</c>.</summary>
    public string Printed { get; }

    /// <summary>
    /// Gets what the report should say, in its number format: <c>2.532</c>, <c>0,04%; 0,06%</c>, <c>100%</c>;
    /// a bound reads <c>≤ 2.532</c>.
    /// </summary>
    public string Expected { get; }

    /// <summary>
    /// Gets printed − expected (signed): −1 when 2.531 is printed for 2.532, −0.01 for <c>94,66%</c> printed for
    /// <c>94,67%</c>; <see langword="null"/> for slips, missing rates and rates printed for nothing to rate.
    /// </summary>
    public decimal? Gap { get; }

    /// <summary>Gets one English sentence on the finding, quoting the printed Vietnamese text.</summary>
    public string Message { get; }

    /// <summary>
    /// Gets, for a <see cref="ReconciliationKind.RateMismatch"/>, the rules among half up, half to even and
    /// truncation with 1 or 2 decimals under which the printed rate is right (empty when none explains it);
    /// empty for every other kind.
    /// </summary>
    public ImmutableArray<RoundingRule> ExplainingRules { get; }

    /// <summary>Returns the finding as one line: <c>Kind [key, key]: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Kind + " [" + string.Join(", ", Figures) + "]: " + Message;
}
