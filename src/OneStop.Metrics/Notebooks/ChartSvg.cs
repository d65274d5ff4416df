using System;
using System.IO;
using System.Linq;

namespace OneStop.Metrics.Notebooks;

/// <summary>Writes a <see cref="RateChart"/> as an inline SVG bar chart; every text is HTML-encoded.</summary>
internal static class ChartSvg
{
    private const int LabelWidth = 260;
    private const int BarArea = 320;
    private const int ValueWidth = 180;
    private const int Top = 28;
    private const int RowHeight = 22;
    private const int MaxLabelLength = 40;

    public static void Write(RateChart chart, NotebookStyle style, TextWriter writer)
    {
        var percentages = chart.Bars.Select(b => b.Rate.Percentage(style.Numbers.Rounding)).ToList();
        var scale = Math.Max(100m, percentages.Max() ?? 0m);
        var width = LabelWidth + BarArea + ValueWidth;
        var height = Top + (chart.Bars.Length * RowHeight) + 6;
        writer.Write(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\"><title>"));
        Html.Write(writer, chart.Title);
        writer.Write("</title><text x=\"0\" y=\"16\" font-weight=\"bold\">");
        Html.Write(writer, chart.Title);
        writer.Write(FormattableString.Invariant($"</text><line x1=\"{LabelWidth}\" y1=\"{Top - 2}\" x2=\"{LabelWidth}\" y2=\"{height - 4}\" stroke=\"#888\"/>"));
        for (var i = 0; i < chart.Bars.Length; i++)
        {
            var (label, rate) = chart.Bars[i];
            var y = Top + (i * RowHeight);
            var barLength = percentages[i] is { } percent ? decimal.Round(percent / scale * BarArea, 1) : 0m;
            writer.Write(FormattableString.Invariant($"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">"));
            Html.Write(writer, label.Length > MaxLabelLength ? string.Concat(label.AsSpan(0, MaxLabelLength - 1), "…") : label);
            writer.Write("</text>");
            if (barLength > 0m)
            {
                writer.Write(FormattableString.Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{barLength:0.#}\" height=\"14\" fill=\"#3b7dc4\"/>"));
            }

            writer.Write(FormattableString.Invariant($"<text x=\"{LabelWidth + barLength + 6:0.#}\" y=\"{y + 15}\">"));
            Html.Write(writer, rate.HasValue ? style.Rate(rate) + " (" + style.Ratio(rate) + ")" : style.Rate(rate));
            writer.Write("</text>");
        }

        writer.Write("</svg>");
    }
}
