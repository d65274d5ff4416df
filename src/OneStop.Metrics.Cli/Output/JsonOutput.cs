using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OneStop.Metrics.Cli.Output;

/// <summary>Writes JSON the way the library's <c>PrintedReport.ToJson</c> does: indented, Vietnamese letters unescaped, then a newline.</summary>
internal static class JsonOutput
{
    /// <summary>Writes the JSON that <paramref name="write"/> produces, followed by <c>\n</c>.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }
}
