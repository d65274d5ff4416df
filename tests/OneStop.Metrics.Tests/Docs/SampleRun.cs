using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>
/// The built-in sample <c>tu-ky-2023</c> computed and printed under a docs marker's settings, and the text each kind
/// of marker reads from it. Runs are cached by their settings text.
/// </summary>
internal sealed class SampleRun
{
    private static readonly ConcurrentDictionary<string, SampleRun> Cache = new(StringComparer.Ordinal);

    private SampleRun(IndicatorReport report, ReportPrintOptions print)
    {
        Report = report;
        Numbers = print.Numbers;
        Printed = ReportPrinter.Print(report, BuiltInSamples.TuKy2023.Heading, print);
    }

    /// <summary>The indicators.</summary>
    public IndicatorReport Report { get; }

    /// <summary>The printed report.</summary>
    public PrintedReport Printed { get; }

    /// <summary>The number style counts and values are written in.</summary>
    public NumberStyle Numbers { get; }

    /// <summary>The sample under the given settings (<c>Name=Value</c> separated by <c>;</c>; empty: the sample's own).</summary>
    /// <exception cref="InvalidOperationException">A setting is unknown or its value is not one of its choices.</exception>
    public static SampleRun For(string settings) => Cache.GetOrAdd(settings, Create);

    /// <summary>The text a marker reads: a figure's printed text, a counter's count, or a property's value.</summary>
    public string Read(string kind, string key) => kind switch
    {
        "figure" => Printed.Figure(key).Text,
        "counter" => Count(key),
        "value" => Value(key),
        _ => throw new InvalidOperationException($"Unknown marker kind '{kind}'."),
    };

    private string Count(string key)
    {
        var (root, counter) = Split(key);
        var counts = root == "report" ? Report.Totals.Counts : Report.Level(Parse<AdministrativeLevel>(root)).Totals.Counts;
        return NumberFormatter.FormatCount(counts[Parse<TallyCounter>(counter)], Numbers);
    }

    /// <summary>
    /// Follows a property path from a level, the report (<c>report.</c>) or the printed report (<c>printed.</c>) —
    /// <c>district.Totals.Timeliness.ResolvedEarly</c>, <c>district.ByField[H-KTHT].Indicators.OnlineIntake</c>,
    /// <c>printed.Figures.Length</c> — and writes the value.
    /// </summary>
    private string Value(string key)
    {
        var segments = key.Split('.');
        object current = segments[0] switch
        {
            "report" => Report,
            "printed" => Printed,
            _ => Report.Level(Parse<AdministrativeLevel>(segments[0])),
        };
        foreach (var segment in segments.Skip(1))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            current = Property(current, name, key);
            if (bracket >= 0)
            {
                current = Element((IEnumerable)current, segment[(bracket + 1)..^1], key);
            }
        }

        return current switch
        {
            long count => NumberFormatter.FormatCount(count, Numbers),
            int count => NumberFormatter.FormatCount(count, Numbers),
            Ratio ratio => $"{NumberFormatter.FormatRatio(ratio, Numbers)} ({NumberFormatter.FormatRate(ratio, Numbers)})",
            _ => throw new InvalidOperationException($"'{key}' is a {current.GetType().Name}; a value marker reads counts and ratios."),
        };
    }

    /// <summary>A public property's value; <c>Count</c> of any collection (an <c>IReadOnlyList</c> may be an array underneath).</summary>
    private static object Property(object owner, string name, string key)
    {
        if (owner.GetType().GetProperty(name) is { } property)
        {
            return property.GetValue(owner) ?? throw new InvalidOperationException($"'{name}' is null (in '{key}').");
        }

        return name == "Count" && owner is ICollection collection
            ? collection.Count
            : throw new InvalidOperationException($"{owner.GetType().Name} has no property '{name}' (in '{key}').");
    }

    /// <summary>The field or department with the given code in a breakdown.</summary>
    private static object Element(IEnumerable items, string code, string key) =>
        items.Cast<object>().FirstOrDefault(item => item switch
        {
            FieldIndicators field => field.Field.Code == code,
            DepartmentIndicators department => department.Department.Code == code,
            _ => false,
        }) ?? throw new InvalidOperationException($"No field or department '{code}' (in '{key}').");

    private static SampleRun Create(string settings)
    {
        var sample = BuiltInSamples.TuKy2023;
        var options = sample.Options;
        var scope = sample.Scope;
        LocalDate? asOf = null;
        var comparison = scope.Comparison;
        var print = ReportPrintOptions.Vietnamese;
        foreach (var setting in settings.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = Split(setting, '=');
            switch (name)
            {
                case "OnTimeRate": options = options with { OnTimeRate = Parse<OnTimeRateBasis>(value) }; break;
                case "CountedAsResolved": options = options with { CountedAsResolved = Parse<EndedOutcomes>(value.Replace('|', ',')) }; break;
                case "IntakeDigitization": options = options with { IntakeDigitization = Parse<IntakeDigitizationBasis>(value) }; break;
                case "ResultDigitization": options = options with { ResultDigitization = Parse<ResultDigitizationBasis>(value) }; break;
                case "OnlineIntake": options = options with { OnlineIntake = Parse<OnlineIntakeBasis>(value) }; break;
                case "ReuseProcedures": options = options with { ReuseProcedures = Parse<ReuseProcedureBasis>(value) }; break;
                case "AsOf": asOf = LocalDatePattern.Iso.Parse(value).GetValueOrThrow(); break;
                case "Comparison": comparison = Parse<TimelinessComparison>(value); break;
                case "FieldBreakdownLevels":
                    print = print with { FieldBreakdownLevels = value.Split('|').Select(Parse<AdministrativeLevel>).ToImmutableHashSet() };
                    break;
                case "Lang" when value == "en": print = print with { Wording = ReportWording.English, Numbers = NumberStyle.Invariant }; break;
                default: throw new InvalidOperationException($"Unknown docs marker setting '{setting}'.");
            }
        }

        var tallyScope = asOf is null && comparison == scope.Comparison
            ? scope
            : TallyScope.For(scope.Period, asOf ?? scope.AsOf, comparison, scope.DueDates, scope.Deadlines);
        var report = IndicatorReport.Compute(DossierTally.Build(sample.Reference, tallyScope, sample.Dossiers), options);
        return new SampleRun(report, print);
    }

    private static (string Before, string After) Split(string text, char separator = '.')
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at > 0
            ? (text[..at].Trim(), text[(at + 1)..].Trim())
            : throw new InvalidOperationException($"Expected '{separator}' in '{text}'.");
    }

    /// <summary>Parses an enum member by name (case-insensitive), refusing numbers so that a typo never reads as a value.</summary>
    private static T Parse<T>(string name)
        where T : struct, Enum =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && Enum.TryParse<T>(name, ignoreCase: true, out var value)
            ? value
            : throw new InvalidOperationException($"'{name}' is not a {typeof(T).Name}: {string.Join(", ", Enum.GetNames<T>())}.");
}
