using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OneStop.Metrics.Package.Tests.Feed;
using OneStop.Metrics.Package.Tests.Seed;
using Xunit;

namespace OneStop.Metrics.Package.Tests.Tool;

/// <summary>The tool package installed as a user installs it (<c>dotnet tool install</c>) and run by its command name.</summary>
[Collection(PackageFeedCollection.Name)]
public class ToolInstallTests(PackageFeed feed)
{
    [Fact]
    public async Task Installed_tool_prints_the_seed_report_and_its_version()
    {
        var toolPath = feed.CreateWorkDirectory("tools");
        var config = feed.WriteNuGetConfig(feed.CreateWorkDirectory("tool-config"), includeNuGetOrg: false);
        (await feed.RunDotnetAsync(toolPath,
            ["tool", "install", "--tool-path", toolPath, "--configfile", config, "OneStop.Metrics.Cli", "--version", feed.Version]))
            .EnsureSuccess();

        var command = Path.Combine(toolPath, "onestop-metrics");
        Assert.True(File.Exists(command), $"dotnet tool install did not create {command}");
        // The tool's launcher finds the runtime through DOTNET_ROOT: the one running these tests.
        var environment = new Dictionary<string, string?> { ["DOTNET_ROOT"] = ProcessRunner.DotnetRoot };
        var report = (await ProcessRunner.RunAsync(command, ["report", "--sample", "tu-ky-2023"], toolPath, environment: environment)).EnsureSuccess();
        Assert.Equal(string.Empty, report.Stderr);
        SeedReportOutput.AssertIsTheSeedReport(report.StdoutLines);
        Assert.Equal(SeedReportOutput.AccountingLine, report.StdoutLines.Last(l => l.Length > 0));

        var version = (await ProcessRunner.RunAsync(command, ["--version"], toolPath, environment: environment)).EnsureSuccess();
        Assert.StartsWith(feed.Version + "+", Assert.Single(version.StdoutLines), StringComparison.Ordinal);
    }
}
