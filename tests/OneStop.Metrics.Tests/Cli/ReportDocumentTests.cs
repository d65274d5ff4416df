using System;
using System.IO;
using System.Linq;
using OneStop.Metrics.Cli.Output;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>The command line section of docs/csv-schema.md and README.md say what <c>report</c> does.</summary>
public sealed class ReportDocumentTests
{
    private static readonly Lazy<string> Schema = new(() => RepositoryFiles.ReadAllText("docs", "csv-schema.md"));

    [Fact]
    public void The_documented_table_by_level_is_what_the_command_prints()
    {
        var block = MarkedText.Between(Schema.Value, "<!-- report-by-level-begin -->\n```text\n", "```\n<!-- report-by-level-end -->",
            "docs/csv-schema.md");

        var run = CliRun.Of("report", "--sample", "tu-ky-2023", "--by", "level");

        Assert.Contains("\n\n" + block + "\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_group_figure_key_is_in_the_documented_table()
    {
        var rows = Schema.Value.Split('\n').Where(l => l.StartsWith("| `timeliness.", StringComparison.Ordinal)
            || l.StartsWith("| `digitization.", StringComparison.Ordinal) || l.StartsWith("| `reuse.", StringComparison.Ordinal)
            || l.StartsWith("| `online-intake`", StringComparison.Ordinal) || l.StartsWith("| `boundary-free.", StringComparison.Ordinal)).ToList();

        Assert.All(GroupFigure.All, figure => Assert.Single(rows, r => r.Contains($"`{figure.Key}`", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_report_option_is_in_the_readme_and_the_schema_page()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var report = new OneStop.Metrics.Cli.Commands.ReportCommand();

        Assert.All(report.Options, option =>
        {
            Assert.Contains(option.Name, readme, StringComparison.Ordinal);
            if (option.Name != "--sample")
            {
                Assert.Contains(option.Name, Schema.Value, StringComparison.Ordinal);
            }
        });
    }
}
