using System;
using OneStop.Metrics.Rates;
using Xunit;

namespace OneStop.Metrics.Tests.Rates;

/// <summary>Tests added to kill mutants that Stryker.NET found surviving in Rates (see mutation/README.md).</summary>
public sealed class RatesMutationTests
{
    [Theory]
    [InlineData(4, MidpointRounding.AwayFromZero, "4 decimals, half away from zero")]
    [InlineData(5, MidpointRounding.ToEven, "5 decimals, half to even")]
    [InlineData(6, MidpointRounding.ToZero, "6 decimals, toward zero")]
    [InlineData(7, MidpointRounding.ToPositiveInfinity, "7 decimals, toward positive infinity")]
    public void ToString_names_every_count_of_decimals(int decimals, MidpointRounding mode, string expected) =>
        Assert.Equal(expected, RoundingRule.Create(decimals, mode).ToString());
}
