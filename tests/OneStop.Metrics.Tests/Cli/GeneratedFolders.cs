using System;
using System.IO;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>
/// Two data folders written once per test class: <see cref="Clean"/>, as <c>generate --dossiers 500 --seed 3 --shape
/// small</c> writes it, and <see cref="Broken"/>, the same with three bad dossier rows — line 2 names an unknown
/// procedure (<c>OSM6002</c>), line 6 has <c>two</c> result documents (<c>OSM9004</c>), line 8 has a sixteenth cell
/// (<c>OSM9008</c>).
/// </summary>
public sealed class GeneratedFolders : IDisposable
{
    /// <summary>The lines of the broken rows in <see cref="Broken"/>'s dossier file, with their codes.</summary>
    public static readonly (int Line, string Code)[] BrokenRows = [(2, "OSM6002"), (6, "OSM9004"), (8, "OSM9008")];

    public GeneratedFolders()
    {
        var root = Path.Combine(Path.GetTempPath(), "onestop-cli-" + Guid.NewGuid().ToString("N"));
        Clean = Path.Combine(root, "clean");
        Broken = Path.Combine(root, "broken");
        Root = root;
        var generate = CliRun.Of("generate", "--dossiers", "500", "--seed", "3", "--out", Clean, "--shape", "small");
        Assert.Equal(0, generate.ExitCode);

        Directory.CreateDirectory(Broken);
        foreach (var file in Directory.GetFiles(Clean))
        {
            File.Copy(file, Path.Combine(Broken, Path.GetFileName(file)));
        }

        var dossiers = Path.Combine(Broken, "dossiers.csv");
        var lines = File.ReadAllLines(dossiers);
        var header = lines[0].Split(',');
        lines[1] = WithCell(lines[1], Array.IndexOf(header, "procedure_code"), "NO-SUCH-PROCEDURE");
        lines[5] = WithCell(lines[5], Array.IndexOf(header, "result_documents"), "two");
        lines[7] += ",extra";
        File.WriteAllLines(dossiers, lines);
    }

    /// <summary>The folder holding both.</summary>
    public string Root { get; }

    /// <summary>The generated folder.</summary>
    public string Clean { get; }

    /// <summary>The generated folder with three bad rows.</summary>
    public string Broken { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>A copy of <see cref="Clean"/> under <see cref="Root"/> with one file rewritten.</summary>
    /// <param name="name">The copy's folder name.</param>
    /// <param name="file">The file to rewrite, e.g. <c>dossiers.csv</c>.</param>
    /// <param name="rewrite">The file's new bytes, from its path in the copy.</param>
    /// <returns>The copy's path.</returns>
    public string CopyOfClean(string name, string file, Func<string, byte[]> rewrite)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        foreach (var path in Directory.GetFiles(Clean))
        {
            File.Copy(path, Path.Combine(folder, Path.GetFileName(path)), overwrite: true);
        }

        var target = Path.Combine(folder, file);
        File.WriteAllBytes(target, rewrite(target));
        return folder;
    }

    private static string WithCell(string line, int column, string value)
    {
        var cells = line.Split(',');
        cells[column] = value;
        return string.Join(',', cells);
    }
}
