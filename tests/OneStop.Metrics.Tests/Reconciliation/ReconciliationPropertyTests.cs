using FsCheck.Xunit;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Generators;
using OneStop.Metrics.Tests.Seed;
using Xunit;

namespace OneStop.Metrics.Tests.Reconciliation;

/// <summary>
/// A report the library computes is consistent: converted with <see cref="PublishedReport.FromPrinted"/> under the
/// definitions it was computed with, it has no findings — for random dossier sets under any definitions and print
/// options, and for any variant of the Tứ Kỳ sample — and it survives the JSON round trip.
/// </summary>
public sealed class ReconciliationPropertyTests
{
    private static readonly ReportHeading Heading = new("huyện Thử, tỉnh Thử", "Báo cáo thử");

    [Property(Arbitrary = [typeof(DossierArbitraries), typeof(ReconciliationArbitraries)], MaxTest = 150)]
    public void A_report_computed_from_any_dossier_set_has_no_findings(Dossier[] dossiers, TallyScope scope,
        MetricsOptions options, ReportPrintOptions print)
    {
        var printed = ReportPrinter.Print(IndicatorReport.Compute(DossierGenerators.Reference, scope, dossiers, options), Heading, print);

        var report = PublishedReport.FromPrinted(printed, options, print);

        Assert.Empty(ReportChecker.Check(report));
        Assert.Equal(report, PublishedReport.Parse(report.ToJson()));
        Assert.Empty(ReportComparison.Compare(report, printed));
    }

    [Property(Arbitrary = [typeof(SeedArbitraries), typeof(ReconciliationArbitraries)], MaxTest = 6)]
    public void Any_variant_of_the_sample_under_any_definitions_has_no_findings(SampleVariation variation, MetricsOptions options)
    {
        var sample = BuiltInSamples.CreateTuKy2023(variation);
        var printed = ReportPrinter.Print(IndicatorReport.Compute(sample.Reference, sample.Scope, sample.Dossiers, options), sample.Heading);

        var report = PublishedReport.FromPrinted(printed, options);

        Assert.Empty(ReportChecker.Check(report));
        Assert.Empty(ReportComparison.Compare(report, printed));
    }
}
