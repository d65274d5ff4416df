using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text.Json;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Reconciliation;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// Writes the findings of <c>reconcile</c> (and, with <c>--against-sample</c>, the differences from a computed
/// report) as text lines or JSON.
/// </summary>
internal static class FindingWriter
{
    /// <summary>
    /// Text: one line per finding (<c>Kind [keys]: message</c>), then <c>N findings</c>; with differences, one line
    /// per difference (<c>Aspect key: message</c>), then <c>N differences from the computed sample NAME</c>.
    /// </summary>
    public static void WriteText(TextWriter output, ImmutableArray<ReconciliationFinding> findings,
        ImmutableArray<FigureDifference>? differences, string? sample)
    {
        foreach (var finding in findings)
        {
            output.Write(finding.ToString().ReplaceLineEndings(" ") + "\n");
        }

        output.Write(Plural(findings.Length, "finding", "findings") + "\n");
        if (differences is { } list)
        {
            foreach (var difference in list)
            {
                output.Write(difference.ToString().ReplaceLineEndings(" ") + "\n");
            }

            output.Write(Plural(list.Length, "difference", "differences") + " from the computed sample " + sample + "\n");
        }
    }

    /// <summary>
    /// JSON: the array of findings; with differences, an object <c>{"findings": [...], "differences": [...]}</c>.
    /// Ends with a newline.
    /// </summary>
    public static void WriteJson(TextWriter output, ImmutableArray<ReconciliationFinding> findings,
        ImmutableArray<FigureDifference>? differences)
    {
        JsonOutput.Write(output, json =>
        {
            if (differences is { } list)
            {
                json.WriteStartObject();
                json.WritePropertyName("findings");
                WriteFindings(json, findings);
                json.WriteStartArray("differences");
                foreach (var difference in list)
                {
                    WriteDifference(json, difference);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                WriteFindings(json, findings);
            }
        });
    }

    private static void WriteFindings(Utf8JsonWriter json, ImmutableArray<ReconciliationFinding> findings)
    {
        json.WriteStartArray();
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("kind", finding.Kind.ToString());
            Strings(json, "figures", finding.Figures);
            json.WriteString("printed", finding.Printed);
            json.WriteString("expected", finding.Expected);
            Number(json, "gap", finding.Gap);
            json.WriteString("message", finding.Message);
            json.WriteStartArray("explainingRules");
            foreach (var rule in finding.ExplainingRules)
            {
                json.WriteStartObject();
                json.WriteNumber("decimals", rule.Decimals);
                json.WriteString("mode", ModeName(rule));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDifference(Utf8JsonWriter json, FigureDifference difference)
    {
        json.WriteStartObject();
        json.WriteString("key", difference.Key);
        json.WriteString("aspect", difference.Aspect.ToString());
        json.WriteString("published", difference.Published);
        json.WriteString("computed", difference.Computed);
        Number(json, "gap", difference.Gap);
        json.WriteString("message", difference.Message);
        Strings(json, "onlyComputedNames", difference.OnlyComputedNames);
        Strings(json, "onlyPublishedNames", difference.OnlyPublishedNames);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The rounding mode as the published-report schema names it (<c>half-away-from-zero</c>, <c>toward-zero</c>, …).</summary>
    private static string ModeName(RoundingRule rule) => rule.Mode switch
    {
        MidpointRounding.AwayFromZero => "half-away-from-zero",
        MidpointRounding.ToEven => "half-to-even",
        MidpointRounding.ToZero => "toward-zero",
        MidpointRounding.ToPositiveInfinity => "toward-positive-infinity",
        _ => "toward-negative-infinity",
    };

    private static string Plural(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
