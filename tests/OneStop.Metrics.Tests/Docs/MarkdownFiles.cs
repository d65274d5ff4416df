using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OneStop.Metrics.Tests.Readme;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>The repository's markdown files and their lines outside fenced code blocks, for the docs tests.</summary>
internal static class MarkdownFiles
{
    /// <summary>The repository root (the folder that holds the solution file).</summary>
    public static string Root => ReadmeDocument.RepositoryRoot;

    /// <summary>README.md, CHANGELOG.md (when present) and every markdown file under docs/, as full paths in ordinal order.</summary>
    public static IReadOnlyList<string> All()
    {
        var top = new[] { "README.md", "CHANGELOG.md" }.Select(name => Path.Combine(Root, name)).Where(File.Exists);
        var docs = Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories);
        return top.Concat(docs.Order(StringComparer.Ordinal)).ToList();
    }

    /// <summary>The pages of docs/indicators/, one per indicator family, as full paths in ordinal order.</summary>
    public static IReadOnlyList<string> IndicatorPages() =>
        Directory.EnumerateFiles(Path.Combine(Root, "docs", "indicators"), "*.md").Order(StringComparer.Ordinal).ToList();

    /// <summary>The path relative to the repository root, with forward slashes (for messages).</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>
    /// The file's lines with their 1-based numbers, leaving out fenced code blocks (their fences included):
    /// code is shown as written, not read as links or markers.
    /// </summary>
    public static IEnumerable<(int Number, string Text)> ProseLines(string path)
    {
        var inFence = false;
        var number = 0;
        foreach (var line in File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                yield return (number, line);
            }
        }
    }
}
