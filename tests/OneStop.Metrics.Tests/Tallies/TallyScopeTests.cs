using System;
using NodaTime;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Tallies;

public class TallyScopeTests
{
    private static readonly ReportingPeriod Period = ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 8, 31));

    [Fact]
    public void By_default_the_scope_is_as_of_the_last_day_and_by_date()
    {
        var scope = TallyScope.For(Period);

        Assert.Same(Period, scope.Period);
        Assert.Equal(new LocalDate(2023, 8, 31), scope.AsOf);
        Assert.Equal(TimelinessComparison.ByDate, scope.Comparison);
    }

    [Fact]
    public void Keeps_a_later_as_of_date_and_the_comparison()
    {
        var scope = TallyScope.For(Period, new LocalDate(2023, 9, 15), TimelinessComparison.ByInstant);

        Assert.Equal(new LocalDate(2023, 9, 15), scope.AsOf);
        Assert.Equal(TimelinessComparison.ByInstant, scope.Comparison);
    }

    [Fact]
    public void An_as_of_date_before_the_last_day_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TallyScope.For(Period, new LocalDate(2023, 8, 30)));

        Assert.Equal("asOf", ex.ParamName);
        Assert.StartsWith("The as-of date must not be before the period's last day 2023-08-31; was 2023-08-30.", ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_comparison_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TallyScope.For(Period, null, (TimelinessComparison)2));

        Assert.Equal("comparison", ex.ParamName);
        Assert.StartsWith("The comparison must be ByDate or ByInstant; was 2.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_period_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => TallyScope.For(null!));
    }

    [Fact]
    public void Scopes_are_equal_by_value()
    {
        var samePeriod = ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 8, 31));

        Assert.Equal(TallyScope.For(Period), TallyScope.For(samePeriod, new LocalDate(2023, 8, 31)));
        Assert.Equal(TallyScope.For(Period).GetHashCode(), TallyScope.For(samePeriod).GetHashCode());
        Assert.NotEqual(TallyScope.For(Period), TallyScope.For(Period, null, TimelinessComparison.ByInstant));
        Assert.NotEqual(TallyScope.For(Period), TallyScope.For(Period, new LocalDate(2023, 9, 1)));
        Assert.NotEqual(TallyScope.For(Period), TallyScope.For(ReportingPeriod.Custom(new LocalDate(2023, 1, 2), new LocalDate(2023, 8, 31))));
    }

    [Fact]
    public void ToString_gives_the_period_the_as_of_date_and_the_rule()
    {
        Assert.Equal("2023-01-01..2023-08-31 as of 2023-08-31, by date", TallyScope.For(Period).ToString());
        Assert.Equal("2023-01-01..2023-08-31 as of 2023-09-15, by instant",
            TallyScope.For(Period, new LocalDate(2023, 9, 15), TimelinessComparison.ByInstant).ToString());
    }
}
