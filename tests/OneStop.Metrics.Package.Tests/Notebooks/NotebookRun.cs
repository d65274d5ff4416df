using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.DotNet.Interactive.Documents;

namespace OneStop.Metrics.Package.Tests.Notebooks;

/// <summary>One executed cell: its number in the notebook (1-based, markdown cells included), code and outputs.</summary>
/// <param name="Number">The cell's position in the notebook file, from 1.</param>
/// <param name="Code">The code run.</param>
/// <param name="Outputs">Each output (display or return value) as MIME type → text.</param>
/// <param name="Failure">The error message when the cell failed; <see langword="null"/> when it succeeded.</param>
/// <param name="Elapsed">How long the cell ran.</param>
public sealed record NotebookCellRun(int Number, string Code, IReadOnlyList<IReadOnlyDictionary<string, string>> Outputs,
    string? Failure, TimeSpan Elapsed)
{
    /// <summary>The HTML of the cell's only output that has one.</summary>
    public string Html => Outputs.Single(o => o.ContainsKey("text/html"))["text/html"];

    /// <summary>The plain text of the cell's only output that has one.</summary>
    public string Text => Outputs.Single(o => o.ContainsKey("text/plain"))["text/plain"];
}

/// <summary>A notebook run: the document with its outputs and the cells run, up to and including a failing one.</summary>
/// <param name="Name">The notebook's file name.</param>
/// <param name="Document">The document, with outputs.</param>
/// <param name="Cells">The cells run, in order.</param>
/// <param name="Elapsed">How long the whole run took.</param>
public sealed record NotebookRun(string Name, InteractiveDocument Document, IReadOnlyList<NotebookCellRun> Cells, TimeSpan Elapsed)
{
    /// <summary>The failing cell, if any.</summary>
    public NotebookCellRun? Failed => Cells.FirstOrDefault(c => c.Failure is not null);

    /// <summary>The run cell whose whole code is <paramref name="code"/> (trimmed).</summary>
    public NotebookCellRun Cell(string code) => Cells.Single(c => c.Code.Trim() == code);

    /// <summary>The run cell whose last line is <paramref name="lastLine"/>: the expression the cell shows.</summary>
    public NotebookCellRun CellShowing(string lastLine) => Cells.Single(c => c.Code.TrimEnd().Split('\n')[^1].Trim() == lastLine);

    /// <summary>A failure message naming the notebook, the cell and its first line, or <see langword="null"/>.</summary>
    public string? FailureMessage => Failed is { } cell
        ? $"{Name}: cell {cell.Number} failed ({cell.Code.Split('\n')[0].Trim()} …): {cell.Failure}"
        : null;
}
