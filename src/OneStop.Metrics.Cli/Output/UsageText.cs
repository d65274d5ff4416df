using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OneStop.Metrics.Cli.Commands;

namespace OneStop.Metrics.Cli.Output;

/// <summary>The usage text printed by <c>--help</c>, <c>-h</c> and <c>help</c>, built from the commands' declarations.</summary>
internal static class UsageText
{
    public const string ToolName = "onestop-metrics";

    /// <summary>Writes the usage text.</summary>
    public static void Write(TextWriter output, IReadOnlyList<ICommand> commands) => output.Write(Build(commands));

    /// <summary>Builds the usage text; lines end with <c>\n</c>.</summary>
    public static string Build(IReadOnlyList<ICommand> commands)
    {
        var text = new StringBuilder();
        text.Append("Usage:\n");
        foreach (var command in commands)
        {
            text.Append("  ").Append(ToolName).Append(' ').Append((command.Name + " " + command.Synopsis).TrimEnd()).Append('\n');
        }

        text.Append("  ").Append(ToolName).Append(" --help | -h\n");
        text.Append("  ").Append(ToolName).Append(" --version\n\n");
        text.Append("Computes the indicators of Vietnamese one-stop departments (Bộ phận Một cửa) from dossier\n");
        text.Append("records and prints them as a report.\n\n");

        text.Append("Commands:\n");
        var width = commands.Max(c => c.Name.Length);
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width + 2)).Append(command.Summary).Append('\n');
        }

        foreach (var command in commands.Where(c => c.Options.Count > 0))
        {
            text.Append("\nOptions of ").Append(command.Name).Append(":\n");
            var optionWidth = command.Options.Max(o => o.Name.Length + 1 + o.ValueName.Length);
            foreach (var option in command.Options)
            {
                text.Append("  ").Append((option.Name + " " + option.ValueName).PadRight(optionWidth + 2))
                    .Append(option.Description).Append('\n');
            }
        }

        text.Append("\nGlobal options:\n");
        text.Append("  -h, --help  Show this help (also after a command, e.g. report --help)\n");
        text.Append("  --version   Show the version\n");

        text.Append("\nExamples:\n");
        text.Append("  ").Append(ToolName).Append(" report --sample tu-ky-2023\n");
        text.Append("  ").Append(ToolName).Append(" report --sample tu-ky-2023 --format json --lang en\n");
        text.Append("  ").Append(ToolName).Append(" report --sample tu-ky-2023 --by unit --format csv\n");
        text.Append("  ").Append(ToolName).Append(" generate --dossiers 100000 --seed 1 --out data\n");
        text.Append("  ").Append(ToolName).Append(" report data --from 2023-01-01 --to 2023-08-31 --by level --rejected rejected.csv\n");
        text.Append("  ").Append(ToolName).Append(" calendar --from 2026-01-01 --to 2026-12-31\n");
        text.Append("  ").Append(ToolName).Append(" due --received 2026-02-13T16:30 --working-days 5\n");
        text.Append("  ").Append(ToolName).Append(" reconcile --sample tu-ky-2023 --against-sample tu-ky-2023\n");

        text.Append("\nWhile report reads data files, a progress bar with rows per second is shown on stderr when it is a\n");
        text.Append("terminal; nothing is written there when stderr is redirected.\n");
        text.Append("\nExit codes: 0 success, 2 usage error (one line on stderr), 1 unexpected failure.\n");
        return text.ToString();
    }
}
