using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>One column of a reference file: its English header, its aliases, the entry's property it fills, whether required.</summary>
internal sealed record ReferenceColumn(string Header, string Field, bool Required, params string[] Aliases);

/// <summary>
/// Reads a small reference file (units, departments, fields, procedures) into rows of cells with their lines:
/// headers resolved like the dossier file's (folded names, <c>OSM9001</c>/<c>OSM9002</c>/<c>OSM9009</c>), rows
/// with another number of cells than the header left out with <c>OSM9008</c>. Reference files are small, so the
/// cells are kept as strings (an empty cell is <see langword="null"/>).
/// </summary>
internal sealed class ReferenceTable
{
    private readonly FrozenDictionary<string, int> _names;

    public ReferenceTable(string noun, string headerLabel, params ReferenceColumn[] columns)
    {
        Noun = noun;
        HeaderLabel = headerLabel;
        Columns = columns;
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Length; c++)
        {
            foreach (var name in new[] { columns[c].Header, columns[c].Field }.Concat(columns[c].Aliases))
            {
                var key = TextFold.Fold(name);
                if (names.TryGetValue(key, out var other) && other != c)
                {
                    throw new InvalidOperationException($"The header '{name}' names both {columns[other].Field} and {columns[c].Field}.");
                }

                names[key] = c;
            }
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        Schema = [.. columns.Select(c => (c.Field, c.Required, string.Join(", ", new[] { c.Header }.Concat(c.Aliases))))];
    }

    /// <summary>The noun of an entry in messages, e.g. <c>Department</c>.</summary>
    public string Noun { get; }

    /// <summary>The label of the header line's failures, e.g. <c>Departments header</c>.</summary>
    public string HeaderLabel { get; }

    public IReadOnlyList<ReferenceColumn> Columns { get; }

    /// <summary>The columns as <see cref="HeaderResolver"/> takes them: field, required, the names a message lists.</summary>
    private (string Field, bool Required, string Names)[] Schema { get; }

    /// <summary>The English headers, in order.</summary>
    public IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Header)];

    /// <summary>How messages name the whole file: <c>Administrative units file</c>.</summary>
    public string FileLabel => HeaderLabel.EndsWith(" header", StringComparison.Ordinal)
        ? HeaderLabel[..^" header".Length] + " file"
        : HeaderLabel;

    /// <summary>
    /// Reads the rows; on a header error, none. The text goes through <see cref="LineGuard"/> as a dossier file does
    /// (a stray quote or an overlong row drops its own row, <c>OSM9017</c>–<c>OSM9019</c>; a row over lines is
    /// warned of, <c>OSM9020</c>). The header line is read as a row (Sep's own header handling throws on repeated or
    /// empty names, which Excel writes), so every header shape gives coded failures, never an exception: an empty
    /// file <c>OSM9014</c>, a first line that is data or blank <c>OSM9022</c>, an empty name <c>OSM9021</c>, control
    /// characters <c>OSM9016</c>, and the resolver's codes.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/> when the file was refused (its failure is already in <paramref name="failures"/>).</param>
    /// <param name="separator">The separator, or <see langword="null"/> to detect it.</param>
    /// <param name="failures">Receives the file's failures.</param>
    /// <returns>The rows read.</returns>
    public List<ReferenceRow> Read(TextReader? text, char? separator, List<IntakeFailure> failures)
    {
        var rows = new List<ReferenceRow>();
        if (text is null)
        {
            return rows;
        }

        var limits = CsvReadOptions.Default.Limits;
        var guard = new LineGuard(text, separator, limits);
        if (guard.Peek() < 0)
        {
            failures.Add(HeaderResolver.EmptyFile(Schema, HeaderLabel));
            return rows;
        }

        using var reader = CsvText.ReaderOptions(guard.Separator, hasHeader: false).From(guard, leaveOpen: true);
        reader.MoveNext();
        var headers = CsvText.Cells(reader.Current);
        var headerLabel = string.Create(CultureInfo.InvariantCulture, $"{HeaderLabel} (line {HeaderResolver.HeaderLine})");
        while (guard.TryTakeAt(HeaderResolver.HeaderLine, out var found))
        {
            failures.Add(GuardFailures.Of(found, headerLabel, limits.MaxRowChars));
            if (found.Rejects)
            {
                return rows;
            }
        }

        if (CsvText.OnlyBlankLines(headers, reader))
        {
            failures.Add(HeaderResolver.EmptyFile(Schema, HeaderLabel));
            return rows;
        }

        if (HeaderResolver.BinaryContent(headers, HeaderLabel) is { } binary)
        {
            failures.Add(binary);
            return rows;
        }

        var headerFailures = new List<IntakeFailure>();
        var indices = HeaderResolver.Resolve(headers, Schema, header => _names.TryGetValue(TextFold.Fold(header), out var column) ? column : -1,
            HeaderLabel, headerFailures);
        failures.AddRange(headerFailures);
        if (headerFailures.Exists(f => f.Severity == IntakeSeverity.Error))
        {
            return rows;
        }

        foreach (var row in reader)
        {
            var line = (long)row.LineNumberFrom;
            while (guard.TryTakeBefore(line, out var rejected))
            {
                failures.Add(GuardFailures.Of(rejected, FailureText.EntryLabel(Noun, null, rejected.Line), limits.MaxRowChars));
            }

            if (CsvText.IsBlank(row))
            {
                continue;
            }

            if (guard.TryTakeAt(line, out var warning))
            {
                failures.Add(GuardFailures.Of(warning, FailureText.EntryLabel(Noun, null, line), limits.MaxRowChars));
            }

            if (row.ColCount != headers.Length)
            {
                var code = indices[0] >= 0 && indices[0] < row.ColCount ? row[indices[0]].ToString() : null;
                failures.Add(new IntakeFailure(CsvErrorCodes.WrongCellCount, IntakeSeverity.Error, "Row",
                    row.ColCount.ToString(CultureInfo.InvariantCulture),
                    FailureText.EntryLabel(Noun, code, line)
                    + string.Create(CultureInfo.InvariantCulture, $": the row has {row.ColCount} cells, the header {headers.Length}."),
                    string.IsNullOrWhiteSpace(code) ? null : code, line, null));
                continue;
            }

            var cells = new string?[Columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                if (indices[i] >= 0)
                {
                    var span = row[indices[i]].Span;
                    cells[i] = span.IsEmpty ? null : span.ToString();
                }
            }

            var names = headers;
            rows.Add(new ReferenceRow(line, cells, [.. indices.Select(i => i < 0 ? null : names[i])], indices));
        }

        while (guard.TryTakeBefore(long.MaxValue, out var rejected))
        {
            failures.Add(GuardFailures.Of(rejected, FailureText.EntryLabel(Noun, null, rejected.Line), limits.MaxRowChars));
        }

        return rows;
    }
}

/// <summary>A reference file's row: its line, its cells by column (empty → <see langword="null"/>), and where each column is.</summary>
internal sealed record ReferenceRow(long Line, string?[] Cells, string?[] Headers, int[] Indices)
{
    /// <summary>A cell failure about column <paramref name="column"/> of this row.</summary>
    public IntakeFailure Failure(string code, string field, int column, string noun, string? entryCode, string problem, int position)
    {
        var value = Cells[column] ?? string.Empty;
        return FailureText.Cell(code, field, value, FailureText.EntryLabel(noun, entryCode, Line),
            Headers[column] ?? field, Indices[column], problem, string.IsNullOrWhiteSpace(entryCode) ? null : entryCode, Line, position);
    }
}
