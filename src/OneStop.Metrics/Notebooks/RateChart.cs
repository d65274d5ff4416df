using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// A horizontal bar chart of rates, for notebooks: one bar per <see cref="Ratio"/>, its length the rounded percentage,
/// labelled with the rate and the counts in the notebook's number style (<c>98,70% (2.498/2.531)</c>). Rendered as
/// a small inline SVG inside HTML, with no script and no chart library. A ratio with nothing to rate (0/0) has no
/// bar and shows the style's "no rate" text.
/// </summary>
/// <remarks>
/// The scale runs from 0 to 100% (or to the largest rate, when a rate exceeds 100%). Bar lengths are display
/// geometry from the exact rounded percentage of <see cref="Ratio.Percentage(RoundingRule)"/>; the published numbers
/// are the labels.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class RateChart
{
    private RateChart(string title, ImmutableArray<(string Label, Ratio Rate)> bars)
    {
        Title = title;
        Bars = bars;
    }

    /// <summary>Gets the chart's title.</summary>
    public string Title { get; }

    /// <summary>Gets the bars, top to bottom: a label and the ratio whose rate the bar shows.</summary>
    public ImmutableArray<(string Label, Ratio Rate)> Bars { get; }

    /// <summary>Creates a chart.</summary>
    /// <param name="title">The title.</param>
    /// <param name="bars">The bars, top to bottom: a label (a field, a level, a unit…) and a ratio.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="bars"/> or a label is <see langword="null"/>.</exception>
    public static RateChart Of(string title, IEnumerable<(string Label, Ratio Rate)> bars)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(bars);
        var list = bars.ToImmutableArray();
        if (list.Any(b => b.Label is null))
        {
            throw new ArgumentNullException(nameof(bars), "A bar's label is null.");
        }

        return new RateChart(title, list);
    }

    /// <summary>
    /// Returns the title and one line per bar, <c>label: ratio</c> in the invariant form of
    /// <see cref="Ratio.ToString"/>, e.g. <c>Hộ tịch: 1213/1215 (99.84%)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Title).Append('\n');
        foreach (var (label, rate) in Bars)
        {
            text.Append(label).Append(": ").Append(rate.ToString()).Append('\n');
        }

        return text.ToString();
    }
}
