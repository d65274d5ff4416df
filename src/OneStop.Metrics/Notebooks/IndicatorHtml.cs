using System.Collections.Generic;
using System.IO;
using System.Linq;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// HTML of the indicator types: a report as the printed report's three sections, one table each, levels as rows;
/// a level, a group and an <see cref="IndicatorTable"/> as rows of the shared group columns.
/// </summary>
internal static class IndicatorHtml
{
    public static void WriteReport(IndicatorReport report, NotebookStyle style, TextWriter writer)
    {
        var printed = ReportPrinter.Print(report, style.Heading, style.Print);
        var words = style.Words;
        Html.Open(writer);
        Html.Paragraph(writer, printed.Heading[^1], bold: true);

        new HtmlTable<LevelIndicators>()
            .Text(words.Level, l => style.Level(l.Level))
            .Count(words.OneStopDepartments, l => l.OneStopDepartments.Length, style)
            .Number(words.UnitsDigitizing, l => style.Ratio(l.Coverage.Digitizing))
            .RatioAndRate(words.IntakeDigitized, l => l.Totals.Digitization.IntakeDigitized, style)
            .RatioAndRate(words.ResultsDigitized, l => l.Totals.Digitization.ResultsDigitized, style)
            .Number(words.ReusingProcedures, l => style.Ratio(l.ReusingProcedures.Share))
            .RatioAndRate(words.ReusedData, l => l.Totals.Digitization.ReusedData, style)
            .Write(writer, style.Wording.DigitizationTitle, report.Levels);

        new HtmlTable<LevelIndicators>()
            .Text(words.Level, l => style.Level(l.Level))
            .Count(words.BoundaryFreeProcedures, l => l.BoundaryFreeProcedures.Procedures.Length, style)
            .Count(words.BoundaryFreeDossiers, l => l.Totals.ReceivedRegardlessOfBoundary, style)
            .Count(words.OnlinePartial, l => l.OnlineServices.Partial, style)
            .Count(words.OnlineFullProcess, l => l.OnlineServices.FullProcess, style)
            .Write(writer, style.Wording.BoundaryTitle, report.Levels);

        var rows = report.Levels.Select(l => (Label: style.Level(l.Level), l.Totals))
            .Append((Label: words.Total, report.Totals)).ToList();
        GroupColumns(words.Level, style, allStatuses: true)
            .Write(writer, style.Wording.TimelinessTitle, rows, r => ReferenceEquals(r.Indicators, report.Totals));

        Html.Paragraph(writer, printed.Accounting);
        Html.Close(writer);
    }

    public static void WriteLevel(LevelIndicators level, NotebookStyle style, TextWriter writer)
    {
        Html.Open(writer);
        GroupColumns(style.Words.Level, style, allStatuses: false)
            .Write(writer, style.Wording.Terms(level.Level).Committee, [(style.Level(level.Level), level.Totals)]);
        WriteRows(IndicatorTable.ByField(level), style, writer);
        WriteRows(IndicatorTable.ByOneStopDepartment(level), style, writer);
        if (!level.ByResolvingDepartment.IsEmpty)
        {
            WriteRows(IndicatorTable.ByResolvingDepartment(level), style, writer);
        }

        Html.Close(writer);
    }

    public static void WriteGroup(GroupIndicators group, NotebookStyle style, TextWriter writer) =>
        GroupColumns(style.Words.Item, style, allStatuses: false).Write(writer, null, [(style.Words.Total, group)]);

    public static void WriteTable(IndicatorTable table, NotebookStyle style, TextWriter writer)
    {
        Html.Open(writer);
        WriteRows(table, style, writer);
        Html.Close(writer);
    }

    private static void WriteRows(IndicatorTable table, NotebookStyle style, TextWriter writer)
    {
        var words = style.Words;
        var (header, caption) = table.Grouping switch
        {
            IndicatorGrouping.Field => (words.Field, words.ByField),
            IndicatorGrouping.OneStopDepartment => (words.OneStopUnit, words.ByOneStopUnit),
            IndicatorGrouping.ResolvingDepartment => (words.ResolvingUnit, words.ByResolvingUnit),
            _ => (words.Item, "{0}"),
        };
        var title = table.Title ?? NotebookStyle.Format(caption, table.Level is { } level ? style.Wording.Terms(level).Committee : string.Empty);
        GroupColumns(header, style, allStatuses: false).Write(writer, title, table.Rows);
    }

    /// <summary>
    /// The columns of a group: timeliness, online intake and — for the summary tables — digitization; with
    /// <paramref name="allStatuses"/> (the report's timeliness section) every status count instead of digitization.
    /// </summary>
    private static HtmlTable<(string Label, GroupIndicators Indicators)> GroupColumns(string labelHeader, NotebookStyle style,
        bool allStatuses)
    {
        var words = style.Words;
        var table = new HtmlTable<(string Label, GroupIndicators Indicators)>()
            .Text(labelHeader, r => r.Label)
            .Count(words.TotalToHandle, r => r.Indicators.Timeliness.Total, style);
        if (allStatuses)
        {
            table.Count(words.CarriedOver, r => r.Indicators.Timeliness.CarriedOver, style);
        }

        table.Count(words.ReceivedInPeriod, r => r.Indicators.Timeliness.ReceivedInPeriod, style)
            .Count(words.Resolved, r => r.Indicators.Timeliness.Resolved, style)
            .RatioAndRate(words.EarlyOrOnTime, r => r.Indicators.Timeliness.EarlyOrOnTimeRate, style)
            .RatioAndRate(words.Overdue, r => r.Indicators.Timeliness.OverdueRate, style);
        if (allStatuses)
        {
            table.Count(words.InProgressWithin, r => r.Indicators.Timeliness.InProgressWithinDeadline, style);
        }

        table.Count(words.InProgressPast, r => r.Indicators.Timeliness.InProgressPastDeadline, style);
        if (allStatuses)
        {
            table.Count(words.Returned, r => r.Indicators.Timeliness.Returned, style)
                .Count(words.Refused, r => r.Indicators.Timeliness.Refused, style)
                .Count(words.Withdrawn, r => r.Indicators.Timeliness.Withdrawn, style)
                .Count(words.Cancelled, r => r.Indicators.Timeliness.Cancelled, style);
        }

        table.RatioAndRate(words.OnlineIntake, r => r.Indicators.OnlineIntake, style);
        return allStatuses
            ? table
            : table.RatioAndRate(words.IntakeDigitized, r => r.Indicators.Digitization.IntakeDigitized, style)
                .RatioAndRate(words.ResultsDigitized, r => r.Indicators.Digitization.ResultsDigitized, style);
    }
}
