using System;
using OneStop.Metrics.Deadlines;
using Xunit;

namespace OneStop.Metrics.Tests.Deadlines;

public sealed class TimeLimitTests
{
    [Theory]
    [InlineData("5 working days", 5, TimeLimitUnit.WorkingDays)]
    [InlineData("1 working day", 1, TimeLimitUnit.WorkingDays)]
    [InlineData("10 calendar days", 10, TimeLimitUnit.CalendarDays)]
    [InlineData("8 working hours", 8, TimeLimitUnit.WorkingHours)]
    [InlineData("0 calendar days", 0, TimeLimitUnit.CalendarDays)]
    public void ToString_and_Parse_round_trip(string text, int value, TimeLimitUnit unit)
    {
        var limit = TimeLimit.Parse(text);
        Assert.Equal(value, limit.Value);
        Assert.Equal(unit, limit.Unit);
        Assert.Equal(text, limit.ToString());
    }

    [Theory]
    [InlineData("five working days")]
    [InlineData("5 days")]
    [InlineData("-1 working days")]
    [InlineData("3651 calendar days")]
    [InlineData("5 working weeks")]
    [InlineData("")]
    public void Parse_refuses_other_text_and_quotes_it(string text)
    {
        var ex = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));
        Assert.Contains($"'{text}' is not a time limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_validate_their_range()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(-1));
        Assert.Contains("between 0 and 3650; was -1", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.CalendarDays(3651));
        Assert.Equal(87600, TimeLimit.WorkingHours(87600).Value);
    }

    [Fact]
    public void Equality_is_by_value_and_unit()
    {
        Assert.Equal(TimeLimit.WorkingDays(5), TimeLimit.Parse("5 working days"));
        Assert.NotEqual(TimeLimit.WorkingDays(5), TimeLimit.CalendarDays(5));
        Assert.True(TimeLimit.WorkingHours(2) != TimeLimit.WorkingHours(3));
    }
}
