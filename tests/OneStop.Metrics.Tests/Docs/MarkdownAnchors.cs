using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>The anchors GitHub gives a markdown file's headings, for checking links such as <c>page.md#section</c>.</summary>
internal static class MarkdownAnchors
{
    private static readonly Regex Heading = new(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex InlineLink = new(@"\[(?<text>[^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant);

    /// <summary>Every heading's anchor; a repeated one gets <c>-1</c>, <c>-2</c>, … as on GitHub.</summary>
    public static ISet<string> Of(string path)
    {
        var anchors = new HashSet<string>(System.StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var line in MarkdownFiles.ProseLines(path))
        {
            var match = Heading.Match(line.Text);
            if (!match.Success)
            {
                continue;
            }

            var slug = Slug(match.Groups["text"].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    /// <summary>
    /// GitHub's heading slug: link text kept, lower case, every character other than a letter, a digit, a
    /// combining mark, <c>-</c>, <c>_</c> or a space dropped, spaces turned into <c>-</c>.
    /// </summary>
    public static string Slug(string heading)
    {
        var text = InlineLink.Replace(heading, "${text}").ToLowerInvariant();
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Where(Kept))
        {
            slug.Append(c == ' ' ? '-' : c);
        }

        return slug.ToString();
    }

    private static bool Kept(char c) =>
        char.IsLetterOrDigit(c) || c is '-' or '_' or ' '
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
