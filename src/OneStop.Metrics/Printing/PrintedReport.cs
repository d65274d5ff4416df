using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Printing;

/// <summary>
/// A report as printed: heading, sections of lines, and every figure with its key, text and exact numbers.
/// Produced by <see cref="ReportPrinter"/>; rendered with <see cref="ToText"/> or <see cref="ToJson"/>.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class PrintedReport
{
    private readonly Dictionary<string, PrintedFigure> _byKey;

    internal PrintedReport(IndicatorReport source, ImmutableArray<string> heading, ImmutableArray<PrintedSection> sections,
        ImmutableArray<PrintedFigure> figures, string accounting)
    {
        Source = source;
        Heading = heading;
        Sections = sections;
        Figures = figures;
        Accounting = accounting;
        _byKey = figures.ToDictionary(f => f.Key, StringComparer.Ordinal);
    }

    /// <summary>The indicators the report prints.</summary>
    public IndicatorReport Source { get; }

    /// <summary>The heading lines (title, locality, period).</summary>
    public ImmutableArray<string> Heading { get; }

    /// <summary>The sections, in order.</summary>
    public ImmutableArray<PrintedSection> Sections { get; }

    /// <summary>Every figure, in the order printed.</summary>
    public ImmutableArray<PrintedFigure> Figures { get; }

    /// <summary>The closing line that accounts for every dossier read (in the period, outside it, not countable).</summary>
    public string Accounting { get; }

    /// <summary>Returns the figure with the given key.</summary>
    /// <param name="key">The key, e.g. <c>digitization.intake.district</c>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="KeyNotFoundException">The report has no figure with that key; the message lists the closest keys.</exception>
    public PrintedFigure Figure(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_byKey.TryGetValue(key, out var figure))
        {
            return figure;
        }

        var prefix = key.Split('.')[0];
        var near = Figures.Select(f => f.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Take(8);
        throw new KeyNotFoundException($"The report has no figure '{key}'. Keys starting with '{prefix}': {string.Join(", ", near)}.");
    }

    /// <summary>Returns the report as plain text: heading, sections, accounting line; lines end with <c>\n</c>.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var line in Heading)
        {
            text.Append(line).Append('\n');
        }

        foreach (var section in Sections)
        {
            text.Append('\n').Append(section.Title).Append('\n');
            foreach (var line in section.Lines)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.Append('\n').Append(Accounting).Append('\n').ToString();
    }

    /// <summary>
    /// Returns the report as indented JSON: period, as-of date, dossier accounting and every figure with
    /// <c>key</c>, <c>text</c>, and <c>count</c> or <c>numerator</c>, <c>denominator</c> and <c>percentage</c>
    /// (a JSON number with the rule's decimals, or <c>null</c> for no rate).
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            var scope = Source.Scope;
            json.WriteStartObject();
            json.WriteString("period", scope.Period.ToString());
            json.WriteString("asOf", LocalDatePattern.Iso.Format(scope.AsOf));
            json.WriteString("comparison", scope.Comparison.ToString());
            json.WriteNumber("dossiersRead", Source.DossiersSeen);
            json.WriteNumber("dossiersInPeriod", Source.Totals.Counts.Total);
            json.WriteNumber("dossiersOutsidePeriod", Source.DossiersOutsidePeriod);
            json.WriteNumber("dossiersRejected", Source.DossiersRejected);
            json.WriteStartArray("figures");
            foreach (var figure in Figures)
            {
                WriteFigure(json, figure);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Returns <see cref="ToText"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText();

    private static void WriteFigure(Utf8JsonWriter json, PrintedFigure figure)
    {
        json.WriteStartObject();
        json.WriteString("key", figure.Key);
        json.WriteString("text", figure.Text);
        if (figure.Count is { } count)
        {
            json.WriteNumber("count", count);
        }

        if (figure.Ratio is { } ratio)
        {
            json.WriteNumber("numerator", ratio.Numerator);
            json.WriteNumber("denominator", ratio.Denominator);
            if (figure.Percentage is { } percentage)
            {
                json.WriteNumber("percentage", percentage);
            }
            else
            {
                json.WriteNull("percentage");
            }
        }

        json.WriteEndObject();
    }
}
