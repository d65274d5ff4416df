using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using OneStop.Metrics.Csv;
using Xunit;
using static OneStop.Metrics.Tests.Csv.CsvFixtures;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>
/// <c>report</c> over dossier files as real exports spoil them: each gives a coded rejection (exit 0 or 3) or a coded
/// refusal on one stderr line (exit 2) — never exit 1, never raw bytes, never a silent shrink.
/// </summary>
public sealed class ReportBadExportsTests : IClassFixture<GeneratedFolders>
{
    private static readonly string[] Period = ["--from", "2023-01-01", "--to", "2023-12-31"];

    private readonly GeneratedFolders _folders;

    public ReportBadExportsTests(GeneratedFolders folders) => _folders = folders;

    [Fact]
    public void A_stray_quote_rejects_one_row_and_the_accounting_shows_every_line()
    {
        var folder = CopyOfClean("stray-quote", bytes =>
        {
            var lines = File.ReadAllText(bytes).Split('\n');
            lines[3] = "\"" + lines[3];
            return System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));
        });

        var run = CliRun.Of(["report", folder, .. Period]);

        Assert.Equal(0, run.ExitCode); // 1 of 500 rows: under the default 1%
        Assert.Contains("rejected 1 row(s) with OSM9017", run.StdoutLines);
        Assert.Equal("lines: 501, rows read: 500, accepted: 499, rejected: 1, warnings: 0, blank lines: 0", run.StdoutLines.Where(l => l.Length > 0).Last());
    }

    [Fact]
    public void A_windows_1258_export_is_refused_by_name_then_read_with_the_encoding()
    {
        var folder = CopyOfClean("cp1258", path =>
        {
            var text = File.ReadAllText(path);
            var header = text[..text.IndexOf('\n', StringComparison.Ordinal)];
            return Windows1258(text.Replace(header, header.Replace("id,", "mã hồ sơ,", StringComparison.Ordinal), StringComparison.Ordinal));
        });

        var refused = CliRun.Of(["report", folder, .. Period]);
        var read = CliRun.Of(["report", folder, .. Period, "--encoding", "windows-1258"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(
            CliRun.ErrorPrefix + $"dossier file '{Path.Combine(folder, "dossiers.csv")}' is refused: OSM9015 File: byte 0xDE at offset 2 is not UTF-8; the file looks like Windows-1258 (Vietnamese, as Excel on a Vietnamese Windows saves CSV); read it with the encoding windows-1258 (--encoding windows-1258).",
            Assert.Single(refused.StderrLines));
        Assert.Equal(0, read.ExitCode);
        Assert.Equal("lines: 501, rows read: 500, accepted: 500, rejected: 0, warnings: 0, blank lines: 0", read.StdoutLines.Where(l => l.Length > 0).Last());
    }

    [Fact]
    public void A_workbook_named_csv_is_refused_without_printing_its_bytes()
    {
        var folder = CopyOfClean("xlsx", _ =>
        {
            var bytes = new byte[2048];
            new Random(11).NextBytes(bytes);
            (bytes[0], bytes[1], bytes[2], bytes[3]) = ((byte)0x50, (byte)0x4B, (byte)0x03, (byte)0x04);
            return bytes;
        });

        var run = CliRun.Of(["report", folder, .. Period]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(CliRun.ErrorPrefix + $"dossier file '{Path.Combine(folder, "dossiers.csv")}' is refused: OSM9016 File: the file is a ZIP archive (an .xlsx workbook?), not CSV text.",
            Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Us_dates_are_refused_whole_then_read_month_first_to_the_same_figures()
    {
        var folder = CopyOfClean("us-dates", path => System.Text.Encoding.UTF8.GetBytes(Regex.Replace(File.ReadAllText(path),
            @"(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})",
            m => $"{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)}/{int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)}/{m.Groups[1].Value} {m.Groups[4].Value}")));

        var refused = CliRun.Of(["report", folder, .. Period]);
        var monthFirst = CliRun.Of(["report", folder, .. Period, "--date-order", "month-first", "--format", "json"]);
        var clean = CliRun.Of(["report", _folders.Clean, .. Period, "--format", "json"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("OSM9023 File: ", Assert.Single(refused.StderrLines), StringComparison.Ordinal);
        Assert.Contains("read it with the date order month-first (--date-order month-first).", refused.StderrLines[0], StringComparison.Ordinal);
        Assert.Equal(0, monthFirst.ExitCode);
        Assert.Equal(Figures(clean.Stdout), Figures(monthFirst.Stdout));
    }

    [Theory]
    [InlineData("--encoding", "latin-9", "invalid value 'latin-9' for option '--encoding' (expected one of: utf-8, windows-1258, windows-1252, utf-16, utf-16be)")]
    [InlineData("--max-rejected", "lots", "invalid value 'lots' for option '--max-rejected' (expected a share such as 1% or 0.5%, from 0% to 100%, or a whole number of rows such as 0 or 250)")]
    [InlineData("--max-rejected", "101%", "invalid value '101%' for option '--max-rejected' (expected a share such as 1% or 0.5%, from 0% to 100%, or a whole number of rows such as 0 or 250)")]
    [InlineData("--date-order", "year-first", "invalid value 'year-first' for option '--date-order' (expected one of: day-first, month-first)")]
    public void Bad_values_of_the_new_options_are_usage_errors(string option, string value, string message)
    {
        var run = CliRun.Of(["report", _folders.Clean, .. Period, option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(CliRun.ErrorPrefix + message, Assert.Single(run.StderrLines));
    }

    private static string Figures(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("figures").GetRawText();

    private string CopyOfClean(string name, Func<string, byte[]> dossiers) => _folders.CopyOfClean(name, "dossiers.csv", dossiers);
}
