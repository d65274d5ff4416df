using System;
using System.IO;
using System.Linq;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>
/// <c>report</c> over a folder whose reference files have problems: a warning (an unknown or unnamed column) does
/// not block the report; a bad entry drops itself and its dependants, and every failure is listed in the
/// accounting; a file refused as a whole (its header, its encoding) refuses the report with every refusal listed.
/// </summary>
public sealed class ReportReferenceFailuresTests : IClassFixture<GeneratedFolders>
{
    private static readonly string[] Period = ["--from", "2023-01-01", "--to", "2023-12-31"];

    private readonly GeneratedFolders _folders;

    public ReportReferenceFailuresTests(GeneratedFolders folders) => _folders = folders;

    [Fact]
    public void An_unknown_and_an_unnamed_column_in_units_csv_do_not_block_the_report()
    {
        var folder = CopyOfClean("warned", lines => lines.Select((l, i) => l + (i == 0 ? ",ghi_chu," : ",x,")).ToArray());

        var run = CliRun.Of(["report", folder, .. Period]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("OSM9001 Administrative units header (line 1): column 5 'ghi_chu' is not a known column; it is ignored.", run.StdoutLines);
        Assert.Contains("OSM9021 Administrative units header (line 1): column 6 has no name; it is ignored.", run.StdoutLines);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("reference entries read: ", StringComparison.Ordinal) && l.EndsWith(", rejected: 0, rows left out: 0", StringComparison.Ordinal));
        Assert.Equal("lines: 501, rows read: 500, accepted: 500, rejected: 0, warnings: 0, blank lines: 0", run.StdoutLines.Where(l => l.Length > 0).Last());
    }

    [Fact]
    public void A_bad_entry_drops_itself_and_its_dependants_and_every_failure_is_listed()
    {
        var communes = new System.Collections.Generic.List<int>();
        var folder = CopyOfClean("broken-units", lines =>
        {
            var copy = (string[])lines.Clone();
            communes.AddRange(Enumerable.Range(1, copy.Length - 1).Where(i => copy[i].Contains(",commune,", StringComparison.Ordinal)));
            copy[communes[0]] = copy[communes[0]].Replace(",commune,", ",region,", StringComparison.Ordinal);
            copy[communes[1]] += ",extra";
            return copy;
        });

        var run = CliRun.Of(["report", folder, .. Period, "--max-rejected", "100%", "--format", "json"]);
        var text = CliRun.Of(["report", folder, .. Period, "--max-rejected", "100%"]);

        Assert.Equal((0, 0), (run.ExitCode, text.ExitCode));
        var reference = System.Text.Json.JsonDocument.Parse(run.Stdout).RootElement.GetProperty("reference");
        Assert.Equal(1, reference.GetProperty("rowsLeftOut").GetInt64()); // the row with a cell too many
        Assert.True(reference.GetProperty("rejected").GetInt64() >= 1); // the commune with the bad level, and its departments
        var codes = reference.GetProperty("failuresByCode").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("OSM9010", codes);
        Assert.Contains("OSM9008", codes);
        Assert.Contains("OSM1003", codes);
        Assert.Contains(text.StdoutLines, l => l.StartsWith($"OSM9008 Administrative unit", StringComparison.Ordinal) && l.Contains($"(line {communes[1] + 1})", StringComparison.Ordinal));
        Assert.Contains(text.StdoutLines, l => l.StartsWith($"OSM9010 Administrative unit", StringComparison.Ordinal) && l.Contains($"(line {communes[0] + 1})", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_reference_file_refuses_the_report_with_every_refusal_listed()
    {
        var folder = CopyOfClean("refused-units", lines => [lines[0] + ",code", .. lines.Skip(1).Select(l => l + ",X")]);

        var run = CliRun.Of(["report", folder, .. Period]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            CliRun.ErrorPrefix + $"reference files of '{folder}' are refused (1 failures): OSM9009 Administrative units header (line 1): column 5 'code' gives Code, as column 1 'code' does.",
            Assert.Single(run.StderrLines));
    }

    private string CopyOfClean(string name, Func<string[], string[]> editUnits) =>
        _folders.CopyOfClean(name, "units.csv", path => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', editUnits(File.ReadAllLines(path))) + "\n"));
}
