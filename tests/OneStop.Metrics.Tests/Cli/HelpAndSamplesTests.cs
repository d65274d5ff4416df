using System.Linq;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

public class HelpAndSamplesTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_lists_commands_and_options_and_exits_0(string argument)
    {
        var run = CliRun.Of(argument);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.StartsWith("Usage:\n  onestop-metrics report (--sample NAME | [DIR] --from DATE --to DATE [--as-of DATE] [--dossiers|--units|--departments|--fields|--procedures FILE] [--rejected FILE] [--encoding NAME] [--date-order day-first|month-first] [--max-rejected LIMIT]) [--by level|unit|field] [--format text|json|csv] [--lang vi|en]\n", run.Stdout,
            System.StringComparison.Ordinal);
        foreach (var word in new[] { "report", "samples", "generate", "help", "--sample", "--format", "--lang", "--from", "--by", "--rejected", "--units", "--version" })
        {
            Assert.Contains(word, run.Stdout, System.StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("report", "--help")]
    [InlineData("report", "--sample", "tu-ky-2023", "-h")]
    [InlineData("samples", "--help")]
    public void Help_after_a_command_prints_the_usage(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CliRun.Of("--help").Stdout, run.Stdout);
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var version = Assert.Single(run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
    }

    [Fact]
    public void Samples_lists_each_built_in_sample_with_its_description()
    {
        var run = CliRun.Of("samples");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var lines = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(OneStop.Metrics.Samples.BuiltInSamples.Names.Count, lines.Length);
        var line = Assert.Single(lines, l => l.StartsWith("tu-ky-2023 ", System.StringComparison.Ordinal));
        Assert.StartsWith("tu-ky-2023  ", line, System.StringComparison.Ordinal);
        Assert.EndsWith(OneStop.Metrics.Samples.BuiltInSamples.TuKy2023.Description, line, System.StringComparison.Ordinal);
    }
}
