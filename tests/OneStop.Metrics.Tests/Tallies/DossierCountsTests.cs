using System;
using System.Linq;
using FsCheck.Xunit;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Generators;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Tallies;

public class DossierCountsTests
{
    private static readonly TallyCounter[] AllCounters = Enum.GetValues<TallyCounter>();

    /// <summary>Counter i holds 2^i, so that every sum of distinct counters is a distinct number.</summary>
    private static readonly DossierCounts PowersOfTwo = CountsOf(AllCounters.Select(c => (c, 1L << (int)c)).ToArray());

    [Fact]
    public void There_is_one_value_per_defined_counter()
    {
        Assert.Equal(CounterBuffer.Length, AllCounters.Length);
        Assert.Equal(Enumerable.Range(0, CounterBuffer.Length), AllCounters.Select(c => (int)c));
    }

    [Fact]
    public void Zero_has_every_counter_zero()
    {
        Assert.All(AllCounters, c => Assert.Equal(0, DossierCounts.Zero[c]));
        Assert.Equal(default, DossierCounts.Zero);
        Assert.Equal(0, DossierCounts.Zero.Total);
    }

    [Fact]
    public void The_indexer_reads_each_counter()
    {
        Assert.All(AllCounters, c => Assert.Equal(1L << (int)c, PowersOfTwo[c]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(33)]
    [InlineData(int.MaxValue)]
    public void The_indexer_refuses_an_undefined_counter(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PowersOfTwo[(TallyCounter)value]);

        Assert.Equal("counter", ex.ParamName);
        Assert.StartsWith($"The counter must be a defined TallyCounter value (0 to 32); was {value}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_totals_add_the_right_counters()
    {
        var c = PowersOfTwo;

        Assert.Equal(1L << 0, c.CarriedOver);
        Assert.Equal(1L << 1, c.ReceivedInPeriod);
        Assert.Equal((1L << 0) + (1L << 1), c.Total);
        Assert.Equal((1L << 2) + (1L << 3), c.OutsidePeriod);
        Assert.Equal((1L << 9) + (1L << 10) + (1L << 11), c.Resolved);
        Assert.Equal((1L << 12) + (1L << 13) + (1L << 14), c.Returned);
        Assert.Equal((1L << 15) + (1L << 16) + (1L << 17), c.Refused);
        Assert.Equal((1L << 18) + (1L << 19) + (1L << 20), c.Withdrawn);
        Assert.Equal(1L << 21, c.Cancelled);
        Assert.Equal((1L << 22) + (1L << 23), c.InProgress);
    }

    [Fact]
    public void Add_adds_counter_by_counter()
    {
        var a = CountsOf((TallyCounter.CarriedOver, 3), (TallyCounter.ResultDocumentsIssued, 10));
        var b = CountsOf((TallyCounter.CarriedOver, 4), (TallyCounter.Cancelled, 1));

        var expected = CountsOf((TallyCounter.CarriedOver, 7), (TallyCounter.ResultDocumentsIssued, 10), (TallyCounter.Cancelled, 1));
        Assert.Equal(expected, a.Add(b));
        Assert.Equal(expected, a + b);
    }

    [Fact]
    public void Arithmetic_overflow_throws_instead_of_wrapping()
    {
        var max = CountsOf((TallyCounter.ReceivedByPost, long.MaxValue));
        var one = CountsOf((TallyCounter.ReceivedByPost, 1));

        Assert.Throws<OverflowException>(() => max + one);
        Assert.Throws<OverflowException>(() => CountsOf((TallyCounter.CarriedOver, long.MaxValue), (TallyCounter.ReceivedInPeriod, 1)).Total);
        Assert.Throws<OverflowException>(() => CountsOf((TallyCounter.ResolvedEarly, long.MaxValue), (TallyCounter.ResolvedOverdue, 1)).Resolved);
    }

    [Fact]
    public void Equality_compares_every_counter()
    {
        var a = CountsOf((TallyCounter.ReceivedRegardlessOfBoundary, 2));
        var b = CountsOf((TallyCounter.ReceivedRegardlessOfBoundary, 1), (TallyCounter.ReceivedRegardlessOfBoundary, 1));
        var c = CountsOf((TallyCounter.ReceivedRegardlessOfBoundary, 2), (TallyCounter.CarriedOver, 1));

        Assert.True(a == b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals(c));
        Assert.False(a.Equals("a string"));
    }

    [Fact]
    public void ToString_lists_the_non_zero_counters()
    {
        Assert.Equal("{ }", DossierCounts.Zero.ToString());
        Assert.Equal("{ CarriedOver = 28, ReceivedInPeriod = 2532, ReceivedRegardlessOfBoundary = 7 }",
            CountsOf((TallyCounter.ReceivedRegardlessOfBoundary, 7), (TallyCounter.ReceivedInPeriod, 2532), (TallyCounter.CarriedOver, 28))
                .ToString());
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)])]
    public void Add_is_associative(DossierCounts a, DossierCounts b, DossierCounts c) =>
        Assert.Equal((a + b) + c, a + (b + c));

    [Property(Arbitrary = [typeof(DossierArbitraries)])]
    public void Add_is_commutative(DossierCounts a, DossierCounts b) =>
        Assert.Equal(a + b, b + a);

    [Property(Arbitrary = [typeof(DossierArbitraries)])]
    public void Zero_is_the_identity_of_add(DossierCounts a)
    {
        Assert.Equal(a, a + DossierCounts.Zero);
        Assert.Equal(a, DossierCounts.Zero + a);
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)])]
    public void Sums_are_taken_counter_by_counter(DossierCounts a, DossierCounts b)
    {
        var sum = a + b;

        Assert.All(AllCounters, counter => Assert.Equal(a[counter] + b[counter], sum[counter]));
        Assert.Equal(a.Total + b.Total, sum.Total);
        Assert.Equal(a.Resolved + b.Resolved, sum.Resolved);
    }
}
