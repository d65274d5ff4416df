using System.IO;

namespace OneStop.Metrics.Cli.Output;

/// <summary>Writes an error as the single line <c>onestop-metrics: error: MESSAGE</c>.</summary>
internal static class ErrorLine
{
    public const string Prefix = UsageText.ToolName + ": error: ";

    /// <summary>Writes the line; line breaks inside the message become spaces so that it stays one line.</summary>
    public static void Write(TextWriter stderr, string message)
    {
        var oneLine = message.ReplaceLineEndings(" ");
        stderr.Write(Prefix + oneLine + "\n");
        stderr.Flush();
    }
}
