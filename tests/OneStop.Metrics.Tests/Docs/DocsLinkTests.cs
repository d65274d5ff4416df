using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>Every relative markdown link in README.md, CHANGELOG.md and docs/**/*.md points to an existing file or folder.</summary>
public sealed class DocsLinkTests
{
    /// <summary>An inline link or image: <c>[text](target)</c> or <c>[text](target "title")</c>.</summary>
    private static readonly Regex Link = new(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant);

    /// <summary>An inline code span, which shows text as written and holds no link.</summary>
    private static readonly Regex CodeSpan = new("`[^`]*`", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_relative_link_points_to_an_existing_file()
    {
        var links = (
            from file in MarkdownFiles.All()
            from line in MarkdownFiles.ProseLines(file)
            from Match match in Link.Matches(CodeSpan.Replace(line.Text, string.Empty))
            let target = match.Groups["target"].Value
            where !IsExternal(target)
            select (Location: $"{MarkdownFiles.Relative(file)}:{line.Number}", File: file, Target: target)).ToList();

        var broken = links.Where(link => !Exists(link.File, link.Target)).Select(link => $"{link.Location} → {link.Target}");

        Assert.Empty(broken);
        Assert.True(links.Count > 50, $"Only {links.Count} relative links found: the link pattern no longer matches the pages.");
    }

    private static bool IsExternal(string target) =>
        target.StartsWith('#') || target.Contains("://", StringComparison.Ordinal)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static bool Exists(string file, string target)
    {
        var path = Uri.UnescapeDataString(target.Split('#')[0]);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
        return File.Exists(full) || Directory.Exists(full);
    }
}
