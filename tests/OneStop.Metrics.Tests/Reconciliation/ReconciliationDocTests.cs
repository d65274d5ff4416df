using System;
using System.Linq;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Tests.Cli;
using Xunit;

namespace OneStop.Metrics.Tests.Reconciliation;

/// <summary>docs/reconciliation.md says what the code does: the seed's output, and every key of the scheme.</summary>
public sealed class ReconciliationDocTests
{
    private static readonly Lazy<string> Doc = new(() => RepositoryFiles.ReadAllText("docs", "reconciliation.md"));

    [Fact]
    public void The_documented_seed_output_is_what_the_command_prints()
    {
        var block = MarkedText.Between(Doc.Value, "<!-- reconcile-seed-begin -->\n```text\n", "```\n<!-- reconcile-seed-end -->",
            "docs/reconciliation.md");

        var run = CliRun.Of("reconcile", "--sample", "tu-ky-2023", "--against-sample", "tu-ky-2023");

        Assert.Equal(run.Stdout, block);
    }

    [Fact]
    public void Every_key_pattern_has_a_row_in_the_documented_key_table()
    {
        foreach (var family in FigureCatalogue.All)
        {
            var kind = PublishedFigure.KindName(family.Kind);
            Assert.Contains($"| `{family.Pattern}` | {kind} |", Doc.Value, StringComparison.Ordinal);
        }
    }
}
