using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Indicators;

/// <summary><see cref="TimelinessIndicators"/> of <see cref="ExampleCounts.Full"/>, worked out by hand.</summary>
public class TimelinessIndicatorsTests
{
    private static TimelinessIndicators Of(MetricsOptions options) => TimelinessIndicators.From(ExampleCounts.Full, options);

    [Fact]
    public void Default_options_keep_every_outcome_in_its_own_bucket_and_rate_over_resolved()
    {
        var expected = ExampleCounts.FullTimelinessUnderDefaults;

        var actual = Of(MetricsOptions.Default);

        Assert.Equal(expected, actual);
        Assert.Equal(50, actual.ResolvedEarlyOrOnTime);
    }

    [Theory]
    [InlineData(OnTimeRateBasis.Resolved, 50, 60, 10, 60)]
    [InlineData(OnTimeRateBasis.ResolvedAndInProgress, 75, 90, 15, 90)]
    [InlineData(OnTimeRateBasis.TotalToHandle, 50, 100, 10, 100)]
    public void The_on_time_rate_basis_chooses_numerators_and_denominators(OnTimeRateBasis basis, long onTime, long onTimeOf,
        long overdue, long overdueOf)
    {
        var baseline = Of(MetricsOptions.Default);

        var actual = Of(new MetricsOptions { OnTimeRate = basis });

        Assert.Equal(baseline with { EarlyOrOnTimeRate = Ratio.Of(onTime, onTimeOf), OverdueRate = Ratio.Of(overdue, overdueOf) }, actual);
    }

    [Theory]
    [InlineData(EndedOutcomes.None, 30, 20, 10, 6, 2, 1)]
    [InlineData(EndedOutcomes.Returned, 32, 21, 13, 0, 2, 1)]
    [InlineData(EndedOutcomes.Refused, 31, 20, 11, 6, 0, 1)]
    [InlineData(EndedOutcomes.Returned | EndedOutcomes.Refused, 33, 21, 14, 0, 0, 1)]
    [InlineData(EndedOutcomes.Withdrawn, 30, 21, 10, 6, 2, 0)]
    [InlineData(EndedOutcomes.Returned | EndedOutcomes.Withdrawn, 32, 22, 13, 0, 2, 0)]
    [InlineData(EndedOutcomes.Refused | EndedOutcomes.Withdrawn, 31, 21, 11, 6, 0, 0)]
    [InlineData(EndedOutcomes.All, 33, 22, 14, 0, 0, 0)]
    public void Outcomes_counted_as_resolved_move_into_resolved_by_timeliness_and_leave_their_bucket_empty(EndedOutcomes outcomes,
        long early, long onTime, long overdue, long returned, long refused, long withdrawn)
    {
        var actual = Of(new MetricsOptions { CountedAsResolved = outcomes });

        var resolved = early + onTime + overdue;
        Assert.Equal(new TimelinessIndicators
        {
            CarriedOver = 10,
            ReceivedInPeriod = 90,
            Total = 100,
            Resolved = resolved,
            ResolvedEarly = early,
            ResolvedOnTime = onTime,
            ResolvedOverdue = overdue,
            InProgress = 30,
            InProgressWithinDeadline = 25,
            InProgressPastDeadline = 5,
            Returned = returned,
            Refused = refused,
            Withdrawn = withdrawn,
            Cancelled = 1,
            EarlyOrOnTimeRate = Ratio.Of(early + onTime, resolved),
            OverdueRate = Ratio.Of(overdue, resolved),
        }, actual);
        Assert.Equal(actual.Total, actual.Resolved + actual.InProgress + actual.Returned + actual.Refused + actual.Withdrawn + actual.Cancelled);
    }

    [Theory]
    [InlineData(OnTimeRateBasis.Resolved, 55, 69, 14, 69)]
    [InlineData(OnTimeRateBasis.ResolvedAndInProgress, 80, 99, 19, 99)]
    [InlineData(OnTimeRateBasis.TotalToHandle, 55, 100, 14, 100)]
    public void The_rates_use_the_outcomes_counted_as_resolved(OnTimeRateBasis basis, long onTime, long onTimeOf, long overdue,
        long overdueOf)
    {
        var actual = Of(new MetricsOptions { OnTimeRate = basis, CountedAsResolved = EndedOutcomes.All });

        Assert.Equal(Ratio.Of(onTime, onTimeOf), actual.EarlyOrOnTimeRate);
        Assert.Equal(Ratio.Of(overdue, overdueOf), actual.OverdueRate);
    }

    [Fact]
    public void Cancelled_dossiers_always_stand_apart()
    {
        var counts = Generators.DossierGenerators.CountsOf((TallyCounter.ReceivedInPeriod, 2), (TallyCounter.Cancelled, 2));

        var actual = TimelinessIndicators.From(counts, new MetricsOptions { CountedAsResolved = EndedOutcomes.All });

        Assert.Equal(2, actual.Cancelled);
        Assert.Equal(0, actual.Resolved);
        Assert.False(actual.EarlyOrOnTimeRate.HasValue);
    }

    [Theory]
    [InlineData(OnTimeRateBasis.Resolved)]
    [InlineData(OnTimeRateBasis.ResolvedAndInProgress)]
    [InlineData(OnTimeRateBasis.TotalToHandle)]
    public void Nothing_to_rate_gives_empty_ratios(OnTimeRateBasis basis)
    {
        var actual = TimelinessIndicators.From(DossierCounts.Zero, new MetricsOptions { OnTimeRate = basis });

        Assert.Equal(Ratio.Empty, actual.EarlyOrOnTimeRate);
        Assert.Equal(Ratio.Empty, actual.OverdueRate);
        Assert.Equal(0, actual.Total);
    }
}
