using System;
using NodaTime;
using OneStop.Metrics.Domain;
using Xunit;

namespace OneStop.Metrics.Tests.Domain;

public class DossierOutcomeTests
{
    private static readonly LocalDateTime Time = new(2023, 8, 31, 16, 45);

    [Fact]
    public void InProgress_is_the_default_value_and_has_no_time()
    {
        var outcome = DossierOutcome.InProgress;

        Assert.Equal(OutcomeKind.InProgress, outcome.Kind);
        Assert.False(outcome.IsEnded);
        Assert.Null(outcome.At);
        Assert.Equal(default, outcome);
    }

    [Theory]
    [InlineData(OutcomeKind.Resolved)]
    [InlineData(OutcomeKind.ReturnedIneligible)]
    [InlineData(OutcomeKind.Refused)]
    [InlineData(OutcomeKind.Withdrawn)]
    [InlineData(OutcomeKind.Cancelled)]
    public void Ended_keeps_its_kind_and_time(OutcomeKind kind)
    {
        var outcome = DossierOutcome.Ended(kind, Time);

        Assert.Equal(kind, outcome.Kind);
        Assert.True(outcome.IsEnded);
        Assert.Equal(Time, outcome.At);
    }

    [Fact]
    public void Each_shortcut_creates_its_own_kind()
    {
        Assert.Equal(DossierOutcome.Ended(OutcomeKind.Resolved, Time), DossierOutcome.Resolved(Time));
        Assert.Equal(DossierOutcome.Ended(OutcomeKind.ReturnedIneligible, Time), DossierOutcome.ReturnedIneligible(Time));
        Assert.Equal(DossierOutcome.Ended(OutcomeKind.Refused, Time), DossierOutcome.Refused(Time));
        Assert.Equal(DossierOutcome.Ended(OutcomeKind.Withdrawn, Time), DossierOutcome.Withdrawn(Time));
        Assert.Equal(DossierOutcome.Ended(OutcomeKind.Cancelled, Time), DossierOutcome.Cancelled(Time));
    }

    [Fact]
    public void Ended_with_InProgress_throws_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DossierOutcome.Ended(OutcomeKind.InProgress, Time));

        Assert.Equal("kind", ex.ParamName);
        Assert.Equal(OutcomeKind.InProgress, ex.ActualValue);
        Assert.Contains("was InProgress.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(-1)]
    public void Ended_with_an_undefined_kind_throws_naming_the_value(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DossierOutcome.Ended((OutcomeKind)value, Time));

        Assert.Equal("kind", ex.ParamName);
        Assert.Contains($"was {value}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ended_with_a_time_outside_the_ISO_calendar_throws()
    {
        var julian = new LocalDateTime(2023, 8, 18, 16, 45, 0, CalendarSystem.Julian);

        var ex = Assert.Throws<ArgumentException>(() => DossierOutcome.Resolved(julian));

        Assert.Equal("at", ex.ParamName);
    }

    [Fact]
    public void Outcomes_with_the_same_kind_and_time_are_equal()
    {
        var a = DossierOutcome.Resolved(Time);
        var b = DossierOutcome.Ended(OutcomeKind.Resolved, new LocalDateTime(2023, 8, 31, 16, 45, 0));

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Outcomes_differing_in_kind_or_time_are_not_equal()
    {
        var resolved = DossierOutcome.Resolved(Time);

        Assert.NotEqual(resolved, DossierOutcome.Refused(Time));
        Assert.NotEqual(resolved, DossierOutcome.Resolved(Time.PlusMinutes(1)));
        Assert.NotEqual(resolved, DossierOutcome.InProgress);
        Assert.True(resolved != DossierOutcome.Cancelled(Time));
        Assert.False(resolved.Equals(null));
        Assert.False(resolved.Equals((object)Time));
    }

    [Fact]
    public void ToString_gives_the_kind_and_the_ISO_local_time()
    {
        Assert.Equal("Resolved at 2023-08-31T16:45:00", DossierOutcome.Resolved(Time).ToString());
        Assert.Equal("ReturnedIneligible at 2023-01-02T07:05:09",
            DossierOutcome.ReturnedIneligible(new LocalDateTime(2023, 1, 2, 7, 5, 9)).ToString());
        Assert.Equal("InProgress", DossierOutcome.InProgress.ToString());
    }
}
