using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace OneStop.Metrics.Package.Tests.Notebooks;

/// <summary>
/// Runs a notebook's C# cells in order in a fresh in-process C# kernel with <c>#r "nuget:"</c>, <c>#i</c> and
/// <c>display()</c>, as Polyglot Notebooks does, and puts each cell's outputs into the document. Stops at the
/// first failing cell.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs the document's cells.</summary>
    /// <param name="name">The notebook's name, for messages.</param>
    /// <param name="document">The notebook; its code cells get their outputs and execution order.</param>
    /// <param name="cellTimeout">The longest one cell may run.</param>
    /// <returns>The run: each executed cell's outputs, and the failure if a cell failed.</returns>
    public static async Task<NotebookRun> RunAsync(string name, InteractiveDocument document, TimeSpan cellTimeout)
    {
        var total = Stopwatch.StartNew();
        using var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                return Task.CompletedTask;
            }, false)
            .UseKernelHelpers()
            .UseValueSharing();
        using var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;

        var cells = new List<NotebookCellRun>();
        var order = 0;
        for (var index = 0; index < document.Elements.Count; index++)
        {
            var element = document.Elements[index];
            if (element.KernelName != NotebookFiles.CSharpKernel)
            {
                continue;
            }

            var watch = Stopwatch.StartNew();
            using var timeout = new CancellationTokenSource(cellTimeout);
            KernelCommandResult result;
            try
            {
                result = await composite.SendAsync(new SubmitCode(element.Contents), timeout.Token).WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                var timedOut = new NotebookCellRun(index + 1, element.Contents, [], $"timed out after {cellTimeout.TotalSeconds:0} s", watch.Elapsed);
                cells.Add(timedOut);
                return new NotebookRun(name, document, cells, total.Elapsed);
            }

            element.ExecutionOrder = ++order;
            var cell = Collect(index + 1, element, result.Events, order, watch.Elapsed);
            cells.Add(cell);
            if (cell.Failure is not null)
            {
                break;
            }
        }

        return new NotebookRun(name, document, cells, total.Elapsed);
    }

    private static NotebookCellRun Collect(int number, InteractiveDocumentElement element, IEnumerable<KernelEvent> events,
        int order, TimeSpan elapsed)
    {
        element.Outputs.Clear();
        var outputs = new List<IReadOnlyDictionary<string, string>>();
        string? failure = null;
        foreach (var kernelEvent in events)
        {
            switch (kernelEvent)
            {
                case CommandFailed failed:
                    failure ??= failed.Message;
                    element.Outputs.Add(new ErrorElement(failed.Message, failed.Exception?.GetType().Name ?? "Error", []));
                    break;
                case ErrorProduced error:
                    failure ??= error.Message;
                    break;
                case DisplayedValueUpdated:
                    // Progress of #r "nuget:" (Installing… → Installed): the first display is kept.
                    break;
                case ReturnValueProduced value:
                    var returned = new ReturnValueElement { ExecutionOrder = order };
                    foreach (var formatted in value.FormattedValues)
                    {
                        returned.Data[formatted.MimeType] = formatted.Value;
                    }

                    element.Outputs.Add(returned);
                    outputs.Add(Values(value));
                    break;
                case StandardOutputValueProduced output:
                    element.Outputs.Add(new TextElement(string.Concat(output.FormattedValues.Select(f => f.Value)), "stdout"));
                    outputs.Add(Values(output));
                    break;
                case StandardErrorValueProduced error:
                    element.Outputs.Add(new TextElement(string.Concat(error.FormattedValues.Select(f => f.Value)), "stderr"));
                    outputs.Add(Values(error));
                    break;
                case DisplayEvent display:
                    element.Outputs.Add(new DisplayElement(display.FormattedValues.ToDictionary(f => f.MimeType, f => (object)f.Value)));
                    outputs.Add(Values(display));
                    break;
            }
        }

        return new NotebookCellRun(number, element.Contents, outputs, failure, elapsed);
    }

    private static Dictionary<string, string> Values(DisplayEvent display) =>
        display.FormattedValues.ToDictionary(f => f.MimeType, f => f.Value);
}
