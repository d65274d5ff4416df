using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>The repository's markdown files, their prose lines and their fenced code blocks, for the docs tests.</summary>
internal static class MarkdownFiles
{
    /// <summary>README.md, CHANGELOG.md (when present) and every markdown file under docs/, as full paths in ordinal order.</summary>
    public static IReadOnlyList<string> All()
    {
        var top = new[] { "README.md", "CHANGELOG.md" }.Select(name => Path.Combine(RepositoryFiles.Root, name)).Where(File.Exists);
        var docs = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "docs"), "*.md", SearchOption.AllDirectories);
        return top.Concat(docs.Order(StringComparer.Ordinal)).ToList();
    }

    /// <summary>The pages of docs/indicators/, one per indicator family, as full paths in ordinal order.</summary>
    public static IReadOnlyList<string> IndicatorPages() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "docs", "indicators"), "*.md").Order(StringComparer.Ordinal).ToList();

    /// <summary>The path relative to the repository root, with forward slashes (for messages).</summary>
    public static string Relative(string path) => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/');

    /// <summary>
    /// The file's lines with their 1-based numbers, leaving out fenced code blocks (their fences included):
    /// code is shown as written, not read as links or markers.
    /// </summary>
    public static IEnumerable<(int Number, string Text)> ProseLines(string path) =>
        Lines(path).Where(line => line.Fence is null).Select(line => (line.Number, line.Text));

    /// <summary>The fenced code blocks of the file in order: the language after the opening fence, and the lines inside.</summary>
    public static IReadOnlyList<(string Language, IReadOnlyList<string> Lines)> FencedBlocks(string path) =>
        Lines(path).Where(line => line.Fence is not null && !line.IsFence)
            .GroupBy(line => line.Fence!.Value)
            .Select(block => (block.Key.Language, (IReadOnlyList<string>)block.Select(line => line.Text).ToList()))
            .ToList();

    /// <summary>Every line, with the fenced block it belongs to (its opening line number and language) and whether it is a fence.</summary>
    private static IEnumerable<(int Number, string Text, (int Start, string Language)? Fence, bool IsFence)> Lines(string path)
    {
        (int Start, string Language)? fence = null;
        var number = 0;
        foreach (var line in File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            if (!line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                yield return (number, line, fence, false);
            }
            else if (fence is null)
            {
                fence = (number, line.TrimStart()[3..].Trim());
                yield return (number, line, fence, true);
            }
            else
            {
                yield return (number, line, fence, true);
                fence = null;
            }
        }
    }
}
