using System;
using System.IO;
using NodaTime;
using OneStop.Metrics.Calendars;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

/// <summary>Announcements added by the user as data: a province's day off, a new year, corrections, and errors.</summary>
public sealed partial class WorkingDayCalendarTests
{
    private const string Schedule2027 = """
        # Lịch nghỉ năm 2027 (ví dụ do người dùng nhập)
        2027  off   2027-01-01..2027-01-03  Tết Dương lịch 2027
        2027  off   2027-02-04..2027-02-12  Tết Nguyên đán Đinh Mùi
        2027  swap  2027-02-04              Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 20/2/2027)
        2027  work  2027-02-20              Làm việc bù cho thứ Năm 4/2/2027
        2027  off   2027-04-16              Giỗ Tổ Hùng Vương (10/3 âm lịch)
        2027  off   2027-04-30..2027-05-02  Ngày Chiến thắng và Quốc tế Lao động
        2027  comp  2027-05-03              Nghỉ bù Ngày Quốc tế Lao động (thứ Bảy 1/5/2027)
        2027  off   2027-09-02..2027-09-05  Quốc khánh 2/9/2027
        """;

    [Fact]
    public void A_province_day_off_adds_to_an_announced_year_without_replacing_anything()
    {
        var province = Vietnam.WithAnnouncements("2024 local 2024-10-14 Kỷ niệm ngày giải phóng tỉnh (ví dụ)");

        Assert.Equal(
            new DayStatus(D(2024, 10, 14), false, DayOffKind.LocalDayOff, "Kỷ niệm ngày giải phóng tỉnh (ví dụ)", DaySource.User),
            province.Describe(D(2024, 10, 14)));
        Assert.Equal([2023, 2024, 2025, 2026], province.AnnouncedYears);
        Assert.Equal(Vietnam.DaysOff(2024).Count + 1, province.DaysOff(2024).Count);
        Assert.Equal(D(2024, 10, 15), province.NextWorkingDay(D(2024, 10, 11)));

        // The shipped calendar is unchanged.
        Assert.True(Vietnam.IsWorkingDay(D(2024, 10, 14)));
    }

    [Fact]
    public void A_province_day_off_adds_to_a_derived_year_which_stays_derived()
    {
        var province = Vietnam.WithAnnouncements("2027 local 2027-03-24 Ngày giải phóng tỉnh (ví dụ)");

        Assert.False(province.IsAnnounced(2027));
        Assert.Equal(DayOffKind.LocalDayOff, province.Describe(D(2027, 3, 24)).Kind);
        Assert.Equal(DaySource.User, province.Describe(D(2027, 3, 24)).Source);
        Assert.Equal(Vietnam.Describe(D(2027, 2, 10)), province.Describe(D(2027, 2, 10)));
        Assert.Equal(Vietnam.DaysOff(2027).Count + 1, province.DaysOff(2027).Count);
    }

    [Fact]
    public void A_local_day_off_overrides_a_working_day_or_a_plain_rest_day_but_not_a_national_day_off()
    {
        var province = Vietnam.WithAnnouncements("""
            2024 local 2024-05-04 Ngày nghỉ riêng trùng thứ Bảy làm bù
            2024 local 2024-05-05 Ngày nghỉ riêng trùng Chủ nhật
            2024 local 2024-04-30 Ngày nghỉ riêng trùng ngày lễ
            """);

        Assert.Equal(DayOffKind.LocalDayOff, province.Describe(D(2024, 5, 4)).Kind);
        Assert.Equal(DayOffKind.LocalDayOff, province.Describe(D(2024, 5, 5)).Kind);
        Assert.Equal(Vietnam.Describe(D(2024, 4, 30)), province.Describe(D(2024, 4, 30)));
    }

    [Fact]
    public void A_new_year_added_as_text_replaces_the_derived_days_of_that_year()
    {
        var calendar = Vietnam.WithAnnouncements(Schedule2027);

        Assert.True(calendar.IsAnnounced(2027));
        Assert.Equal([2023, 2024, 2025, 2026, 2027], calendar.AnnouncedYears);

        // Announced: Thu 4/2 is swapped (the later line wins over the Tết run), Sat 20/2 is a working day.
        Assert.Equal(
            new DayStatus(D(2027, 2, 4), false, DayOffKind.SwappedDayOff, "Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 20/2/2027)", DaySource.User),
            calendar.Describe(D(2027, 2, 4)));
        Assert.Equal(new DayStatus(D(2027, 2, 20), true, null, "Làm việc bù cho thứ Năm 4/2/2027", DaySource.User), calendar.Describe(D(2027, 2, 20)));
        Assert.Equal(DayOffKind.PublicHoliday, calendar.Describe(D(2027, 9, 3)).Kind);

        // Replaced: the derived compensatory day Thu 11/2 is now a day of the announced Tết run; no derived day remains.
        Assert.Equal(DaySource.User, calendar.Describe(D(2027, 2, 11)).Source);
        Assert.DoesNotContain(calendar.DaysOff(2027), d => d.Source != DaySource.User);
        Assert.Equal(DaySource.Rule, Vietnam.Describe(D(2027, 2, 11)).Source);
        Assert.Equal(22, calendar.DaysOff(2027).Count);
    }

    [Fact]
    public void A_user_announcement_corrects_a_shipped_day()
    {
        var corrected = Vietnam.WithAnnouncements("2026 work 2026-08-31 Ngày làm việc (đính chính: thứ Hai 31/8/2026 không nghỉ)");

        Assert.Equal(
            new DayStatus(D(2026, 8, 31), true, null, "Ngày làm việc (đính chính: thứ Hai 31/8/2026 không nghỉ)", DaySource.User),
            corrected.Describe(D(2026, 8, 31)));
        Assert.Equal(Vietnam.Describe(D(2026, 9, 1)), corrected.Describe(D(2026, 9, 1)));
        Assert.False(Vietnam.IsWorkingDay(D(2026, 8, 31)));
    }

    [Fact]
    public void A_user_can_announce_a_year_outside_the_derivable_range()
    {
        var calendar = Vietnam.WithAnnouncements("2150 off 2150-01-01 Tết Dương lịch 2150");

        Assert.False(calendar.IsWorkingDay(D(2150, 1, 1)));
        Assert.True(calendar.IsWorkingDay(D(2150, 1, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingDay(D(2151, 1, 2)));
    }

    [Fact]
    public void Announcements_can_come_from_a_reader_or_as_records()
    {
        using var reader = new StringReader(Schedule2027);
        var fromReader = Vietnam.WithAnnouncements(reader);
        var fromRecords = Vietnam.WithAnnouncements([new Announcement(2027, D(2027, 9, 6), D(2027, 9, 6), AnnouncementKind.DayOff, "Nghỉ thêm (ví dụ)")]);

        Assert.Equal(Vietnam.WithAnnouncements(Schedule2027).DaysOff(2027), fromReader.DaysOff(2027));
        Assert.Equal([new DayStatus(D(2027, 9, 6), false, DayOffKind.PublicHoliday, "Nghỉ thêm (ví dụ)", DaySource.User)], fromRecords.DaysOff(2027));
        Assert.Equal(Vietnam.Announcements.Count + 1, fromRecords.Announcements.Count);
        Assert.Same(Vietnam, Vietnam.WithAnnouncements(Array.Empty<Announcement>()));
        Assert.Same(Vietnam, Vietnam.WithAnnouncements("# only a comment\n\n"));
    }

    [Fact]
    public void A_parse_error_names_the_line_number_and_its_text()
    {
        var exception = Assert.Throws<FormatException>(() => Vietnam.WithAnnouncements("""
            # comment
            2027 off 2027-01-01 Tết Dương lịch 2027
            2027 of  2027-09-02 Quốc khánh
            """));

        Assert.Contains("Line 3", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2027 of  2027-09-02 Quốc khánh", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'of'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_announcement_records_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Vietnam.WithAnnouncements((string)null!));
        Assert.Throws<ArgumentNullException>(() => Vietnam.WithAnnouncements((TextReader)null!));
        Assert.Throws<ArgumentNullException>(() => Vietnam.WithAnnouncements((Announcement[])null!));
        Assert.Throws<ArgumentNullException>(() => Vietnam.WithAnnouncements(new Announcement[] { null! }));

        var backwards = Assert.Throws<ArgumentException>(() => Vietnam.WithAnnouncements(
            [new Announcement(2027, D(2027, 5, 2), D(2027, 5, 1), AnnouncementKind.DayOff, "Lễ")]));
        Assert.Equal("announcements", backwards.ParamName);
        Assert.Contains("before it starts", backwards.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => Vietnam.WithAnnouncements(
            [new Announcement(2027, D(2027, 5, 1), D(2027, 5, 1), AnnouncementKind.DayOff, " ")]));
        Assert.Throws<ArgumentException>(() => Vietnam.WithAnnouncements(
            [new Announcement(2027, D(2027, 5, 1), D(2027, 5, 1), (AnnouncementKind)9, "Lễ")]));
        Assert.Throws<ArgumentException>(() => Vietnam.WithAnnouncements(
            [new Announcement(2029, D(2027, 5, 1), D(2027, 5, 1), AnnouncementKind.DayOff, "Lễ")]));
    }
}
