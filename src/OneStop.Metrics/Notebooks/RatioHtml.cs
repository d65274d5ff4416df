using System.IO;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Notebooks;

/// <summary>HTML of a single ratio: one row with its counts, numerator over denominator, and its rate.</summary>
internal static class RatioHtml
{
    public static void Write(Ratio ratio, NotebookStyle style, TextWriter writer) =>
        new HtmlTable<Ratio>()
            .Count(style.Words.Numerator, r => r.Numerator, style)
            .Count(style.Words.Denominator, r => r.Denominator, style)
            .Number(style.Words.Ratio, style.Ratio)
            .Number(style.Words.Rate, style.Rate)
            .Write(writer, null, [ratio]);
}
