using System.IO;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// The plain-text rendering beside the HTML: a computed report as the printed report in the style's wording, a
/// printed report as its text, a level or a group as the lines of <see cref="IndicatorTable.ToString"/> (a level
/// with its fields), any other rendered type as its <c>ToString()</c>.
/// </summary>
internal static class NotebookText
{
    public static bool TryWrite(object value, NotebookStyle style, TextWriter writer)
    {
        if (!NotebookHtml.Handles(value))
        {
            return false;
        }

        writer.Write(value switch
        {
            IndicatorReport report => ReportPrinter.Print(report, style.Heading, style.Print).ToText(),
            PrintedReport printed => printed.ToText(),
            LevelIndicators level => IndicatorTable.Of(style.Wording.Terms(level.Level).Committee,
                [(style.Level(level.Level), level.Totals), .. IndicatorTable.ByField(level).Rows]).ToString(),
            GroupIndicators group => IndicatorTable.Of(string.Empty, [(style.Words.Total, group)]).ToString(),
            _ => value.ToString(),
        });
        return true;
    }
}
