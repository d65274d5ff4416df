using System.Collections.Generic;
using System.IO;
using OneStop.Metrics.Reconciliation;

namespace OneStop.Metrics.Notebooks;

/// <summary>HTML of reconciliation findings and differences: one row each, the published texts as printed.</summary>
internal static class ReconciliationHtml
{
    public static void WriteView(ReconciliationView view, NotebookStyle style, TextWriter writer)
    {
        Html.Open(writer);
        Findings(style).Write(writer, NotebookStyle.Format(style.Words.FindingCount, view.Findings.Length), view.Findings);
        if (view.Differences is { } differences)
        {
            Differences(style).Write(writer, NotebookStyle.Format(style.Words.DifferenceCount, differences.Length), differences);
        }

        Html.Close(writer);
    }

    public static void WriteFinding(ReconciliationFinding finding, NotebookStyle style, TextWriter writer) =>
        Findings(style).Write(writer, null, [finding]);

    public static void WriteDifference(FigureDifference difference, NotebookStyle style, TextWriter writer) =>
        Differences(style).Write(writer, null, [difference]);

    private static HtmlTable<ReconciliationFinding> Findings(NotebookStyle style)
    {
        var words = style.Words;
        return new HtmlTable<ReconciliationFinding>()
            .Text(words.Kind, f => f.Kind.ToString())
            .Text(words.Figures, f => string.Join(", ", (IEnumerable<string>)f.Figures))
            .Number(words.Printed, f => f.Printed)
            .Number(words.Expected, f => f.Expected)
            .Number(words.Gap, f => style.Gap(f.Gap))
            .Text(words.Message, f => f.Message);
    }

    private static HtmlTable<FigureDifference> Differences(NotebookStyle style)
    {
        var words = style.Words;
        return new HtmlTable<FigureDifference>()
            .Text(words.Key, d => d.Key)
            .Text(words.Aspect, d => d.Aspect.ToString())
            .Number(words.Published, d => d.Published ?? string.Empty)
            .Number(words.Computed, d => d.Computed ?? string.Empty)
            .Number(words.Gap, d => style.Gap(d.Gap))
            .Text(words.Message, d => d.Message);
    }
}
