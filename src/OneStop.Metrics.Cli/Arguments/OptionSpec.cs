using System.Collections.Generic;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>
/// An option a command accepts. An option takes a value (<c>--name VALUE</c> or <c>--name=VALUE</c>), unless it is a
/// flag, which takes none (<c>--force</c>) and is shown with an empty <paramref name="ValueName"/>.
/// </summary>
/// <param name="Name">The option, e.g. <c>--format</c>.</param>
/// <param name="ValueName">How the value is shown in the usage text, e.g. <c>FORMAT</c>.</param>
/// <param name="Description">One line for the usage text.</param>
/// <param name="Choices">The accepted values when they are a fixed list (for messages), else empty.</param>
/// <param name="IsFlag">Whether the option takes no value (<see cref="ParsedArguments.Has"/> tells whether it was given).</param>
internal sealed record OptionSpec(string Name, string ValueName, string Description, IReadOnlyList<string> Choices, bool IsFlag = false)
{
    /// <summary>A flag: an option that takes no value, e.g. <c>--force</c>.</summary>
    /// <param name="name">The option.</param>
    /// <param name="description">One line for the usage text.</param>
    /// <returns>The option.</returns>
    public static OptionSpec Flag(string name, string description) => new(name, string.Empty, description, [], IsFlag: true);
}
