using System;
using System.Collections.Generic;
using System.Linq;

namespace OneStop.Metrics.Tests;

/// <summary>
/// The one extractor of text between a begin and an end marker, for the tests that hold docs and code to each other
/// (a README snippet in a test, a command's documented output in a page).
/// </summary>
internal static class MarkedText
{
    /// <summary>
    /// The lines strictly between the only line whose trimmed text is <paramref name="begin"/> and the only one
    /// whose trimmed text is <paramref name="end"/>, which must come after it.
    /// </summary>
    /// <param name="lines">The lines of the source.</param>
    /// <param name="begin">The begin marker line.</param>
    /// <param name="end">The end marker line.</param>
    /// <param name="source">The source's name, for the message.</param>
    /// <exception cref="InvalidOperationException">A marker is missing or repeated, or the end comes first.</exception>
    public static IReadOnlyList<string> LinesBetween(IReadOnlyList<string> lines, string begin, string end, string source)
    {
        var begins = Indexes(lines, begin);
        var ends = Indexes(lines, end);
        if (begins.Count != 1 || ends.Count != 1 || ends[0] < begins[0])
        {
            throw new InvalidOperationException(
                $"{source} should hold one '{begin}' line before one '{end}' line; it has {begins.Count} and {ends.Count}.");
        }

        return lines.Skip(begins[0] + 1).Take(ends[0] - begins[0] - 1).ToList();
    }

    /// <summary>
    /// The text strictly between the only occurrence of <paramref name="begin"/> and the only occurrence of
    /// <paramref name="end"/>, which must come after it.
    /// </summary>
    /// <param name="text">The source.</param>
    /// <param name="begin">The begin marker (any text, line breaks included).</param>
    /// <param name="end">The end marker.</param>
    /// <param name="source">The source's name, for the message.</param>
    /// <exception cref="InvalidOperationException">A marker is missing or repeated, or the end comes first.</exception>
    public static string Between(string text, string begin, string end, string source)
    {
        var beginAt = text.IndexOf(begin, StringComparison.Ordinal);
        var endAt = beginAt < 0 ? -1 : text.IndexOf(end, beginAt + begin.Length, StringComparison.Ordinal);
        if (beginAt < 0 || endAt < 0 || text.IndexOf(begin, beginAt + 1, StringComparison.Ordinal) >= 0
            || text.IndexOf(end, endAt + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"{source} should hold one '{begin}' followed by one '{end}'.");
        }

        return text[(beginAt + begin.Length)..endAt];
    }

    private static List<int> Indexes(IReadOnlyList<string> lines, string marker) =>
        Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim() == marker).ToList();
}
