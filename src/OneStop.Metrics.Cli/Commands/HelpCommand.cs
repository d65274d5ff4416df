using System.Collections.Generic;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;

namespace OneStop.Metrics.Cli.Commands;

/// <summary><c>help</c>: prints the usage text (the same as <c>--help</c>).</summary>
internal sealed class HelpCommand : ICommand
{
    public string Name => "help";

    public string Synopsis => string.Empty;

    public string Summary => "Show this help";

    public IReadOnlyList<OptionSpec> Options { get; } = [];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        _ = new ArgumentReader(Name, Options).Read(args);
        UsageText.Write(context.Out, context.Commands);
        return Program.Success;
    }
}
