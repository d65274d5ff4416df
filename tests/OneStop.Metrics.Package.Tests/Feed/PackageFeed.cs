using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace OneStop.Metrics.Package.Tests.Feed;

/// <summary>
/// A local NuGet feed holding OneStop.Metrics, OneStop.Metrics.Csv and OneStop.Metrics.Cli packed once per test run
/// from this working copy (Release, as CI builds them: <c>ContinuousIntegrationBuild=true</c>) with a version used
/// by no other run (<see cref="Version"/>), so that NuGet's global packages folder, which keeps the first copy of a
/// version forever, never serves a stale package. Share it with <c>[Collection(PackageFeedCollection.Name)]</c>.
/// <para>
/// Everything lives under one temporary folder (<see cref="WorkRoot"/>): the feed, the pack's bin/obj (an
/// artifacts path, so that the working copy's own bin/obj are untouched) and the folders tests ask for with
/// <see cref="CreateWorkDirectory"/>. <see cref="DisposeAsync"/> deletes it and removes this version's folders
/// from the global packages folder.
/// </para>
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    /// <summary>The packed package ids, in the order they are packed.</summary>
    public static readonly IReadOnlyList<string> PackageIds = ["OneStop.Metrics", "OneStop.Metrics.Csv", "OneStop.Metrics.Cli"];

    /// <summary>The longest a single pack may take.</summary>
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(4);

    private string? _globalPackagesFolder;

    /// <summary>Creates the feed's folders and chooses the version; <see cref="InitializeAsync"/> packs.</summary>
    public PackageFeed()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Version = $"0.0.0-ci.{stamp}.g{Guid.NewGuid().ToString("N")[..12]}";
        WorkRoot = Directory.CreateTempSubdirectory("onestop-package-tests-").FullName;
        FeedDirectory = Directory.CreateDirectory(Path.Combine(WorkRoot, "feed")).FullName;
        ArtifactsDirectory = Path.Combine(WorkRoot, "artifacts");
    }

    /// <summary>The version of every package in the feed: <c>0.0.0-ci.&lt;UTC time&gt;.g&lt;random hex&gt;</c>.</summary>
    public string Version { get; }

    /// <summary>The feed: a folder holding the <c>.nupkg</c> and <c>.snupkg</c> files; usable as a NuGet source.</summary>
    public string FeedDirectory { get; }

    /// <summary>The temporary folder holding the feed, the pack's artifacts and the tests' work folders.</summary>
    public string WorkRoot { get; }

    /// <summary>The pack's artifacts path (bin, obj, publish), inside <see cref="WorkRoot"/>.</summary>
    public string ArtifactsDirectory { get; }

    /// <summary>The working copy the packages are packed from: the nearest folder above the tests holding the solution.</summary>
    public string RepositoryRoot { get; } = RepositoryPaths.Root;

    /// <summary>The path of a package in the feed.</summary>
    /// <param name="packageId">One of <see cref="PackageIds"/>.</param>
    /// <returns>The <c>.nupkg</c> path.</returns>
    public string PackagePath(string packageId) => Path.Combine(FeedDirectory, $"{packageId}.{Version}.nupkg");

    /// <summary>The path of a package's symbol package in the feed.</summary>
    /// <param name="packageId">One of <see cref="PackageIds"/>.</param>
    /// <returns>The <c>.snupkg</c> path.</returns>
    public string SymbolPackagePath(string packageId) => Path.Combine(FeedDirectory, $"{packageId}.{Version}.snupkg");

    /// <summary>Creates a new empty folder under <see cref="WorkRoot"/>, deleted with the feed.</summary>
    /// <param name="name">A name for the folder; a number is added when the name is taken.</param>
    /// <returns>The folder's full path.</returns>
    public string CreateWorkDirectory(string name)
    {
        var path = Path.Combine(WorkRoot, "work", name);
        for (var n = 2; Directory.Exists(path); n++)
        {
            path = Path.Combine(WorkRoot, "work", string.Create(CultureInfo.InvariantCulture, $"{name}-{n}"));
        }

        return Directory.CreateDirectory(path).FullName;
    }

    /// <summary>
    /// Writes a <c>nuget.config</c> into a folder whose package sources are this feed only, or this feed and
    /// nuget.org; sources from the machine's or user's configuration are cleared.
    /// </summary>
    /// <param name="directory">The folder (a project folder, or the folder given to <c>--configfile</c>).</param>
    /// <param name="includeNuGetOrg">Whether nuget.org is a source too (for the packages' dependencies).</param>
    /// <returns>The file's path.</returns>
    public string WriteNuGetConfig(string directory, bool includeNuGetOrg)
    {
        var nugetOrg = includeNuGetOrg
            ? "\n    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />"
            : string.Empty;
        var path = Path.Combine(directory, "nuget.config");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="onestop-package-tests" value="{FeedDirectory}" />{nugetOrg}
              </packageSources>
            </configuration>

            """);
        return path;
    }

    /// <summary>Runs <c>dotnet</c> with the test-run environment of <see cref="ProcessRunner"/>.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="timeout">How long to wait; <see cref="ProcessRunner.DefaultTimeout"/> when <see langword="null"/>.</param>
    /// <returns>How the process ended.</returns>
    public Task<ProcessResult> RunDotnetAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null) =>
        ProcessRunner.RunDotnetAsync(workingDirectory, arguments, timeout);

    /// <summary>
    /// Packs the three projects into <see cref="FeedDirectory"/>, one after the other (each pack reuses what the
    /// previous one built). Throws, with the failing command's output, when a pack fails.
    /// </summary>
    /// <returns>A task that completes when the feed is ready.</returns>
    public async Task InitializeAsync()
    {
        foreach (var id in PackageIds)
        {
            var project = Path.Combine(RepositoryRoot, "src", id, id + ".csproj");
            (await RunDotnetAsync(RepositoryRoot, ["pack", project, "-o", FeedDirectory, .. BuildOptions], PackTimeout)
                .ConfigureAwait(false)).EnsureSuccess();
        }

        var missing = PackageIds.SelectMany(id => new[] { PackagePath(id), SymbolPackagePath(id) }).Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("The packs succeeded but the feed lacks " + string.Join(", ", missing));
        }

        var locals = (await RunDotnetAsync(WorkRoot, ["nuget", "locals", "global-packages", "--list"]).ConfigureAwait(false)).EnsureSuccess();
        _globalPackagesFolder = locals.Stdout.Split(':', 2) is [_, var folder] ? folder.Trim() : null;
    }

    /// <summary>
    /// The build options of the feed's packs, for <c>dotnet pack</c> or <c>dotnet build</c>: Release, this feed's
    /// version, CI settings, bin and obj under <see cref="ArtifactsDirectory"/>, no node reuse, no build servers.
    /// </summary>
    public IReadOnlyList<string> BuildOptions =>
    [
        "-c", "Release", "--artifacts-path", ArtifactsDirectory,
        "-p:MinVerVersionOverride=" + Version, "-p:ContinuousIntegrationBuild=true",
        "-nodeReuse:false", "--disable-build-servers",
    ];

    /// <summary>
    /// Deletes <see cref="WorkRoot"/> and this version's folders in the global packages folder (and a package's
    /// folder there when no other version is left in it).
    /// </summary>
    /// <returns>A completed task.</returns>
    public Task DisposeAsync()
    {
        if (Directory.Exists(WorkRoot))
        {
            Directory.Delete(WorkRoot, recursive: true);
        }

        foreach (var id in _globalPackagesFolder is { Length: > 0 } ? PackageIds : [])
        {
            var packageFolder = Path.Combine(_globalPackagesFolder!, id.ToLowerInvariant());
            var versionFolder = Path.Combine(packageFolder, Version.ToLowerInvariant());
            if (Directory.Exists(versionFolder))
            {
                Directory.Delete(versionFolder, recursive: true);
                if (!Directory.EnumerateFileSystemEntries(packageFolder).Any())
                {
                    Directory.Delete(packageFolder);
                }
            }
        }

        return Task.CompletedTask;
    }
}
