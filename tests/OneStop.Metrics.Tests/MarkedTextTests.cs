using System;
using Xunit;

namespace OneStop.Metrics.Tests;

/// <summary>The marker extractor the docs tests share: what it returns, and that a missing, repeated or reversed marker is an error.</summary>
public class MarkedTextTests
{
    [Fact]
    public void Lines_between_markers_exclude_the_markers_and_match_trimmed_lines()
    {
        var lines = LinesBetween(["using A;", "  // BEGIN", "x = 1;", "y = 2;", "// END  ", "z"]);

        Assert.Equal(["x = 1;", "y = 2;"], lines);
    }

    [Theory]
    [InlineData("x|// END")]
    [InlineData("// BEGIN|x")]
    [InlineData("// END|x|// BEGIN")]
    [InlineData("// BEGIN|// BEGIN|x|// END")]
    [InlineData("// BEGIN|x|// END|// END")]
    public void A_missing_repeated_or_reversed_marker_line_is_an_error(string lines)
    {
        var error = Assert.Throws<InvalidOperationException>(() => LinesBetween(lines.Split('|')));

        Assert.StartsWith("source.cs should hold one '// BEGIN' line before one '// END' line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_between_markers_is_exact()
    {
        Assert.Equal("a\nb\n", MarkedText.Between("x <!-- b -->\na\nb\n<!-- e --> y", "<!-- b -->\n", "<!-- e -->", "page.md"));
        Assert.Equal(string.Empty, MarkedText.Between("<b><e>", "<b>", "<e>", "page.md"));
    }

    [Theory]
    [InlineData("no markers")]
    [InlineData("<e> before <b>")]
    [InlineData("<b> twice <b> then <e>")]
    [InlineData("<b> then <e> and <e>")]
    public void A_missing_repeated_or_reversed_marker_in_text_is_an_error(string text)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MarkedText.Between(text, "<b>", "<e>", "page.md"));

        Assert.Equal("page.md should hold one '<b>' followed by one '<e>'.", error.Message);
    }

    private static string[] LinesBetween(string[] lines) => [.. MarkedText.LinesBetween(lines, "// BEGIN", "// END", "source.cs")];
}
