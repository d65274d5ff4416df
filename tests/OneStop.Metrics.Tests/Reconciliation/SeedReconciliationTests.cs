using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Reconciliation;
using Xunit;

namespace OneStop.Metrics.Tests.Reconciliation;

/// <summary>
/// The seed (Tứ Kỳ, September 2023) as a published report: the model holds its figures exactly as printed, and the
/// checker finds exactly the eight inconsistencies of seed-figures.md, in this order, and nothing else.
/// </summary>
public sealed class SeedReconciliationTests
{
    private static readonly PublishedReport Seed = PublishedReports.TuKy2023;

    [Fact]
    public void The_seed_model_holds_the_figures_of_sections_1_2_and_4_as_printed()
    {
        Assert.Equal(42, Seed.Figures.Length);
        Assert.Equal("huyện Tứ Kỳ, tỉnh Hải Dương", Seed.Locality);
        Assert.Equal("2023-01-01..2023-08-31", Seed.Period!.ToString());
        Assert.Null(Seed.Definitions);
        Assert.Equal(ReportConventions.Vietnamese, Seed.Conventions);

        var overdue = Seed.Find("timeliness.overdue.district")!;
        Assert.Equal("01/2.462 hồ sơ quá hạn đạt tỷ lệ 0.04%", overdue.Printed);
        Assert.Equal("0.04%", overdue.PrintedPercentage);
        Assert.Equal((1L, 2462L), (overdue.Numerator!.Value, overdue.Denominator!.Value));

        var culture = Seed.Find("online-intake.district.H-VHTT")!;
        Assert.Equal("13/13", culture.Printed);
        Assert.Null(culture.PrintedPercentage);
        Assert.Equal("Văn hóa-TT", culture.Label);
        Assert.Equal(AdministrativeLevel.District, culture.Level);
        Assert.Equal("H-VHTT", culture.Field);
        Assert.Equal("online-intake", culture.Indicator);
        Assert.Equal("online-intake.{level}.{field}", culture.Pattern);

        Assert.Equal(7, Seed.Find("coverage.district.digitizing")!.Names.Length);
        Assert.DoesNotContain("Tài chính - Kế hoạch", Seed.Find("coverage.district.digitizing")!.Names);
        Assert.Null(Seed.Find("coverage.commune.digitizing"));
        Assert.Null(Seed.Find("timeliness.refused.district"));
    }

    [Fact]
    public void Each_seed_figure_but_the_three_slips_reads_as_the_library_prints_it()
    {
        var slips = new[] { "coverage.district.digitizing", "timeliness.overdue.district", "timeliness.overdue.commune", "online-intake.district.H-VHTT", "reuse.procedures.commune.names" };

        Assert.Equal(Metrics.Tests.Seed.SeedFigures.All.Select(f => f.Key), Seed.Figures.Select(f => f.Key));
        foreach (var (key, text) in Metrics.Tests.Seed.SeedFigures.All.Where(f => !slips.Contains(f.Key)))
        {
            Assert.Equal(text, Seed.Find(key)!.Printed);
        }
    }

    [Fact]
    public void The_checker_finds_exactly_the_eight_inconsistencies_of_the_seed()
    {
        var findings = ReportChecker.Check(Seed);

        Assert.Collection(findings,
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["digitization.intake.district", "timeliness.received.district"], "2.531", "2.532", -1m),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["digitization.results.district", "timeliness.on-time.district"], "2.463", "2.462", 1m),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["digitization.intake.commune", "timeliness.received.commune"], "33.394", "33.384", 10m),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["digitization.results.commune", "timeliness.on-time.commune"], "33.184", "33.121", 63m),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["online-intake.commune", "timeliness.received.commune"], "33.024", "33.384", -360m),
            f => AssertFinding(f, ReconciliationKind.CountDoesNotMatchList, ["coverage.district", "coverage.district.digitizing"], "8", "7", 1m),
            f => AssertFinding(f, ReconciliationKind.NumberFormatSlip, ["timeliness.overdue.district", "timeliness.overdue.commune"], "0.04%; 0.06%", "0,04%; 0,06%", null),
            f => AssertFinding(f, ReconciliationKind.MissingRate, ["online-intake.district.H-VHTT"], "13/13", "100%", null));
    }

    [Fact]
    public void The_seed_findings_quote_the_printed_vietnamese_text()
    {
        var messages = ReportChecker.Check(Seed).Select(f => f.Message).ToList();

        Assert.Equal(
            "district: intake digitization is over the dossiers received in the period, but the intake digitization denominator is 2.531 (\"2.498/2.531 đạt tỷ lệ 98,70%\") while the number of dossiers received in the period is 2.532 (\"2.532\"); gap -1.",
            messages[0]);
        Assert.Contains("\"08/11\" counts 8 units digitizing", messages[5], System.StringComparison.Ordinal);
        Assert.Contains("'0.04%' (timeliness.overdue.district: \"01/2.462 hồ sơ quá hạn đạt tỷ lệ 0.04%\")", messages[6], System.StringComparison.Ordinal);
        Assert.Contains("(\"Văn hóa-TT: 13/13\")", messages[7], System.StringComparison.Ordinal);
        Assert.All(ReportChecker.Check(Seed), f => Assert.True(f.ExplainingRules.IsEmpty));
    }

    [Fact]
    public void The_shipped_seed_file_is_written_as_the_model_writes_it()
    {
        var text = PublishedReports.ResourceText(PublishedReports.TuKy2023ResourceName);

        Assert.Equal(text.TrimEnd('\n'), Seed.ToJson());
        Assert.Equal(Seed, PublishedReport.Parse(Seed.ToJson()));
    }

    [Fact]
    public void Shipped_reports_are_found_by_name_ignoring_case()
    {
        Assert.True(PublishedReports.TryGet("TU-KY-2023", out var report));
        Assert.Same(Seed, report);
        Assert.False(PublishedReports.TryGet("ha-noi-2024", out _));
        Assert.Equal(["tu-ky-2023"], PublishedReports.Names);
    }

    internal static void AssertFinding(ReconciliationFinding finding, ReconciliationKind kind, string[] figures, string printed,
        string expected, decimal? gap)
    {
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(figures, finding.Figures);
        Assert.Equal(printed, finding.Printed);
        Assert.Equal(expected, finding.Expected);
        Assert.Equal(gap, finding.Gap);
    }
}
