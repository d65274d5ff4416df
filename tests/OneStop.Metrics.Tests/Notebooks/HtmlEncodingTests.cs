using System;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Samples;
using Xunit;

namespace OneStop.Metrics.Tests.Notebooks;

public sealed class HtmlEncodingTests
{
    [Fact]
    public void Labels_titles_and_data_texts_are_encoded_in_tables()
    {
        var group = BuiltInSamples.TuKy2023.Compute().Totals;
        var table = IndicatorTable.Of("<i>Đơn vị</i> & \"x\"", [("<img src=x onerror=alert(1)>", group)]);

        var html = NotebookFormatting.ToHtml(table, NotebookLanguage.Vietnamese);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        var parsed = HtmlTables.Single(html);
        Assert.Equal("<i>Đơn vị</i> & \"x\"", parsed.Caption);
        Assert.Equal("<img src=x onerror=alert(1)>", parsed.Rows[0].Cells[0]);
    }

    [Fact]
    public void Table_rows_are_checked_for_null_labels()
    {
        var group = BuiltInSamples.TuKy2023.Compute().Totals;

        Assert.Throws<ArgumentNullException>(() => IndicatorTable.Of("t", [(null!, group)]));
        Assert.Throws<ArgumentNullException>(() => IndicatorTable.Of("t", [("a", (GroupIndicators)null!)]));
        Assert.Throws<ArgumentNullException>(() => IndicatorTable.Of(null!, []));
    }
}
