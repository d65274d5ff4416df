using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Xunit;

namespace OneStop.Metrics.Package.Tests.Notebooks;

/// <summary>
/// The notebooks as committed: no outputs (executed copies live in .ci/out only, so nothing stale is committed),
/// and a first code cell that loads the published packages, which a test run can point at its feed.
/// </summary>
public sealed class CommittedNotebookTests
{
    public static TheoryData<string> Notebooks => new(NotebookFiles.Names);

    [Fact]
    public void The_notebooks_folder_holds_the_two_notebooks() =>
        Assert.Equal(["province.ipynb", "tu-ky-2023.ipynb"], NotebookFiles.Names);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_committed_notebook_has_no_outputs_and_no_execution_counts(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(NotebookFiles.Folder, name)));
        var cells = json.RootElement.GetProperty("cells").EnumerateArray().ToList();

        Assert.NotEmpty(cells);
        foreach (var (cell, index) in cells.Select((c, i) => (c, i + 1)).Where(p => p.c.GetProperty("cell_type").GetString() == "code"))
        {
            Assert.True(cell.GetProperty("outputs").GetArrayLength() == 0, $"{name}: cell {index} has outputs; commit notebooks cleared");
            Assert.True(cell.GetProperty("execution_count").ValueKind == JsonValueKind.Null, $"{name}: cell {index} has an execution count");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_committed_notebook_loads_the_published_packages_in_its_first_code_cell(string name)
    {
        var cell = PackageDirectives.LoadingCell(NotebookFiles.Read(name));

        Assert.StartsWith("#r \"nuget: OneStop.Metrics, *-*\"", cell.Contents, StringComparison.Ordinal);
        Assert.DoesNotContain("#i ", cell.Contents, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_run_points_the_loading_cell_at_its_feed_and_version()
    {
        var document = new InteractiveDocument([
            new InteractiveDocumentElement("# Title", "markdown", []),
            new InteractiveDocumentElement("#r \"nuget: OneStop.Metrics, *-*\"\n#r \"nuget:OneStop.Metrics.Csv,1.0.0\"\nusing OneStop.Metrics;", "csharp", []),
            new InteractiveDocumentElement("#r \"nuget: OneStop.Metrics, *-*\"", "csharp", []),
        ]);

        var ids = PackageDirectives.UseFeed(document, "/tmp/feed", "0.0.0-ci.1");

        Assert.Equal(["OneStop.Metrics", "OneStop.Metrics.Csv"], ids);
        Assert.Equal("#i \"nuget: /tmp/feed\"\n#r \"nuget: OneStop.Metrics, 0.0.0-ci.1\"\n#r \"nuget: OneStop.Metrics.Csv, 0.0.0-ci.1\"\nusing OneStop.Metrics;",
            document.Elements[1].Contents);
        Assert.Equal("#r \"nuget: OneStop.Metrics, *-*\"", document.Elements[2].Contents);
    }

    [Fact]
    public void A_notebook_whose_first_code_cell_loads_no_package_is_refused()
    {
        var document = new InteractiveDocument([new InteractiveDocumentElement("var x = 1;", "csharp", [])]);

        var error = Assert.Throws<InvalidOperationException>(() => PackageDirectives.UseFeed(document, "/tmp/feed", "1.0.0"));
        Assert.Contains("var x = 1;", error.Message, StringComparison.Ordinal);
    }
}
