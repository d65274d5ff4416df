using System;
using System.IO;

namespace OneStop.Metrics.Package.Tests.Feed;

/// <summary>Where the working copy is, seen from the test binaries.</summary>
public static class RepositoryPaths
{
    /// <summary>The nearest folder above the test binaries that holds <c>OneStop.Metrics.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">No such folder (the tests run outside a working copy).</exception>
    public static string Root { get; } = FindRoot(new DirectoryInfo(AppContext.BaseDirectory));

    private static string FindRoot(DirectoryInfo? folder) =>
        folder is null ? throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds OneStop.Metrics.sln.")
        : File.Exists(Path.Combine(folder.FullName, "OneStop.Metrics.sln")) ? folder.FullName
        : FindRoot(folder.Parent);
}
