using System;
using System.IO;
using System.Linq;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>
/// <c>report</c> over a folder whose reference files have problems: a warning (an unknown or unnamed column) does
/// not block the report; errors refuse it with every failure listed, not only the first.
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
        Assert.Equal("rows read: 500, accepted: 500, rejected: 0", run.StdoutLines.Where(l => l.Length > 0).Last());
    }

    [Fact]
    public void Every_reference_error_is_listed_not_only_the_first()
    {
        var folder = CopyOfClean("broken-units", lines =>
        {
            var copy = (string[])lines.Clone();
            copy[1] = copy[1].Replace(",province,", ",region,", StringComparison.Ordinal);
            copy[2] += ",extra";
            return copy;
        });

        var run = CliRun.Of(["report", folder, .. Period]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith(CliRun.ErrorPrefix + $"reference files of '{folder}' are invalid (", line, StringComparison.Ordinal);
        Assert.Contains("OSM9010 Administrative unit", line, StringComparison.Ordinal);
        Assert.Contains("OSM9008 Administrative unit", line, StringComparison.Ordinal);
        Assert.Contains("OSM1003 ", line, StringComparison.Ordinal);
    }

    private string CopyOfClean(string name, Func<string[], string[]> editUnits)
    {
        var folder = Path.Combine(_folders.Root, name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(_folders.Clean))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        var units = Path.Combine(folder, "units.csv");
        File.WriteAllLines(units, editUnits(File.ReadAllLines(units)));
        return folder;
    }
}
