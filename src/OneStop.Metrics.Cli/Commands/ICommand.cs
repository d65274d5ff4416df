using System.Collections.Generic;
using OneStop.Metrics.Cli.Arguments;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>One command of the tool (<c>report</c>, <c>samples</c>, <c>help</c>).</summary>
internal interface ICommand
{
    /// <summary>The name typed on the command line.</summary>
    string Name { get; }

    /// <summary>The arguments as shown in the usage text, e.g. <c>--sample NAME [--format text|json]</c>.</summary>
    string Synopsis { get; }

    /// <summary>One line on what the command does.</summary>
    string Summary { get; }

    /// <summary>The options the command accepts (besides <c>-h</c>/<c>--help</c>).</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="context">Output and the tool's commands.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="UsageException">The arguments are not valid.</exception>
    int Run(IReadOnlyList<string> args, CliContext context);
}
