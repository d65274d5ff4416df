using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OneStop.Metrics.Reconciliation;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

public sealed class ReconcileCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "onestop-reconcile-" + Guid.NewGuid().ToString("N"));

    public ReconcileCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_seed_prints_its_eight_findings_and_a_count_and_exits_0()
    {
        var run = CliRun.Of("reconcile", "--sample", "tu-ky-2023");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var lines = run.Stdout.Split('\n');
        Assert.Equal(10, lines.Length);
        Assert.Equal("8 findings", lines[8]);
        Assert.Equal(string.Empty, lines[9]);
        Assert.Equal(
            [
                "DenominatorsDisagree [digitization.intake.district, timeliness.received.district]",
                "DenominatorsDisagree [digitization.results.district, timeliness.on-time.district]",
                "DenominatorsDisagree [digitization.intake.commune, timeliness.received.commune]",
                "DenominatorsDisagree [digitization.results.commune, timeliness.on-time.commune]",
                "DenominatorsDisagree [online-intake.commune, timeliness.received.commune]",
                "CountDoesNotMatchList [coverage.district, coverage.district.digitizing]",
                "NumberFormatSlip [timeliness.overdue.district, timeliness.overdue.commune]",
                "MissingRate [online-intake.district.H-VHTT]",
            ],
            lines.Take(8).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal(
            "MissingRate [online-intake.district.H-VHTT]: online-intake.district.H-VHTT prints no rate (\"Văn hóa-TT: 13/13\") while the 6 other figures of online-intake.{level}.{field} print one; expected 100%.",
            lines[7]);
    }

    [Fact]
    public void Json_prints_an_array_of_findings_with_kind_figures_printed_expected_and_gap()
    {
        var run = CliRun.Of("reconcile", "--sample", "tu-ky-2023", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("]\n", run.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(8, findings.Count);
        var first = findings[0];
        Assert.Equal("DenominatorsDisagree", first.GetProperty("kind").GetString());
        Assert.Equal(["digitization.intake.district", "timeliness.received.district"], first.GetProperty("figures").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("2.531", first.GetProperty("printed").GetString());
        Assert.Equal("2.532", first.GetProperty("expected").GetString());
        Assert.Equal(-1m, first.GetProperty("gap").GetDecimal());
        Assert.Equal(JsonValueKind.Null, findings[6].GetProperty("gap").ValueKind);
        Assert.Equal("0.04%; 0.06%", findings[6].GetProperty("printed").GetString());
        Assert.Equal(
            [-1m, 1m, 10m, 63m, -360m, 1m],
            findings.Take(6).Select(f => f.GetProperty("gap").GetDecimal()));
    }

    [Fact]
    public void A_file_is_checked_like_the_shipped_report_and_rules_are_named_in_json()
    {
        var path = WriteFile("seed.json", PublishedReports.TuKy2023.ToJson());
        var fromFile = CliRun.Of("reconcile", path);
        var shipped = CliRun.Of("reconcile", "--sample", "tu-ky-2023");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(shipped.Stdout, fromFile.Stdout);

        var truncated = WriteFile("truncated.json", """
            { "title": "T", "locality": "L", "figures": [
              { "key": "digitization.intake.district", "kind": "ratio", "printed": "2/3 (66,66%)", "numerator": 2, "denominator": 3, "printedPercentage": "66,66%" } ] }
            """);
        using var json = JsonDocument.Parse(CliRun.Of("reconcile", "--format=json", truncated).Stdout);
        var rule = Assert.Single(json.RootElement[0].GetProperty("explainingRules").EnumerateArray());
        Assert.Equal(2, rule.GetProperty("decimals").GetInt32());
        Assert.Equal("toward-zero", rule.GetProperty("mode").GetString());
    }

    [Fact]
    public void A_consistent_file_prints_0_findings()
    {
        var path = WriteFile("empty.json", """{ "title": "T", "locality": "L", "figures": [] }""");

        var run = CliRun.Of("reconcile", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 findings\n", run.Stdout);
        Assert.Equal("[]\n", CliRun.Of("reconcile", path, "--format", "json").Stdout);
    }

    [Fact]
    public void Against_sample_adds_the_differences_from_the_computed_report()
    {
        var run = CliRun.Of("reconcile", "--sample", "tu-ky-2023", "--against-sample", "tu-ky-2023");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("8 findings", lines[8]);
        Assert.StartsWith("Names: coverage.district.digitizing: the published list names 7", lines[9], StringComparison.Ordinal);
        Assert.Equal("Percentage: online-intake.district.H-VHTT: the published report prints no rate (\"13/13\"); the computed rate is 100.00%.", lines[10]);
        Assert.Equal("2 differences from the computed sample tu-ky-2023", lines[11]);

        using var json = JsonDocument.Parse(CliRun.Of("reconcile", "--sample", "tu-ky-2023", "--against-sample", "tu-ky-2023", "--format", "json").Stdout);
        Assert.Equal(8, json.RootElement.GetProperty("findings").GetArrayLength());
        var differences = json.RootElement.GetProperty("differences").EnumerateArray().ToList();
        Assert.Equal(["Names", "Percentage"], differences.Select(d => d.GetProperty("aspect").GetString()));
        Assert.Equal(["Tài chính - Kế hoạch"], differences[0].GetProperty("onlyComputedNames").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(JsonValueKind.Null, differences[1].GetProperty("published").ValueKind);
    }

    [Fact]
    public void A_missing_file_is_one_error_line_naming_it_with_exit_2()
    {
        var path = Path.Combine(_folder, "nowhere.json");

        var run = CliRun.Of("reconcile", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal($"{CliRun.ErrorPrefix}cannot read '{path}': no such file\n", run.Stderr);
    }

    [Fact]
    public void Invalid_json_is_one_error_line_naming_the_file_and_the_place()
    {
        var broken = WriteFile("broken.json", "{ \"title\": \"T\",\n  oops }");
        var wrong = WriteFile("wrong.json", """{ "title": "T", "locality": "L", "figures": [ { "key": "timeliness.total.district", "kind": "count", "printed": "x", "count": -1 } ] }""");

        var syntax = CliRun.Of("reconcile", broken);
        var data = CliRun.Of("reconcile", wrong);

        Assert.Equal(2, syntax.ExitCode);
        var line = Assert.Single(syntax.StderrLines);
        Assert.StartsWith($"{CliRun.ErrorPrefix}'{broken}': invalid JSON at line 2, byte 3: ", line, StringComparison.Ordinal);
        Assert.Equal(2, data.ExitCode);
        Assert.Equal($"{CliRun.ErrorPrefix}'{wrong}': $.figures[0].count: expected a whole number of 0 or more, below 10^15; was -1\n", data.Stderr);
    }

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["reconcile"], "missing FILE (reconcile needs a published report: FILE, a JSON file, or --sample NAME, one of: tu-ky-2023)" },
        { ["reconcile", "a.json", "b.json"], "unexpected argument 'b.json' (expected one of: --sample, --against-sample, --format)" },
        { ["reconcile", "a.json", "--sample", "tu-ky-2023"], "give either FILE ('a.json') or --sample NAME, not both" },
        { ["reconcile", "--sample", "ha-noi-2024"], "unknown sample 'ha-noi-2024' (expected one of: tu-ky-2023)" },
        { ["reconcile", "--sample", "tu-ky-2023", "--against-sample", "x"], "unknown sample 'x' for option '--against-sample' (expected one of: tu-ky-2023)" },
        { ["reconcile", "--sample", "tu-ky-2023", "--format", "csv"], "invalid value 'csv' for option '--format' (expected one of: text, json)" },
        { ["reconcile", "--compare", "--sample", "tu-ky-2023"], "unknown option '--compare' (expected one of: --sample, --against-sample, --format)" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Usage_errors_print_one_line_and_exit_2(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(CliRun.ErrorPrefix + message + "\n", run.Stderr);
    }

    [Fact]
    public void Help_lists_the_reconcile_command()
    {
        var run = CliRun.Of("reconcile", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  onestop-metrics reconcile (FILE | --sample NAME) [--against-sample NAME] [--format text|json]", run.StdoutLines);
    }
}
