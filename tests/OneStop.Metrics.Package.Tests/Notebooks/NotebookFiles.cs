using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using OneStop.Metrics.Package.Tests.Feed;

namespace OneStop.Metrics.Package.Tests.Notebooks;

/// <summary>The committed notebooks (docs/notebooks/*.ipynb) and how they are read and written.</summary>
public static class NotebookFiles
{
    /// <summary>The kernel name of C# cells, as Polyglot Notebooks writes it.</summary>
    public const string CSharpKernel = "csharp";

    /// <summary>The folder of the committed notebooks.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "docs", "notebooks");

    /// <summary>Where CI keeps the executed copies: <c>.ci/out/notebooks</c> (ignored by git).</summary>
    public static string OutputFolder { get; } = Path.Combine(RepositoryPaths.Root, ".ci", "out", "notebooks");

    /// <summary>The file names of the committed notebooks, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(Folder, "*.ipynb").Select(Path.GetFileName).Order().Cast<string>()];

    /// <summary>The kernels the notebooks use: C# only.</summary>
    public static KernelInfoCollection Kernels()
    {
        var kernels = new KernelInfoCollection { new KernelInfo(CSharpKernel, "C#", ["c#", "C#"]) };
        kernels.DefaultKernelName = CSharpKernel;
        return kernels;
    }

    /// <summary>Reads a committed notebook.</summary>
    /// <param name="name">Its file name in <see cref="Folder"/>.</param>
    /// <returns>The document.</returns>
    public static InteractiveDocument Read(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, name));
        return Notebook.Read(stream, Kernels());
    }

    /// <summary>Writes an executed copy into <see cref="OutputFolder"/>.</summary>
    /// <param name="name">The notebook's file name.</param>
    /// <param name="document">The document with its outputs.</param>
    /// <returns>The path written.</returns>
    public static string WriteExecuted(string name, InteractiveDocument document)
    {
        Directory.CreateDirectory(OutputFolder);
        var path = Path.Combine(OutputFolder, name);
        using var stream = File.Create(path);
        Notebook.Write(document, stream, Kernels());
        return path;
    }
}
