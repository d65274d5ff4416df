using NodaTime;
using OneStop.Metrics.Calendars;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

public sealed class DayStatusTests
{
    private static readonly LocalDate Day = new(2024, 5, 4);

    [Fact]
    public void Plain_working_days_and_plain_weekly_rest_days_are_plain()
    {
        Assert.True(new DayStatus(Day, true, null, DayStatus.PlainWorkingDayReason, DaySource.Rule).IsPlain);
        Assert.True(new DayStatus(Day, false, DayOffKind.WeeklyRest, "Thứ Bảy", DaySource.Rule).IsPlain);
        Assert.Equal("Ngày làm việc", DayStatus.PlainWorkingDayReason);
    }

    [Fact]
    public void Holidays_announced_working_days_and_other_days_off_are_not_plain()
    {
        Assert.False(new DayStatus(Day, true, null, "Làm việc bù", DaySource.Announced).IsPlain);
        Assert.False(new DayStatus(Day, true, null, "Làm việc bù", DaySource.User).IsPlain);
        Assert.False(new DayStatus(Day, false, DayOffKind.PublicHoliday, "Lễ", DaySource.Rule).IsPlain);
        Assert.False(new DayStatus(Day, false, DayOffKind.CompensatoryDay, "Nghỉ bù", DaySource.Announced).IsPlain);
        Assert.False(new DayStatus(Day, false, DayOffKind.SwappedDayOff, "Hoán đổi", DaySource.Announced).IsPlain);
        Assert.False(new DayStatus(Day, false, DayOffKind.LocalDayOff, "Địa phương", DaySource.User).IsPlain);
    }

    [Fact]
    public void Statuses_are_equal_by_value()
    {
        Assert.Equal(
            new DayStatus(Day, true, null, "Làm việc bù", DaySource.Announced),
            new DayStatus(new LocalDate(2024, 5, 4), true, null, "Làm việc bù", DaySource.Announced));
    }
}
