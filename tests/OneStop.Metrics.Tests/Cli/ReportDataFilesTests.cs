using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>
/// <c>report</c> over CSV files: the row counts in every format, <c>--rejected FILE</c>, the file options, progress on a
/// terminal only, and a built-in sample's output left as the library prints it.
/// </summary>
public sealed class ReportDataFilesTests : IClassFixture<GeneratedFolders>
{
    private static readonly string[] Period = ["--from", "2023-01-01", "--to", "2023-12-31"];

    private readonly GeneratedFolders _folders;

    public ReportDataFilesTests(GeneratedFolders folders) => _folders = folders;

    [Fact]
    public void Json_rows_carry_the_counts_of_the_text_closing_line()
    {
        var text = CliRun.Of(["report", _folders.Broken, .. Period]);
        var json = CliRun.Of(["report", _folders.Broken, .. Period, "--format", "json"]);

        Assert.Equal(0, json.ExitCode);
        Assert.Equal("lines: 501, rows read: 500, accepted: 497, rejected: 3, warnings: 0, blank lines: 0", text.StdoutLines.Where(l => l.Length > 0).Last());
        Assert.Contains("rejected 1 row(s) with OSM9004", text.StdoutLines);
        var rows = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("rows");
        Assert.Equal(500, rows.GetProperty("read").GetInt64());
        Assert.Equal(497, rows.GetProperty("accepted").GetInt64());
        Assert.Equal(3, rows.GetProperty("rejected").GetInt64());
        Assert.Equal(GeneratedFolders.BrokenRows.Select(r => (r.Code, 1L)),
            rows.GetProperty("rejectedByCode").EnumerateObject().Select(p => (p.Name, p.Value.GetInt64())));
        Assert.Equal(497, JsonDocument.Parse(json.Stdout).RootElement.GetProperty("dossiersRead").GetInt64());
    }

    [Fact]
    public void The_heading_of_a_folder_report_follows_the_language()
    {
        var vietnamese = CliRun.Of(["report", _folders.Broken, .. Period]);
        var english = CliRun.Of(["report", _folders.Broken, .. Period, "--lang", "en"]);

        Assert.Contains("Báo cáo tình hình, kết quả giải quyết TTHC", vietnamese.StdoutLines);
        Assert.Contains("Report on the handling of administrative procedures (TTHC)", english.StdoutLines);
        Assert.DoesNotContain("Báo cáo tình hình, kết quả giải quyết TTHC", english.StdoutLines);
    }

    [Fact]
    public void Csv_and_grouped_json_carry_the_row_counts_too()
    {
        var csv = CliRun.Of(["report", _folders.Broken, .. Period, "--format", "csv"]);
        var grouped = CliRun.Of(["report", _folders.Broken, .. Period, "--format", "json", "--by", "unit"]);

        var (_, records) = CsvOutput.Parse(csv.Stdout);
        Assert.Equal(["500", "497", "3", "1", "1", "1"],
            new[] { "rows.read", "rows.accepted", "rows.rejected", "rows.rejected.OSM6002", "rows.rejected.OSM9004", "rows.rejected.OSM9008" }
                .Select(k => records.Single(r => r["key"] == k)["count"]));
        Assert.Equal(497, JsonDocument.Parse(grouped.Stdout).RootElement.GetProperty("rows").GetProperty("accepted").GetInt64());
    }

    [Fact]
    public void Rejected_file_holds_exactly_the_rejected_rows()
    {
        var path = Path.Combine(_folders.Root, "rejected-" + Guid.NewGuid().ToString("N") + ".csv");
        var run = CliRun.Of(["report", _folders.Broken, .. Period, "--rejected", path]);

        Assert.Equal(0, run.ExitCode);
        var (columns, rows) = CsvOutput.Parse(File.ReadAllText(path));
        Assert.Equal(["line", "id", "codes", "messages"], columns);
        Assert.Equal(GeneratedFolders.BrokenRows.Select(r => (r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Code)),
            rows.Select(r => (r["line"], r["codes"])));
        var source = File.ReadAllLines(Path.Combine(_folders.Broken, "dossiers.csv"));
        foreach (var row in rows)
        {
            var line = int.Parse(row["line"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(source[line - 1].Split(',')[0], row["id"]);
            Assert.Contains($"(line {line})", row["messages"], StringComparison.Ordinal);
        }

        Assert.Contains("result_documents (column 12) 'two' is not a whole number", rows[1]["messages"], StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_file_of_a_clean_folder_holds_only_the_header()
    {
        var path = Path.Combine(_folders.Root, "rejected-" + Guid.NewGuid().ToString("N") + ".csv");
        var run = CliRun.Of(["report", _folders.Clean, .. Period, "--rejected", path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("line,id,codes,messages\n", File.ReadAllText(path));
    }

    [Fact]
    public void Progress_is_drawn_on_a_terminal_and_erased_and_the_report_is_unchanged()
    {
        var redirected = CliRun.Of(["report", _folders.Clean, .. Period]);
        var terminal = CliRun.OnTerminal(["report", _folders.Clean, .. Period]);

        Assert.Equal(0, terminal.ExitCode);
        Assert.Equal(string.Empty, redirected.Stderr);
        Assert.Equal(redirected.Stdout, terminal.Stdout);
        Assert.StartsWith("\r[####################] 100%  500 dòng", terminal.Stderr, StringComparison.Ordinal);
        var drawn = terminal.Stderr.Split('\r')[1];
        Assert.Equal("\r" + drawn + "\r" + new string(' ', drawn.Length) + "\r", terminal.Stderr);
        Assert.DoesNotContain('\n', terminal.Stderr);
    }

    [Fact]
    public void Progress_speaks_english_with_lang_en()
    {
        var terminal = CliRun.OnTerminal(["report", _folders.Clean, .. Period, "--lang", "en"]);

        Assert.StartsWith("\r[####################] 100%  500 rows", terminal.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void File_options_override_the_folder_files_or_replace_the_folder()
    {
        var elsewhere = Path.Combine(_folders.Root, "elsewhere-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        var units = Path.Combine(elsewhere, "donvi.csv");
        File.Copy(Path.Combine(_folders.Clean, "units.csv"), units);
        var plain = CliRun.Of(["report", _folders.Clean, .. Period]);

        var overridden = CliRun.Of(["report", _folders.Clean, "--units", units, .. Period]);
        var noFolder = CliRun.Of(["report", .. Period,
            "--dossiers", Path.Combine(_folders.Broken, "dossiers.csv"), "--units", units,
            "--departments", Path.Combine(_folders.Clean, "departments.csv"), "--fields", Path.Combine(_folders.Clean, "fields.csv"),
            "--procedures", Path.Combine(_folders.Clean, "procedures.csv")]);

        Assert.Equal(0, overridden.ExitCode);
        Assert.Equal(plain.Stdout, overridden.Stdout);
        Assert.Equal(0, noFolder.ExitCode);
        Assert.Equal(Path.Combine(_folders.Broken, "dossiers.csv"), noFolder.StdoutLines[1]);
        Assert.Equal("lines: 501, rows read: 500, accepted: 497, rejected: 3, warnings: 0, blank lines: 0", noFolder.StdoutLines.Where(l => l.Length > 0).Last());
    }

    [Fact]
    public void Rejected_must_not_overwrite_an_input_file()
    {
        var dossiers = Path.Combine(_folders.Clean, "dossiers.csv");
        var before = File.ReadAllText(dossiers);

        var run = CliRun.Of(["report", _folders.Clean, .. Period, "--rejected", dossiers]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{CliRun.ErrorPrefix}option '--rejected' names an input file ('{dossiers}'); give another path\n", run.Stderr);
        Assert.Equal(before, File.ReadAllText(dossiers));
    }

    [Fact]
    public void A_dossier_file_whose_header_is_refused_is_a_one_line_error()
    {
        var folder = Path.Combine(_folders.Root, "no-channel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(_folders.Clean))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var dossiers = Path.Combine(folder, "dossiers.csv");
        var lines = File.ReadAllLines(dossiers);
        lines[0] = lines[0].Replace("channel", "kanal", StringComparison.Ordinal);
        File.WriteAllLines(dossiers, lines);

        var run = CliRun.Of(["report", folder, .. Period]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"{CliRun.ErrorPrefix}dossier file '", line, StringComparison.Ordinal);
        Assert.Contains("' is refused: OSM9002 ", line, StringComparison.Ordinal);
        Assert.Contains("channel", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_json_stays_the_library_json_without_rows()
    {
        var run = CliRun.Of("report", "--sample", "tu-ky-2023", "--format", "json");
        var sample = BuiltInSamples.TuKy2023;

        Assert.Equal(ReportPrinter.Print(sample.Compute(), sample.Heading).ToJson() + "\n", run.Stdout);
        Assert.False(JsonDocument.Parse(run.Stdout).RootElement.TryGetProperty("rows", out _));
    }

    [Fact]
    public void Sample_groups_and_csv_carry_the_seed_figures()
    {
        var byLevel = CliRun.Of("report", "--sample", "tu-ky-2023", "--by", "level", "--format", "csv");
        var plain = CliRun.Of("report", "--sample", "tu-ky-2023", "--format", "csv");
        var byUnit = CliRun.Of("report", "--sample", "tu-ky-2023", "--by", "unit", "--format", "json");

        var (_, levels) = CsvOutput.Parse(byLevel.Stdout);
        Assert.Equal(["district", "commune"], levels.Select(r => r["level"]));
        Assert.Equal(["2560", "2498", "2531", "98.70"],
            new[] { "timeliness.total", "digitization.intake.numerator", "digitization.intake.denominator", "digitization.intake.percentage" }
                .Select(c => levels[0][c]));
        Assert.Equal("33533", levels[1]["timeliness.total"]);

        var (_, figures) = CsvOutput.Parse(plain.Stdout);
        Assert.DoesNotContain(figures, r => r["key"].StartsWith("rows.", StringComparison.Ordinal));
        var intake = figures.Single(r => r["key"] == "digitization.intake.district");
        Assert.Equal("2.498/2.531 đạt tỷ lệ 98,70%", intake["text"]);

        var units = JsonDocument.Parse(byUnit.Stdout).RootElement;
        Assert.Equal(24, units.GetProperty("groups").GetArrayLength());
        Assert.Equal(36093, units.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("figures").GetProperty("timeliness.total").GetInt64()));
        Assert.False(units.TryGetProperty("rows", out _));
    }
}
