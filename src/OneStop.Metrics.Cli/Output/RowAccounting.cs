using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OneStop.Metrics.Csv;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// The accounting of the rows of a dossier file, so that every row is accounted for: in text, the header's warnings,
/// the rejected rows by error code and the first failures, then the closing line
/// <c>rows read: N, accepted: A, rejected: R</c> (plain digits); in JSON, the member
/// <c>"rows": {"read": N, "accepted": A, "rejected": R, "rejectedByCode": {...}}</c>; in CSV, the same counts keyed
/// <c>rows.read</c>, <c>rows.accepted</c>, <c>rows.rejected</c>, <c>rows.rejected.OSMxxxx</c>.
/// </summary>
internal static class RowAccounting
{
    /// <summary>How many failures the text lists after the counts by code.</summary>
    private const int FailuresShown = 5;

    /// <summary>Writes the text accounting; the last line is <see cref="CsvTallyResult.ToString"/>.</summary>
    public static void WriteText(CsvTallyResult result, TextWriter output)
    {
        foreach (var warning in result.HeaderFailures)
        {
            output.Write(warning.Code + " " + warning.Message.ReplaceLineEndings(" ") + "\n");
        }

        foreach (var (code, count) in ByCode(result))
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"rejected {count} row(s) with {code}\n"));
        }

        foreach (var failure in result.Failures.Take(FailuresShown))
        {
            output.Write(failure.Code + " " + failure.Message.ReplaceLineEndings(" ") + "\n");
        }

        output.Write(result + "\n");
    }

    /// <summary>Writes the member <c>"rows"</c> into the JSON object being written.</summary>
    public static void WriteJson(CsvTallyResult result, Utf8JsonWriter json)
    {
        json.WriteStartObject("rows");
        json.WriteNumber("read", result.RowsRead);
        json.WriteNumber("accepted", result.Accepted);
        json.WriteNumber("rejected", result.Rejected);
        json.WriteStartObject("rejectedByCode");
        foreach (var (code, count) in ByCode(result))
        {
            json.WriteNumber(code, count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The counts as keyed figures: read, accepted, rejected, then rejected by code.</summary>
    public static IEnumerable<(string Key, long Count)> Counts(CsvTallyResult result)
    {
        yield return ("rows.read", result.RowsRead);
        yield return ("rows.accepted", result.Accepted);
        yield return ("rows.rejected", result.Rejected);
        foreach (var (code, count) in ByCode(result))
        {
            yield return ("rows.rejected." + code, count);
        }
    }

    private static IEnumerable<KeyValuePair<string, long>> ByCode(CsvTallyResult result) =>
        result.RejectedByCode.OrderBy(p => p.Key, StringComparer.Ordinal);
}
