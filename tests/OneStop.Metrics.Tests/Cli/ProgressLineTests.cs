using System;
using System.IO;
using OneStop.Metrics.Cli.Output;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>The progress line redraws at most four times a second, shows the share of bytes and rows per second, and erases itself.</summary>
public class ProgressLineTests
{
    private TimeSpan _now;
    private long _bytes;

    private ProgressLine Line(TextWriter writer, ReportLanguage language, long? total) =>
        new(writer, language, () => _now, () => _bytes, total);

    [Fact]
    public void Draws_the_bar_the_rows_and_the_rate_and_skips_reports_within_a_quarter_second()
    {
        using var writer = new StringWriter();
        var line = Line(writer, ReportLanguage.Vietnamese, total: 1_000_000);

        _now = TimeSpan.FromMilliseconds(100);
        _bytes = 250_000;
        line.Report(65_536);
        _now = TimeSpan.FromMilliseconds(300);
        _bytes = 500_000;
        line.Report(131_072);
        _now = TimeSpan.FromMilliseconds(400);
        _bytes = 600_000;
        line.Report(196_608);

        Assert.Equal(
            "\r[#####---------------]  25%  65.536 dòng  655.360 dòng/s"
            + "\r[############--------]  60%  196.608 dòng  491.520 dòng/s",
            writer.ToString());
    }

    [Fact]
    public void Clear_writes_spaces_over_the_longest_line_drawn()
    {
        using var writer = new StringWriter();
        var line = Line(writer, ReportLanguage.English, total: null);

        _now = TimeSpan.FromSeconds(2);
        line.Report(1_234_567);
        _now = TimeSpan.FromSeconds(3);
        line.Report(3_000);
        line.Clear();
        line.Clear();

        const string First = "1,234,567 rows  617,283 rows/s";
        const string Second = "3,000 rows  1,000 rows/s";
        Assert.Equal("\r" + First + "\r" + Second + "      \r" + new string(' ', First.Length) + "\r", writer.ToString());
    }

    [Fact]
    public void A_report_at_time_zero_gives_no_rate_and_nothing_is_written_before_a_report()
    {
        using var writer = new StringWriter();
        var line = Line(writer, ReportLanguage.English, total: 10);
        line.Clear();
        Assert.Equal(string.Empty, writer.ToString());

        _bytes = 10;
        line.Report(3);

        Assert.Equal("\r[####################] 100%  3 rows", writer.ToString());
    }
}
