using System;
using System.IO;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Calendars;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

public sealed class AnnouncementTextTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Parse_reads_the_documented_example_lines()
    {
        var announcements = AnnouncementText.Parse("""
            # year  kind  dates                   reason
            2023  off   2022-12-31..2023-01-01  Tết Dương lịch 2023
            2023  comp  2023-01-02              Nghỉ bù Tết Dương lịch (Chủ nhật 1/1/2023)

            2024  swap  2024-04-29              Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 4/5/2024)
            2024  work  2024-05-04              Làm việc bù cho thứ Hai 29/4/2024
            2024  local 2024-10-14              Ngày giải phóng tỉnh
            """);

        Assert.Equal(
            [
                new Announcement(2023, D(2022, 12, 31), D(2023, 1, 1), AnnouncementKind.DayOff, "Tết Dương lịch 2023"),
                new Announcement(2023, D(2023, 1, 2), D(2023, 1, 2), AnnouncementKind.CompensatoryDayOff, "Nghỉ bù Tết Dương lịch (Chủ nhật 1/1/2023)"),
                new Announcement(2024, D(2024, 4, 29), D(2024, 4, 29), AnnouncementKind.SwappedDayOff, "Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 4/5/2024)"),
                new Announcement(2024, D(2024, 5, 4), D(2024, 5, 4), AnnouncementKind.WorkingDay, "Làm việc bù cho thứ Hai 29/4/2024"),
                new Announcement(2024, D(2024, 10, 14), D(2024, 10, 14), AnnouncementKind.LocalDayOff, "Ngày giải phóng tỉnh"),
            ],
            announcements);
    }

    [Fact]
    public void Parse_accepts_tabs_any_letter_case_and_keeps_the_inner_spaces_of_the_reason()
    {
        var announcement = Assert.Single(AnnouncementText.Parse("  2027\tOFF\t2027-09-02..2027-09-03   Quốc khánh  2/9   \r\n"));

        Assert.Equal(new Announcement(2027, D(2027, 9, 2), D(2027, 9, 3), AnnouncementKind.DayOff, "Quốc khánh  2/9"), announcement);
        Assert.Empty(AnnouncementText.Parse(string.Empty));
        Assert.Empty(AnnouncementText.Parse("   # 2027 off 2027-01-01 commented out\n\n"));
    }

    [Theory]
    [InlineData("2027 off 2027-01-01", "expected four fields")]
    [InlineData("27x off 2027-01-01 Lễ", "the year '27x'")]
    [InlineData("-2027 off 2027-01-01 Lễ", "the year '-2027'")]
    [InlineData("2027 holiday 2027-01-01 Lễ", "unknown kind 'holiday'")]
    [InlineData("2027 off 2027-02-30 Lễ", "the date '2027-02-30'")]
    [InlineData("2027 off 1/1/2027 Lễ", "the date '1/1/2027'")]
    [InlineData("2027 off 2027-01-01.. Lễ", "the date ''")]
    [InlineData("2027 off 2027-05-02..2027-05-01 Lễ", "before it starts")]
    [InlineData("2027 off 2025-12-31 Lễ", "does not fit the announcement year 2027")]
    [InlineData("2027 off 2028-12-31..2029-01-01 Lễ", "does not fit the announcement year 2027")]
    [InlineData("2027 off 2027-01-01..2028-01-05 Lễ", "longer than 366 days")]
    public void Parse_errors_name_the_line_the_problem_and_the_text(string badLine, string problem)
    {
        var exception = Assert.Throws<FormatException>(() => AnnouncementText.Parse("# header\n2027 off 2027-01-01 Tết Dương lịch\n" + badLine + "\n"));

        Assert.StartsWith("Line 3: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"" + badLine + "\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_may_start_in_the_year_before_the_announcement_year_and_end_in_the_year_after()
    {
        Assert.Single(AnnouncementText.Parse("2023 off 2022-12-31 Nghỉ Tết Dương lịch 2023"));
        Assert.Single(AnnouncementText.Parse("2026 off 2026-12-31..2027-01-01 Nghỉ cuối năm"));
    }

    [Fact]
    public void Format_writes_a_line_that_parses_back_to_the_same_announcement()
    {
        var single = new Announcement(2024, D(2024, 5, 4), D(2024, 5, 4), AnnouncementKind.WorkingDay, "Làm việc bù cho thứ Hai 29/4/2024");
        var run = new Announcement(2023, D(2022, 12, 31), D(2023, 1, 1), AnnouncementKind.DayOff, "Tết Dương lịch 2023");

        Assert.Equal("2024 work 2024-05-04 Làm việc bù cho thứ Hai 29/4/2024", AnnouncementText.Format(single));
        Assert.Equal("2023 off 2022-12-31..2023-01-01 Tết Dương lịch 2023", AnnouncementText.Format(run));
        Assert.Equal([single, run], AnnouncementText.Parse(AnnouncementText.Format(single) + "\n" + AnnouncementText.Format(run)));
        Assert.Equal(
            WorkingDayCalendar.Vietnam.Announcements,
            AnnouncementText.Parse(string.Join("\n", WorkingDayCalendar.Vietnam.Announcements.Select(AnnouncementText.Format))));
    }

    [Fact]
    public void Keyword_names_every_kind_and_refuses_an_undefined_one()
    {
        Assert.Equal(
            ["off", "comp", "swap", "work", "local"],
            Enum.GetValues<AnnouncementKind>().Select(AnnouncementText.Keyword));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnouncementText.Keyword((AnnouncementKind)0));
    }

    [Fact]
    public void Parse_reads_a_reader_to_its_end_and_refuses_null()
    {
        using var reader = new StringReader("2027 off 2027-01-01 Tết Dương lịch 2027\n2027 off 2027-04-30 Ngày Chiến thắng");

        Assert.Equal(2, AnnouncementText.Parse(reader).Count);
        Assert.Equal(-1, reader.Peek());
        Assert.Throws<ArgumentNullException>(() => AnnouncementText.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => AnnouncementText.Parse((TextReader)null!));
        Assert.Throws<ArgumentNullException>(() => AnnouncementText.Format(null!));
    }

    [Fact]
    public void The_shipped_data_file_covers_2023_to_2026_in_order_with_nationwide_kinds_only()
    {
        var shipped = WorkingDayCalendar.Vietnam.Announcements;

        Assert.Equal([10, 9, 9, 13], new[] { 2023, 2024, 2025, 2026 }.Select(y => shipped.Count(a => a.Year == y)));
        Assert.DoesNotContain(shipped, a => a.Kind == AnnouncementKind.LocalDayOff);
        Assert.Equal(3, shipped.Count(a => a.Kind == AnnouncementKind.SwappedDayOff));
        Assert.Equal(3, shipped.Count(a => a.Kind == AnnouncementKind.WorkingDay));
    }
}
