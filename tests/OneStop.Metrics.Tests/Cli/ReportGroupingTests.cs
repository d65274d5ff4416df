using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using OneStop.Metrics.Printing;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary><c>report --by level|unit|field</c> in text, JSON and CSV agrees with the plain report of the same folder.</summary>
public sealed class ReportGroupingTests : IClassFixture<GeneratedFolders>
{
    private readonly GeneratedFolders _folders;

    public ReportGroupingTests(GeneratedFolders folders) => _folders = folders;

    private CliRun Report(params string[] more) =>
        CliRun.Of(["report", _folders.Clean, "--from", "2023-01-01", "--to", "2023-12-31", .. more]);

    /// <summary>The plain JSON report's figures by key.</summary>
    private Dictionary<string, JsonElement> PlainFigures(out long dossiersInPeriod)
    {
        var run = Report("--format", "json");
        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        dossiersInPeriod = root.GetProperty("dossiersInPeriod").GetInt64();
        return root.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.Clone());
    }

    private static JsonElement Grouped(CliRun run, string by)
    {
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var root = JsonDocument.Parse(run.Stdout).RootElement.Clone();
        Assert.Equal(by, root.GetProperty("by").GetString());
        return root;
    }

    [Fact]
    public void By_level_json_gives_each_level_the_figures_of_the_plain_report()
    {
        var plain = PlainFigures(out var inPeriod);
        var root = Grouped(Report("--by", "level", "--format", "json"), "level");

        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["province", "district", "commune"], groups.Select(g => g.GetProperty("level").GetString()));
        foreach (var group in groups)
        {
            var level = group.GetProperty("level").GetString();
            var figures = group.GetProperty("figures");
            Assert.Equal(plain[$"timeliness.total.{level}"].GetProperty("count").GetInt64(), figures.GetProperty("timeliness.total").GetInt64());
            Assert.Equal(plain[$"timeliness.received.{level}"].GetProperty("count").GetInt64(), figures.GetProperty("timeliness.received").GetInt64());
            foreach (var ratio in new[] { "digitization.intake", "timeliness.on-time", "online-intake" })
            {
                Assert.Equal(plain[$"{ratio}.{level}"].GetProperty("numerator").GetInt64(), figures.GetProperty(ratio).GetProperty("numerator").GetInt64());
                Assert.Equal(plain[$"{ratio}.{level}"].GetProperty("denominator").GetInt64(), figures.GetProperty(ratio).GetProperty("denominator").GetInt64());
                Assert.Equal(plain[$"{ratio}.{level}"].GetProperty("percentage").GetRawText(), figures.GetProperty(ratio).GetProperty("percentage").GetRawText());
            }
        }

        Assert.Equal(inPeriod, groups.Sum(g => g.GetProperty("figures").GetProperty("timeliness.total").GetInt64()));
        Assert.Equal(inPeriod, root.GetProperty("total").GetProperty("figures").GetProperty("timeliness.total").GetInt64());
        Assert.Equal(482, inPeriod);
        Assert.Equal(500, root.GetProperty("rows").GetProperty("read").GetInt64());
    }

    [Theory]
    [InlineData("unit")]
    [InlineData("field")]
    public void By_unit_and_by_field_partition_each_level(string by)
    {
        var plain = PlainFigures(out var inPeriod);
        var root = Grouped(Report("--by", by, "--format", "json"), by);

        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        Assert.True(groups.Count > 3, $"{groups.Count} groups");
        foreach (var level in new[] { "province", "district", "commune" })
        {
            var ofLevel = groups.Where(g => g.GetProperty("level").GetString() == level).ToList();
            Assert.NotEmpty(ofLevel);
            foreach (var count in new[] { "total", "received", "carried-over", "in-progress" })
            {
                Assert.Equal(plain[$"timeliness.{count}.{level}"].GetProperty("count").GetInt64(),
                    ofLevel.Sum(g => g.GetProperty("figures").GetProperty($"timeliness.{count}").GetInt64()));
            }

            Assert.Equal(plain[$"digitization.intake.{level}"].GetProperty("numerator").GetInt64(),
                ofLevel.Sum(g => g.GetProperty("figures").GetProperty("digitization.intake").GetProperty("numerator").GetInt64()));
        }

        Assert.Equal(inPeriod, groups.Sum(g => g.GetProperty("figures").GetProperty("timeliness.total").GetInt64()));
    }

    [Fact]
    public void By_unit_names_the_one_stop_departments_in_reference_order()
    {
        var root = Grouped(Report("--by", "unit", "--format", "json"), "unit");

        var first = root.GetProperty("groups").EnumerateArray().First();
        Assert.Equal("99-TTPVHCC", first.GetProperty("code").GetString());
        Assert.Equal("Trung tâm Phục vụ hành chính công tỉnh Định Thịnh", first.GetProperty("name").GetString());
        Assert.Equal(72, first.GetProperty("figures").GetProperty("timeliness.total").GetInt64());
        Assert.Equal(9, root.GetProperty("groups").GetArrayLength());
    }

    [Theory]
    [InlineData("level")]
    [InlineData("unit")]
    [InlineData("field")]
    public void By_csv_has_one_row_per_json_group_with_the_same_numbers(string by)
    {
        var json = Grouped(Report("--by", by, "--format", "json"), by).GetProperty("groups").EnumerateArray().ToList();
        var run = Report("--by", by, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var (columns, all) = CsvOutput.Parse(run.Stdout);
        var rows = all.Where(r => r["level"] is not ("rows" or "reference")).ToList();
        Assert.Equal(["entries", "rejected", "rows-left-out"], all.Where(r => r["level"] == "reference").Select(r => r["code"]));
        Assert.Equal(["lines", "header-lines", "blank-lines", "read", "accepted", "rejected", "warnings"],
            all.Where(r => r["level"] == "rows").Select(r => r["code"]));
        Assert.Equal("500", all.Single(r => r["level"] == "rows" && r["code"] == "read")["name"]);
        Assert.Equal(["level", "code", "name", "timeliness.total"], columns.Take(4));
        Assert.Contains("digitization.intake.percentage", columns);
        Assert.Equal(json.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var figures = json[i].GetProperty("figures");
            Assert.Equal(json[i].GetProperty("code").GetString(), rows[i]["code"]);
            Assert.Equal(json[i].GetProperty("name").GetString(), rows[i]["name"]);
            Assert.Equal(figures.GetProperty("timeliness.total").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i]["timeliness.total"]);
            Assert.Equal(figures.GetProperty("online-intake").GetProperty("numerator").GetRawText(), rows[i]["online-intake.numerator"]);
            Assert.Equal(figures.GetProperty("online-intake").GetProperty("percentage").GetRawText(), rows[i]["online-intake.percentage"]);
        }
    }

    [Theory]
    [InlineData("level")]
    [InlineData("unit")]
    [InlineData("field")]
    public void By_text_prints_a_table_whose_totals_row_is_the_report_total(string by)
    {
        PlainFigures(out var inPeriod);
        var run = Report("--by", by);

        Assert.Equal(0, run.ExitCode);
        var lines = run.StdoutLines;
        var firstRule = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        var headingRow = lines[firstRule - 1];
        Assert.StartsWith(by == "level" ? "Cấp        Tổng số" : "Cấp        Mã ", headingRow, StringComparison.Ordinal);
        Assert.Contains("Tổng số", headingRow, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ đúng hạn", headingRow, StringComparison.Ordinal);
        var totals = Assert.Single(lines, l => l.StartsWith("Tổng cộng ", StringComparison.Ordinal));
        Assert.Equal(NumberFormatter.FormatCount(inPeriod, NumberStyle.Vietnamese), totals.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^10]);
        Assert.Equal("lines: 501, rows read: 500, accepted: 500, rejected: 0, warnings: 0, blank lines: 0", lines.Where(l => l.Length > 0).Last());

        var lastRule = Array.FindLastIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        var sum = lines[(firstRule + 1)..lastRule]
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Sum(cells => long.Parse(cells[^10].Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(inPeriod, sum);
    }

    [Fact]
    public void By_level_text_in_english_uses_english_headings_and_invariant_numbers()
    {
        var run = Report("--by", "level", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("Level     Total  Carried over  Received  Resolved  On-time rate", StringComparison.Ordinal));
        var commune = Assert.Single(run.StdoutLines, l => l.StartsWith("Communes ", StringComparison.Ordinal));
        Assert.Equal(["Communes", "367", "1", "366", "361", "100.00%", "0.00%", "3", "96.17%", "96.12%", "100.00%"],
            commune.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Plain_csv_has_one_row_per_printed_figure_then_the_row_counts()
    {
        var plain = PlainFigures(out _);
        var run = Report("--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var (columns, rows) = CsvOutput.Parse(run.Stdout);
        Assert.Equal(["key", "text", "count", "numerator", "denominator", "percentage"], columns);
        Assert.Equal(plain.Keys.Concat(["reference.entries", "reference.rejected", "reference.rows-left-out", "rows.lines", "rows.header-lines", "rows.blank-lines", "rows.read", "rows.accepted", "rows.rejected", "rows.warnings"]), rows.Select(r => r["key"]));
        var intake = rows.Single(r => r["key"] == "digitization.intake.commune");
        Assert.Equal(["352", "366", "96.17", ""], [intake["numerator"], intake["denominator"], intake["percentage"], intake["count"]]);
        Assert.Equal("352/366 đạt tỷ lệ 96,17%", intake["text"]);
        Assert.Equal(482, new[] { "province", "district", "commune" }
            .Sum(level => long.Parse(rows.Single(r => r["key"] == $"timeliness.total.{level}")["count"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("500", rows.Single(r => r["key"] == "rows.read")["count"]);
    }
}
