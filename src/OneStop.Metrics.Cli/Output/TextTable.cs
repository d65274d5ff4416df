using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// Writes a table for people: a heading row, a rule of dashes, the rows, and optionally a rule and a footer row
/// (totals). Columns are two spaces apart; widths count characters as people see them (text elements), so letters
/// with combining marks line up; lines carry no trailing spaces.
/// </summary>
internal static class TextTable
{
    /// <summary>Writes the table; every line ends with <c>\n</c>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="headings">The column headings.</param>
    /// <param name="rightAligned">For each column, whether it is aligned right (numbers) rather than left (words).</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    /// <param name="footer">A last row under a second rule, or <see langword="null"/>.</param>
    public static void Write(TextWriter output, IReadOnlyList<string> headings, IReadOnlyList<bool> rightAligned,
        IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<string>? footer)
    {
        var all = rows.Prepend(headings).Concat(footer is null ? [] : [footer]).ToList();
        var widths = Enumerable.Range(0, headings.Count).Select(c => all.Max(r => Width(r[c]))).ToArray();
        var rule = string.Join("  ", widths.Select(w => new string('-', w)));

        WriteLine(output, headings, widths, rightAligned);
        output.Write(rule + "\n");
        foreach (var row in rows)
        {
            WriteLine(output, row, widths, rightAligned);
        }

        if (footer is not null)
        {
            output.Write(rule + "\n");
            WriteLine(output, footer, widths, rightAligned);
        }
    }

    private static void WriteLine(TextWriter output, IReadOnlyList<string> cells, int[] widths, IReadOnlyList<bool> rightAligned)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            var padding = new string(' ', widths[c] - Width(cells[c]));
            line.Append(rightAligned[c] ? padding + cells[c] : cells[c] + padding);
        }

        output.Write(line.ToString().TrimEnd() + "\n");
    }

    private static int Width(string text) => new StringInfo(text).LengthInTextElements;
}
