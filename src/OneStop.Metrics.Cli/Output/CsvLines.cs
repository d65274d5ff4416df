using System;
using System.Globalization;
using System.IO;

namespace OneStop.Metrics.Cli.Output;

/// <summary>Writes comma-separated values (RFC 4180): a field with a comma, quote or line break is quoted.</summary>
internal static class CsvLines
{
    /// <summary>Writes one record and a <c>\n</c>.</summary>
    public static void WriteRow(TextWriter writer, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(fields[i]));
        }

        writer.Write('\n');
    }

    /// <summary>A count as plain digits (<c>2498</c>), for machines.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage with a point and the rounding rule's decimals (<c>98.70</c>), or empty when there is no rate.</summary>
    public static string Percentage(decimal? value) => value is { } number ? number.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
