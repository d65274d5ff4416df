using System;
using System.IO;
using System.Threading.Tasks;
using OneStop.Metrics.Package.Tests.Feed;
using Xunit;

namespace OneStop.Metrics.Package.Tests.Contents;

/// <summary>The build behind the packages is deterministic: compiling the same sources again gives the same bytes.</summary>
[Collection(PackageFeedCollection.Name)]
public class DeterminismTests(PackageFeed feed)
{
    [Fact]
    public async Task Rebuilding_the_core_from_scratch_gives_the_packed_assembly_byte_for_byte()
    {
        var project = Path.Combine(feed.RepositoryRoot, "src", "OneStop.Metrics", "OneStop.Metrics.csproj");
        var before = DateTime.UtcNow;
        (await feed.RunDotnetAsync(feed.RepositoryRoot, ["build", project, .. feed.BuildOptions, "--no-incremental"])).EnsureSuccess();

        var rebuilt = Directory.GetFiles(Path.Combine(feed.ArtifactsDirectory, "bin", "OneStop.Metrics"), "OneStop.Metrics.dll", SearchOption.AllDirectories);
        var assembly = Assert.Single(rebuilt);
        Assert.True(File.GetLastWriteTimeUtc(assembly) >= before.AddSeconds(-1), "the build did not write the assembly again");
        using var package = new PackageArchive(feed.PackagePath("OneStop.Metrics"));
        Assert.True(package.ReadBytes("lib/net10.0/OneStop.Metrics.dll").AsSpan().SequenceEqual(File.ReadAllBytes(assembly)),
            "the rebuilt OneStop.Metrics.dll differs from the packed one");
    }
}
