using System;
using System.Collections.Generic;
using System.Linq;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>The commands of the tool, in the order the usage text lists them.</summary>
internal static class CommandCatalog
{
    /// <summary>Every command.</summary>
    public static IReadOnlyList<ICommand> All { get; } =
        [new ReportCommand(), new SamplesCommand(), new CalendarCommand(), new LunarCommand(), new DueCommand(), new GenerateCommand(), new ReconcileCommand(), new HelpCommand()];

    /// <summary>The command names, comma-separated, for messages.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(c => c.Name));

    /// <summary>Finds a command by its exact name.</summary>
    /// <param name="name">The name typed.</param>
    /// <returns>The command, or <see langword="null"/>.</returns>
    public static ICommand? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
