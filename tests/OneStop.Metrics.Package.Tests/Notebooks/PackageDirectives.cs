using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;

namespace OneStop.Metrics.Package.Tests.Notebooks;

/// <summary>
/// The package loading of a notebook: its first code cell holds <c>#r "nuget: OneStop.Metrics, VERSION"</c> (and
/// the same for OneStop.Metrics.Csv) for users of the published packages; a test run points that cell at its own
/// feed and version instead.
/// </summary>
public static partial class PackageDirectives
{
    /// <summary>The first code cell, which must load the packages.</summary>
    /// <param name="document">The notebook.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="InvalidOperationException">The notebook has no code cell, or its first one loads no OneStop.Metrics package.</exception>
    public static InteractiveDocumentElement LoadingCell(InteractiveDocument document)
    {
        var cell = document.Elements.FirstOrDefault(e => e.KernelName == NotebookFiles.CSharpKernel)
            ?? throw new InvalidOperationException("The notebook has no C# cell.");
        if (!Directive().IsMatch(cell.Contents))
        {
            throw new InvalidOperationException(
                "The notebook's first code cell must load the package with #r \"nuget: OneStop.Metrics, VERSION\"; it reads:\n" + cell.Contents);
        }

        return cell;
    }

    /// <summary>
    /// Points the loading cell at a local feed: adds <c>#i "nuget: FEED"</c> before it and sets the version of every
    /// OneStop.Metrics package it loads.
    /// </summary>
    /// <param name="document">The notebook, changed in place.</param>
    /// <param name="feedDirectory">The feed folder.</param>
    /// <param name="version">The packages' version in the feed.</param>
    /// <returns>The package ids the cell loads, in order.</returns>
    public static string[] UseFeed(InteractiveDocument document, string feedDirectory, string version)
    {
        var cell = LoadingCell(document);
        var ids = Directive().Matches(cell.Contents).Select(m => m.Groups["id"].Value).ToArray();
        cell.Contents = $"#i \"nuget: {feedDirectory}\"\n"
            + Directive().Replace(cell.Contents, m => $"#r \"nuget: {m.Groups["id"].Value}, {version}\"");
        return ids;
    }

    [GeneratedRegex(@"#r ""nuget:\s*(?<id>OneStop\.Metrics(?:\.Csv)?)\s*,\s*(?<version>[^""]+)""")]
    private static partial Regex Directive();
}
