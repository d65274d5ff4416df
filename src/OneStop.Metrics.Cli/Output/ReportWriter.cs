using System;
using System.IO;
using System.Text.Json;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Cli.Output;

/// <summary>Prints a report in a language and writes it in a format, with the accounting of the rows it was read from.</summary>
internal static class ReportWriter
{
    /// <summary>The header of the CSV report: one row per printed figure.</summary>
    public static readonly string[] CsvHeader = ["key", "text", "count", "numerator", "denominator", "percentage"];

    /// <summary>The library's print options for a language.</summary>
    public static ReportPrintOptions PrintOptions(ReportLanguage language) => language switch
    {
        ReportLanguage.English => ReportPrintOptions.English,
        _ => ReportPrintOptions.Vietnamese,
    };

    /// <summary>
    /// Writes a printed report; every format ends with a newline. Text: <see cref="PrintedReport.ToText"/>, then the
    /// row accounting. JSON: <see cref="PrintedReport.ToJson"/>, with the member <c>"rows"</c> when there are rows.
    /// CSV: <see cref="CsvHeader"/>, one row per figure, then one row per row count (<c>rows.read</c>, …).
    /// </summary>
    /// <param name="printed">The printed report.</param>
    /// <param name="format">The format.</param>
    /// <param name="rows">How the rows of the data were read, or <see langword="null"/> for a built-in sample.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(PrintedReport printed, ReportFormat format, DataAccounting? rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Json when rows is null:
                output.Write(printed.ToJson());
                output.Write('\n');
                break;
            case ReportFormat.Json:
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartObject();
                    WriteMembers(printed, json, withFigures: true);
                    RowAccounting.WriteJson(rows, json);
                    json.WriteEndObject();
                });
                break;
            case ReportFormat.Csv:
                WriteCsv(printed, rows, output);
                break;
            default:
                output.Write(printed.ToText());
                if (rows is not null)
                {
                    RowAccounting.WriteText(rows, output);
                }

                break;
        }
    }

    /// <summary>
    /// Writes the members of <see cref="PrintedReport.ToJson"/> (period, as-of date, dossier accounting and, when
    /// <paramref name="withFigures"/>, the figures) into the JSON object being written, exactly as the library wrote them.
    /// </summary>
    public static void WriteMembers(PrintedReport printed, Utf8JsonWriter json, bool withFigures)
    {
        using var document = JsonDocument.Parse(printed.ToJson());
        foreach (var member in document.RootElement.EnumerateObject())
        {
            if (withFigures || !member.NameEquals("figures"))
            {
                member.WriteTo(json);
            }
        }
    }

    private static void WriteCsv(PrintedReport printed, DataAccounting? rows, TextWriter output)
    {
        CsvLines.WriteRow(output, CsvHeader);
        foreach (var figure in printed.Figures)
        {
            var count = figure.Count is { } c ? CsvLines.Number(c) : string.Empty;
            if (figure.Ratio is { } ratio)
            {
                CsvLines.WriteRow(output, figure.Key, figure.Text, count, CsvLines.Number(ratio.Numerator),
                    CsvLines.Number(ratio.Denominator), CsvLines.Percentage(figure.Percentage));
            }
            else
            {
                CsvLines.WriteRow(output, figure.Key, figure.Text, count, string.Empty, string.Empty, string.Empty);
            }
        }

        if (rows is not null)
        {
            foreach (var (key, value) in RowAccounting.Counts(rows))
            {
                CsvLines.WriteRow(output, key, CsvLines.Number(value), CsvLines.Number(value), string.Empty, string.Empty, string.Empty);
            }
        }
    }
}
