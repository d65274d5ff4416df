using System;
using Xunit;

namespace OneStop.Metrics.Tests.Readme;

/// <summary>
/// The packages' READMEs (src/*/PACKAGE.md, packed as README.md) show code that is run: the core package's quick
/// start is the repository README's (run by <see cref="ReadmeTests"/>), the CSV package's is part of the consumer
/// program that the package tests build against the packed packages (tests/consumer/Program.cs).
/// </summary>
public class PackageReadmeTests
{
    [Fact]
    public void Core_package_readme_quick_start_is_the_repository_readme_quick_start()
    {
        var package = ReadmeDocument.CSharpBlock("src", "OneStop.Metrics", "PACKAGE.md");
        var readme = ReadmeDocument.CSharpBlock();

        Assert.Equal(readme.Usings, package.Usings);
        Assert.Equal(readme.Body, package.Body);
    }

    [Fact]
    public void Csv_package_readme_quick_start_is_the_consumer_programs_csv_code()
    {
        var package = ReadmeDocument.CSharpBlock("src", "OneStop.Metrics.Csv", "PACKAGE.md");
        var consumer = ReadmeDocument.MarkedCode("// CSV-BEGIN", "// CSV-END", "tests", "consumer", "Program.cs");

        Assert.Equal(consumer.Body, package.Body);
        var consumerUsings = consumer.Usings.Split('\n');
        Assert.All(package.Usings.Split('\n'), u => Assert.Contains(u, consumerUsings));
        Assert.Contains("var folder = new DataFolder(\"data\");", package.Body, StringComparison.Ordinal);
    }
}
