using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>Where each <see cref="DossierColumn"/> is in a file, resolved from its header line.</summary>
internal sealed class DossierLayout
{
    /// <summary>The number of columns of the schema.</summary>
    public const int ColumnCount = 15;

    private DossierLayout(string[] headers, int[] indices)
    {
        Headers = headers;
        Indices = indices;
    }

    /// <summary>The file's headers, as given.</summary>
    public string[] Headers { get; }

    /// <summary>For each <see cref="DossierColumn"/>, the 0-based index of its cell, or -1 when the file has no such column.</summary>
    public int[] Indices { get; }

    /// <summary>The number of cells a row must have.</summary>
    public int CellCount => Headers.Length;

    /// <summary>The columns found, each with its header.</summary>
    public ImmutableSortedDictionary<DossierColumn, string> Found()
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<DossierColumn, string>();
        for (var c = 0; c < ColumnCount; c++)
        {
            if (Indices[c] >= 0)
            {
                builder.Add((DossierColumn)c, Headers[Indices[c]]);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Resolves a header line: each header to its column (the caller's mapping first, then the built-in names);
    /// unknown headers are warnings (<c>OSM9001</c>), a column given twice (<c>OSM9009</c>) or a required column
    /// missing (<c>OSM9002</c>) are errors.
    /// </summary>
    /// <param name="headers">The headers.</param>
    /// <param name="mapping">The caller's mapping, or <see langword="null"/>.</param>
    /// <param name="failures">Receives the header failures.</param>
    /// <returns>The layout; unusable when an error was added.</returns>
    public static DossierLayout Resolve(IReadOnlyList<string> headers, CsvColumnMapping? mapping, List<IntakeFailure> failures)
    {
        var indices = HeaderResolver.Resolve(headers, Schema, header =>
                (mapping is not null ? mapping.TryMatch(header, out var column) : DossierCsvSchema.TryMatchHeader(header, out column))
                    ? (int)column
                    : -1,
            "Header", failures);
        return new DossierLayout([.. headers], indices);
    }

    /// <summary>The failure of an empty dossier file (<c>OSM9014</c>).</summary>
    public static IntakeFailure EmptyFile() => HeaderResolver.EmptyFile(Schema, "Header");

    private static readonly (string Field, bool Required, string Names)[] Schema =
        [.. DossierCsvSchema.Columns.Select(c => (c.Field, c.Required, DossierCsvSchema.NamesOf(c.Column)))];
}
