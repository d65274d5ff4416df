using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive.Documents;
using Xunit;

namespace OneStop.Metrics.Package.Tests.Notebooks;

/// <summary>The harness itself, on small notebooks that need no package: outputs are kept, a failing cell is named.</summary>
[Collection(NotebookKernelCollection.Name)]
public sealed class NotebookRunnerTests
{
    private static readonly TimeSpan CellTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Cells_run_in_order_sharing_state_and_keep_their_outputs()
    {
        var document = Document("# Title", "var x = 6 * 7;", "Console.Write(\"out\"); x", "display(\"shown\");");

        var run = await NotebookRunner.RunAsync("ok.ipynb", document, CellTimeout);

        Assert.Null(run.FailureMessage);
        Assert.Equal([2, 3, 4], run.Cells.Select(c => c.Number));
        Assert.Contains(run.Cells[1].Outputs, o => o.Values.Any(v => v.Contains("42", StringComparison.Ordinal)));
        Assert.Contains(run.Cells[1].Outputs, o => o.TryGetValue("text/plain", out var text) && text == "out");
        Assert.Equal("shown", run.Cells[2].Text);
        Assert.Equal([1, 2, 3], document.Elements.Skip(1).Select(e => e.ExecutionOrder));
        Assert.Equal(2, document.Elements[2].Outputs.Count);
    }

    [Fact]
    public async Task A_runtime_error_stops_the_run_and_names_the_notebook_and_cell()
    {
        var document = Document("var x = 1;", "# Notes", "throw new InvalidOperationException(\"boom\");", "x");

        var run = await NotebookRunner.RunAsync("failing.ipynb", document, CellTimeout);

        Assert.Equal(3, run.Failed!.Number);
        Assert.Equal([1, 3], run.Cells.Select(c => c.Number));
        Assert.StartsWith("failing.ipynb: cell 3 failed (throw new InvalidOperationException(\"boom\"); …): ", run.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("boom", run.FailureMessage, StringComparison.Ordinal);
        Assert.IsType<ErrorElement>(Assert.Single(document.Elements[2].Outputs));
    }

    [Fact]
    public async Task A_compilation_error_fails_its_cell()
    {
        var run = await NotebookRunner.RunAsync("broken.ipynb", Document("int x = ;"), CellTimeout);

        Assert.Equal(1, run.Failed!.Number);
        Assert.Contains("CS1525", run.FailureMessage, StringComparison.Ordinal);
    }

    private static InteractiveDocument Document(params string[] cells) =>
        new([.. cells.Select(c => new InteractiveDocumentElement(c, c.StartsWith('#') ? "markdown" : NotebookFiles.CSharpKernel, []))]);
}
