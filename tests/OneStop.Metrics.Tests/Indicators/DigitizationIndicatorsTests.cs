using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Indicators;

/// <summary><see cref="DigitizationIndicators"/> of <see cref="ExampleCounts.Full"/>, worked out by hand.</summary>
public class DigitizationIndicatorsTests
{
    [Fact]
    public void Default_options_rate_intake_over_handled_dossiers_and_results_over_documents()
    {
        var actual = DigitizationIndicators.From(ExampleCounts.Full, MetricsOptions.Default);

        Assert.Equal(new DigitizationIndicators
        {
            IntakeDigitized = Ratio.Of(70 + 2, 80 + 8),
            ResultsDigitized = Ratio.Of(50, 65),
            ReusedData = Ratio.Of(12, 90),
        }, actual);
    }

    [Fact]
    public void Intake_over_received_dossiers_leaves_the_carried_over_out()
    {
        var actual = DigitizationIndicators.From(ExampleCounts.Full, new MetricsOptions { IntakeDigitization = IntakeDigitizationBasis.ReceivedInPeriod });

        Assert.Equal(Ratio.Of(70, 80), actual.IntakeDigitized);
        Assert.Equal(Ratio.Of(50, 65), actual.ResultsDigitized);
        Assert.Equal(Ratio.Of(12, 90), actual.ReusedData);
    }

    [Fact]
    public void Results_over_dossiers_count_resolved_dossiers_with_a_digitized_result()
    {
        var actual = DigitizationIndicators.From(ExampleCounts.Full, new MetricsOptions { ResultDigitization = ResultDigitizationBasis.Dossiers });

        Assert.Equal(Ratio.Of(45, 60), actual.ResultsDigitized);
        Assert.Equal(Ratio.Of(72, 88), actual.IntakeDigitized);
    }

    [Fact]
    public void Results_over_dossiers_stay_over_the_truly_resolved_when_other_outcomes_count_as_resolved()
    {
        var options = new MetricsOptions { ResultDigitization = ResultDigitizationBasis.Dossiers, CountedAsResolved = EndedOutcomes.All };

        Assert.Equal(Ratio.Of(45, 60), DigitizationIndicators.From(ExampleCounts.Full, options).ResultsDigitized);
    }

    [Fact]
    public void Nothing_to_rate_gives_empty_ratios()
    {
        var actual = DigitizationIndicators.From(DossierCounts.Zero, MetricsOptions.Default);

        Assert.False(actual.IntakeDigitized.HasValue);
        Assert.False(actual.ResultsDigitized.HasValue);
        Assert.False(actual.ReusedData.HasValue);
    }
}
