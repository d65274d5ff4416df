using System;
using System.IO;

namespace OneStop.Metrics.Tests;

/// <summary>The repository's files, for the tests that read its docs, scripts and data: the one place the root is found.</summary>
internal static class RepositoryFiles
{
    private const string SolutionFile = "OneStop.Metrics.sln";

    /// <summary>The repository root: the nearest folder above the test binaries that holds the solution file.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file or folder of the repository, given its path parts from the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The text of a file of the repository, given its path parts from the root.</summary>
    public static string ReadAllText(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
