using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OneStop.Metrics.Csv;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// The accounting of the data files, so that every line is accounted for. The reference files first: their failures
/// (at most ten listed) and <c>reference entries read: E, rejected: R, rows left out: L</c> when there is any failure;
/// in JSON the member <c>"reference": {"entries", "rejected", "rowsLeftOut", "failuresByCode"}</c>; in CSV the keys
/// <c>reference.entries</c>, <c>reference.rejected</c>, <c>reference.rows-left-out</c>, <c>reference.failures.OSMxxxx</c>.
/// Then the dossier file: in text, the header's warnings, the
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

    /// <summary>How many reference failures the text lists.</summary>
    private const int ReferenceFailuresShown = 10;

    /// <summary>Writes the text accounting: the reference files' failures, if any, then the dossier rows'; the last line is <see cref="CsvTallyResult.ToString"/>.</summary>
    public static void WriteText(DataAccounting accounting, TextWriter output)
    {
        var reference = accounting.Reference.CsvFailures.Concat(accounting.Reference.Intake.Failures).ToList();
        if (reference.Count > 0)
        {
            foreach (var failure in reference.Take(ReferenceFailuresShown))
            {
                output.Write(failure.Code + " " + failure.Message.ReplaceLineEndings(" ") + "\n");
            }

            if (reference.Count > ReferenceFailuresShown)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"… and {reference.Count - ReferenceFailuresShown} more reference failure(s)\n"));
            }

            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"reference entries read: {accounting.ReferenceEntries}, rejected: {accounting.ReferenceRejected}, rows left out: {accounting.ReferenceRowsLeftOut}\n"));
        }

        var result = accounting.Rows;
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

    /// <summary>Writes the members <c>"reference"</c> and <c>"rows"</c> into the JSON object being written.</summary>
    public static void WriteJson(DataAccounting accounting, Utf8JsonWriter json)
    {
        json.WriteStartObject("reference");
        json.WriteNumber("entries", accounting.ReferenceEntries);
        json.WriteNumber("rejected", accounting.ReferenceRejected);
        json.WriteNumber("rowsLeftOut", accounting.ReferenceRowsLeftOut);
        WriteByCode(json, "failuresByCode", ReferenceByCode(accounting));
        json.WriteEndObject();
        var result = accounting.Rows;
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

    /// <summary>The counts as keyed figures: the reference entries, then the dossier file's lines and rows.</summary>
    public static IEnumerable<(string Key, long Count)> Counts(DataAccounting accounting)
    {
        yield return ("reference.entries", accounting.ReferenceEntries);
        yield return ("reference.rejected", accounting.ReferenceRejected);
        yield return ("reference.rows-left-out", accounting.ReferenceRowsLeftOut);
        foreach (var (code, count) in ByCode(ReferenceByCode(accounting)))
        {
            yield return ("reference.failures." + code, count);
        }

        var result = accounting.Rows;
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

    /// <summary>The reference files' failures counted by code (the files' own and the screen's).</summary>
    private static Dictionary<string, long> ReferenceByCode(DataAccounting accounting) =>
        accounting.Reference.CsvFailures.Concat(accounting.Reference.Intake.Failures)
            .GroupBy(f => f.Code, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (long)g.Count(), System.StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, long>> ByCode(IReadOnlyDictionary<string, long> counts) =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal);
}
