using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Indicators;

/// <summary>
/// <see cref="GroupIndicators"/> of <see cref="ExampleCounts.Full"/>: the defaults in full, then each option's
/// effect as "the default indicators with exactly these members changed".
/// </summary>
public class GroupIndicatorsTests
{
    private static readonly GroupIndicators Baseline = GroupIndicators.From(ExampleCounts.Full);

    [Fact]
    public void Default_options_give_the_seed_definitions()
    {
        var expected = new GroupIndicators
        {
            Counts = ExampleCounts.Full,
            Timeliness = ExampleCounts.FullTimelinessUnderDefaults,
            Digitization = new DigitizationIndicators
            {
                IntakeDigitized = Ratio.Of(72, 88),
                ResultsDigitized = Ratio.Of(50, 65),
                ReusedData = Ratio.Of(12, 90),
            },
            OnlineIntake = Ratio.Of(44, 70),
            ReceivedRegardlessOfBoundary = 7,
        };

        Assert.Equal(expected, Baseline);
        Assert.Equal(expected, GroupIndicators.From(ExampleCounts.Full, MetricsOptions.Default));
    }

    [Fact]
    public void OnTimeRate_ResolvedAndInProgress_changes_only_the_two_rates()
    {
        var actual = GroupIndicators.From(ExampleCounts.Full, new MetricsOptions { OnTimeRate = OnTimeRateBasis.ResolvedAndInProgress });

        Assert.Equal(Baseline with
        {
            Timeliness = Baseline.Timeliness with { EarlyOrOnTimeRate = Ratio.Of(30 + 20 + 25, 60 + 30), OverdueRate = Ratio.Of(10 + 5, 60 + 30) },
        }, actual);
    }

    [Fact]
    public void OnTimeRate_TotalToHandle_changes_only_the_two_rates()
    {
        var actual = GroupIndicators.From(ExampleCounts.Full, new MetricsOptions { OnTimeRate = OnTimeRateBasis.TotalToHandle });

        Assert.Equal(Baseline with
        {
            Timeliness = Baseline.Timeliness with { EarlyOrOnTimeRate = Ratio.Of(50, 100), OverdueRate = Ratio.Of(10, 100) },
        }, actual);
    }

    [Fact]
    public void CountedAsResolved_Returned_moves_returned_into_resolved_and_zeroes_Returned()
    {
        var actual = GroupIndicators.From(ExampleCounts.Full, new MetricsOptions { CountedAsResolved = EndedOutcomes.Returned });

        Assert.Equal(Baseline with
        {
            Timeliness = Baseline.Timeliness with
            {
                Resolved = 66,
                ResolvedEarly = 32,
                ResolvedOnTime = 21,
                ResolvedOverdue = 13,
                Returned = 0,
                EarlyOrOnTimeRate = Ratio.Of(53, 66),
                OverdueRate = Ratio.Of(13, 66),
            },
        }, actual);
    }

    [Fact]
    public void IntakeDigitization_ReceivedInPeriod_changes_only_the_intake_rate()
    {
        var actual = GroupIndicators.From(ExampleCounts.Full, new MetricsOptions { IntakeDigitization = IntakeDigitizationBasis.ReceivedInPeriod });

        Assert.Equal(Baseline with { Digitization = Baseline.Digitization with { IntakeDigitized = Ratio.Of(70, 80) } }, actual);
    }

    [Fact]
    public void ResultDigitization_Dossiers_changes_only_the_result_rate()
    {
        var actual = GroupIndicators.From(ExampleCounts.Full, new MetricsOptions { ResultDigitization = ResultDigitizationBasis.Dossiers });

        Assert.Equal(Baseline with { Digitization = Baseline.Digitization with { ResultsDigitized = Ratio.Of(45, 60) } }, actual);
    }

    [Theory]
    [InlineData(OnlineIntakeBasis.ReceivedForOnlineServices, 44, 70)]
    [InlineData(OnlineIntakeBasis.ReceivedInPeriod, 45, 90)]
    [InlineData(OnlineIntakeBasis.TotalToHandle, 45, 100)]
    public void OnlineIntake_changes_only_the_online_intake_rate(OnlineIntakeBasis basis, long numerator, long denominator)
    {
        var actual = GroupIndicators.From(ExampleCounts.Full, new MetricsOptions { OnlineIntake = basis });

        Assert.Equal(Baseline with { OnlineIntake = Ratio.Of(numerator, denominator) }, actual);
    }

    [Fact]
    public void ReuseProcedures_does_not_change_group_indicators()
    {
        Assert.Equal(Baseline, GroupIndicators.From(ExampleCounts.Full, new MetricsOptions { ReuseProcedures = ReuseProcedureBasis.WithDossiers }));
    }

    [Fact]
    public void Zero_counts_give_zero_figures_and_no_rates()
    {
        var actual = GroupIndicators.From(DossierCounts.Zero);

        Assert.Equal(0, actual.Timeliness.Total);
        Assert.Equal(0, actual.ReceivedRegardlessOfBoundary);
        Assert.False(actual.OnlineIntake.HasValue);
        Assert.False(actual.Timeliness.EarlyOrOnTimeRate.HasValue);
        Assert.False(actual.Digitization.IntakeDigitized.HasValue);
    }
}
