using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>
/// Every relative markdown link in README.md, CHANGELOG.md and docs/**/*.md points to an existing file or folder,
/// and a link to a heading of a markdown file (<c>page.md#section</c>, <c>#section</c>) to an existing heading.
/// </summary>
public sealed class DocsLinkTests
{
    /// <summary>An inline link or image: <c>[text](target)</c> or <c>[text](target "title")</c>.</summary>
    private static readonly Regex Link = new(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant);

    /// <summary>An inline code span, which shows text as written and holds no link.</summary>
    private static readonly Regex CodeSpan = new("`[^`]*`", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_relative_link_points_to_an_existing_file_and_heading()
    {
        var links = (
            from file in MarkdownFiles.All()
            from line in MarkdownFiles.ProseLines(file)
            from Match match in Link.Matches(CodeSpan.Replace(line.Text, string.Empty))
            let target = match.Groups["target"].Value
            where !IsExternal(target)
            select (Location: $"{MarkdownFiles.Relative(file)}:{line.Number}", File: file, Target: target)).ToList();

        var broken = links.Select(link => (link.Location, link.Target, Problem: Problem(link.File, link.Target)))
            .Where(link => link.Problem is not null)
            .Select(link => $"{link.Location} → {link.Target}: {link.Problem}");

        Assert.Empty(broken);
        Assert.True(links.Count > 50, $"Only {links.Count} relative links found: the link pattern no longer matches the pages.");
        Assert.Contains(links, link => link.Target.Contains('#', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Intake digitization — `IntakeDigitized`", "intake-digitization--intakedigitized")]
    [InlineData("9xxx — CSV files (package OneStop.Metrics.Csv)", "9xxx--csv-files-package-onestopmetricscsv")]
    [InlineData("Lunar calendar (âm lịch)", "lunar-calendar-âm-lịch")]
    [InlineData("See [the sample](sample.md) first", "see-the-sample-first")]
    public void Headings_get_github_anchors(string heading, string anchor) =>
        Assert.Equal(anchor, MarkdownAnchors.Slug(heading));

    private static bool IsExternal(string target) =>
        target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>What is wrong with a link, or <see langword="null"/> when it resolves.</summary>
    private static string? Problem(string file, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
        var full = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
        if (!File.Exists(full))
        {
            return Directory.Exists(full) && anchor is null ? null : "no such file";
        }

        return anchor is null || !full.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || MarkdownAnchors.Of(full).Contains(anchor)
            ? null
            : "no such heading";
    }
}
