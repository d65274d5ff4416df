using System.IO;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// The plain-text rendering beside the HTML: a computed report as the printed report in the style's wording, a
/// printed report as its text, any other rendered type as its <c>ToString()</c>.
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
            _ => value.ToString(),
        });
        return true;
    }
}
