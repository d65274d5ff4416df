using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Calendars.Lunar;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Notebooks;

/// <summary>
/// The formatters reached the way .NET Interactive reaches them: by the attribute's name on the value's type, by
/// reflection on the source and the formatter objects. The only tests that read or change
/// <see cref="NotebookFormatting.Language"/> (one class, so they never run in parallel with each other).
/// </summary>
public sealed class FormatterConventionTests
{
    private static readonly Type[] RenderedTypes =
    [
        typeof(Ratio), typeof(IndicatorReport), typeof(LevelIndicators), typeof(GroupIndicators), typeof(DossierTally),
        typeof(DossierCounts), typeof(PrintedReport), typeof(ReconciliationFinding), typeof(FigureDifference),
        typeof(DayStatus), typeof(LunarDate), typeof(DeadlineAuditReport), typeof(IndicatorTable), typeof(RateChart),
        typeof(CalendarMonthView), typeof(ReconciliationView),
    ];

    [Fact]
    public void Every_rendered_type_names_the_formatter_source_by_the_conventional_attribute()
    {
        foreach (var type in RenderedTypes)
        {
            var attribute = Assert.Single(type.GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
            Assert.Equal(typeof(NotebookFormatterSource), attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute));
            Assert.Equal(new[] { "text/html", "text/plain" }, attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute));
        }
    }

    [Fact]
    public void The_attribute_is_internal_so_the_library_exposes_no_notebook_dependency()
    {
        Assert.False(typeof(TypeFormatterSourceAttribute).IsPublic);
        Assert.DoesNotContain(typeof(Ratio).Assembly.GetReferencedAssemblies(), a => a.Name!.Contains("Interactive", StringComparison.Ordinal));
    }

    [Fact]
    public void The_source_creates_one_html_and_one_plain_text_formatter_through_reflection()
    {
        var formatters = Formatters();

        Assert.Equal(["text/html", "text/plain"], formatters.Select(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)!));
    }

    [Fact]
    public void The_html_formatter_writes_a_ratio_table_and_declines_other_types()
    {
        NotebookFormatting.Language = NotebookLanguage.Vietnamese;
        var html = Formatters()[0];

        var (handled, written) = Format(html, Ratio.Of(2498, 2531));
        Assert.True(handled);
        Assert.Equal(["2.498", "2.531", "2.498/2.531", "98,70%"], HtmlTables.Single(written).Rows[0].Cells);
        Assert.Equal((false, string.Empty), Format(html, "not a metrics value"));
    }

    [Fact]
    public void The_plain_text_formatter_writes_the_types_text()
    {
        var text = Formatters()[1];

        Assert.Equal((true, "2498/2531 (98.70%)"), Format(text, Ratio.Of(2498, 2531)));
        Assert.Equal((false, string.Empty), Format(text, 42));
    }

    [Fact]
    public void The_language_switch_changes_what_the_formatters_write_from_then_on()
    {
        Assert.Equal(NotebookLanguage.Vietnamese, NotebookFormatting.Language);
        var html = Formatters()[0];
        try
        {
            NotebookFormatting.Language = NotebookLanguage.English;

            Assert.Equal(["2,498", "2,531", "2,498/2,531", "98.70%"], HtmlTables.Single(Format(html, Ratio.Of(2498, 2531)).Written).Rows[0].Cells);
            Assert.Equal(NotebookFormatting.ToHtml(Ratio.Of(1, 3), NotebookLanguage.English), NotebookFormatting.ToHtml(Ratio.Of(1, 3)));
        }
        finally
        {
            NotebookFormatting.Language = NotebookLanguage.Vietnamese;
        }

        Assert.Equal(["2.498", "2.531", "2.498/2.531", "98,70%"], HtmlTables.Single(Format(html, Ratio.Of(2498, 2531)).Written).Rows[0].Cells);
    }

    [Fact]
    public void An_undefined_language_is_refused_and_leaves_the_switch_unchanged()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NotebookFormatting.Language = (NotebookLanguage)7);
        Assert.Equal(NotebookLanguage.Vietnamese, NotebookFormatting.Language);
        Assert.Throws<ArgumentOutOfRangeException>(() => NotebookFormatting.ToHtml(Ratio.Empty, (NotebookLanguage)7));
    }

    [Fact]
    public void Rendering_an_unsupported_value_names_its_type()
    {
        var error = Assert.Throws<ArgumentException>(() => NotebookFormatting.ToHtml(new Uri("https://example.org"), NotebookLanguage.Vietnamese));

        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => NotebookFormatting.ToText(null!, NotebookLanguage.English));
        Assert.True(NotebookFormatting.CanFormat(Ratio.Empty));
        Assert.False(NotebookFormatting.CanFormat("text"));
        Assert.False(NotebookFormatting.CanFormat(null));
    }

    private static object[] Formatters()
    {
        var attribute = typeof(Ratio).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        return formatters.Cast<object>().ToArray();
    }

    private static (bool Handled, string Written) Format(object formatter, object value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var format = formatter.GetType().GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, [typeof(object), typeof(TextWriter)])!;
        var handled = (bool)format.Invoke(formatter, [value, writer])!;
        return (handled, writer.ToString());
    }
}
