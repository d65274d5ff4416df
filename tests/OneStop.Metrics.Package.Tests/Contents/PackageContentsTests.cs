using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using OneStop.Metrics.Package.Tests.Feed;
using Xunit;

namespace OneStop.Metrics.Package.Tests.Contents;

/// <summary>What is inside the packed packages: files, nuspec metadata, symbols and their source link.</summary>
[Collection(PackageFeedCollection.Name)]
public class PackageContentsTests(PackageFeed feed)
{
    private const string RepositoryUrl = "https://github.com/onestop-metrics/OneStop.Metrics";

    [Theory]
    [InlineData("OneStop.Metrics")]
    [InlineData("OneStop.Metrics.Csv")]
    [InlineData("OneStop.Metrics.Cli")]
    public async Task Every_package_has_its_readme_the_license_and_the_repository_with_the_packed_commit(string id)
    {
        var commit = await HeadCommit();
        using var package = new PackageArchive(feed.PackagePath(id));
        var metadata = package.Metadata;

        Assert.Equal(id, metadata.Element("id")?.Value);
        Assert.Equal(feed.Version, metadata.Element("version")?.Value);
        Assert.Equal("expression", metadata.Element("license")?.Attribute("type")?.Value);
        Assert.Equal("MIT", metadata.Element("license")?.Value);
        Assert.Equal(RepositoryUrl, metadata.Element("projectUrl")?.Value);
        var repository = metadata.Element("repository");
        Assert.Equal("git", repository?.Attribute("type")?.Value);
        Assert.Equal(RepositoryUrl, repository?.Attribute("url")?.Value);
        Assert.Equal(commit, repository?.Attribute("commit")?.Value);
        Assert.Contains("tthc", metadata.Element("tags")?.Value.Split(' ') ?? [], StringComparer.Ordinal);
        Assert.Contains("Bộ phận Một cửa", metadata.Element("description")?.Value, StringComparison.Ordinal);

        Assert.Equal("README.md", metadata.Element("readme")?.Value);
        var packageReadme = File.ReadAllText(Path.Combine(feed.RepositoryRoot, "src", id, "PACKAGE.md"));
        Assert.Equal(packageReadme, package.ReadText("README.md"));
        Assert.Equal(File.ReadAllText(Path.Combine(feed.RepositoryRoot, "LICENSE")), package.ReadText("LICENSE"));
    }

    [Theory]
    [InlineData("OneStop.Metrics", "NodaTime FluentValidation")]
    [InlineData("OneStop.Metrics.Csv", "OneStop.Metrics Sep")]
    public void Library_packages_hold_the_assembly_its_XML_docs_and_only_their_runtime_dependencies(string id, string dependencies)
    {
        using var package = new PackageArchive(feed.PackagePath(id));

        Assert.Contains($"lib/net10.0/{id}.dll", package.EntryNames);
        Assert.DoesNotContain(package.EntryNames, e => e.EndsWith(".pdb", StringComparison.Ordinal));
        var docs = package.ReadText($"lib/net10.0/{id}.xml");
        Assert.Contains($"<name>{id}</name>", docs, StringComparison.Ordinal);
        Assert.Contains("<member name=\"T:", docs, StringComparison.Ordinal);

        // MinVer and SourceLink are build-only (PrivateAssets all): they must not become dependencies.
        var group = Assert.Single(package.Metadata.Element("dependencies")!.Elements("group"));
        Assert.Equal("net10.0", group.Attribute("targetFramework")?.Value);
        Assert.Equal(dependencies.Split(' ').Order(StringComparer.Ordinal),
            group.Elements("dependency").Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Csv_package_depends_on_the_core_package_of_the_same_version()
    {
        using var package = new PackageArchive(feed.PackagePath("OneStop.Metrics.Csv"));

        var core = package.Metadata.Descendants("dependency").Single(d => d.Attribute("id")?.Value == "OneStop.Metrics");
        Assert.Equal(feed.Version, core.Attribute("version")?.Value);
    }

    [Fact]
    public void Core_XML_docs_document_the_public_entry_points()
    {
        using var package = new PackageArchive(feed.PackagePath("OneStop.Metrics"));

        var docs = package.ReadText("lib/net10.0/OneStop.Metrics.xml");
        Assert.Contains("<member name=\"T:OneStop.Metrics.Samples.BuiltInSamples\">", docs, StringComparison.Ordinal);
        Assert.Contains("<member name=\"M:OneStop.Metrics.Printing.ReportPrinter.Print(", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_package_is_a_dotnet_tool_named_onestop_metrics()
    {
        using var package = new PackageArchive(feed.PackagePath("OneStop.Metrics.Cli"));

        Assert.Equal("DotnetTool", package.Metadata.Element("packageTypes")?.Element("packageType")?.Attribute("name")?.Value);
        var settings = package.ReadText("tools/net10.0/any/DotnetToolSettings.xml");
        Assert.Contains("<Command Name=\"onestop-metrics\" EntryPoint=\"onestop-metrics.dll\"", settings, StringComparison.Ordinal);
        Assert.Contains("tools/net10.0/any/OneStop.Metrics.dll", package.EntryNames);
        Assert.Contains("tools/net10.0/any/OneStop.Metrics.Csv.dll", package.EntryNames);
    }

    [Theory]
    [InlineData("OneStop.Metrics", "lib/net10.0/OneStop.Metrics")]
    [InlineData("OneStop.Metrics.Csv", "lib/net10.0/OneStop.Metrics.Csv")]
    [InlineData("OneStop.Metrics.Cli", "tools/net10.0/any/onestop-metrics")]
    public async Task Symbol_package_holds_the_assemblys_PDB_with_a_source_link_to_the_packed_commit(string id, string assembly)
    {
        var commit = await HeadCommit();
        using var package = new PackageArchive(feed.PackagePath(id));
        using var symbols = new PackageArchive(feed.SymbolPackagePath(id));

        Assert.Contains(assembly + ".pdb", symbols.EntryNames);
        Assert.Equal("SymbolsPackage", symbols.Metadata.Element("packageTypes")?.Element("packageType")?.Attribute("name")?.Value);
        var pdb = PortablePdb.Read(symbols.ReadBytes(assembly + ".pdb"));
        Assert.Equal(PortablePdb.IdNamedBy(package.ReadBytes(assembly + ".dll")), pdb.Id);

        // Packed as CI packs (ContinuousIntegrationBuild): the repository root is mapped to /_/ and the source
        // link sends /_/ to the packed commit's raw files.
        using var sourceLink = JsonDocument.Parse(pdb.SourceLink);
        var mapping = Assert.Single(sourceLink.RootElement.GetProperty("documents").EnumerateObject());
        Assert.Equal("/_/*", mapping.Name);
        Assert.Equal($"https://raw.githubusercontent.com/onestop-metrics/OneStop.Metrics/{commit}/*", mapping.Value.GetString());
        var source = id == "OneStop.Metrics.Cli" ? "/_/src/OneStop.Metrics.Cli/Program.cs" : $"/_/src/{id}/";
        Assert.Contains(pdb.Documents, d => d.StartsWith(source, StringComparison.Ordinal));
        Assert.DoesNotContain(pdb.Documents, d => d.StartsWith(feed.RepositoryRoot, StringComparison.Ordinal));

        // Generated sources are not in git: EmbedUntrackedSources puts them in the PDB.
        Assert.Contains(pdb.EmbeddedDocuments, d => d.EndsWith(".AssemblyInfo.cs", StringComparison.Ordinal));
    }

    private async Task<string> HeadCommit() =>
        (await ProcessRunner.RunAsync("git", ["rev-parse", "HEAD"], feed.RepositoryRoot)).EnsureSuccess().Stdout.Trim();
}
