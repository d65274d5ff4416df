using System;
using System.IO;
using System.Linq;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary><c>generate</c> writes a data folder that <c>report DIR</c> reads back, accounting for every row.</summary>
public sealed class GenerateAndFolderReportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onestop-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Generate_writes_the_five_files_and_report_reads_every_row_back()
    {
        var generate = CliRun.Of("generate", "--dossiers", "2000", "--seed", "7", "--out", _folder, "--shape", "small");

        Assert.Equal(0, generate.ExitCode);
        Assert.StartsWith($"wrote 2000 dossiers and the reference files to {_folder} (seed 7, year ", generate.Stdout, StringComparison.Ordinal);
        Assert.Equal(new[] { "departments.csv", "dossiers.csv", "fields.csv", "procedures.csv", "units.csv" },
            Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2001, File.ReadLines(Path.Combine(_folder, "dossiers.csv")).Count());

        var report = CliRun.Of("report", _folder, "--from", "2023-01-01", "--to", "2023-12-31");

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(string.Empty, report.Stderr);
        Assert.Equal("lines: 2001, rows read: 2000, accepted: 2000, rejected: 0, warnings: 0, blank lines: 0", report.StdoutLines.Where(l => l.Length > 0).Last());
        Assert.Contains(report.StdoutLines, l => l.StartsWith("- Bộ phận Một cửa cấp xã đã tiếp nhận ", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejected_rows_are_summarised_by_code_and_counted_in_the_closing_line()
    {
        CliRun.Of("generate", "--dossiers", "50", "--seed", "3", "--out", _folder, "--shape", "small");
        var dossiers = Path.Combine(_folder, "dossiers.csv");
        var lines = File.ReadAllLines(dossiers);
        var header = lines[0].Split(',');
        var procedure = Array.IndexOf(header, "procedure_code");
        var broken = lines[1].Split(',');
        broken[procedure] = "NO-SUCH-PROCEDURE";
        lines[1] = string.Join(',', broken);
        File.WriteAllLines(dossiers, lines);

        var report = CliRun.Of("report", _folder, "--from", "2023-01-01", "--to", "2023-12-31", "--max-rejected", "1");
        var overLimit = CliRun.Of("report", _folder, "--from", "2023-01-01", "--to", "2023-12-31");

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(3, overLimit.ExitCode); // 1 of 50 rows is 2%, more than the default 1%
        Assert.Equal(report.Stdout, overLimit.Stdout);
        Assert.Equal("onestop-metrics: error: 1 of 50 dossier rows were rejected, more than --max-rejected 1% allows; the counts by code are above ('--rejected FILE' lists every row)\n",
            overLimit.Stderr);
        Assert.Contains("rejected 1 row(s) with OSM6002", report.StdoutLines);
        Assert.Equal("lines: 51, rows read: 50, accepted: 49, rejected: 1, warnings: 0, blank lines: 0", report.StdoutLines.Where(l => l.Length > 0).Last());
    }

    [Fact]
    public void Generate_is_deterministic()
    {
        var second = _folder + "-b";
        try
        {
            CliRun.Of("generate", "--dossiers", "300", "--seed", "11", "--out", _folder, "--shape", "small");
            CliRun.Of("generate", "--dossiers", "300", "--seed", "11", "--out", second, "--shape", "small");

            Assert.Equal(File.ReadAllText(Path.Combine(_folder, "dossiers.csv")), File.ReadAllText(Path.Combine(second, "dossiers.csv")));
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }
}
