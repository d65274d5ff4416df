using System.Collections.Generic;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using Xunit;

namespace OneStop.Metrics.Tests.Seed;

/// <summary>The acceptance test: the built-in sample prints every seed figure exactly as the report does.</summary>
public sealed class SeedFigureTests
{
    private static readonly PrintedReport Printed =
        ReportPrinter.Print(BuiltInSamples.TuKy2023.Compute(), BuiltInSamples.TuKy2023.Heading);

    public static IEnumerable<object[]> Figures => SeedFigures.Rows();

    public static IEnumerable<object[]> Lines => SeedFigures.Lines.Select(line => new object[] { line });

    [Theory]
    [MemberData(nameof(Figures))]
    public void Each_seed_figure_prints_as_in_the_report(string key, string expected) =>
        Assert.Equal(expected, Printed.Figure(key).Text);

    [Theory]
    [MemberData(nameof(Lines))]
    public void Whole_lines_read_as_in_the_report(string line) =>
        Assert.Contains(line, Printed.Sections.SelectMany(s => s.Lines));

    [Fact]
    public void The_district_online_line_lists_the_seven_fields_in_the_report_order()
    {
        var line = Printed.Sections[2].Lines[1];
        Assert.Equal(
            "  Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến là 2.528/2.532 hồ sơ (đạt tỷ lệ 99,84%). Phát sinh ở lĩnh vực: " +
            "Tài chính - Kế hoạch: 591/591 hồ sơ (đạt tỷ lệ 100%); Nội vụ: 390/390 hồ sơ (đạt tỷ lệ 100%); " +
            "Tư pháp: 700/700 hồ sơ (đạt tỷ lệ 100%); Tài nguyên&Môi trường: 761/761 hồ sơ (đạt tỷ lệ 100%); " +
            "Kinh tế - Hạ tầng: 71/75 hồ sơ (đạt tỷ lệ 94,67%); Văn hóa-TT: 13/13 hồ sơ (đạt tỷ lệ 100%); " +
            "Lao động – Thương binh và Xã hội: 02/02 hồ sơ (đạt tỷ lệ 100%).",
            line);
    }

    [Fact]
    public void The_coverage_line_names_the_departments_that_digitize_and_those_without_dossiers() =>
        Assert.Equal(
            "+ Cụ thể: có 08/11 đơn vị phòng chuyên môn đã thực hiện (Tư pháp, Văn hóa-Thông tin, Kinh tế - Hạ tầng, " +
            "Tài nguyên và Môi trường, Nội vụ, Lao động – Thương binh và Xã hội, Giáo dục và Đào tạo, Tài chính - Kế hoạch), " +
            "còn 03 phòng chuyên môn (Y tế, Thanh tra, Nông nghiệp và PTNT) chưa có phát sinh hồ sơ và 23/23 xã, thị trấn đã thực hiện.",
            Printed.Sections[0].Lines[1]);

    [Fact]
    public void Reuse_names_the_two_interlinked_procedure_groups_of_scheme_06()
    {
        var figure = Printed.Figure("reuse.procedures.commune");
        Assert.Equal(2, figure.Ratio!.Value.Numerator);
        Assert.Equal(0, Printed.Figure("reuse.procedures.district").Ratio!.Value.Numerator);
    }

    [Fact]
    public void Rates_carry_their_exact_fractions_and_rounded_percentages()
    {
        var intake = Printed.Figure("digitization.intake.district");
        Assert.Equal(2498, intake.Ratio!.Value.Numerator);
        Assert.Equal(2531, intake.Ratio!.Value.Denominator);
        Assert.Equal(98.70m, intake.Percentage);
        Assert.Equal("98.70", intake.Percentage!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Figures_are_listed_in_the_order_they_are_printed()
    {
        var keys = Printed.Figures.Select(f => f.Key).ToList();
        Assert.True(keys.IndexOf("timeliness.total.district") < keys.IndexOf("timeliness.in-progress.district"));
        Assert.True(keys.IndexOf("timeliness.overdue.district") < keys.IndexOf("timeliness.cancelled.district"));
        Assert.Equal("0", Printed.Figure("timeliness.in-progress-past.district").Text);
        Assert.Equal(string.Empty, Printed.Figure("reuse.procedures.district.names").Text);
    }

    [Fact]
    public void Every_dossier_of_the_sample_is_accounted_for()
    {
        var report = Printed.Source;
        Assert.Equal(BuiltInSamples.TuKy2023.Dossiers.Length, report.DossiersSeen);
        Assert.Equal(2560 + 33533, report.Totals.Counts.Total);
        Assert.Equal(78, report.DossiersOutsidePeriod);
        Assert.Equal(0, report.DossiersRejected);
        Assert.Equal("Số hồ sơ đã đọc: 36.171; trong kỳ: 36.093; ngoài kỳ: 78; không tính được: 0.", Printed.Accounting);
    }

    [Fact]
    public void The_report_has_the_districts_and_communes_levels_only()
    {
        var levels = Printed.Source.Levels.Select(l => l.Level).ToArray();
        Assert.Equal(new[] { AdministrativeLevel.District, AdministrativeLevel.Commune }, levels);
    }

    [Fact]
    public void The_english_rendering_prints_the_same_numbers_in_invariant_style()
    {
        var english = ReportPrinter.Print(BuiltInSamples.TuKy2023.Compute(), BuiltInSamples.TuKy2023.Heading, ReportPrintOptions.English);
        Assert.Equal("2,498/2,531 (98.70%)", english.Figure("digitization.intake.district").Text);
        Assert.Equal("1/2,462 overdue (0.04%)", english.Figure("timeliness.overdue.district").Text);
        Assert.Contains("+ District: 152 partial, 80 full-process.", english.Sections[1].Lines);
        Assert.Equal("Reporting period: from 2023-01-01 to 2023-08-31", english.Heading[3]);
        Assert.Equal("Kỳ báo cáo: từ ngày 01/01/2023 đến ngày 31/08/2023", Printed.Heading[3]);
    }
}
