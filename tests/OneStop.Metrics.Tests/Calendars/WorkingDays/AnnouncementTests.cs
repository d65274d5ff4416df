using NodaTime;
using OneStop.Metrics.Calendars;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

public sealed class AnnouncementTests
{
    [Fact]
    public void Days_counts_both_ends_of_the_run()
    {
        Assert.Equal(3, new Announcement(2023, new LocalDate(2022, 12, 31), new LocalDate(2023, 1, 2), AnnouncementKind.DayOff, "Lễ").Days);
        Assert.Equal(1, new Announcement(2024, new LocalDate(2024, 5, 4), new LocalDate(2024, 5, 4), AnnouncementKind.WorkingDay, "Làm bù").Days);
    }

    [Fact]
    public void ToString_is_the_text_format_line()
    {
        var announcement = new Announcement(2025, new LocalDate(2025, 5, 2), new LocalDate(2025, 5, 2), AnnouncementKind.SwappedDayOff, "Nghỉ do hoán đổi");

        Assert.Equal("2025 swap 2025-05-02 Nghỉ do hoán đổi", announcement.ToString());
    }

    [Fact]
    public void ToString_never_throws_for_an_undefined_kind()
    {
        var invalid = new Announcement(2025, new LocalDate(2025, 5, 2), new LocalDate(2025, 5, 3), (AnnouncementKind)9, "Lễ");

        Assert.Equal("2025 9 2025-05-02..2025-05-03 Lễ", invalid.ToString());
    }

    [Fact]
    public void Announcements_are_equal_by_value()
    {
        var a = new Announcement(2026, new LocalDate(2026, 4, 27), new LocalDate(2026, 4, 27), AnnouncementKind.CompensatoryDayOff, "Nghỉ bù");
        var b = a with { };

        Assert.Equal(a, b);
        Assert.NotEqual(a, a with { Kind = AnnouncementKind.DayOff });
    }
}
