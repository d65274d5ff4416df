using System.Collections.Generic;
using System.IO;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>What a command runs with: where its output goes and the commands of the tool (for help).</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Commands">Every command of the tool, in the order help lists them.</param>
internal sealed record CliContext(TextWriter Out, IReadOnlyList<ICommand> Commands);
