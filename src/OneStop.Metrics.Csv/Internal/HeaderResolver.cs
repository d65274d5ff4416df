using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Resolves a header line against the columns of a schema: each header to its column; unknown headers
/// (<c>OSM9001</c>) and empty ones (<c>OSM9030</c>) are warnings, a column given twice (<c>OSM9009</c>) or a
/// required column missing (<c>OSM9002</c>) errors; a first line that names no column while it has as many cells
/// as the schema has columns is a data row, not a header (<c>OSM9031</c>, instead of a warning per cell).
/// </summary>
internal static class HeaderResolver
{
    /// <summary>The line of a header.</summary>
    public const long HeaderLine = 1;

    /// <summary>Resolves the headers.</summary>
    /// <param name="headers">The file's headers.</param>
    /// <param name="columns">The schema's columns: field name (the property), required, and the names a message lists.</param>
    /// <param name="match">The column a header names, or -1.</param>
    /// <param name="label">The label of the header line's failures, e.g. <c>Header</c>.</param>
    /// <param name="failures">Receives the failures.</param>
    /// <returns>For each column, the 0-based index of its cell, or -1.</returns>
    public static int[] Resolve(IReadOnlyList<string> headers, IReadOnlyList<(string Field, bool Required, string Names)> columns,
        Func<string, int> match, string label, List<IntakeFailure> failures)
    {
        var indices = new int[columns.Count];
        Array.Fill(indices, -1);
        var named = 0;
        var perHeader = new List<IntakeFailure>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.IsNullOrWhiteSpace(header))
            {
                perHeader.Add(Failure(CsvErrorCodes.UnnamedColumn, IntakeSeverity.Warning, "Header", header, label,
                    string.Create(CultureInfo.InvariantCulture, $"column {i + 1} has no name; it is ignored")));
                continue;
            }

            named++;
            var column = match(header);
            if (column < 0)
            {
                perHeader.Add(Failure(CsvErrorCodes.UnknownHeader, IntakeSeverity.Warning, "Header", header, label,
                    string.Create(CultureInfo.InvariantCulture, $"column {i + 1} '{header}' is not a known column; it is ignored")));
                continue;
            }

            var earlier = indices[column];
            if (earlier >= 0)
            {
                perHeader.Add(Failure(CsvErrorCodes.DuplicateColumn, IntakeSeverity.Error, columns[column].Field, header, label,
                    string.Create(CultureInfo.InvariantCulture,
                        $"column {i + 1} '{header}' gives {columns[column].Field}, as column {earlier + 1} '{headers[earlier]}' does")));
                continue;
            }

            indices[column] = i;
        }

        if (named > 0 && headers.Count == columns.Count && Array.TrueForAll(indices, i => i < 0))
        {
            failures.Add(Failure(CsvErrorCodes.MissingHeaderLine, IntakeSeverity.Error, "Header", string.Join(", ", headers), label,
                $"the first line names no column ({string.Join(", ", headers.Select(h => "'" + h + "'"))}): it looks like a data row; the file needs a header line ({HeaderNames(columns)})"));
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

    /// <summary>The failure of a file with no line at all, or only blank lines (<c>OSM9032</c>).</summary>
    /// <param name="columns">The schema's columns, as for <see cref="Resolve"/>.</param>
    /// <param name="label">The label of the header line's failures.</param>
    /// <returns>The failure.</returns>
    public static IntakeFailure EmptyFile(IReadOnlyList<(string Field, bool Required, string Names)> columns, string label) =>
        Failure(CsvErrorCodes.EmptyFile, IntakeSeverity.Error, "Header", null, label,
            $"the file is empty; it needs a header line ({HeaderNames(columns)})");

    /// <summary>The first name of each column (the one the writer writes), separated by commas.</summary>
    private static string HeaderNames(IReadOnlyList<(string Field, bool Required, string Names)> columns) =>
        string.Join(", ", columns.Select(c => c.Names.Split(", ")[0]));

    private static IntakeFailure Failure(string code, IntakeSeverity severity, string field, string? value, string label,
        string problem) =>
        new(code, severity, field, value,
            string.Create(CultureInfo.InvariantCulture, $"{label} (line {HeaderLine}): {problem}."), null, HeaderLine, null);
}
