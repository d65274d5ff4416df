using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Commands;
using OneStop.Metrics.Cli.Output;

namespace OneStop.Metrics.Cli;

/// <summary>The <c>onestop-metrics</c> entry point: reads the command line and dispatches to a command.</summary>
internal static class Program
{
    /// <summary>Exit code of a successful run.</summary>
    internal const int Success = 0;

    /// <summary>Exit code of an unexpected failure (an I/O error, a bug): one line on stderr, no stack trace.</summary>
    internal const int Failure = 1;

    /// <summary>Exit code of a usage error (unknown command or option, missing or bad value, unknown sample) or a refused input file (encoding, header, date order, reference files).</summary>
    internal const int UsageError = 2;

    /// <summary>Exit code of a report whose dossier file had more rejected rows than <c>--max-rejected</c> allows: the report is printed, then one line on stderr.</summary>
    internal const int TooManyRejected = 3;

    private static readonly string[] GlobalOptions = ["--help", "-h", "--version"];

    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
    }

    /// <summary>Runs the tool with the given arguments, writing to the given streams; the testable entry point.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where results and help go.</param>
    /// <param name="stderr">Where the one-line error goes, and progress when <paramref name="errorIsTerminal"/>.</param>
    /// <param name="errorIsTerminal">Whether <paramref name="stderr"/> is an interactive terminal, so that progress may be shown on it.</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="UsageError"/> or <see cref="Failure"/>.</returns>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types",
        Justification = "The top-level handler turns any failure into one line on stderr and exit code 1, never a stack trace.")]
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool errorIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return Dispatch(args, new CliContext(stdout, stderr, errorIsTerminal, CommandCatalog.All));
        }
        catch (UsageException e)
        {
            ErrorLine.Write(stderr, e.Message);
            return UsageError;
        }
        catch (Exception e)
        {
            ErrorLine.Write(stderr, $"{e.Message} ({e.GetType().Name})");
            return Failure;
        }
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        if (args.Length == 0)
        {
            throw new UsageException(
                $"no command given (expected one of: {CommandCatalog.Names}); run '{UsageText.ToolName} --help' for usage");
        }

        var first = args[0];
        var rest = new ArraySegment<string>(args, 1, args.Length - 1);
        switch (first)
        {
            case "--help" or "-h":
                ArgumentReader.ExpectNone(first, rest);
                UsageText.Write(context.Out, context.Commands);
                return Success;
            case "--version":
                ArgumentReader.ExpectNone(first, rest);
                context.Out.Write(VersionText.Version);
                context.Out.Write('\n');
                return Success;
        }

        if (ArgumentReader.LooksLikeOption(first))
        {
            throw UsageException.UnknownOption(UsageText.ToolName, first, GlobalOptions);
        }

        var command = CommandCatalog.Find(first)
                      ?? throw new UsageException(
                          $"unknown command {ArgumentText.Quote(first)} (expected one of: {CommandCatalog.Names})");
        return command.Run(rest, context);
    }
}
