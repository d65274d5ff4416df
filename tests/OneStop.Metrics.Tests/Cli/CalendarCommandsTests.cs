using System.Linq;
using Xunit;

namespace OneStop.Metrics.Tests.Cli;

/// <summary>The calendar, lunar and due commands, for people and for scripts.</summary>
public class CalendarCommandsTests
{
    [Fact]
    public void Calendar_lists_days_off_and_working_saturdays_with_reasons_and_which_years_are_announced()
    {
        var run = CliRun.Of("calendar", "--from", "2024-01-01", "--to", "2024-12-31");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2024-04-29  nghỉ      Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 4/5/2024) [công bố]", run.StdoutLines);
        Assert.Contains("2024-05-04  làm việc  Làm việc bù cho thứ Hai 29/4/2024 [công bố]", run.StdoutLines);
        Assert.DoesNotContain(run.StdoutLines, line => line.StartsWith("2024-01-06", System.StringComparison.Ordinal));
        Assert.Contains("Năm công bố (announced): 2024", run.StdoutLines);
        Assert.Contains("Năm suy ra từ quy tắc (derived from the Labour Code): không có", run.StdoutLines);
    }

    [Fact]
    public void Calendar_says_which_years_are_derived_from_the_rules()
    {
        var run = CliRun.Of("calendar", "--from", "2026-12-01", "--to", "2027-02-28");

        Assert.Contains("Năm công bố (announced): 2026", run.StdoutLines);
        Assert.Contains("Năm suy ra từ quy tắc (derived from the Labour Code): 2027", run.StdoutLines);
        Assert.Contains(run.StdoutLines, line => line.StartsWith("2027-01-01  nghỉ", System.StringComparison.Ordinal) && line.EndsWith("[quy tắc]", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Calendar_csv_has_a_header_and_one_row_per_day()
    {
        var run = CliRun.Of("calendar", "--from", "2023-01-01", "--to", "2026-12-31", "--format", "csv");

        var lines = run.StdoutLines.Where(l => l.Length > 0).ToArray();
        Assert.Equal("date,working,reason", lines[0]);
        Assert.Equal(1 + 365 + 366 + 365 + 365, lines.Length);
        Assert.Equal("2023-01-02,false,Nghỉ bù Tết Dương lịch (Chủ nhật 1/1/2023)", lines[2]);
        Assert.Contains("2024-05-04,true,Làm việc bù cho thứ Hai 29/4/2024", lines);
        Assert.Contains("2023-01-03,true,Ngày làm việc", lines);
    }

    [Fact]
    public void Lunar_csv_covers_1900_to_2100_with_a_header_and_one_row_per_day()
    {
        var run = CliRun.Of("lunar", "--from", "1900-01-01", "--to", "2100-12-31", "--format", "csv");

        var lines = run.StdoutLines.Where(l => l.Length > 0).ToArray();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("date,lunar_day,lunar_month,lunar_year,leap", lines[0]);
        Assert.Equal(1 + 73414, lines.Length);
        Assert.Equal("1900-01-01,1,12,1899,false", lines[1]);
        Assert.Contains("2026-02-17,1,1,2026,false", lines);
        Assert.Contains("2020-05-23,1,4,2020,true", lines);
        Assert.Contains("2020-05-22,30,4,2020,false", lines);
    }

    [Fact]
    public void Lunar_text_prints_the_vietnamese_form()
    {
        var run = CliRun.Of("lunar", "--from", "2026-02-17", "--to", "2026-02-17");

        Assert.Equal("2026-02-17  mùng 1 tháng Giêng năm Bính Ngọ\n", run.Stdout);
    }

    [Fact]
    public void Due_prints_the_due_date_and_the_days_it_skipped()
    {
        var run = CliRun.Of("due", "--received", "2026-02-13T16:30", "--working-days", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Tiếp nhận: 2026-02-13T16:30; ngày tiếp nhận tính hạn: 2026-02-13", run.StdoutLines[0]);
        Assert.Equal("Hạn trả: 2026-02-27T17:00", run.StdoutLines[2]);
        Assert.Equal("Ngày nghỉ đã bỏ qua: 9", run.StdoutLines[3]);
        Assert.Equal("  2026-02-14  nghỉ      Tết Nguyên đán Bính Ngọ [công bố]", run.StdoutLines[4]);
    }

    [Fact]
    public void Due_applies_a_cut_off_and_other_units()
    {
        Assert.Contains("Hạn trả: 2026-03-02T17:00", CliRun.Of("due", "--received", "2026-02-13T16:30", "--working-days", "5", "--cut-off", "15:00").StdoutLines);
        Assert.Contains("Hạn trả: 2026-02-27T17:00", CliRun.Of("due", "--received", "2026-02-13T16:30", "--working-days", "5", "--cut-off", "15:00", "--channel", "online").StdoutLines);
        Assert.Contains("Hạn trả: 2026-02-23T17:00", CliRun.Of("due", "--received", "2026-02-10T09:00", "--calendar-days", "5").StdoutLines);
        Assert.Contains("Hạn trả: 2026-03-03T16:00", CliRun.Of("due", "--received", "2026-03-02T16:00", "--working-hours", "8").StdoutLines);
    }
}
