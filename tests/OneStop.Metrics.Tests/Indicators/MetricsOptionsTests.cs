using System;
using OneStop.Metrics.Indicators;
using Xunit;

namespace OneStop.Metrics.Tests.Indicators;

public class MetricsOptionsTests
{
    [Fact]
    public void The_defaults_are_the_seed_report_definitions()
    {
        var options = MetricsOptions.Default;

        Assert.Equal(OnTimeRateBasis.Resolved, options.OnTimeRate);
        Assert.Equal(EndedOutcomes.None, options.CountedAsResolved);
        Assert.Equal(IntakeDigitizationBasis.HandledInPeriod, options.IntakeDigitization);
        Assert.Equal(ResultDigitizationBasis.ResultDocuments, options.ResultDigitization);
        Assert.Equal(OnlineIntakeBasis.ReceivedForOnlineServices, options.OnlineIntake);
        Assert.Equal(ReuseProcedureBasis.Catalogue, options.ReuseProcedures);
        Assert.Equal(new MetricsOptions(), options);
    }

    [Theory]
    [InlineData(EndedOutcomes.None)]
    [InlineData(EndedOutcomes.Returned)]
    [InlineData(EndedOutcomes.Refused)]
    [InlineData(EndedOutcomes.Withdrawn)]
    [InlineData(EndedOutcomes.Returned | EndedOutcomes.Withdrawn)]
    [InlineData(EndedOutcomes.All)]
    public void CountedAsResolved_accepts_any_combination_of_the_three_outcomes(EndedOutcomes outcomes)
    {
        Assert.Equal(outcomes, new MetricsOptions { CountedAsResolved = outcomes }.CountedAsResolved);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void CountedAsResolved_rejects_undefined_bits(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new MetricsOptions { CountedAsResolved = (EndedOutcomes)value });

        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith($"CountedAsResolved may combine only Returned, Refused and Withdrawn; was {value}.", ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void CountedAsResolved_is_also_checked_in_a_with_expression()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricsOptions.Default with { CountedAsResolved = (EndedOutcomes)12 });
        Assert.Equal(EndedOutcomes.None, MetricsOptions.Default.CountedAsResolved);
    }

    [Fact]
    public void Options_are_equal_by_value()
    {
        var a = new MetricsOptions { OnTimeRate = OnTimeRateBasis.TotalToHandle, CountedAsResolved = EndedOutcomes.Refused };
        var b = MetricsOptions.Default with { CountedAsResolved = EndedOutcomes.Refused, OnTimeRate = OnTimeRateBasis.TotalToHandle };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { ReuseProcedures = ReuseProcedureBasis.WithDossiers });
        Assert.NotEqual(a, b with { CountedAsResolved = EndedOutcomes.All });
    }

    [Fact]
    public void Undefined_values_of_the_other_choices_are_refused_with_the_valid_names()
    {
        var onTime = Assert.Throws<ArgumentOutOfRangeException>(() => new MetricsOptions { OnTimeRate = (OnTimeRateBasis)9 });
        Assert.Contains("OnTimeRateBasis must be one of Resolved, ResolvedAndInProgress, TotalToHandle; was 9.", onTime.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricsOptions { IntakeDigitization = (IntakeDigitizationBasis)2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricsOptions { ResultDigitization = (ResultDigitizationBasis)(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricsOptions { OnlineIntake = (OnlineIntakeBasis)3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricsOptions { ReuseProcedures = (ReuseProcedureBasis)2 });
    }
}
