using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Reads and writes CSV text: Sep's reader options for the package, and cells written so that a reader that trims
/// spaces outside quotes reads them back exactly (a cell is quoted, quotes doubled, when it holds the separator, a
/// quote, a line break, or white space at either end).
/// </summary>
internal static class CsvText
{
    /// <summary>
    /// How every CSV file of the package is read: quotes unescaped, outer spaces trimmed, rows of any length (the
    /// reader reports a wrong cell count itself), invariant culture, ordinal header names; the separator given, or
    /// detected from the header when <see langword="null"/>. Without <paramref name="hasHeader"/>, the header is
    /// the first row, read by the caller (Sep would throw on the empty and repeated names Excel writes).
    /// </summary>
    public static SepReaderOptions ReaderOptions(char? separator, bool hasHeader = true) => new(separator is { } c ? new Sep(c) : null)
    {
        HasHeader = hasHeader,
        Unescape = true,
        Trim = SepTrim.Outer,
        DisableColCountCheck = true,
        CultureInfo = CultureInfo.InvariantCulture,
        ColNameComparer = StringComparer.Ordinal,
    };

    /// <summary>The cells of a row as strings (unescaped, trimmed).</summary>
    public static string[] Cells(SepReader.Row row)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        return cells;
    }

    /// <summary>
    /// Whether a row is no row: empty, white space only, or empty cells only (<c>,,,,</c>, as Excel writes an empty
    /// row; quoted empty cells too). Decided on the row's raw text, which for a real row stops at its first character.
    /// </summary>
    public static bool IsBlank(SepReader.Row row) => row.Span.IndexOfAnyExcept(BlankRowCharacters) < 0;

    /// <summary>What a blank row may consist of: white space, the separators, quotes.</summary>
    private static readonly SearchValues<char> BlankRowCharacters = SearchValues.Create(" \t\r\n\v\f,;|\"");

    /// <summary>
    /// Whether a file is blank lines only, given the cells of its first row and the reader after it (reading the
    /// rest only when the first row is blank): as empty as a file can be (<c>OSM9014</c>).
    /// </summary>
    public static bool OnlyBlankLines(string[] firstRow, SepReader reader) =>
        Array.TrueForAll(firstRow, string.IsNullOrWhiteSpace) && AllBlank(reader);

    /// <summary>Whether every remaining row of a reader is blank (reading them all).</summary>
    private static bool AllBlank(SepReader reader)
    {
        foreach (var row in reader)
        {
            if (!IsBlank(row))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes one cell.</summary>
    public static void WriteCell(TextWriter writer, ReadOnlySpan<char> value, char separator)
    {
        if (!NeedsQuotes(value, separator))
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                writer.Write('"');
            }

            writer.Write(c);
        }

        writer.Write('"');
    }

    /// <summary>Writes a row of cells and a line feed.</summary>
    public static void WriteRow(TextWriter writer, char separator, params ReadOnlySpan<string?> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(separator);
            }

            WriteCell(writer, cells[i], separator);
        }

        writer.Write('\n');
    }

    private static bool NeedsQuotes(ReadOnlySpan<char> value, char separator)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c == separator || c is '"' or '\r' or '\n')
            {
                return true;
            }
        }

        return false;
    }
}
