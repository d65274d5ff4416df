using System;
using NodaTime;
using OneStop.Metrics.Deadlines;
using Xunit;

namespace OneStop.Metrics.Tests.Deadlines;

public sealed class WorkingHoursTests
{
    private static readonly WorkingHours Hours = WorkingHours.Default;

    [Theory]
    [InlineData(7, 0, 0)]
    [InlineData(7, 30, 0)]
    [InlineData(9, 30, 120)]
    [InlineData(12, 0, 240)]
    [InlineData(13, 30, 270)]
    [InlineData(17, 0, 480)]
    [InlineData(20, 0, 480)]
    public void MinutesBefore_counts_only_working_minutes(int hour, int minute, int expected) =>
        Assert.Equal(expected, Hours.MinutesBefore(new LocalTime(hour, minute)));

    [Theory]
    [InlineData(0, 7, 30)]
    [InlineData(240, 11, 30)]
    [InlineData(241, 13, 1)]
    [InlineData(480, 17, 0)]
    public void TimeAfter_inverts_MinutesBefore(int minutes, int hour, int minute) =>
        Assert.Equal(new LocalTime(hour, minute), Hours.TimeAfter(minutes));

    [Fact]
    public void Sessions_must_increase_and_minutes_must_fit_the_day()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new WorkingHours(new LocalTime(13, 0), new LocalTime(11, 0), new LocalTime(14, 0), new LocalTime(17, 0)));
        Assert.Contains("morning 13:00–11:00", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Hours.TimeAfter(481));
        Assert.Equal(480, Hours.MinutesPerDay);
        Assert.True(Hours.Contains(new LocalTime(7, 30)));
        Assert.False(Hours.Contains(new LocalTime(11, 30)));
    }
}
