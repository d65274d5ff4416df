using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace OneStop.Metrics.Tests.Docs;

/// <summary>
/// The worked examples of the docs are computed, not copied: every marker (<c>`figure: key = text`</c>,
/// <c>`counter: …`</c>, <c>`value: …`</c>, optionally with <c>[settings]</c>) in README.md and docs/**/*.md must read
/// exactly what the library gives for the built-in sample <c>tu-ky-2023</c>.
/// </summary>
public sealed class DocsFigureTests
{
    /// <summary>The indicator families, one page each.</summary>
    private static readonly string[] FamilyPages =
        ["boundary-free-intake.md", "digitization.md", "online-services.md", "reuse.md", "timeliness.md"];

    public static IEnumerable<object[]> Markers =>
        MarkdownFiles.All().SelectMany(DocMarker.In).Select(marker => marker.ToRow());

    [Theory]
    [MemberData(nameof(Markers))]
    public void Each_documented_number_is_what_the_library_gives_for_the_sample(
        string location, string kind, string settings, string key, string expected)
    {
        var actual = SampleRun.For(settings).Read(kind, key);
        Assert.True(expected == actual, $"{location}: {kind}[{settings}] {key}\n  page:    {expected}\n  library: {actual}");
    }

    [Fact]
    public void Every_indicator_family_has_its_page()
    {
        var pages = MarkdownFiles.IndicatorPages().Select(Path.GetFileName).ToList();
        Assert.All(FamilyPages, page => Assert.Contains(page, pages));
    }

    [Fact]
    public void Every_indicator_page_has_a_worked_example_in_printed_figures()
    {
        foreach (var page in MarkdownFiles.IndicatorPages())
        {
            var figures = DocMarker.In(page).Where(m => m.Kind == "figure" && m.Settings.Length == 0).ToList();
            Assert.True(figures.Count >= 2, $"{MarkdownFiles.Relative(page)} has {figures.Count} figure markers of the sample.");
        }
    }

    [Fact]
    public void No_marker_is_malformed() =>
        Assert.Empty(MarkdownFiles.All().SelectMany(DocMarker.Malformed));

    [Fact]
    public void The_reader_gives_figures_counters_and_values_in_the_chosen_style()
    {
        var run = SampleRun.For(string.Empty);
        Assert.Equal("2.498/2.531 đạt tỷ lệ 98,70%", run.Read("figure", "digitization.intake.district"));
        Assert.Equal("2.470", run.Read("counter", "district.DigitizedAtIntakeReceived"));
        Assert.Equal("2.470/2.503 (98,68%)", SampleRun.For("IntakeDigitization=ReceivedInPeriod").Read("value", "district.Totals.Digitization.IntakeDigitized"));
        Assert.Equal("2,498/2,531 (98.70%)", SampleRun.For("Lang=en").Read("figure", "digitization.intake.district"));
    }
}
