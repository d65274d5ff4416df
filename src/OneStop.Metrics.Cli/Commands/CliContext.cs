using System.Collections.Generic;
using System.IO;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>What a command runs with: where its output goes, whether standard error is a terminal, and the commands of the tool (for help).</summary>
/// <param name="Out">Standard output: results and help.</param>
/// <param name="Error">
/// Standard error: a progress display when <paramref name="ErrorIsTerminal"/>, nothing else (the one-line error of a
/// failed run is written by <see cref="Program"/>).
/// </param>
/// <param name="ErrorIsTerminal">
/// Whether <paramref name="Error"/> is an interactive terminal (not redirected to a file or a pipe): only then does a
/// command show progress on it.
/// </param>
/// <param name="Commands">Every command of the tool, in the order help lists them.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, IReadOnlyList<ICommand> Commands);
