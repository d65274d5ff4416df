using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// An HTML table over rows of type <typeparamref name="TRow"/>: a caption, a header row, one body row per item.
/// Every header and cell is text, encoded with <see cref="WebUtility.HtmlEncode(string)"/> when written; number
/// cells are right-aligned and never wrap.
/// </summary>
internal sealed class HtmlTable<TRow>
{
    private const string NumberCell = "<td style=\"text-align:right;white-space:nowrap\">";

    private readonly List<(string Header, Func<TRow, string> Cell, bool Numeric)> _columns = [];

    /// <summary>Adds a left-aligned text column.</summary>
    public HtmlTable<TRow> Text(string header, Func<TRow, string> cell)
    {
        _columns.Add((header, cell, false));
        return this;
    }

    /// <summary>Adds a right-aligned number column.</summary>
    public HtmlTable<TRow> Number(string header, Func<TRow, string> cell)
    {
        _columns.Add((header, cell, true));
        return this;
    }

    /// <summary>Adds a count column.</summary>
    public HtmlTable<TRow> Count(string header, Func<TRow, long> count, NotebookStyle style) =>
        Number(header, row => style.Count(count(row)));

    /// <summary>Adds two columns: the ratio under <paramref name="header"/>, then its rate under the word for rate.</summary>
    public HtmlTable<TRow> RatioAndRate(string header, Func<TRow, Ratio> ratio, NotebookStyle style) =>
        Number(header, row => style.Ratio(ratio(row))).Number(style.Words.Rate, row => style.Rate(ratio(row)));

    /// <summary>Writes the table.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="caption">The caption, or <see langword="null"/> for none.</param>
    /// <param name="rows">The rows, in order.</param>
    /// <param name="emphasis">Which rows to print in bold, or <see langword="null"/> for none.</param>
    public void Write(TextWriter writer, string? caption, IEnumerable<TRow> rows, Func<TRow, bool>? emphasis = null)
    {
        writer.Write("<table class=\"onestop-metrics\">");
        if (caption is not null)
        {
            writer.Write("<caption style=\"text-align:left;font-weight:bold\">");
            Html.Write(writer, caption);
            writer.Write("</caption>");
        }

        writer.Write("<thead><tr>");
        foreach (var column in _columns)
        {
            writer.Write(column.Numeric ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">");
            Html.Write(writer, column.Header);
            writer.Write("</th>");
        }

        writer.Write("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            writer.Write(emphasis?.Invoke(row) == true ? "<tr style=\"font-weight:bold\">" : "<tr>");
            foreach (var column in _columns)
            {
                writer.Write(column.Numeric ? NumberCell : "<td style=\"text-align:left\">");
                Html.Write(writer, column.Cell(row));
                writer.Write("</td>");
            }

            writer.Write("</tr>");
        }

        writer.Write("</tbody></table>");
    }
}
