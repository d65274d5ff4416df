using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// Reads and writes the JSON form of a <see cref="PublishedReport"/> (<c>docs/reconciliation.md</c>). The reader is
/// strict — unknown or duplicate properties, wrong types, negative counts and keys outside the scheme are refused —
/// and every refusal names the JSON path and the value.
/// </summary>
internal static class PublishedReportJson
{
    private const int MaxShown = 60;

    private static readonly (string Name, MidpointRounding Mode)[] Modes =
    [
        ("half-away-from-zero", MidpointRounding.AwayFromZero),
        ("half-to-even", MidpointRounding.ToEven),
        ("toward-zero", MidpointRounding.ToZero),
        ("toward-positive-infinity", MidpointRounding.ToPositiveInfinity),
        ("toward-negative-infinity", MidpointRounding.ToNegativeInfinity),
    ];

    private static readonly string[] ReportProperties = ["title", "locality", "period", "decimalSeparator", "rounding", "definitions", "figures"];
    private static readonly string[] PeriodProperties = ["text", "start", "end"];
    private static readonly string[] RoundingProperties = ["decimals", "mode"];
    private static readonly string[] DefinitionProperties = ["onTimeRate", "countedAsResolved", "intakeDigitization", "resultDigitization", "onlineIntake", "reuseProcedures"];
    private static readonly string[] ValueProperties = ["count", "numerator", "denominator", "printedPercentage", "names"];
    private static readonly string[] FigureProperties = ["key", "kind", "printed", "label", "count", "numerator", "denominator", "printedPercentage", "names"];

    public static PublishedReport Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            }

            message = cut >= 0 ? message[..cut] : message;
            throw new JsonException(
                string.Create(CultureInfo.InvariantCulture,
                    $"invalid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: {message}"),
                e.Path, e.LineNumber, e.BytePositionInLine, e);
        }

        using (document)
        {
            var root = document.RootElement;
            Expect(root, "$", JsonValueKind.Object, "an object");
            CheckProperties(root, "$", ReportProperties);
            var title = RequiredString(root, "$", "title");
            var locality = RequiredString(root, "$", "locality");
            var (periodText, period) = Period(root);
            var conventions = Conventions(root);
            var definitions = Definitions(root);
            var figures = Figures(root, conventions);
            return new PublishedReport(title, locality, figures, conventions, definitions, periodText, period);
        }
    }

    public static string Write(PublishedReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            json.WriteStartObject();
            json.WriteString("title", report.Title);
            json.WriteString("locality", report.Locality);
            if (report.PeriodText is not null || report.Period is not null)
            {
                json.WriteStartObject("period");
                if (report.PeriodText is { } text)
                {
                    json.WriteString("text", text);
                }

                if (report.Period is { } period)
                {
                    json.WriteString("start", LocalDatePattern.Iso.Format(period.Start));
                    json.WriteString("end", LocalDatePattern.Iso.Format(period.End));
                }

                json.WriteEndObject();
            }

            json.WriteString("decimalSeparator", report.Conventions.DecimalSeparator.ToString());
            json.WriteStartObject("rounding");
            json.WriteNumber("decimals", report.Conventions.Rounding.Decimals);
            json.WriteString("mode", ModeName(report.Conventions.Rounding.Mode));
            json.WriteEndObject();
            WriteDefinitions(json, report.Definitions);
            json.WriteStartArray("figures");
            foreach (var figure in report.Figures)
            {
                WriteFigure(json, figure);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The JSON name of a rounding mode, e.g. <c>half-away-from-zero</c>.</summary>
    public static string ModeName(MidpointRounding mode) => Modes.First(m => m.Mode == mode).Name;

    private static void WriteDefinitions(Utf8JsonWriter json, MetricsOptions? definitions)
    {
        if (definitions is null)
        {
            json.WriteNull("definitions");
            return;
        }

        json.WriteStartObject("definitions");
        json.WriteString("onTimeRate", definitions.OnTimeRate.ToString());
        json.WriteStartArray("countedAsResolved");
        foreach (var outcome in new[] { EndedOutcomes.Returned, EndedOutcomes.Refused, EndedOutcomes.Withdrawn })
        {
            if (definitions.CountedAsResolved.HasFlag(outcome))
            {
                json.WriteStringValue(outcome.ToString());
            }
        }

        json.WriteEndArray();
        json.WriteString("intakeDigitization", definitions.IntakeDigitization.ToString());
        json.WriteString("resultDigitization", definitions.ResultDigitization.ToString());
        json.WriteString("onlineIntake", definitions.OnlineIntake.ToString());
        json.WriteString("reuseProcedures", definitions.ReuseProcedures.ToString());
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, PublishedFigure figure)
    {
        json.WriteStartObject();
        json.WriteString("key", figure.Key);
        json.WriteString("kind", PublishedFigure.KindName(figure.Kind));
        json.WriteString("printed", figure.Printed);
        if (figure.Label is { } label)
        {
            json.WriteString("label", label);
        }

        switch (figure.Kind)
        {
            case FigureKind.Ratio:
                json.WriteNumber("numerator", figure.Numerator!.Value);
                json.WriteNumber("denominator", figure.Denominator!.Value);
                if (figure.PrintedPercentage is { } percentage)
                {
                    json.WriteString("printedPercentage", percentage);
                }
                else
                {
                    json.WriteNull("printedPercentage");
                }

                break;
            case FigureKind.Names:
                json.WriteStartArray("names");
                foreach (var name in figure.Names)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                if (figure.Count is { } listed)
                {
                    json.WriteNumber("count", listed);
                }

                break;
            default:
                json.WriteNumber("count", figure.Count!.Value);
                break;
        }

        json.WriteEndObject();
    }

    private static (string? Text, ReportingPeriod? Period) Period(JsonElement root)
    {
        if (!root.TryGetProperty("period", out var period) || period.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        const string path = "$.period";
        Expect(period, path, JsonValueKind.Object, "an object");
        CheckProperties(period, path, PeriodProperties);
        var text = OptionalString(period, path, "text");
        var start = OptionalDate(period, path, "start");
        var end = OptionalDate(period, path, "end");
        if (start is null != end is null)
        {
            throw new FormatException($"{path}: give both 'start' and 'end', or neither");
        }

        if (start is not { } first || end is not { } last)
        {
            return (text, null);
        }

        if (last < first)
        {
            throw new FormatException($"{path}.end: the end {LocalDatePattern.Iso.Format(last)} is before the start {LocalDatePattern.Iso.Format(first)}");
        }

        try
        {
            return (text, ReportingPeriod.Custom(first, last));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    private static ReportConventions Conventions(JsonElement root)
    {
        var separator = ',';
        if (root.TryGetProperty("decimalSeparator", out var mark))
        {
            var text = mark.ValueKind == JsonValueKind.String ? mark.GetString() : null;
            if (text is not ("," or "."))
            {
                throw new FormatException($"$.decimalSeparator: expected \",\" or \".\"; was {Shown(mark)}");
            }

            separator = text[0];
        }

        var rule = RoundingRule.Default;
        if (root.TryGetProperty("rounding", out var rounding))
        {
            const string path = "$.rounding";
            Expect(rounding, path, JsonValueKind.Object, "an object");
            CheckProperties(rounding, path, RoundingProperties);
            var decimals = rounding.TryGetProperty("decimals", out var d)
                ? (int)Whole(d, path + ".decimals", 0, RoundingRule.MaxDecimals)
                : RoundingRule.Default.Decimals;
            var mode = RoundingRule.Default.Mode;
            if (rounding.TryGetProperty("mode", out var m))
            {
                var name = m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                var found = Modes.FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.Ordinal));
                mode = found.Name is not null
                    ? found.Mode
                    : throw new FormatException($"{path}.mode: expected one of {string.Join(", ", Modes.Select(x => x.Name))}; was {Shown(m)}");
            }

            rule = RoundingRule.Create(decimals, mode);
        }

        return new ReportConventions(separator, rule);
    }

    private static MetricsOptions? Definitions(JsonElement root)
    {
        if (!root.TryGetProperty("definitions", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        const string path = "$.definitions";
        Expect(element, path, JsonValueKind.Object, "an object or null");
        CheckProperties(element, path, DefinitionProperties);
        var options = new MetricsOptions
        {
            OnTimeRate = EnumValue(element, path, "onTimeRate", MetricsOptions.Default.OnTimeRate),
            IntakeDigitization = EnumValue(element, path, "intakeDigitization", MetricsOptions.Default.IntakeDigitization),
            ResultDigitization = EnumValue(element, path, "resultDigitization", MetricsOptions.Default.ResultDigitization),
            OnlineIntake = EnumValue(element, path, "onlineIntake", MetricsOptions.Default.OnlineIntake),
            ReuseProcedures = EnumValue(element, path, "reuseProcedures", MetricsOptions.Default.ReuseProcedures),
        };
        if (element.TryGetProperty("countedAsResolved", out var folded))
        {
            var listPath = path + ".countedAsResolved";
            Expect(folded, listPath, JsonValueKind.Array, "an array of \"Returned\", \"Refused\", \"Withdrawn\"");
            var outcomes = EndedOutcomes.None;
            var index = 0;
            foreach (var item in folded.EnumerateArray())
            {
                var itemPath = string.Create(CultureInfo.InvariantCulture, $"{listPath}[{index++}]");
                var name = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
                outcomes |= name switch
                {
                    nameof(EndedOutcomes.Returned) => EndedOutcomes.Returned,
                    nameof(EndedOutcomes.Refused) => EndedOutcomes.Refused,
                    nameof(EndedOutcomes.Withdrawn) => EndedOutcomes.Withdrawn,
                    _ => throw new FormatException($"{itemPath}: expected one of Returned, Refused, Withdrawn; was {Shown(item)}"),
                };
            }

            options = options with { CountedAsResolved = outcomes };
        }

        return options;
    }

    private static List<PublishedFigure> Figures(JsonElement root, ReportConventions conventions)
    {
        if (!root.TryGetProperty("figures", out var array))
        {
            throw new FormatException("$.figures: missing (an array of figures is required)");
        }

        Expect(array, "$.figures", JsonValueKind.Array, "an array");
        var figures = new List<PublishedFigure>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.figures[{index++}]");
            var figure = Figure(element, path);
            if (!keys.Add(figure.Key))
            {
                throw new FormatException($"{path}.key: {PublishedReport.DuplicateKey(figure.Key)}");
            }

            if (PublishedReport.PercentageProblem(figure, conventions) is { } problem)
            {
                throw new FormatException($"{path}.printedPercentage: {problem}");
            }

            figures.Add(figure);
        }

        return figures;
    }

    private static PublishedFigure Figure(JsonElement element, string path)
    {
        Expect(element, path, JsonValueKind.Object, "an object");
        CheckProperties(element, path, FigureProperties);
        var key = RequiredString(element, path, "key");
        if (!FigureCatalogue.TryParse(key, out var family, out _, out _))
        {
            throw new FormatException($"{path}.key: {PublishedFigure.UnknownKey(key)}");
        }

        var kindElement = element.TryGetProperty("kind", out var k) ? k : default;
        var kindName = RequiredString(element, path, "kind");
        var kind = kindName switch
        {
            "count" => FigureKind.Count,
            "ratio" => FigureKind.Ratio,
            "names" => FigureKind.Names,
            _ => throw new FormatException($"{path}.kind: expected \"count\", \"ratio\" or \"names\"; was {Shown(kindElement)}"),
        };
        if (kind != family!.Kind)
        {
            throw new FormatException($"{path}.kind: {PublishedFigure.WrongKind(key, family.Kind, kind)}");
        }

        var printed = RequiredString(element, path, "printed");
        var label = OptionalString(element, path, "label");
        var allowed = kind switch
        {
            FigureKind.Count => new[] { "count" },
            FigureKind.Ratio => ["numerator", "denominator", "printedPercentage"],
            _ => ["names", "count"],
        };
        foreach (var property in ValueProperties.Except(allowed))
        {
            if (element.TryGetProperty(property, out _))
            {
                throw new FormatException($"{path}.{property}: not allowed in a {kindName} figure");
            }
        }

        switch (kind)
        {
            case FigureKind.Ratio:
                var numerator = RequiredWhole(element, path, "numerator");
                var denominator = RequiredWhole(element, path, "denominator");
                var percentage = OptionalString(element, path, "printedPercentage");
                if (percentage is not null && PercentText.ShapeProblem(percentage) is { } problem)
                {
                    throw new FormatException($"{path}.printedPercentage: '{percentage}' is not a printed percentage: {problem}");
                }

                return PublishedFigure.OfRatio(key, printed, numerator, denominator, percentage, label);
            case FigureKind.Names:
                if (!element.TryGetProperty("names", out var names))
                {
                    throw new FormatException($"{path}.names: missing (a names figure lists its names)");
                }

                Expect(names, path + ".names", JsonValueKind.Array, "an array of strings");
                var list = new List<string>();
                var index = 0;
                foreach (var name in names.EnumerateArray())
                {
                    var namePath = string.Create(CultureInfo.InvariantCulture, $"{path}.names[{index++}]");
                    var text = name.ValueKind == JsonValueKind.String ? name.GetString() : null;
                    list.Add(string.IsNullOrWhiteSpace(text)
                        ? throw new FormatException($"{namePath}: expected a non-blank string; was {Shown(name)}")
                        : text);
                }

                long? listed = element.TryGetProperty("count", out var c) && c.ValueKind != JsonValueKind.Null
                    ? Whole(c, path + ".count", 0, PublishedFigure.MaxCount)
                    : null;
                return PublishedFigure.OfNames(key, printed, list, listed, label);
            default:
                return PublishedFigure.OfCount(key, printed, RequiredWhole(element, path, "count"), label);
        }
    }

    private static TEnum EnumValue<TEnum>(JsonElement element, string path, string property, TEnum fallback)
        where TEnum : struct, Enum
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return fallback;
        }

        var name = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return Enum.GetNames<TEnum>().Contains(name, StringComparer.Ordinal)
            ? Enum.Parse<TEnum>(name!)
            : throw new FormatException($"{path}.{property}: expected one of {string.Join(", ", Enum.GetNames<TEnum>())}; was {Shown(value)}");
    }

    private static void CheckProperties(JsonElement element, string path, string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new FormatException($"{path}.{property.Name}: unknown property (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    private static void Expect(JsonElement element, string path, JsonValueKind kind, string what)
    {
        if (element.ValueKind != kind)
        {
            throw new FormatException($"{path}: expected {what}; was {Shown(element)}");
        }
    }

    private static string RequiredString(JsonElement element, string path, string property) =>
        element.TryGetProperty(property, out var value)
            ? value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new FormatException($"{path}.{property}: expected a string; was {Shown(value)}")
            : throw new FormatException($"{path}.{property}: missing (a string is required)");

    private static string? OptionalString(JsonElement element, string path, string property) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null
            ? null
            : value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw new FormatException($"{path}.{property}: expected a string or null; was {Shown(value)}");

    private static NodaTime.LocalDate? OptionalDate(JsonElement element, string path, string property)
    {
        var text = OptionalString(element, path, property);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new FormatException($"{path}.{property}: expected a date yyyy-MM-dd; was \"{text}\"");
    }

    private static long RequiredWhole(JsonElement element, string path, string property) =>
        element.TryGetProperty(property, out var value)
            ? Whole(value, path + "." + property, 0, PublishedFigure.MaxCount)
            : throw new FormatException($"{path}.{property}: missing (a whole number is required)");

    private static long Whole(JsonElement value, string path, long min, long max) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= min && number <= max
            ? number
            : throw new FormatException(max == PublishedFigure.MaxCount
                ? string.Create(CultureInfo.InvariantCulture, $"{path}: expected a whole number of {min} or more, below 10^15; was {Shown(value)}")
                : string.Create(CultureInfo.InvariantCulture, $"{path}: expected a whole number from {min} to {max}; was {Shown(value)}"));

    /// <summary>The value as raw JSON, shortened, on one line.</summary>
    private static string Shown(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return "nothing";
        }

        var raw = value.GetRawText().ReplaceLineEndings(" ");
        return raw.Length > MaxShown ? raw[..MaxShown] + "…" : raw;
    }
}
