using System.Collections.Generic;
using System.Linq;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Cli.Commands;

/// <summary><c>samples</c>: lists the built-in samples, one per line, with their description.</summary>
internal sealed class SamplesCommand : ICommand
{
    public string Name => "samples";

    public string Synopsis => string.Empty;

    public string Summary => "List the built-in samples with their description";

    public IReadOnlyList<OptionSpec> Options { get; } = [];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        if (new ArgumentReader(Name, Options).Read(args).HelpRequested)
        {
            UsageText.Write(context.Out, context.Commands);
            return Program.Success;
        }

        var width = BuiltInSamples.Names.Max(n => n.Length);
        foreach (var name in BuiltInSamples.Names)
        {
            context.Out.Write(name.PadRight(width + 2) + BuiltInSamples.Descriptions[name] + "\n");
        }

        return Program.Success;
    }
}
