using System;
using System.IO;
using CliProgram = OneStop.Metrics.Cli.Program;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>The outcome of one in-process run of the command line.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public const string ErrorPrefix = "onestop-metrics: error: ";

    /// <summary>Runs <c>onestop-metrics</c> with the given arguments against string writers, standard error redirected.</summary>
    public static CliRun Of(params string[] args) => Run(args, errorIsTerminal: false);

    /// <summary>Runs <c>onestop-metrics</c> as <see cref="Of"/> does, but with standard error taken for a terminal.</summary>
    public static CliRun OnTerminal(params string[] args) => Run(args, errorIsTerminal: true);

    private static CliRun Run(string[] args, bool errorIsTerminal)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliProgram.Run(args, stdout, stderr, errorIsTerminal);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The lines of standard output, split on <c>\n</c>.</summary>
    public string[] StdoutLines => Stdout.Split('\n');

    /// <summary>The lines of standard error, without the empty piece after the final line break.</summary>
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
