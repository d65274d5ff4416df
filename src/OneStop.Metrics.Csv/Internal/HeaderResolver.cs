using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Resolves a header line against the columns of a schema, for the dossier file and the reference files alike: each
/// header to its column; unknown headers (<c>OSM9001</c>) and empty ones (<c>OSM9021</c>) are warnings, a column given
/// twice (<c>OSM9009</c>) or a required column missing (<c>OSM9002</c>) errors; a first line that names no column at
/// all is no header (<c>OSM9022</c>, instead of a warning per cell); an empty file is <c>OSM9014</c>.
/// </summary>
internal static class HeaderResolver
{
    /// <summary>The line of a header.</summary>
    public const long HeaderLine = 1;

    /// <summary>Resolves the headers.</summary>
    /// <param name="headers">The file's headers.</param>
    /// <param name="columns">The schema's columns: field name (the property), required, and the names a message lists (the writer's first).</param>
    /// <param name="match">The column a header names, or -1.</param>
    /// <param name="label">The label of the header line's failures, e.g. <c>Header</c>.</param>
    /// <param name="failures">Receives the failures.</param>
    /// <returns>For each column, the 0-based index of its cell, or -1.</returns>
    public static int[] Resolve(IReadOnlyList<string> headers, IReadOnlyList<(string Field, bool Required, string Names)> columns,
        Func<string, int> match, string label, List<IntakeFailure> failures)
    {
        var indices = new int[columns.Count];
        Array.Fill(indices, -1);
        var perHeader = new List<IntakeFailure>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.IsNullOrWhiteSpace(header))
            {
                perHeader.Add(Failure(CsvErrorCodes.EmptyHeaderName, IntakeSeverity.Warning, "Header", header, label,
                    string.Create(CultureInfo.InvariantCulture, $"column {i + 1} has no name; it is ignored")));
                continue;
            }

            var column = match(header);
            if (column < 0)
            {
                perHeader.Add(Failure(CsvErrorCodes.UnknownHeader, IntakeSeverity.Warning, "Header", header, label,
                    string.Create(CultureInfo.InvariantCulture, $"column {i + 1} '{PrintableText.Of(header)}' is not a known column; it is ignored")));
                continue;
            }

            var earlier = indices[column];
            if (earlier >= 0)
            {
                perHeader.Add(Failure(CsvErrorCodes.DuplicateColumn, IntakeSeverity.Error, columns[column].Field, header, label,
                    string.Create(CultureInfo.InvariantCulture,
                        $"column {i + 1} '{PrintableText.Of(header)}' gives {columns[column].Field}, as column {earlier + 1} '{PrintableText.Of(headers[earlier])}' does")));
                continue;
            }

            indices[column] = i;
        }

        if (Array.TrueForAll(indices, i => i < 0))
        {
            failures.Add(NoHeaderLine(headers, columns, label));
            return indices;
        }

        failures.AddRange(perHeader);
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Required && indices[c] < 0)
            {
                failures.Add(Failure(CsvErrorCodes.MissingColumn, IntakeSeverity.Error, columns[c].Field, null, label,
                    $"no column gives {columns[c].Field} ({columns[c].Names})"));
            }
        }

        return indices;
    }

    /// <summary>
    /// The failure of a header line that holds control characters or undecodable text (<c>OSM9016</c>): binary data
    /// or another encoding, not a CSV header; <see langword="null"/> when every cell is text.
    /// </summary>
    /// <param name="headers">The header line's cells.</param>
    /// <param name="label">The label of the header line's failures, e.g. <c>Header</c>.</param>
    /// <returns>The failure, naming the first such cell, or <see langword="null"/>.</returns>
    public static IntakeFailure? BinaryContent(IReadOnlyList<string> headers, string label)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (PrintableText.NeedsEscaping(headers[i]))
            {
                var shown = PrintableText.Of(headers[i]);
                return Failure(CsvErrorCodes.BinaryContent, IntakeSeverity.Error, "Header", shown, label,
                    string.Create(CultureInfo.InvariantCulture,
                        $"column {i + 1} '{shown}' holds control characters or undecodable bytes; this is not a CSV text file in its encoding (binary data, an .xlsx workbook, or another encoding)"));
            }
        }

        return null;
    }

    /// <summary>The failure of a file with no line at all (<c>OSM9014</c>).</summary>
    /// <param name="columns">The schema's columns, as for <see cref="Resolve"/>.</param>
    /// <param name="label">The label of the header line's failures.</param>
    /// <returns>The failure.</returns>
    public static IntakeFailure EmptyFile(IReadOnlyList<(string Field, bool Required, string Names)> columns, string label) =>
        Failure(CsvErrorCodes.EmptyFile, IntakeSeverity.Error, "Header", null, label,
            $"the file is empty; it needs a header line ({HeaderNames(columns)})");

    /// <summary>The failure of a first line that names no column (<c>OSM9022</c>): blank, or a data row.</summary>
    private static IntakeFailure NoHeaderLine(IReadOnlyList<string> headers, IReadOnlyList<(string Field, bool Required, string Names)> columns,
        string label)
    {
        if (headers.All(string.IsNullOrWhiteSpace))
        {
            return Failure(CsvErrorCodes.NoHeaderLine, IntakeSeverity.Error, "Header", null, label,
                $"the line is blank; the file needs its header line first ({HeaderNames(columns)})");
        }

        var sample = string.Join(", ", headers.Take(3).Select(h => "'" + PrintableText.Of(h, 40) + "'"))
                     + (headers.Count > 3 ? ", …" : string.Empty);
        return Failure(CsvErrorCodes.NoHeaderLine, IntakeSeverity.Error, "Header", PrintableText.Of(string.Join(",", headers)), label,
            $"no cell names a column ({sample}): the file has no header line; it needs one ({HeaderNames(columns)})");
    }

    /// <summary>The first name of each column (the one the writer writes), separated by commas.</summary>
    private static string HeaderNames(IReadOnlyList<(string Field, bool Required, string Names)> columns) =>
        string.Join(", ", columns.Select(c => c.Names.Split(", ")[0]));

    private static IntakeFailure Failure(string code, IntakeSeverity severity, string field, string? value, string label,
        string problem) =>
        new(code, severity, field, value,
            string.Create(CultureInfo.InvariantCulture, $"{label} (line {HeaderLine}): {problem}."), null, HeaderLine, null);
}
