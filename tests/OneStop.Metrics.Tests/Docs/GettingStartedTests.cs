using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Cli;
using OneStop.Metrics.Tests.Readme;
using Xunit;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>
/// docs/getting-started.md is run: every <c>console</c> session goes through the command line in process and
/// prints the lines shown (in order; <c>…</c> skips lines), and every <c>csharp</c> block is either a piece of the
/// README quick start (which <see cref="ReadmeTests"/> compiles and runs) or the code between the markers below.
/// </summary>
public sealed class GettingStartedTests
{
    private const string Prompt = "$ onestop-metrics ";

    /// <summary>The folder name the page uses for generated data.</summary>
    private const string DataFolder = "province-data";

    private const string BeginMarker = "// DOCS-BEGIN";
    private const string EndMarker = "// DOCS-END";

    private static readonly string Page = Path.Combine(RepositoryFiles.Root, "docs", "getting-started.md");

    [Fact]
    public void Every_console_session_prints_the_lines_shown()
    {
        var sessions = MarkdownFiles.FencedBlocks(Page).Where(b => b.Language == "console").SelectMany(b => Sessions(b.Lines)).ToList();
        Assert.True(sessions.Count >= 5, $"Only {sessions.Count} console sessions found in the page.");

        // The page's data folder becomes a folder inside a fresh temporary one (generate creates it).
        var temporary = Directory.CreateTempSubdirectory("onestop-docs-");
        string Local(string text) => text.Replace(DataFolder, Path.Combine(temporary.FullName, DataFolder), StringComparison.Ordinal);
        try
        {
            foreach (var (command, shown) in sessions)
            {
                var run = CliRun.Of(command.Split(' ').Select(Local).ToArray());
                Assert.True(run.ExitCode == 0, $"'{command}' exited with {run.ExitCode}: {run.Stderr}");
                var missing = Missing(shown.Where(line => line != "…").Select(Local).ToList(), run.StdoutLines);
                Assert.True(missing is null, $"'{command}' does not print, in this order, the line\n  {missing}");
            }
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_csharp_block_is_compiled_by_a_test()
    {
        var readme = SplitLines(ReadmeDocument.CSharpBlock().Body);
        var own = ReadmeDocument.Normalize(OwnCode());
        var blocks = MarkdownFiles.FencedBlocks(Page).Where(b => b.Language == "csharp")
            .Select(b => ReadmeDocument.Normalize(b.Lines)).ToList();

        Assert.Contains(own, blocks);
        Assert.All(blocks.Where(block => block != own), block => Assert.True(
            IsRunOf(SplitLines(block), readme), $"This block is neither part of the README quick start nor this test's code:\n{block}"));
    }

    [Fact]
    public void Options_example_computes_the_portal_rate()
    {
        // DOCS-BEGIN
        var tuKy = BuiltInSamples.TuKy2023;
        var tally = DossierTally.Build(tuKy.Reference, tuKy.Scope, tuKy.Dossiers);
        var portal = MetricsOptions.Default with
        {
            OnTimeRate = OnTimeRateBasis.ResolvedAndInProgress,
            CountedAsResolved = EndedOutcomes.All,
        };
        var district = IndicatorReport.Compute(tally, portal).Level(AdministrativeLevel.District);
        Console.WriteLine(NumberFormatter.FormatRatio(district.Totals.Timeliness.EarlyOrOnTimeRate, NumberStyle.Vietnamese));   // 2.557/2.558
        // DOCS-END

        var rate = district.Totals.Timeliness.EarlyOrOnTimeRate;
        Assert.Equal((2557, 2558), (rate.Numerator, rate.Denominator));
        Assert.Equal("2.557/2.558", NumberFormatter.FormatRatio(rate, NumberStyle.Vietnamese));
    }

    /// <summary>Splits a console block into commands (after the prompt) and the lines shown after each.</summary>
    private static IEnumerable<(string Command, List<string> Shown)> Sessions(IReadOnlyList<string> lines)
    {
        (string Command, List<string> Shown)? session = null;
        foreach (var line in lines)
        {
            if (line.StartsWith(Prompt, StringComparison.Ordinal))
            {
                if (session is { } done)
                {
                    yield return done;
                }

                session = (line[Prompt.Length..], new List<string>());
            }
            else
            {
                (session ?? throw new InvalidOperationException($"Output before any command: {line}")).Shown.Add(line.TrimEnd());
            }
        }

        if (session is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The first shown line not found after the previous one in the output, or <see langword="null"/>.</summary>
    private static string? Missing(List<string> shown, string[] output)
    {
        var at = 0;
        foreach (var line in shown)
        {
            var found = Array.FindIndex(output, at, o => o.TrimEnd() == line);
            if (found < 0)
            {
                return line;
            }

            at = found + 1;
        }

        return null;
    }

    private static bool IsRunOf(List<string> block, List<string> code) =>
        Enumerable.Range(0, Math.Max(0, code.Count - block.Count + 1))
            .Any(start => code.Skip(start).Take(block.Count).Select(l => l.Trim()).SequenceEqual(block.Select(l => l.Trim())));

    private static List<string> SplitLines(string text) => text.Split('\n').ToList();

    private static IEnumerable<string> OwnCode()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("tests", "OneStop.Metrics.Tests", "Docs", "GettingStartedTests.cs"));
        return MarkedText.LinesBetween(lines, BeginMarker, EndMarker, "GettingStartedTests.cs");
    }
}
