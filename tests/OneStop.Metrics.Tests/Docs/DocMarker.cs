using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>
/// A machine-checked number in a docs page: an inline code span <c>`kind[settings]: key = text`</c>, where kind is
/// <c>figure</c> (a <c>PrintedFigure</c> key), <c>counter</c> (<c>level.TallyCounter</c>) or <c>value</c> (a
/// property path from a level or the report), and the optional settings (<c>Name=Value; …</c>) change the options
/// the built-in sample is computed and printed under.
/// </summary>
/// <param name="Location">File and line, e.g. <c>docs/indicators/digitization.md:42</c>.</param>
/// <param name="Kind"><c>figure</c>, <c>counter</c> or <c>value</c>.</param>
/// <param name="Settings">The settings between the brackets, or empty for the sample's own.</param>
/// <param name="Key">What is read.</param>
/// <param name="Expected">The text the page claims.</param>
internal sealed record DocMarker(string Location, string Kind, string Settings, string Key, string Expected)
{
    private static readonly Regex Strict = new(
        @"`(?<kind>figure|counter|value)(?:\[(?<settings>[^\]`]*)\])?: (?<key>[^\s=`]+) = (?<text>[^`]*)`",
        RegexOptions.CultureInvariant);

    /// <summary>Anything that starts like a marker; a line with more of these than strict markers has a malformed one.</summary>
    private static readonly Regex Loose = new(@"`(?:figure|counter|value)[\[:]", RegexOptions.CultureInvariant);

    /// <summary>The markers of a markdown file, outside fenced code blocks, in order.</summary>
    public static IEnumerable<DocMarker> In(string path) =>
        from line in MarkdownFiles.ProseLines(path)
        from Match match in Strict.Matches(line.Text)
        select new DocMarker(
            $"{MarkdownFiles.Relative(path)}:{line.Number}",
            match.Groups["kind"].Value,
            match.Groups["settings"].Value.Trim(),
            match.Groups["key"].Value,
            match.Groups["text"].Value);

    /// <summary>The locations of lines that start a marker without completing one (a typo would otherwise go unchecked).</summary>
    public static IEnumerable<string> Malformed(string path) =>
        from line in MarkdownFiles.ProseLines(path)
        where Loose.Count(line.Text) != Strict.Count(line.Text)
        select $"{MarkdownFiles.Relative(path)}:{line.Number}: {line.Text.Trim()}";

    /// <summary>The marker as theory data.</summary>
    public object[] ToRow() => [Location, Kind, Settings, Key, Expected];
}
