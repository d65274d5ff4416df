using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Notebooks;

/// <summary>HTML of a tally (its scope, accounting, counters and rejections) and of a set of counts.</summary>
internal static class TallyHtml
{
    public static void WriteTally(DossierTally tally, NotebookStyle style, TextWriter writer)
    {
        var words = style.Words;
        var all = tally.Count(TallyFilter.All);
        var scope = tally.Scope;
        Html.Open(writer);
        KeyValueTable.Create(style).Write(writer, null,
        [
            (words.Period, NotebookStyle.Format(style.Wording.PeriodRange, style.Date(scope.Period.Start), style.Date(scope.Period.End))),
            (words.AsOf, style.Date(scope.AsOf)),
            (words.Comparison, scope.Comparison.ToString()),
            (words.Cells, style.Count(tally.CellCount)),
            (words.DossiersSeen, style.Count(tally.DossiersSeen)),
            (words.DossiersInPeriod, style.Count(all.Total)),
            (words.DossiersOutsidePeriod, style.Count(all.OutsidePeriod)),
            (words.DossiersRejected, style.Count(tally.DossiersRejected)),
        ]);
        CounterTable(style).Write(writer, null, Counters(all));
        if (!tally.Rejections.IsEmpty)
        {
            var reasons = tally.Rejections.GroupBy(r => r.Reason).OrderBy(g => g.Key).Select(g => (g.Key.ToString(), (long)g.Count()));
            new HtmlTable<(string Reason, long Count)>()
                .Text(words.RejectionReason, r => r.Reason)
                .Count(words.Count, r => r.Count, style)
                .Write(writer, null, reasons);
        }

        Html.Close(writer);
    }

    public static void WriteCounts(DossierCounts counts, NotebookStyle style, TextWriter writer) =>
        CounterTable(style).Write(writer, null, Counters(counts));

    private static HtmlTable<(TallyCounter Counter, long Count)> CounterTable(NotebookStyle style) =>
        new HtmlTable<(TallyCounter Counter, long Count)>()
            .Text(style.Words.Counter, r => r.Counter.ToString())
            .Count(style.Words.Count, r => r.Count, style);

    private static IEnumerable<(TallyCounter Counter, long Count)> Counters(DossierCounts counts) =>
        Enum.GetValues<TallyCounter>().Select(counter => (counter, counts[counter]));
}
