using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OneStop.Metrics.Package.Tests.Feed;
using OneStop.Metrics.Package.Tests.Seed;
using Xunit;

namespace OneStop.Metrics.Package.Tests.Consumer;

/// <summary>
/// The packages used as a user uses them: tests/consumer, copied out of the working copy, restores OneStop.Metrics
/// and OneStop.Metrics.Csv from the feed by PackageReference (dependencies from nuget.org or the NuGet cache),
/// builds and runs.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public class ConsumerTests(PackageFeed feed)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Consumer_restored_from_the_feed_prints_the_seed_report_and_reads_the_sample_back_from_CSV()
    {
        var project = feed.CreateWorkDirectory("consumer");
        foreach (var file in Directory.GetFiles(Path.Combine(feed.RepositoryRoot, "tests", "consumer")))
        {
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
        }

        feed.WriteNuGetConfig(project, includeNuGetOrg: true);
        var output = Path.Combine(project, "out");
        (await feed.RunDotnetAsync(project,
            ["build", "Consumer.csproj", "-c", "Release", "-o", output, "-p:OneStopMetricsVersion=" + feed.Version,
             "-nodeReuse:false", "--disable-build-servers"], BuildTimeout)).EnsureSuccess();

        var data = feed.CreateWorkDirectory("consumer-data");
        var run = (await feed.RunDotnetAsync(project, [Path.Combine(output, "Consumer.dll"), data])).EnsureSuccess();

        Assert.Equal(string.Empty, run.Stderr);
        SeedReportOutput.AssertIsTheSeedReport(run.StdoutLines);
        Assert.Equal(["lines: 36172, rows read: 36171, accepted: 36171, rejected: 0, warnings: 0, blank lines: 0", "2.498/2.531 đạt tỷ lệ 98,70%"], run.StdoutLines.TakeLast(2));
        Assert.True(File.Exists(Path.Combine(data, "data", "dossiers.csv")));
    }
}
