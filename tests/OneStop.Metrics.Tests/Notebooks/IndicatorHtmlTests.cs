using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Notebooks;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Samples;
using Xunit;

namespace OneStop.Metrics.Tests.Notebooks;

public sealed class IndicatorHtmlTests
{
    private static readonly IndicatorReport Report = BuiltInSamples.TuKy2023.Compute();

    private static LevelIndicators District => Report.Level(AdministrativeLevel.District);

    [Fact]
    public void A_ratio_is_one_row_with_its_counts_ratio_and_rate_in_Vietnamese_numbers()
    {
        var table = HtmlTables.Single(NotebookFormatting.ToHtml(District.Totals.Digitization.IntakeDigitized, NotebookLanguage.Vietnamese));

        Assert.Equal(["Tử số", "Mẫu số", "Tỷ số", "Tỷ lệ"], table.Headers);
        Assert.Equal(["2.498", "2.531", "2.498/2.531", "98,70%"], Assert.Single(table.Rows).Cells);
    }

    [Fact]
    public void A_ratio_in_English_uses_invariant_numbers()
    {
        var table = HtmlTables.Single(NotebookFormatting.ToHtml(District.Totals.Digitization.IntakeDigitized, NotebookLanguage.English));

        Assert.Equal(["Numerator", "Denominator", "Ratio", "Rate"], table.Headers);
        Assert.Equal(["2,498", "2,531", "2,498/2,531", "98.70%"], Assert.Single(table.Rows).Cells);
    }

    [Fact]
    public void A_ratio_with_nothing_to_rate_shows_the_styles_no_rate_text()
    {
        Assert.Equal(["0", "0", "0/0", "—"], HtmlTables.Single(NotebookFormatting.ToHtml(Ratio.Empty, NotebookLanguage.Vietnamese)).Rows[0].Cells);
        Assert.Equal(["0", "0", "0/0", "n/a"], HtmlTables.Single(NotebookFormatting.ToHtml(Ratio.Empty, NotebookLanguage.English)).Rows[0].Cells);
    }

    [Fact]
    public void The_report_shows_its_digitization_section_with_levels_as_rows()
    {
        var html = NotebookFormatting.ToHtml(Report, NotebookLanguage.Vietnamese);
        var table = HtmlTables.WithCaption(html, ReportWording.Vietnamese.DigitizationTitle);

        Assert.Equal(("2.498/2.531", "98,70%"), table.RatioAndRate("Cấp huyện", "Số hóa khi tiếp nhận", "Tỷ lệ"));
        Assert.Equal(("2.406/2.463", "97,69%"), table.RatioAndRate("Cấp huyện", "Số hóa kết quả", "Tỷ lệ"));
        Assert.Equal(("32.104/33.394", "96,14%"), table.RatioAndRate("Cấp xã", "Số hóa khi tiếp nhận", "Tỷ lệ"));
        Assert.Equal("08/11", table.Cell("Cấp huyện", "Đơn vị thực hiện số hóa"));
        Assert.Equal("02/141", table.Cell("Cấp xã", "TTHC sử dụng lại dữ liệu"));
    }

    [Fact]
    public void The_report_shows_its_services_and_timeliness_sections_with_a_bold_total()
    {
        var html = NotebookFormatting.ToHtml(Report, NotebookLanguage.Vietnamese);
        var services = HtmlTables.WithCaption(html, ReportWording.Vietnamese.BoundaryTitle);
        var timeliness = HtmlTables.WithCaption(html, ReportWording.Vietnamese.TimelinessTitle);

        Assert.Equal(["Cấp huyện", "0", "0", "152", "80"], services.Row("Cấp huyện").Cells);
        Assert.Equal("2.560", timeliness.Cell("Cấp huyện", "Tổng số hồ sơ"));
        Assert.Equal("28", timeliness.Cell("Cấp huyện", "Kỳ trước chuyển sang"));
        Assert.Equal(("2.461/2.462", "99,96%"), timeliness.RatioAndRate("Cấp huyện", "Trước và đúng hạn", "Tỷ lệ"));
        Assert.Equal(("01/2.462", "0,04%"), timeliness.RatioAndRate("Cấp huyện", "Quá hạn", "Tỷ lệ"));
        Assert.Equal("22", timeliness.Cell("Cấp huyện", "Trả lại"));
        Assert.Equal(("32.953/33.024", "99,79%"), timeliness.RatioAndRate("Cấp xã", "Tiếp nhận trực tuyến", "Tỷ lệ"));
        Assert.True(timeliness.Row("Tổng").Bold);
        Assert.Equal("36.093", timeliness.Cell("Tổng", "Tổng số hồ sơ"));
        Assert.False(timeliness.Row("Cấp xã").Bold);
    }

    [Fact]
    public void The_report_states_its_period_and_accounting_as_printed()
    {
        var html = NotebookFormatting.ToHtml(Report, NotebookLanguage.Vietnamese);

        Assert.Contains("<p style=\"font-weight:bold\">" + Encode("Kỳ báo cáo: từ ngày 01/01/2023 đến ngày 31/08/2023") + "</p>", html);
        Assert.Contains("<p>" + Encode("Số hồ sơ đã đọc: 36.171; trong kỳ: 36.093; ngoài kỳ: 78; không tính được: 0.") + "</p>", html);
    }

    [Fact]
    public void The_report_in_English_uses_the_english_wording_and_numbers()
    {
        var html = NotebookFormatting.ToHtml(Report, NotebookLanguage.English);
        var digitization = HtmlTables.WithCaption(html, ReportWording.English.DigitizationTitle);
        var timeliness = HtmlTables.WithCaption(html, ReportWording.English.TimelinessTitle);

        Assert.Equal(("2,498/2,531", "98.70%"), digitization.RatioAndRate("District", "Digitized at intake", "Rate"));
        Assert.Equal(("1/2,462", "0.04%"), timeliness.RatioAndRate("District", "Overdue", "Rate"));
        Assert.Equal("36,093", timeliness.Cell("Total", "Dossiers to handle"));
        Assert.Contains(Encode("Dossiers read: 36,171; in the period: 36,093; outside it: 78; not countable: 0."), html);
    }

    [Fact]
    public void A_level_shows_its_totals_then_one_table_per_grouping()
    {
        var html = NotebookFormatting.ToHtml(District, NotebookLanguage.Vietnamese);
        var tables = HtmlTables.Parse(html);

        Assert.Equal(["UBND cấp huyện", "UBND cấp huyện: theo lĩnh vực", "UBND cấp huyện: theo Bộ phận Một cửa", "UBND cấp huyện: theo cơ quan chuyên môn"],
            tables.Select(t => t.Caption));
        var fields = tables[1];
        Assert.Equal("Lĩnh vực", fields.Headers[0]);
        Assert.Equal(("71/75", "94,67%"), fields.RatioAndRate("Kinh tế - Hạ tầng", "Tiếp nhận trực tuyến", "Tỷ lệ"));
        Assert.Equal(("0/0", "—"), fields.RatioAndRate("Giáo dục và Đào tạo", "Tiếp nhận trực tuyến", "Tỷ lệ"));
        Assert.Equal(("2.461/2.462", "99,96%"), tables[2].RatioAndRate("Bộ phận Một cửa huyện Tứ Kỳ", "Trước và đúng hạn", "Tỷ lệ"));
    }

    [Fact]
    public void The_commune_level_has_no_resolving_department_table()
    {
        var tables = HtmlTables.Parse(NotebookFormatting.ToHtml(Report.Level(AdministrativeLevel.Commune), NotebookLanguage.Vietnamese));

        Assert.Equal(3, tables.Count);
        Assert.Equal(23, tables[2].Rows.Count);
    }

    [Fact]
    public void A_group_is_one_row_of_the_group_columns()
    {
        var table = HtmlTables.Single(NotebookFormatting.ToHtml(Report.Totals, NotebookLanguage.Vietnamese));

        Assert.Equal(("35.561/35.583", "99,94%"), table.RatioAndRate("Tổng", "Trước và đúng hạn", "Tỷ lệ"));
        Assert.Equal(("35.481/35.556", "99,79%"), table.RatioAndRate("Tổng", "Tiếp nhận trực tuyến", "Tỷ lệ"));
    }

    [Fact]
    public void A_custom_indicator_table_keeps_its_title_and_row_order()
    {
        var slowest = District.ByField.OrderBy(f => f.Indicators.OnlineIntake.Percentage() ?? 101m).Take(2)
            .Select(f => (f.Field.Name, f.Indicators));
        var table = HtmlTables.Single(NotebookFormatting.ToHtml(IndicatorTable.Of("Trực tuyến thấp nhất", slowest), NotebookLanguage.Vietnamese));

        Assert.Equal("Trực tuyến thấp nhất", table.Caption);
        Assert.Equal(["Kinh tế - Hạ tầng", "Tài chính - Kế hoạch"], table.Rows.Select(r => r.Cells[0]));
    }

    [Fact]
    public void The_plain_text_of_a_report_is_the_printed_report_in_the_chosen_language()
    {
        var text = NotebookFormatting.ToText(Report, NotebookLanguage.Vietnamese);

        Assert.Contains("+ Số hóa hồ sơ khi tiếp nhận: 2.498/2.531 đạt tỷ lệ 98,70%.\n", text);
        Assert.Contains("+ Dossiers digitized at intake: 2,498/2,531 (98.70%).\n", NotebookFormatting.ToText(Report, NotebookLanguage.English));
    }

    [Fact]
    public void The_plain_text_of_a_level_lists_its_totals_and_fields()
    {
        var text = NotebookFormatting.ToText(District, NotebookLanguage.Vietnamese);

        Assert.StartsWith("UBND cấp huyện\nCấp huyện: 2560 dossiers, on time 2461/2462 (99.96%), overdue 1/2462 (0.04%)\n", text);
        Assert.Contains("Kinh tế - Hạ tầng: 75 dossiers, on time 71/71 (100.00%), overdue 0/71 (0.00%)\n", text);
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
