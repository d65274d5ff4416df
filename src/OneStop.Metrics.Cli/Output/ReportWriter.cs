using System;
using System.IO;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Cli.Output;

/// <summary>Prints a report in a language and writes it in a format.</summary>
internal static class ReportWriter
{
    /// <summary>The library's print options for a language.</summary>
    public static ReportPrintOptions PrintOptions(ReportLanguage language) => language switch
    {
        ReportLanguage.English => ReportPrintOptions.English,
        _ => ReportPrintOptions.Vietnamese,
    };

    /// <summary>Writes a printed report; text and JSON both end with a newline.</summary>
    public static void Write(PrintedReport printed, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Json:
                output.Write(printed.ToJson());
                output.Write('\n');
                break;
            default:
                output.Write(printed.ToText());
                break;
        }
    }
}
