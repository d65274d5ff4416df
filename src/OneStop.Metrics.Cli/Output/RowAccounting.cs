using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OneStop.Metrics.Csv;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// The accounting of a dossier file, so that every line is accounted for: in text, the header's warnings, the
/// rejected rows by error code, the accepted rows with warnings by code and the first failures, then the closing
/// line <c>lines: P, rows read: N, accepted: A, rejected: R, warnings: W, blank lines: B</c> (plain digits); in
/// JSON, the member <c>"rows": {"lines": P, "headerLines": H, "blankLines": B, "read": N, "accepted": A,
/// "rejected": R, "rejectedByCode": {...}, "warnings": W, "warningsByCode": {...}}</c>; in CSV, the same counts keyed
/// <c>rows.lines</c>, <c>rows.header-lines</c>, <c>rows.blank-lines</c>, <c>rows.read</c>, <c>rows.accepted</c>,
/// <c>rows.rejected</c>, <c>rows.rejected.OSMxxxx</c>, <c>rows.warnings</c>, <c>rows.warnings.OSMxxxx</c>.
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

        foreach (var (code, count) in ByCode(result.RejectedByCode))
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"rejected {count} row(s) with {code}\n"));
        }

        foreach (var (code, count) in ByCode(result.WarningsByCode))
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"accepted {count} row(s) with warning {code}\n"));
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
        json.WriteNumber("lines", result.PhysicalLines);
        json.WriteNumber("headerLines", result.HeaderLines);
        json.WriteNumber("blankLines", result.BlankLines);
        json.WriteNumber("read", result.RowsRead);
        json.WriteNumber("accepted", result.Accepted);
        json.WriteNumber("rejected", result.Rejected);
        WriteByCode(json, "rejectedByCode", result.RejectedByCode);
        json.WriteNumber("warnings", result.RowsWithWarnings);
        WriteByCode(json, "warningsByCode", result.WarningsByCode);
        json.WriteEndObject();
    }

    /// <summary>The counts as keyed figures: read, accepted, rejected, then rejected by code.</summary>
    public static IEnumerable<(string Key, long Count)> Counts(CsvTallyResult result)
    {
        yield return ("rows.lines", result.PhysicalLines);
        yield return ("rows.header-lines", result.HeaderLines);
        yield return ("rows.blank-lines", result.BlankLines);
        yield return ("rows.read", result.RowsRead);
        yield return ("rows.accepted", result.Accepted);
        yield return ("rows.rejected", result.Rejected);
        foreach (var (code, count) in ByCode(result.RejectedByCode))
        {
            yield return ("rows.rejected." + code, count);
        }

        yield return ("rows.warnings", result.RowsWithWarnings);
        foreach (var (code, count) in ByCode(result.WarningsByCode))
        {
            yield return ("rows.warnings." + code, count);
        }
    }

    private static void WriteByCode(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, long> counts)
    {
        json.WriteStartObject(name);
        foreach (var (code, count) in ByCode(counts))
        {
            json.WriteNumber(code, count);
        }

        json.WriteEndObject();
    }

    private static IEnumerable<KeyValuePair<string, long>> ByCode(IReadOnlyDictionary<string, long> counts) =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal);
}
