using System;
using System.Linq;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Samples;
using Xunit;

namespace OneStop.Metrics.Tests.Reconciliation;

/// <summary>Comparing a published report with a computed one: by value, figure by figure.</summary>
public sealed class ReportComparisonTests
{
    private static readonly Lazy<PrintedReport> Sample = new(() =>
        ReportPrinter.Print(BuiltInSamples.TuKy2023.Compute(), BuiltInSamples.TuKy2023.Heading));

    [Fact]
    public void The_seed_differs_from_the_sample_in_the_eighth_department_and_the_missing_rate_only()
    {
        var differences = ReportComparison.Compare(PublishedReports.TuKy2023, Sample.Value);

        Assert.Collection(differences,
            d =>
            {
                Assert.Equal(("coverage.district.digitizing", DifferenceAspect.Names, "7", "8", -1m), (d.Key, d.Aspect, d.Published, d.Computed, d.Gap));
                Assert.Equal(["Tài chính - Kế hoạch"], d.OnlyComputedNames.ToArray());
                Assert.Empty(d.OnlyPublishedNames);
                Assert.EndsWith("the computed one 8; not in the published list: Tài chính - Kế hoạch.", d.Message, StringComparison.Ordinal);
            },
            d =>
            {
                Assert.Equal(("online-intake.district.H-VHTT", DifferenceAspect.Percentage, (string?)null, "100.00", (decimal?)null), (d.Key, d.Aspect, d.Published, d.Computed, d.Gap));
                Assert.Equal("online-intake.district.H-VHTT: the published report prints no rate (\"13/13\"); the computed rate is 100.00%.", d.Message);
            });
    }

    [Fact]
    public void Rates_compare_by_value_so_a_decimal_point_is_no_difference()
    {
        var published = PublishedReports.TuKy2023;

        Assert.Equal("0.04%", published.Find("timeliness.overdue.district")!.PrintedPercentage);
        Assert.DoesNotContain(ReportComparison.Compare(published, Sample.Value), d => d.Key.StartsWith("timeliness.", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_numerators_denominators_and_rates_that_differ_are_listed_with_their_gap()
    {
        var published = new PublishedReport("T", "huyện Tứ Kỳ, tỉnh Hải Dương",
        [
            PublishedFigure.OfCount("timeliness.total.district", "2.561", 2561),
            PublishedFigure.OfRatio("digitization.intake.district", "2.498/2.532", 2498, 2532, "98,66%"),
            PublishedFigure.OfRatio("timeliness.on-time.district", "2.461/2.462 (99,95%)", 2461, 2462, "99,95%"),
            PublishedFigure.OfRatio("coverage.district", "08/11 (72,73%)", 8, 11, "72,73%"),
            PublishedFigure.OfCount("timeliness.refused.province", "4", 4),
        ]);

        var differences = ReportComparison.Compare(published, Sample.Value);

        // The commune figures of the indicators the published report gives are missing from it; the refused
        // dossiers of the computed levels are zero, so leaving them out is no difference.
        Assert.Equal(
        [
            ("timeliness.total.district", DifferenceAspect.Count, "2561", "2560", (decimal?)1m),
            ("digitization.intake.district", DifferenceAspect.Denominator, "2532", "2531", 1m),
            ("timeliness.on-time.district", DifferenceAspect.Percentage, "99.95", "99.96", -0.01m),
            ("timeliness.refused.province", DifferenceAspect.OnlyPublished, "4", null, null),
            ("coverage.commune", DifferenceAspect.OnlyComputed, null, "23/23", null),
            ("digitization.intake.commune", DifferenceAspect.OnlyComputed, null, "32104/33394", null),
            ("timeliness.total.commune", DifferenceAspect.OnlyComputed, null, "33533", null),
            ("timeliness.on-time.commune", DifferenceAspect.OnlyComputed, null, "33100/33121", null),
        ],
            differences.Select(d => (d.Key, d.Aspect, d.Published, d.Computed, d.Gap)));
        Assert.Equal(
            "timeliness.on-time.district: the published rate 99,95% (\"2.461/2.462 (99,95%)\") differs from the computed 99.96% by -0.01 points.",
            differences[2].Message);
    }

    [Fact]
    public void A_computed_report_compared_with_itself_has_no_differences()
    {
        var converted = PublishedReport.FromPrinted(Sample.Value, BuiltInSamples.TuKy2023.Options);

        Assert.Empty(ReportComparison.Compare(converted, Sample.Value));
        Assert.Empty(ReportComparison.Compare(converted, converted));
        Assert.Equal(
            ReportComparison.Compare(PublishedReports.TuKy2023, Sample.Value).Select(d => d.ToString()),
            ReportComparison.Compare(PublishedReports.TuKy2023, converted).Select(d => d.ToString()));
    }
}
