using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OneStop.Metrics.Tests.Readme;

/// <summary>Reads README.md, the quick-start test and .ci/run from the repository, for the README tests.</summary>
internal static class ReadmeDocument
{
    private const string BeginMarker = "// README-BEGIN";
    private const string EndMarker = "// README-END";

    /// <summary>The README's only <c>csharp</c> block, split into its using directives and the code after them.</summary>
    public static CodeSnippet CSharpBlock() => CSharpBlock("README.md");

    /// <summary>
    /// The only <c>csharp</c> block of a markdown file of the repository (path parts from the root), split into its
    /// using directives and the code after them.
    /// </summary>
    public static CodeSnippet CSharpBlock(params string[] markdownFile)
    {
        var name = string.Join('/', markdownFile);
        var blocks = FencedBlocks(RepositoryFiles.ReadAllText(markdownFile)).Where(b => b.Language == "csharp").ToList();
        var block = blocks.Count == 1
            ? blocks[0]
            : throw new InvalidOperationException($"{name} should have exactly one csharp block; it has {blocks.Count}.");
        var lines = SplitLines(block.Text);
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Trim().Length == 0).ToList();
        return new CodeSnippet(
            Normalize(usings.Where(l => l.Trim().Length > 0)),
            Normalize(lines.Skip(usings.Count)));
    }

    /// <summary>
    /// The quick-start test's code between the README markers, and the test file's using directives other than Xunit.
    /// </summary>
    public static CodeSnippet QuickStartTest() =>
        MarkedCode(BeginMarker, EndMarker, "tests", "OneStop.Metrics.Tests", "Readme", "ReadmeTests.cs");

    /// <summary>
    /// The code between a begin and an end marker line of a C# file of the repository (path parts from the root),
    /// and the file's using directives other than Xunit.
    /// </summary>
    public static CodeSnippet MarkedCode(string beginMarker, string endMarker, params string[] csharpFile)
    {
        var lines = SplitLines(RepositoryFiles.ReadAllText(csharpFile));
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l != "using Xunit;");
        return new CodeSnippet(Normalize(usings), Normalize(MarkedText.LinesBetween(lines, beginMarker, endMarker, csharpFile[^1])));
    }

    /// <summary>The text of the README's first fenced code block, normalized.</summary>
    public static string FirstCodeBlock() =>
        FencedBlocks(RepositoryFiles.ReadAllText("README.md")).Select(b => Normalize(SplitLines(b.Text))).FirstOrDefault()
        ?? throw new InvalidOperationException("README.md has no code block.");

    /// <summary>The lines of the CI script.</summary>
    public static IReadOnlyList<string> CiScriptLines() => SplitLines(RepositoryFiles.ReadAllText(".ci", "run"));

    /// <summary>
    /// Lines joined with <c>\n</c>: trailing white space removed, the indentation common to the non-blank lines
    /// removed, and blank lines at both ends dropped.
    /// </summary>
    public static string Normalize(IEnumerable<string> lines)
    {
        var trimmed = lines.Select(l => l.TrimEnd()).ToList();
        var indent = trimmed.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var dedented = trimmed.Select(l => l.Length == 0 ? l : l[indent..]).ToList();
        var first = dedented.FindIndex(l => l.Length > 0);
        var last = dedented.FindLastIndex(l => l.Length > 0);
        return first < 0 ? string.Empty : string.Join('\n', dedented.Skip(first).Take(last - first + 1));
    }

    private static List<FencedBlock> FencedBlocks(string markdown)
    {
        var blocks = new List<FencedBlock>();
        string? language = null;
        var body = new List<string>();
        foreach (var line in SplitLines(markdown))
        {
            var isFence = line.StartsWith("```", StringComparison.Ordinal);
            if (language is null && isFence)
            {
                language = line[3..].Trim();
                body.Clear();
            }
            else if (language is not null && isFence && line.Trim() == "```")
            {
                blocks.Add(new FencedBlock(language, string.Join('\n', body)));
                language = null;
            }
            else if (language is not null)
            {
                body.Add(line);
            }
        }

        return blocks;
    }

    private static List<string> SplitLines(string text) => text.ReplaceLineEndings("\n").Split('\n').ToList();

    private sealed record FencedBlock(string Language, string Text);
}

/// <summary>A piece of C#: its using directives and its code, each normalized.</summary>
internal sealed record CodeSnippet(string Usings, string Body);
