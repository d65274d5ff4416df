using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Calendars;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

/// <summary>
/// Golden tests: every announced day off and working Saturday 2023–2026 of the reference table (calendar.md), day by
/// day, with kind, source and reason; and the exact <see cref="WorkingDayCalendar.DaysOff(int)"/> list of each year.
/// </summary>
public sealed partial class WorkingDayCalendarTests
{
    private const DayOffKind Holiday = DayOffKind.PublicHoliday;
    private const DayOffKind Compensatory = DayOffKind.CompensatoryDay;
    private const DayOffKind Swapped = DayOffKind.SwappedDayOff;

    private const string NewYear2023 = "Tết Dương lịch 2023";
    private const string Tet2023 = "Tết Nguyên đán Quý Mão";
    private const string NationalDay2023 = "Quốc khánh 2/9/2023";
    private const string Tet2024 = "Tết Nguyên đán Giáp Thìn";
    private const string Break2024 = "Nghỉ lễ Ngày Chiến thắng và Quốc tế Lao động 2024 (thứ Bảy, Chủ nhật)";
    private const string NationalDay2024 = "Quốc khánh 2/9/2024";
    private const string Tet2025 = "Tết Nguyên đán Ất Tỵ";
    private const string Break2025 = "Nghỉ lễ Ngày Chiến thắng và Quốc tế Lao động 2025 (thứ Bảy, Chủ nhật)";
    private const string NationalDay2025 = "Quốc khánh 2/9/2025";
    private const string NewYearBreak2026 = "Nghỉ Tết Dương lịch 2026 (thứ Bảy, Chủ nhật)";
    private const string Tet2026 = "Tết Nguyên đán Bính Ngọ";
    private const string Break2026 = "Nghỉ lễ Ngày Chiến thắng và Quốc tế Lao động 2026 (thứ Bảy, Chủ nhật)";
    private const string NationalDayBreak2026 = "Nghỉ lễ Quốc khánh 2026 (thứ Bảy, Chủ nhật)";
    private const string NationalDay2026 = "Quốc khánh 2/9/2026";

    private const string SourceGap2026 =
        "Nghỉ lễ Quốc khánh 2026 (thứ Hai 31/8: coi là ngày nghỉ theo thông báo; chưa tìm thấy văn bản quy định cách nghỉ ngày này - khoảng trống nguồn)";

    /// <summary>
    /// Every announced day of calendar.md, one row per date: date, working day?, kind, reason. Sat 31/12/2022 belongs
    /// to the 2023 New Year announcement.
    /// </summary>
    private static readonly (LocalDate Date, bool Working, DayOffKind? Kind, string Reason)[] AnnouncedDays =
    [
        // 2023 New Year: Sat 31/12/2022 – Mon 2/1/2023, 2/1 compensates Sun 1/1.
        (D(2022, 12, 31), false, Holiday, NewYear2023),
        (D(2023, 1, 1), false, Holiday, NewYear2023),
        (D(2023, 1, 2), false, Compensatory, "Nghỉ bù Tết Dương lịch (Chủ nhật 1/1/2023)"),

        // 2023 Tết Quý Mão: Fri 20/1 – Thu 26/1.
        (D(2023, 1, 20), false, Holiday, Tet2023),
        (D(2023, 1, 21), false, Holiday, Tet2023),
        (D(2023, 1, 22), false, Holiday, Tet2023),
        (D(2023, 1, 23), false, Holiday, Tet2023),
        (D(2023, 1, 24), false, Holiday, Tet2023),
        (D(2023, 1, 25), false, Holiday, Tet2023),
        (D(2023, 1, 26), false, Holiday, Tet2023),

        // 2023 Hùng Kings (Sat 29/4) + 30/4 (Sun) + 1/5: Sat 29/4 – Wed 3/5, 2/5 and 3/5 compensate.
        (D(2023, 4, 29), false, Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch, thứ Bảy 29/4/2023)"),
        (D(2023, 4, 30), false, Holiday, "Ngày Chiến thắng (30/4, Chủ nhật)"),
        (D(2023, 5, 1), false, Holiday, "Ngày Quốc tế Lao động (1/5)"),
        (D(2023, 5, 2), false, Compensatory, "Nghỉ bù Giỗ Tổ Hùng Vương (thứ Bảy 29/4/2023)"),
        (D(2023, 5, 3), false, Compensatory, "Nghỉ bù Ngày Chiến thắng (Chủ nhật 30/4/2023)"),

        // 2023 National Day: Fri 1/9 – Mon 4/9.
        (D(2023, 9, 1), false, Holiday, NationalDay2023),
        (D(2023, 9, 2), false, Holiday, NationalDay2023),
        (D(2023, 9, 3), false, Holiday, NationalDay2023),
        (D(2023, 9, 4), false, Compensatory, "Nghỉ bù Quốc khánh (thứ Bảy 2/9/2023)"),

        // 2024 New Year: Mon 1/1.
        (D(2024, 1, 1), false, Holiday, "Tết Dương lịch 2024"),

        // 2024 Tết Giáp Thìn: Thu 8/2 – Wed 14/2.
        (D(2024, 2, 8), false, Holiday, Tet2024),
        (D(2024, 2, 9), false, Holiday, Tet2024),
        (D(2024, 2, 10), false, Holiday, Tet2024),
        (D(2024, 2, 11), false, Holiday, Tet2024),
        (D(2024, 2, 12), false, Holiday, Tet2024),
        (D(2024, 2, 13), false, Holiday, Tet2024),
        (D(2024, 2, 14), false, Holiday, Tet2024),

        // 2024 Hùng Kings: Thu 18/4.
        (D(2024, 4, 18), false, Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),

        // 2024 30/4 – 1/5: Sat 27/4 – Wed 1/5, Mon 29/4 off by swap with Sat 4/5.
        (D(2024, 4, 27), false, Holiday, Break2024),
        (D(2024, 4, 28), false, Holiday, Break2024),
        (D(2024, 4, 29), false, Swapped, "Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 4/5/2024)"),
        (D(2024, 4, 30), false, Holiday, "Ngày Chiến thắng (30/4)"),
        (D(2024, 5, 1), false, Holiday, "Ngày Quốc tế Lao động (1/5)"),
        (D(2024, 5, 4), true, null, "Làm việc bù cho thứ Hai 29/4/2024"),

        // 2024 National Day: Sat 31/8 – Tue 3/9.
        (D(2024, 8, 31), false, Holiday, NationalDay2024),
        (D(2024, 9, 1), false, Holiday, NationalDay2024),
        (D(2024, 9, 2), false, Holiday, NationalDay2024),
        (D(2024, 9, 3), false, Holiday, NationalDay2024),

        // 2025 New Year: Wed 1/1.
        (D(2025, 1, 1), false, Holiday, "Tết Dương lịch 2025"),

        // 2025 Tết Ất Tỵ: Sat 25/1 – Sun 2/2.
        (D(2025, 1, 25), false, Holiday, Tet2025),
        (D(2025, 1, 26), false, Holiday, Tet2025),
        (D(2025, 1, 27), false, Holiday, Tet2025),
        (D(2025, 1, 28), false, Holiday, Tet2025),
        (D(2025, 1, 29), false, Holiday, Tet2025),
        (D(2025, 1, 30), false, Holiday, Tet2025),
        (D(2025, 1, 31), false, Holiday, Tet2025),
        (D(2025, 2, 1), false, Holiday, Tet2025),
        (D(2025, 2, 2), false, Holiday, Tet2025),

        // 2025 Hùng Kings: Mon 7/4.
        (D(2025, 4, 7), false, Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),

        // 2025 30/4 – 1/5: Wed 30/4 – Sun 4/5, Fri 2/5 off by swap with Sat 26/4.
        (D(2025, 4, 26), true, null, "Làm việc bù cho thứ Sáu 2/5/2025"),
        (D(2025, 4, 30), false, Holiday, "Ngày Chiến thắng (30/4)"),
        (D(2025, 5, 1), false, Holiday, "Ngày Quốc tế Lao động (1/5)"),
        (D(2025, 5, 2), false, Swapped, "Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 26/4/2025)"),
        (D(2025, 5, 3), false, Holiday, Break2025),
        (D(2025, 5, 4), false, Holiday, Break2025),

        // 2025 National Day: Sat 30/8 – Tue 2/9 (1/9 off).
        (D(2025, 8, 30), false, Holiday, NationalDay2025),
        (D(2025, 8, 31), false, Holiday, NationalDay2025),
        (D(2025, 9, 1), false, Holiday, NationalDay2025),
        (D(2025, 9, 2), false, Holiday, NationalDay2025),

        // 2026 New Year: Thu 1/1 – Sun 4/1, Fri 2/1 off by swap with Sat 10/1.
        (D(2026, 1, 1), false, Holiday, "Tết Dương lịch 2026"),
        (D(2026, 1, 2), false, Swapped, "Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 10/1/2026)"),
        (D(2026, 1, 3), false, Holiday, NewYearBreak2026),
        (D(2026, 1, 4), false, Holiday, NewYearBreak2026),
        (D(2026, 1, 10), true, null, "Làm việc bù cho thứ Sáu 2/1/2026"),

        // 2026 Tết Bính Ngọ: Sat 14/2 – Sun 22/2.
        (D(2026, 2, 14), false, Holiday, Tet2026),
        (D(2026, 2, 15), false, Holiday, Tet2026),
        (D(2026, 2, 16), false, Holiday, Tet2026),
        (D(2026, 2, 17), false, Holiday, Tet2026),
        (D(2026, 2, 18), false, Holiday, Tet2026),
        (D(2026, 2, 19), false, Holiday, Tet2026),
        (D(2026, 2, 20), false, Holiday, Tet2026),
        (D(2026, 2, 21), false, Holiday, Tet2026),
        (D(2026, 2, 22), false, Holiday, Tet2026),

        // 2026 Hùng Kings (Sun 26/4): Mon 27/4 compensates.
        (D(2026, 4, 26), false, Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/4/2026)"),
        (D(2026, 4, 27), false, Compensatory, "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4/2026)"),

        // 2026 30/4 – 1/5: Thu 30/4 – Sun 3/5.
        (D(2026, 4, 30), false, Holiday, "Ngày Chiến thắng (30/4)"),
        (D(2026, 5, 1), false, Holiday, "Ngày Quốc tế Lao động (1/5)"),
        (D(2026, 5, 2), false, Holiday, Break2026),
        (D(2026, 5, 3), false, Holiday, Break2026),

        // 2026 National Day: Sat 29/8 – Wed 2/9; Mon 31/8 announced-off with a source gap.
        (D(2026, 8, 29), false, Holiday, NationalDayBreak2026),
        (D(2026, 8, 30), false, Holiday, NationalDayBreak2026),
        (D(2026, 8, 31), false, Holiday, SourceGap2026),
        (D(2026, 9, 1), false, Holiday, NationalDay2026),
        (D(2026, 9, 2), false, Holiday, NationalDay2026),
    ];

    public static TheoryData<int> AnnouncedYearsData => [2023, 2024, 2025, 2026];

    [Fact]
    public void Every_announced_day_of_2023_to_2026_has_its_status_kind_source_and_reason()
    {
        foreach (var (date, working, kind, reason) in AnnouncedDays)
        {
            Assert.Equal(new DayStatus(date, working, kind, reason, DaySource.Announced), Vietnam.Describe(date));
            Assert.Equal(working, Vietnam.IsWorkingDay(date));
        }
    }

    [Theory]
    [MemberData(nameof(AnnouncedYearsData))]
    public void DaysOff_of_an_announced_year_is_exactly_its_announced_days(int year)
    {
        var expected = AnnouncedDays
            .Where(d => d.Date.Year == year)
            .Select(d => new DayStatus(d.Date, d.Working, d.Kind, d.Reason, DaySource.Announced))
            .ToList();

        Assert.Equal(expected, Vietnam.DaysOff(year));
    }

    [Theory]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 250)]
    [InlineData(2026, 249)]
    public void An_announced_year_has_its_weekdays_minus_weekday_days_off_plus_working_Saturdays(int year, int workingDays)
    {
        // 2023: 260 weekdays − 11 (2/1, 20 and 23–26/1, 1–3/5, 1/9, 4/9).
        // 2024: 262 − 12 (1/1, 8–9 and 12–14/2, 18/4, 29–30/4, 1/5, 2–3/9) + Sat 4/5.
        // 2025: 261 − 12 (1/1, 27–31/1, 7/4, 30/4, 1–2/5, 1–2/9) + Sat 26/4.
        // 2026: 261 − 13 (1–2/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1–2/9) + Sat 10/1.
        Assert.Equal(workingDays, Vietnam.WorkingDaysBetween(D(year - 1, 12, 31), D(year, 12, 31)));
        Assert.Equal(workingDays, Enumerable.Range(0, D(year, 12, 31).DayOfYear).Count(i => Vietnam.IsWorkingDay(D(year, 1, 1).PlusDays(i))));
    }

    [Fact]
    public void The_2023_New_Year_run_starting_on_31_12_2022_belongs_to_2023_but_is_listed_with_the_days_of_2022()
    {
        Assert.True(Vietnam.IsAnnounced(2023));
        Assert.False(Vietnam.IsAnnounced(2022));

        var last = Vietnam.DaysOff(2022)[^1];
        Assert.Equal(new DayStatus(D(2022, 12, 31), false, Holiday, NewYear2023, DaySource.Announced), last);
        Assert.DoesNotContain(Vietnam.DaysOff(2023), d => d.Date.Year != 2023);
        Assert.Contains(Vietnam.Announcements, a => a is { Year: 2023, Kind: AnnouncementKind.DayOff } && a.Start == D(2022, 12, 31) && a.End == D(2023, 1, 1));
    }

    [Fact]
    public void Days_of_announced_years_outside_the_announcements_are_plain_and_come_from_the_rules()
    {
        // The rules would give a compensatory day on Fri 27/1/2023 (Tết on Sat 21/1 and Sun 22/1); the announcement replaces them.
        Assert.Equal(new DayStatus(D(2023, 1, 27), true, null, "Ngày làm việc", DaySource.Rule), Vietnam.Describe(D(2023, 1, 27)));
        Assert.Equal(new DayStatus(D(2024, 4, 20), false, DayOffKind.WeeklyRest, "Thứ Bảy", DaySource.Rule), Vietnam.Describe(D(2024, 4, 20)));
        Assert.Equal(new DayStatus(D(2024, 4, 21), false, DayOffKind.WeeklyRest, "Chủ nhật", DaySource.Rule), Vietnam.Describe(D(2024, 4, 21)));
    }

    [Fact]
    public void Swapped_working_Saturdays_count_as_working_days()
    {
        // 2024: Fri 26/4 → next working day is Thu 2/5; Fri 3/5 → Sat 4/5 (swap) → Mon 6/5.
        Assert.Equal(D(2024, 5, 2), Vietnam.NextWorkingDay(D(2024, 4, 26)));
        Assert.Equal(D(2024, 5, 4), Vietnam.NextWorkingDay(D(2024, 5, 3)));
        Assert.Equal(D(2024, 5, 6), Vietnam.NextWorkingDay(D(2024, 5, 4)));
        Assert.Equal(D(2024, 5, 4), Vietnam.PreviousWorkingDay(D(2024, 5, 6)));
        Assert.Equal(2, Vietnam.WorkingDaysBetween(D(2024, 5, 3), D(2024, 5, 6)));

        // 2025: Fri 25/4 → Sat 26/4 (swap) → Mon 28/4; Tue 29/4 → Mon 5/5.
        Assert.Equal(D(2025, 4, 26), Vietnam.NextWorkingDay(D(2025, 4, 25)));
        Assert.Equal(D(2025, 5, 5), Vietnam.NextWorkingDay(D(2025, 4, 29)));

        // 2026: Wed 31/12/2025 → Mon 5/1/2026; Fri 9/1 → Sat 10/1.
        Assert.Equal(D(2026, 1, 5), Vietnam.NextWorkingDay(D(2025, 12, 31)));
        Assert.Equal(D(2026, 1, 10), Vietnam.NextWorkingDay(D(2026, 1, 9)));
    }

    [Fact]
    public void Counting_across_Tet_skips_the_whole_announced_break()
    {
        // Tết Ất Tỵ: Fri 24/1/2025 + 1 working day = Mon 3/2/2025.
        Assert.Equal(D(2025, 2, 3), Vietnam.AddWorkingDays(D(2025, 1, 24), 1));
        Assert.Equal(D(2025, 1, 24), Vietnam.AddWorkingDays(D(2025, 2, 3), -1));
        Assert.Equal(0, Vietnam.WorkingDaysBetween(D(2025, 1, 24), D(2025, 2, 2)));
        Assert.Equal(1, Vietnam.WorkingDaysBetween(D(2025, 1, 24), D(2025, 2, 3)));

        // Tết Bính Ngọ: Fri 13/2/2026 + 5 working days = Fri 27/2/2026.
        Assert.Equal(D(2026, 2, 27), Vietnam.AddWorkingDays(D(2026, 2, 13), 5));
    }

    private static LocalDate D(int year, int month, int day) => new(year, month, day);
}
