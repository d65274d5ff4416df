using System.Collections.Generic;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>An option a command accepts. Every option takes a value: <c>--name VALUE</c> or <c>--name=VALUE</c>.</summary>
/// <param name="Name">The option, e.g. <c>--format</c>.</param>
/// <param name="ValueName">How the value is shown in the usage text, e.g. <c>FORMAT</c>.</param>
/// <param name="Description">One line for the usage text.</param>
/// <param name="Choices">The accepted values when they are a fixed list (for messages), else empty.</param>
internal sealed record OptionSpec(string Name, string ValueName, string Description, IReadOnlyList<string> Choices);
