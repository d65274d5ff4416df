using System.Linq;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Calendars.Lunar;
using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Samples;
using Xunit;

namespace OneStop.Metrics.Tests.Notebooks;

public sealed class ReconciliationAndCalendarHtmlTests
{
    private static readonly ReconciliationView SeedView = ReconciliationView.Check(PublishedReports.TuKy2023,
        ReportPrinter.Print(BuiltInSamples.TuKy2023.Compute(), BuiltInSamples.TuKy2023.Heading));

    [Fact]
    public void The_seed_reconciliation_shows_its_eight_findings_and_two_differences()
    {
        var tables = HtmlTables.Parse(NotebookFormatting.ToHtml(SeedView, NotebookLanguage.Vietnamese));

        Assert.Equal(["8 điểm không khớp trong báo cáo", "2 khác biệt so với báo cáo tính từ hồ sơ"], tables.Select(t => t.Caption));
        var findings = tables[0];
        Assert.Equal(8, findings.Rows.Count);
        var slip = Assert.Single(findings.Rows, r => r.Cells[0] == "NumberFormatSlip");
        Assert.Equal(["timeliness.overdue.district, timeliness.overdue.commune", "0.04%; 0.06%", "0,04%; 0,06%", string.Empty], slip.Cells.Skip(1).Take(4));
        var online = Assert.Single(findings.Rows, r => r.Cells[1] == "online-intake.commune, timeliness.received.commune");
        Assert.Equal(["33.024", "33.384", "-360"], online.Cells.Skip(2).Take(3));
        var coverage = Assert.Single(findings.Rows, r => r.Cells[0] == "CountDoesNotMatchList");
        Assert.Equal("+1", coverage.Cells[4]);
        Assert.Equal(["coverage.district.digitizing", "online-intake.district.H-VHTT"], tables[1].Rows.Select(r => r.Cells[0]));
    }

    [Fact]
    public void A_check_without_a_computed_report_has_no_difference_table()
    {
        var view = ReconciliationView.Check(PublishedReports.TuKy2023);

        Assert.Null(view.Differences);
        Assert.Single(HtmlTables.Parse(NotebookFormatting.ToHtml(view, NotebookLanguage.English)), t => t.Caption == "8 inconsistencies in the report");
        Assert.EndsWith("8 findings\n", view.ToString());
    }

    [Fact]
    public void A_single_finding_and_a_single_difference_are_one_row_each()
    {
        var finding = HtmlTables.Single(NotebookFormatting.ToHtml(SeedView.Findings[0], NotebookLanguage.English));
        var difference = HtmlTables.Single(NotebookFormatting.ToHtml(SeedView.Differences!.Value[0], NotebookLanguage.English));

        Assert.Equal(["DenominatorsDisagree", "digitization.intake.district, timeliness.received.district", "2.531", "2.532", "-1"],
            finding.Rows.Single().Cells.Take(5));
        Assert.Equal(["coverage.district.digitizing", "Names"], difference.Rows.Single().Cells.Take(2));
    }

    [Fact]
    public void A_month_lists_every_day_with_lunar_date_reason_and_source_and_marks_the_special_days()
    {
        var month = CalendarMonthView.Create(WorkingDayCalendar.Vietnam, 2023, 9);

        var table = HtmlTables.Single(NotebookFormatting.ToHtml(month, NotebookLanguage.Vietnamese));

        Assert.Equal("Tháng 9/2023: 19 ngày làm việc", table.Caption);
        Assert.Equal(30, table.Rows.Count);
        var nationalDay = table.Row("02/09/2023");
        Assert.Equal(["02/09/2023", "Thứ Bảy", "18/7 âm lịch", "Nghỉ", "Quốc khánh 2/9/2023", "công bố"], nationalDay.Cells);
        Assert.True(nationalDay.Bold);
        Assert.Equal(["04/09/2023", "Thứ Hai", "20/7 âm lịch", "Nghỉ", "Nghỉ bù Quốc khánh (thứ Bảy 2/9/2023)", "công bố"], table.Row("04/09/2023").Cells);
        Assert.Equal(["09/09/2023", "Thứ Bảy", "25/7 âm lịch", "Nghỉ", "Thứ Bảy", "quy tắc"], table.Row("09/09/2023").Cells);
        Assert.False(table.Row("09/09/2023").Bold);
        Assert.Equal(["29/09/2023", "Thứ Sáu", "15/8 âm lịch", "Làm việc", "Ngày làm việc", "quy tắc"], table.Row("29/09/2023").Cells);
    }

    [Fact]
    public void A_month_in_English_uses_iso_dates_and_english_weekdays_and_keeps_the_announced_reasons()
    {
        var table = HtmlTables.Single(NotebookFormatting.ToHtml(CalendarMonthView.Create(WorkingDayCalendar.Vietnam, 2023, 9), NotebookLanguage.English));

        Assert.Equal("2023-09: 19 working days", table.Caption);
        Assert.Equal(["2023-09-02", "Saturday", "18/7 âm lịch", "Day off", "Quốc khánh 2/9/2023", "announced"], table.Row("2023-09-02").Cells);
    }

    [Fact]
    public void A_month_as_text_has_one_invariant_line_per_day()
    {
        var lines = CalendarMonthView.Create(WorkingDayCalendar.Vietnam, 2024, 2).ToString().Split('\n');

        Assert.Equal("2024-02-10 off Tết Nguyên đán Giáp Thìn (1/1 âm lịch) [Announced]", lines[9]);
        Assert.Equal(30, lines.Length);
    }

    [Fact]
    public void A_day_outside_the_lunar_calendar_has_no_lunar_date()
    {
        Assert.Null(CalendarMonthView.Lunar(new NodaTime.LocalDate(1899, 2, 9)));
        Assert.Equal(LunarDate.Create(1899, 1, 1), CalendarMonthView.Lunar(new NodaTime.LocalDate(1899, 2, 10)));
    }

    [Fact]
    public void A_month_outside_one_to_twelve_is_refused()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => CalendarMonthView.Create(WorkingDayCalendar.Vietnam, 2023, 13));
        Assert.Throws<System.ArgumentNullException>(() => CalendarMonthView.Create(null!, 2023, 1));
    }

    [Fact]
    public void A_day_and_a_lunar_date_are_one_row_each()
    {
        var day = HtmlTables.Single(NotebookFormatting.ToHtml(WorkingDayCalendar.Vietnam.Describe(new NodaTime.LocalDate(2024, 4, 18)), NotebookLanguage.Vietnamese));
        var lunar = HtmlTables.Single(NotebookFormatting.ToHtml(LunarDate.FromSolar(new NodaTime.LocalDate(2024, 2, 10)), NotebookLanguage.Vietnamese));

        Assert.Equal(["18/04/2024", "Thứ Năm", "10/3 âm lịch", "Nghỉ"], day.Rows.Single().Cells.Take(4));
        Assert.Equal(["mùng 1 tháng Giêng năm Giáp Thìn", "1/1 âm lịch", "10/02/2024", "2024-01-01"], lunar.Rows.Single().Cells);
    }
}
