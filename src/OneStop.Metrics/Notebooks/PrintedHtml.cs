using System.IO;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Notebooks;

/// <summary>HTML of a printed report: its text, then its keyed figures.</summary>
internal static class PrintedHtml
{
    public static void WriteReport(PrintedReport report, NotebookStyle style, TextWriter writer)
    {
        Html.Open(writer);
        foreach (var line in report.Heading)
        {
            Html.Paragraph(writer, line, bold: true);
        }

        foreach (var section in report.Sections)
        {
            Html.Paragraph(writer, section.Title, bold: true);
            writer.Write("<ul>");
            foreach (var line in section.Lines)
            {
                writer.Write("<li>");
                Html.Write(writer, line);
                writer.Write("</li>");
            }

            writer.Write("</ul>");
        }

        Html.Paragraph(writer, report.Accounting);
        writer.Write("<details><summary>");
        Html.Write(writer, style.Words.Figures + " (" + style.Count(report.Figures.Length) + ")");
        writer.Write("</summary>");
        new HtmlTable<PrintedFigure>()
            .Text(style.Words.Key, f => f.Key)
            .Text(style.Words.Text, f => f.Text)
            .Write(writer, null, report.Figures);
        writer.Write("</details>");
        Html.Close(writer);
    }
}
