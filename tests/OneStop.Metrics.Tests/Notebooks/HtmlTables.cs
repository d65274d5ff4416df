using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace OneStop.Metrics.Tests.Notebooks;

/// <summary>The tables of a rendered HTML fragment, with every text decoded, for assertions on specific cells.</summary>
internal static partial class HtmlTables
{
    public static IReadOnlyList<HtmlTableView> Parse(string html) =>
        TableRegex().Matches(html).Select(table =>
        {
            var body = table.Groups[1].Value;
            var caption = CaptionRegex().Match(body) is { Success: true } c ? Decode(c.Groups[1].Value) : null;
            var head = HeadRegex().Match(body).Groups[1].Value;
            var headers = HeaderRegex().Matches(head).Select(h => Decode(h.Groups[1].Value)).ToList();
            var rows = RowRegex().Matches(BodyRegex().Match(body).Groups[1].Value).Select(r => new HtmlRowView(
                CellRegex().Matches(r.Groups[2].Value).Select(cell => Decode(cell.Groups[1].Value)).ToList(),
                r.Groups[1].Value.Contains("font-weight:bold", StringComparison.Ordinal))).ToList();
            return new HtmlTableView(caption, headers, rows);
        }).ToList();

    public static HtmlTableView Single(string html) => Assert.Single(Parse(html));

    public static HtmlTableView WithCaption(string html, string caption) =>
        Assert.Single(Parse(html), t => t.Caption == caption);

    private static string Decode(string text) => WebUtility.HtmlDecode(text);

    [GeneratedRegex("<table[^>]*>(.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex TableRegex();

    [GeneratedRegex("<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionRegex();

    [GeneratedRegex("<thead>(.*?)</thead>", RegexOptions.Singleline)]
    private static partial Regex HeadRegex();

    [GeneratedRegex("<th[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderRegex();

    [GeneratedRegex("<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex BodyRegex();

    [GeneratedRegex("<tr([^>]*)>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRegex();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellRegex();
}

internal sealed record HtmlRowView(IReadOnlyList<string> Cells, bool Bold);

internal sealed record HtmlTableView(string? Caption, IReadOnlyList<string> Headers, IReadOnlyList<HtmlRowView> Rows)
{
    /// <summary>The one row whose first cell is <paramref name="label"/>.</summary>
    public HtmlRowView Row(string label) => Assert.Single(Rows, r => r.Cells[0] == label);

    /// <summary>The cell under the first column named <paramref name="header"/> in the row labelled <paramref name="label"/>.</summary>
    public string Cell(string label, string header) => Row(label).Cells[Column(header)];

    /// <summary>
    /// The ratio and rate cells of a ratio column: the cell under <paramref name="header"/> and the one after it,
    /// which must be headed by the word for rate.
    /// </summary>
    public (string Ratio, string Rate) RatioAndRate(string label, string header, string rateHeader)
    {
        var column = Column(header);
        Assert.Equal(rateHeader, Headers[column + 1]);
        var row = Row(label);
        return (row.Cells[column], row.Cells[column + 1]);
    }

    private int Column(string header)
    {
        var column = Headers.ToList().IndexOf(header);
        Assert.True(column >= 0, $"No column '{header}' among: {string.Join(" | ", Headers)}");
        return column;
    }
}
