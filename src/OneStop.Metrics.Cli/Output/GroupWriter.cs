using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// Writes the indicators of <c>report --by level|unit|field</c>: in text, the report's heading and a table with one row
/// per group and a totals row, numbers printed by the library in the report's language; in JSON, an object with the
/// report's period and dossier accounting, the array <c>groups</c> and the <c>total</c>; in CSV, one row per group with
/// the figures as columns. Text and JSON end with the row accounting when the data came from CSV files.
/// </summary>
internal static class GroupWriter
{
    /// <summary>The CSV columns before the figures.</summary>
    private static readonly string[] CsvLabels = ["level", "code", "name"];

    /// <summary>Writes the groups.</summary>
    /// <param name="printed">The printed report (heading, period, dossier accounting, totals).</param>
    /// <param name="groups">The groups, from <see cref="ReportGroup.Of"/>.</param>
    /// <param name="by">How they were grouped.</param>
    /// <param name="format">The format.</param>
    /// <param name="language">The words and number style of the text table.</param>
    /// <param name="rows">How the rows of the data were read, or <see langword="null"/> for a built-in sample.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(PrintedReport printed, ImmutableArray<ReportGroup> groups, GroupBy by, ReportFormat format,
        ReportLanguage language, DataAccounting? rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(output);
        var rounding = ReportWriter.PrintOptions(language).Numbers.Rounding;
        switch (format)
        {
            case ReportFormat.Json:
                WriteJson(printed, groups, by, rounding, rows, output);
                break;
            case ReportFormat.Csv:
                WriteCsv(groups, rounding, rows, output);
                break;
            default:
                WriteText(printed, groups, by, language, rows, output);
                break;
        }
    }

    /// <summary>The word of <c>--by</c> for a grouping.</summary>
    public static string Word(GroupBy by) => by switch
    {
        GroupBy.Unit => "unit",
        GroupBy.Field => "field",
        _ => "level",
    };

    private static void WriteText(PrintedReport printed, ImmutableArray<ReportGroup> groups, GroupBy by, ReportLanguage language,
        DataAccounting? rows, TextWriter output)
    {
        var english = language == ReportLanguage.English;
        var numbers = ReportWriter.PrintOptions(language).Numbers;
        var figures = GroupFigure.All.Where(f => f.InText).ToList();
        var labels = by == GroupBy.Level
            ? new[] { english ? "Level" : "Cấp" }
            : [english ? "Level" : "Cấp", english ? "Code" : "Mã", english ? "Name" : "Tên"];

        string Cell(GroupFigure figure, GroupIndicators indicators) => figure.Count is { } count
            ? NumberFormatter.FormatCount(count(indicators), numbers)
            : NumberFormatter.FormatRate(figure.Ratio!(indicators), numbers);

        IReadOnlyList<string> Row(IEnumerable<string> label, GroupIndicators indicators) =>
            [.. label, .. figures.Select(f => Cell(f, indicators))];

        var table = groups.Select(g => Row(by == GroupBy.Level ? [g.LevelName] : [g.LevelName, g.Code, g.Name], g.Indicators)).ToList();
        var footer = Row([english ? "Total" : "Tổng cộng", .. Enumerable.Repeat(string.Empty, labels.Length - 1)], printed.Source.Totals);

        foreach (var line in printed.Heading)
        {
            output.Write(line + "\n");
        }

        output.Write('\n');
        TextTable.Write(output, [.. labels, .. figures.Select(f => f.Heading(language))],
            [.. labels.Select(_ => false), .. figures.Select(_ => true)], table, footer);
        output.Write("\n" + printed.Accounting + "\n");
        if (rows is not null)
        {
            RowAccounting.WriteText(rows, output);
        }
    }

    private static void WriteJson(PrintedReport printed, ImmutableArray<ReportGroup> groups, GroupBy by, RoundingRule rounding,
        DataAccounting? rows, TextWriter output)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            ReportWriter.WriteMembers(printed, json, withFigures: false);
            json.WriteString("by", Word(by));
            json.WriteStartArray("groups");
            foreach (var group in groups)
            {
                json.WriteStartObject();
                json.WriteString("level", group.Level);
                json.WriteString("code", group.Code);
                json.WriteString("name", group.Name);
                WriteFigures(json, group.Indicators, rounding);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("total");
            WriteFigures(json, printed.Source.Totals, rounding);
            json.WriteEndObject();
            if (rows is not null)
            {
                RowAccounting.WriteJson(rows, json);
            }

            json.WriteEndObject();
        });
    }

    private static void WriteFigures(Utf8JsonWriter json, GroupIndicators indicators, RoundingRule rounding)
    {
        json.WriteStartObject("figures");
        foreach (var figure in GroupFigure.All)
        {
            if (figure.Count is { } count)
            {
                json.WriteNumber(figure.Key, count(indicators));
                continue;
            }

            var ratio = figure.Ratio!(indicators);
            json.WriteStartObject(figure.Key);
            json.WriteNumber("numerator", ratio.Numerator);
            json.WriteNumber("denominator", ratio.Denominator);
            if (ratio.Percentage(rounding) is { } percentage)
            {
                json.WriteNumber("percentage", percentage);
            }
            else
            {
                json.WriteNull("percentage");
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The groups as CSV rows, then, for data files, one row per count of the accounting, as wide as the others: level
    /// <c>reference</c> or <c>rows</c>, code the rest of the count's key (<c>entries</c>, <c>read</c>,
    /// <c>rejected.OSM9003</c>, …), name the count, the figure cells empty.
    /// </summary>
    private static void WriteCsv(ImmutableArray<ReportGroup> groups, RoundingRule rounding, DataAccounting? rows, TextWriter output)
    {
        string[] header = [.. CsvLabels, .. GroupFigure.All.SelectMany(f => f.Count is not null
            ? [f.Key]
            : new[] { f.Key + ".numerator", f.Key + ".denominator", f.Key + ".percentage" })];
        CsvLines.WriteRow(output, header);
        foreach (var group in groups)
        {
            var cells = new List<string> { group.Level, group.Code, group.Name };
            foreach (var figure in GroupFigure.All)
            {
                if (figure.Count is { } count)
                {
                    cells.Add(CsvLines.Number(count(group.Indicators)));
                    continue;
                }

                var ratio = figure.Ratio!(group.Indicators);
                cells.Add(CsvLines.Number(ratio.Numerator));
                cells.Add(CsvLines.Number(ratio.Denominator));
                cells.Add(CsvLines.Percentage(ratio.Percentage(rounding)));
            }

            CsvLines.WriteRow(output, [.. cells]);
        }

        if (rows is not null)
        {
            foreach (var (key, count) in RowAccounting.Counts(rows))
            {
                var cells = new string[header.Length];
                Array.Fill(cells, string.Empty);
                var dot = key.IndexOf('.', StringComparison.Ordinal);
                (cells[0], cells[1], cells[2]) = (key[..dot], key[(dot + 1)..], CsvLines.Number(count));
                CsvLines.WriteRow(output, cells);
            }
        }
    }
}
