using System.Reflection;

namespace OneStop.Metrics.Cli.Output;

/// <summary>The tool's version (<c>--version</c>): the assembly's informational version.</summary>
internal static class VersionText
{
    /// <summary>E.g. <c>1.0.0</c>, or <c>1.0.0+abc123</c> when the build stamps the commit.</summary>
    public static string Version { get; } =
        typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionText).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
