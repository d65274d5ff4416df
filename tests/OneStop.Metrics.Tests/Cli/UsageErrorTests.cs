using Xunit;

namespace OneStop.Metrics.Tests.Cli;

public class UsageErrorTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        { ["frobnicate"], "unknown command 'frobnicate' (expected one of: report, samples, help)" },
        { ["report", "--frmat", "json"], "unknown option '--frmat' (expected one of: --sample, --format, --lang)" },
        { ["report", "--sample", "tu-ky-2023", "--format"], "option '--format' needs a value (expected one of: text, json)" },
        { ["report", "--sample", "--format", "json"], "option '--sample' needs a value (expected one of: tu-ky-2023)" },
        { ["report", "--sample", "tu-ky-2023", "--format", "xml"], "invalid value 'xml' for option '--format' (expected one of: text, json)" },
        { ["report", "--sample", "tu-ky-2023", "--lang", "fr"], "invalid value 'fr' for option '--lang' (expected one of: vi, en)" },
        { ["report", "--sample", "ha-noi-2024"], "unknown sample 'ha-noi-2024' (expected one of: tu-ky-2023)" },
        { ["report", "data/tu-ky", "--sample", "tu-ky-2023"], "unexpected argument 'data/tu-ky' (expected one of: --sample, --format, --lang)" },
        { ["report", "--sample", "tu-ky-2023", "--sample", "tu-ky-2023"], "option '--sample' is given more than once" },
        { ["report"], "missing option '--sample' (report needs a data source: --sample NAME, one of: tu-ky-2023)" },
        { ["report", "--Format", "json", "--sample", "tu-ky-2023"], "unknown option '--Format' (expected one of: --sample, --format, --lang)" },
        { ["samples", "--all"], "unknown option '--all' ('samples' takes no options)" },
        { ["help", "report"], "unexpected argument 'report' ('help' takes no arguments)" },
        { ["--version", "--help"], "unexpected argument '--help' ('--version' takes no arguments)" },
        { ["--verbose", "report"], "unknown option '--verbose' (expected one of: --help, -h, --version)" },
        { [], "no command given (expected one of: report, samples, help); run 'onestop-metrics --help' for usage" },
        { ["report", "--sample", "a\nb"], "unknown sample 'a\\u000ab' (expected one of: tu-ky-2023)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Usage_errors_print_one_line_on_stderr_and_exit_2(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith(CliRun.ErrorPrefix, line, System.StringComparison.Ordinal);
        Assert.Equal(CliRun.ErrorPrefix + message + "\n", run.Stderr);
    }
}
