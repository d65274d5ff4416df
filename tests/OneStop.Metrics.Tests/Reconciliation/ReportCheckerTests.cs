using System;
using System.Linq;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Reconciliation;
using Xunit;
using static OneStop.Metrics.Tests.Reconciliation.SeedReconciliationTests;

namespace OneStop.Metrics.Tests.Reconciliation;

/// <summary>Each check of <see cref="ReportChecker"/> on small hand-made reports.</summary>
public sealed class ReportCheckerTests
{
    private static PublishedReport Report(params PublishedFigure[] figures) => new("Báo cáo thử", "huyện Thử", figures);

    private static PublishedReport Declared(MetricsOptions definitions, params PublishedFigure[] figures) =>
        new("Báo cáo thử", "huyện Thử", figures, definitions: definitions);

    private static PublishedFigure Count(string key, long count) => PublishedFigure.OfCount(key, count.ToString(System.Globalization.CultureInfo.InvariantCulture), count);

    private static PublishedFigure Rate(string key, long numerator, long denominator, string? percentage) =>
        PublishedFigure.OfRatio(key, $"{numerator}/{denominator}" + (percentage is null ? string.Empty : " đạt tỷ lệ " + percentage), numerator, denominator, percentage);

    private static PublishedFigure Names(string key, params string[] names) => PublishedFigure.OfNames(key, string.Join(", ", names), names);

    [Fact]
    public void A_consistent_report_and_an_empty_one_have_no_findings()
    {
        Assert.Empty(ReportChecker.Check(Report()));
        Assert.Empty(ReportChecker.Check(Report(
            Count("timeliness.total.district", 100), Count("timeliness.carried-over.district", 20), Count("timeliness.received.district", 80),
            Rate("timeliness.on-time.district", 50, 60, "83,33%"), Rate("timeliness.overdue.district", 10, 60, "16,67%"),
            Count("timeliness.in-progress.district", 35), Count("timeliness.cancelled.district", 5),
            Rate("digitization.intake.district", 70, 80, "87,50%"), Rate("online-intake.district", 80, 80, "100%"))));
    }

    [Fact]
    public void A_rate_explained_by_truncation_is_a_rate_mismatch_naming_that_rule()
    {
        var finding = Assert.Single(ReportChecker.Check(Report(Rate("digitization.intake.district", 2, 3, "66,66%"))));

        AssertFinding(finding, ReconciliationKind.RateMismatch, ["digitization.intake.district"], "66,66%", "66,67%", -0.01m);
        Assert.Equal([RoundingRule.Create(2, MidpointRounding.ToZero)], finding.ExplainingRules.ToArray());
        Assert.Contains("2 decimals, toward zero", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_with_one_decimal_is_explained_by_the_one_decimal_rules_that_give_it()
    {
        var finding = Assert.Single(ReportChecker.Check(Report(Rate("digitization.intake.district", 2, 3, "66,7%"))));

        AssertFinding(finding, ReconciliationKind.RateMismatch, ["digitization.intake.district"], "66,7%", "66,67%", 0.03m);
        Assert.Equal([RoundingRule.Create(1, MidpointRounding.AwayFromZero), RoundingRule.Create(1, MidpointRounding.ToEven)], finding.ExplainingRules.ToArray());
    }

    [Fact]
    public void A_midpoint_rounded_to_even_is_explained_by_half_even_and_truncation()
    {
        // 1/800 is exactly 0,125%: half away from zero gives 0,13%, half to even and truncation 0,12%.
        var finding = Assert.Single(ReportChecker.Check(Report(Rate("digitization.results.commune", 1, 800, "0,12%"))));

        AssertFinding(finding, ReconciliationKind.RateMismatch, ["digitization.results.commune"], "0,12%", "0,13%", -0.01m);
        Assert.Equal([RoundingRule.Create(2, MidpointRounding.ToEven), RoundingRule.Create(2, MidpointRounding.ToZero)], finding.ExplainingRules.ToArray());
    }

    [Fact]
    public void A_rate_no_usual_rule_explains_has_no_explaining_rules()
    {
        var finding = Assert.Single(ReportChecker.Check(Report(Rate("online-intake.commune", 2, 3, "50,00%"))));

        Assert.Equal(ReconciliationKind.RateMismatch, finding.Kind);
        Assert.Equal(-16.67m, finding.Gap);
        Assert.Empty(finding.ExplainingRules);
        Assert.Contains("no usual rounding rule gives it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_100_percent_is_kept_for_whole_ratios()
    {
        var findings = ReportChecker.Check(Report(
            Rate("online-intake.district", 33120, 33121, "100%"),
            Rate("online-intake.commune", 5, 5, "100,00%"),
            Rate("timeliness.on-time.commune", 7, 7, "99,99%")));

        Assert.Collection(findings,
            f => AssertFinding(f, ReconciliationKind.RateMismatch, ["online-intake.district"], "100%", "100,00%", 0m),
            f => AssertFinding(f, ReconciliationKind.RateMismatch, ["timeliness.on-time.commune"], "99,99%", "100%", -0.01m));
    }

    [Fact]
    public void A_rate_printed_for_a_zero_denominator_is_a_rate_mismatch_without_gap()
    {
        var finding = Assert.Single(ReportChecker.Check(Report(Rate("reuse.dossiers.district", 0, 0, "0,00%"))));

        AssertFinding(finding, ReconciliationKind.RateMismatch, ["reuse.dossiers.district"], "0,00%", "\u2014", null);
    }

    [Fact]
    public void Totals_that_are_not_carried_over_plus_received_do_not_sum()
    {
        var finding = Assert.Single(ReportChecker.Check(Report(
            Count("timeliness.total.commune", 1_100), Count("timeliness.carried-over.commune", 10), Count("timeliness.received.commune", 1_080))));

        AssertFinding(finding, ReconciliationKind.PartsDoNotSum,
            ["timeliness.total.commune", "timeliness.carried-over.commune", "timeliness.received.commune"], "1.100", "1.090", 10m);
        Assert.StartsWith("commune: total = carried over + received in the period, but", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void States_the_report_omits_read_as_zero_in_the_total()
    {
        // 60 resolved + 30 in progress + 5 returned = 95, not 100; refused, withdrawn and cancelled are not printed.
        var finding = Assert.Single(ReportChecker.Check(Report(
            Count("timeliness.total.district", 100),
            Rate("timeliness.on-time.district", 50, 60, "83,33%"), Rate("timeliness.overdue.district", 10, 60, "16,67%"),
            Count("timeliness.in-progress.district", 30), Count("timeliness.returned.district", 5))));

        AssertFinding(finding, ReconciliationKind.PartsDoNotSum,
            ["timeliness.total.district", "timeliness.on-time.district", "timeliness.in-progress.district", "timeliness.returned.district"], "100", "95", 5m);
    }

    [Fact]
    public void On_time_and_overdue_must_split_the_same_resolved_dossiers()
    {
        var findings = ReportChecker.Check(Report(
            Rate("timeliness.on-time.district", 50, 60, "83,33%"), Rate("timeliness.overdue.district", 9, 61, "14,75%")));

        Assert.Collection(findings,
            f => AssertFinding(f, ReconciliationKind.PartsDoNotSum, ["timeliness.on-time.district", "timeliness.overdue.district"], "60", "59", 1m),
            f => AssertFinding(f, ReconciliationKind.PartsDoNotSum, ["timeliness.on-time.district", "timeliness.overdue.district"], "60", "61", -1m));
    }

    [Fact]
    public void In_progress_must_be_within_plus_past_the_deadline_when_both_are_printed()
    {
        var finding = Assert.Single(ReportChecker.Check(Report(
            Count("timeliness.in-progress.district", 30), Count("timeliness.in-progress-within.district", 10), Count("timeliness.in-progress-past.district", 15))));

        Assert.Equal(ReconciliationKind.PartsDoNotSum, finding.Kind);
        Assert.Equal(5m, finding.Gap);
    }

    [Fact]
    public void Fields_must_add_up_to_their_level()
    {
        var finding = Assert.Single(ReportChecker.Check(Report(
            Rate("online-intake.district", 10, 12, "83,33%"),
            Rate("online-intake.district.H-TP", 5, 6, "83,33%"), Rate("online-intake.district.H-NV", 4, 6, "66,67%"))));

        AssertFinding(finding, ReconciliationKind.PartsDoNotSum,
            ["online-intake.district", "online-intake.district.H-TP", "online-intake.district.H-NV"], "10", "9", 1m);
    }

    [Fact]
    public void Coverage_units_may_not_exceed_all_units_and_must_fill_them_when_every_group_is_printed()
    {
        var bound = Assert.Single(ReportChecker.Check(Report(
            PublishedFigure.OfRatio("coverage.district", "08/11", 8, 11, null), Count("coverage.district.without-dossiers", 4))));
        AssertFinding(bound, ReconciliationKind.PartsDoNotSum, ["coverage.district", "coverage.district.without-dossiers"], "12", "≤ 11", 1m);

        var partition = Assert.Single(ReportChecker.Check(Report(
            PublishedFigure.OfRatio("coverage.district", "08/11", 8, 11, null), Count("coverage.district.without-dossiers", 1),
            Count("coverage.district.not-digitizing", 1))));
        AssertFinding(partition, ReconciliationKind.PartsDoNotSum,
            ["coverage.district", "coverage.district.without-dossiers", "coverage.district.not-digitizing"], "10", "11", -1m);
    }

    [Fact]
    public void Without_definitions_denominators_must_equal_received_and_resolved()
    {
        var figures = new[]
        {
            Count("timeliness.total.district", 100), Count("timeliness.carried-over.district", 5), Count("timeliness.received.district", 95),
            Rate("timeliness.on-time.district", 60, 60, "100%"), Rate("timeliness.overdue.district", 0, 60, "0,00%"),
            Count("timeliness.in-progress.district", 40),
            Rate("digitization.intake.district", 90, 98, "91,84%"), Rate("digitization.results.district", 100, 120, "83,33%"),
            Rate("online-intake.district", 80, 90, "88,89%"), Rate("reuse.dossiers.district", 3, 95, "3,16%"),
        };

        Assert.Collection(ReportChecker.Check(Report(figures)),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["digitization.intake.district", "timeliness.received.district"], "98", "95", 3m),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["digitization.results.district", "timeliness.on-time.district"], "120", "60", 60m),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["online-intake.district", "timeliness.received.district"], "90", "95", -5m));

        // Declared as the library's defaults: intake over dossiers handled (≤ 100), results over documents, online
        // intake over dossiers for online services (≤ 95) — all within their bounds.
        Assert.Empty(ReportChecker.Check(Declared(MetricsOptions.Default, figures)));
    }

    [Fact]
    public void Declared_definitions_turn_equalities_into_the_bounds_they_imply()
    {
        var figures = new[]
        {
            Count("timeliness.total.district", 100), Count("timeliness.received.district", 95),
            Rate("digitization.intake.district", 101, 104, "97,12%"), Rate("online-intake.district", 80, 96, "83,33%"),
        };

        Assert.Collection(ReportChecker.Check(Declared(MetricsOptions.Default, figures)),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["digitization.intake.district", "timeliness.total.district"], "104", "≤ 100", 4m),
            f => AssertFinding(f, ReconciliationKind.DenominatorsDisagree, ["online-intake.district", "timeliness.received.district"], "96", "≤ 95", 1m));

        var total = Declared(MetricsOptions.Default with { OnlineIntake = OnlineIntakeBasis.TotalToHandle }, figures);
        var online = ReportChecker.Check(total).Single(f => f.Figures[0] == "online-intake.district");
        AssertFinding(online, ReconciliationKind.DenominatorsDisagree, ["online-intake.district", "timeliness.total.district"], "96", "100", -4m);
    }

    [Fact]
    public void The_on_time_basis_decides_what_resolved_means()
    {
        // Over resolved and in progress: 70 = 60 resolved + 10 in progress; the total is 70 + 30 returned.
        var figures = new[]
        {
            Count("timeliness.total.commune", 100), Rate("timeliness.on-time.commune", 65, 70, "92,86%"), Rate("timeliness.overdue.commune", 5, 70, "7,14%"),
            Count("timeliness.in-progress.commune", 10), Count("timeliness.returned.commune", 30), Rate("digitization.results.commune", 50, 60, "83,33%"),
        };
        var options = MetricsOptions.Default with { OnTimeRate = OnTimeRateBasis.ResolvedAndInProgress, ResultDigitization = ResultDigitizationBasis.Dossiers };

        Assert.Empty(ReportChecker.Check(Declared(options, figures)));
        Assert.Equal(2, ReportChecker.Check(Report(figures)).Length);
    }

    [Fact]
    public void A_count_that_does_not_match_its_list_is_found_for_each_pair()
    {
        var findings = ReportChecker.Check(Report(
            Count("coverage.district.without-dossiers", 2), Names("coverage.district.without-dossiers.names", "Y tế", "Thanh tra", "Nông nghiệp và PTNT"),
            PublishedFigure.OfNames("reuse.procedures.commune.names", "Có 3 nhóm: A; B", ["A", "B"], count: 3)));

        Assert.Collection(findings,
            f => AssertFinding(f, ReconciliationKind.CountDoesNotMatchList, ["coverage.district.without-dossiers", "coverage.district.without-dossiers.names"], "2", "3", -1m),
            f => AssertFinding(f, ReconciliationKind.CountDoesNotMatchList, ["reuse.procedures.commune.names"], "3", "2", 1m));
    }

    [Fact]
    public void Format_slips_are_grouped_one_finding_per_kind_of_slip()
    {
        var findings = ReportChecker.Check(Report(
            Rate("timeliness.overdue.district", 1, 2462, "0.04%"),
            Rate("digitization.intake.district", 987, 1000, "98,7%"),
            Rate("timeliness.overdue.commune", 21, 33121, "0.06%"),
            Rate("digitization.intake.commune", 1, 2, "50%")));

        Assert.Collection(findings,
            f => AssertFinding(f, ReconciliationKind.NumberFormatSlip, ["timeliness.overdue.district", "timeliness.overdue.commune"], "0.04%; 0.06%", "0,04%; 0,06%", null),
            f => AssertFinding(f, ReconciliationKind.NumberFormatSlip, ["digitization.intake.district", "digitization.intake.commune"], "98,7%; 50%", "98,70%; 50,00%", null));
    }

    [Fact]
    public void A_report_with_a_decimal_point_reads_a_comma_as_the_slip()
    {
        var report = new PublishedReport("Report", "Test district",
            [Rate("digitization.intake.district", 2498, 2531, "98,70%"), Rate("digitization.results.district", 1, 3, "33.33%")],
            new ReportConventions('.', RoundingRule.Default));

        var finding = Assert.Single(ReportChecker.Check(report));

        AssertFinding(finding, ReconciliationKind.NumberFormatSlip, ["digitization.intake.district"], "98,70%", "98.70%", null);
    }

    [Fact]
    public void A_wrong_value_with_a_decimal_point_is_both_a_mismatch_and_a_slip()
    {
        var findings = ReportChecker.Check(Report(Rate("timeliness.overdue.district", 1, 2462, "0.05%")));

        Assert.Equal([ReconciliationKind.RateMismatch, ReconciliationKind.NumberFormatSlip], findings.Select(f => f.Kind));
        Assert.Equal(0.01m, findings[0].Gap);
    }

    [Fact]
    public void A_missing_rate_is_found_only_where_other_figures_of_the_indicator_print_one()
    {
        var findings = ReportChecker.Check(Report(
            Rate("online-intake.district.H-TP", 5, 5, "100%"),
            PublishedFigure.OfRatio("online-intake.district.H-NV", "3/4", 3, 4, null, "Nội vụ"),
            PublishedFigure.OfRatio("online-intake.district.H-YT", "0/0", 0, 0, null),
            PublishedFigure.OfRatio("coverage.district", "08/11", 8, 11, null),
            PublishedFigure.OfRatio("coverage.commune", "23/23", 23, 23, null)));

        var finding = Assert.Single(findings);
        AssertFinding(finding, ReconciliationKind.MissingRate, ["online-intake.district.H-NV"], "3/4", "75,00%", null);
        Assert.Contains("(\"Nội vụ: 3/4\")", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_come_by_kind_then_in_printed_order()
    {
        var findings = ReportChecker.Check(Report(
            PublishedFigure.OfRatio("online-intake.district.H-NV", "3/4", 3, 4, null),
            Rate("online-intake.district.H-TP", 5, 5, "100%"),
            Rate("digitization.intake.commune", 2, 3, "66,66%"),
            Rate("digitization.intake.district", 2, 3, "66,66%")));

        Assert.Equal(
            [(ReconciliationKind.RateMismatch, "digitization.intake.commune"), (ReconciliationKind.RateMismatch, "digitization.intake.district"), (ReconciliationKind.MissingRate, "online-intake.district.H-NV")],
            findings.Select(f => (f.Kind, f.Figures[0])));
    }

    [Fact]
    public void Check_refuses_null()
    {
        Assert.Throws<ArgumentNullException>(() => ReportChecker.Check(null!));
    }
}
