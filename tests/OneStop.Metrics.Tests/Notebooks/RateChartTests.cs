using System;
using System.Linq;
using System.Text.RegularExpressions;
using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Rates;
using Xunit;

namespace OneStop.Metrics.Tests.Notebooks;

public sealed class RateChartTests
{
    private static readonly RateChart Chart = RateChart.Of("Tiếp nhận trực tuyến",
    [
        ("Tư pháp", Ratio.Of(700, 700)),
        ("Kinh tế - Hạ tầng", Ratio.Of(71, 75)),
        ("Nửa", Ratio.Of(1, 2)),
        ("Giáo dục và Đào tạo", Ratio.Empty),
    ]);

    [Fact]
    public void Each_bar_is_as_long_as_its_rate_on_a_scale_of_one_hundred_percent()
    {
        var svg = NotebookFormatting.ToHtml(Chart, NotebookLanguage.Vietnamese);

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Equal(["320", "302.9", "160"], Widths(svg));
    }

    [Fact]
    public void Each_bar_is_labelled_with_its_rate_and_counts_in_the_chosen_numbers()
    {
        var vietnamese = NotebookFormatting.ToHtml(Chart, NotebookLanguage.Vietnamese);
        var english = NotebookFormatting.ToHtml(Chart, NotebookLanguage.English);

        Assert.Equal(["Tiếp nhận trực tuyến", "Tư pháp", "100% (700/700)", "Kinh tế - Hạ tầng", "94,67% (71/75)", "Nửa", "50,00% (01/02)", "Giáo dục và Đào tạo", "—"],
            Texts(vietnamese));
        Assert.Contains("94.67% (71/75)", Texts(english));
        Assert.Contains("n/a", Texts(english));
    }

    [Fact]
    public void A_rate_above_one_hundred_percent_sets_the_scale()
    {
        var svg = NotebookFormatting.ToHtml(RateChart.Of("x", [("a", Ratio.Of(2, 1)), ("b", Ratio.Of(1, 1))]), NotebookLanguage.English);

        Assert.Equal(["320", "160"], Widths(svg));
    }

    [Fact]
    public void Labels_and_title_are_html_encoded()
    {
        var svg = NotebookFormatting.ToHtml(RateChart.Of("<b>title</b>", [("<script>alert(1)</script> & co", Ratio.Of(1, 1))]), NotebookLanguage.English);

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_as_text_lists_its_bars_invariantly()
    {
        Assert.Equal("Tiếp nhận trực tuyến\nTư pháp: 700/700 (100.00%)\nKinh tế - Hạ tầng: 71/75 (94.67%)\nNửa: 1/2 (50.00%)\nGiáo dục và Đào tạo: 0/0 (no rate)\n",
            Chart.ToString());
        Assert.Throws<ArgumentNullException>(() => RateChart.Of("x", [(null!, Ratio.Empty)]));
    }

    private static string[] Widths(string svg) =>
        Regex.Matches(svg, "<rect [^>]*width=\"([0-9.]+)\"").Select(m => m.Groups[1].Value).ToArray();

    private static string[] Texts(string svg) =>
        Regex.Matches(svg, "<text[^>]*>(.*?)</text>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
}
