using System.Linq;
using NodaTime;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Calendars.Lunar;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

/// <summary>Years without announcement: the Labour Code 2019 holidays (Art. 112) and compensatory days (Art. 111(3)).</summary>
public sealed partial class WorkingDayCalendarTests
{
    private static DayStatus Rule(LocalDate date, DayOffKind kind, string reason) => new(date, false, kind, reason, DaySource.Rule);

    [Fact]
    public void Derived_2030_has_Tet_from_1_to_5_February_with_two_compensatory_days_and_the_other_holidays()
    {
        Assert.Equal(D(2030, 2, 2), VietnameseLunarCalendar.NewYear(2030));
        var hungKings = VietnameseLunarCalendar.ToSolar(2030, 3, 10);
        Assert.Equal(IsoDayOfWeek.Friday, hungKings.DayOfWeek);

        DayStatus[] expected =
        [
            Rule(D(2030, 1, 1), DayOffKind.PublicHoliday, "Tết Dương lịch"),
            Rule(D(2030, 2, 1), DayOffKind.PublicHoliday, "Tết Nguyên đán Canh Tuất (ngày cuối năm âm lịch)"),
            Rule(D(2030, 2, 2), DayOffKind.PublicHoliday, "Tết Nguyên đán Canh Tuất (mùng 1 tháng Giêng)"),
            Rule(D(2030, 2, 3), DayOffKind.PublicHoliday, "Tết Nguyên đán Canh Tuất (mùng 2 tháng Giêng)"),
            Rule(D(2030, 2, 4), DayOffKind.PublicHoliday, "Tết Nguyên đán Canh Tuất (mùng 3 tháng Giêng)"),
            Rule(D(2030, 2, 5), DayOffKind.PublicHoliday, "Tết Nguyên đán Canh Tuất (mùng 4 tháng Giêng)"),
            Rule(D(2030, 2, 6), DayOffKind.CompensatoryDay, "Nghỉ bù Tết Nguyên đán Canh Tuất (thứ Bảy 2/2/2030)"),
            Rule(D(2030, 2, 7), DayOffKind.CompensatoryDay, "Nghỉ bù Tết Nguyên đán Canh Tuất (Chủ nhật 3/2/2030)"),
            Rule(hungKings, DayOffKind.PublicHoliday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
            Rule(D(2030, 4, 30), DayOffKind.PublicHoliday, "Ngày Chiến thắng (30/4)"),
            Rule(D(2030, 5, 1), DayOffKind.PublicHoliday, "Ngày Quốc tế Lao động (1/5)"),
            Rule(D(2030, 9, 1), DayOffKind.PublicHoliday, "Quốc khánh (ngày liền kề 1/9)"),
            Rule(D(2030, 9, 2), DayOffKind.PublicHoliday, "Quốc khánh (2/9)"),
            Rule(D(2030, 9, 3), DayOffKind.CompensatoryDay, "Nghỉ bù Quốc khánh (Chủ nhật 1/9/2030)"),
        ];

        Assert.False(Vietnam.IsAnnounced(2030));
        Assert.Equal(expected, Vietnam.DaysOff(2030));
        Assert.All(Enumerable.Range(1, 5), day => Assert.False(Vietnam.IsWorkingDay(D(2030, 2, day))));
        Assert.Equal(D(2030, 2, 8), Vietnam.NextWorkingDay(D(2030, 1, 31)));
    }

    [Fact]
    public void Derived_2027_compensates_Tet_on_the_weekend_and_1_May_on_Saturday_and_bridges_2_9_on_Thursday_to_Friday()
    {
        Assert.Equal(D(2027, 2, 6), VietnameseLunarCalendar.NewYear(2027));

        DayStatus[] expected =
        [
            Rule(D(2027, 1, 1), DayOffKind.PublicHoliday, "Tết Dương lịch"),
            Rule(D(2027, 2, 5), DayOffKind.PublicHoliday, "Tết Nguyên đán Đinh Mùi (ngày cuối năm âm lịch)"),
            Rule(D(2027, 2, 6), DayOffKind.PublicHoliday, "Tết Nguyên đán Đinh Mùi (mùng 1 tháng Giêng)"),
            Rule(D(2027, 2, 7), DayOffKind.PublicHoliday, "Tết Nguyên đán Đinh Mùi (mùng 2 tháng Giêng)"),
            Rule(D(2027, 2, 8), DayOffKind.PublicHoliday, "Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng)"),
            Rule(D(2027, 2, 9), DayOffKind.PublicHoliday, "Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng)"),
            Rule(D(2027, 2, 10), DayOffKind.CompensatoryDay, "Nghỉ bù Tết Nguyên đán Đinh Mùi (thứ Bảy 6/2/2027)"),
            Rule(D(2027, 2, 11), DayOffKind.CompensatoryDay, "Nghỉ bù Tết Nguyên đán Đinh Mùi (Chủ nhật 7/2/2027)"),
            Rule(VietnameseLunarCalendar.ToSolar(2027, 3, 10), DayOffKind.PublicHoliday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
            Rule(D(2027, 4, 30), DayOffKind.PublicHoliday, "Ngày Chiến thắng (30/4)"),
            Rule(D(2027, 5, 1), DayOffKind.PublicHoliday, "Ngày Quốc tế Lao động (1/5)"),
            Rule(D(2027, 5, 3), DayOffKind.CompensatoryDay, "Nghỉ bù Ngày Quốc tế Lao động (thứ Bảy 1/5/2027)"),
            Rule(D(2027, 9, 2), DayOffKind.PublicHoliday, "Quốc khánh (2/9)"),
            Rule(D(2027, 9, 3), DayOffKind.PublicHoliday, "Quốc khánh (ngày liền kề 3/9)"),
        ];

        Assert.Equal(expected, Vietnam.DaysOff(2027));
    }

    [Theory]
    [InlineData(2024, IsoDayOfWeek.Monday, new[] { 1, 2, 3 })]       // 1/9 Sun (compensated Tue 3/9), 2/9 Mon
    [InlineData(2025, IsoDayOfWeek.Tuesday, new[] { 1, 2 })]         // Mon 1/9 – Tue 2/9
    [InlineData(2026, IsoDayOfWeek.Wednesday, new[] { 1, 2 })]       // Tue 1/9 – Wed 2/9
    [InlineData(2027, IsoDayOfWeek.Thursday, new[] { 2, 3 })]        // Thu 2/9 – Fri 3/9: bridged to the weekend
    [InlineData(2022, IsoDayOfWeek.Friday, new[] { 1, 2 })]          // Thu 1/9 – Fri 2/9
    [InlineData(2023, IsoDayOfWeek.Saturday, new[] { 1, 2, 4 })]     // Fri 1/9, Sat 2/9, compensated Mon 4/9
    [InlineData(2029, IsoDayOfWeek.Sunday, new[] { 1, 2, 3, 4 })]    // Sat 1/9, Sun 2/9, compensated Mon 3/9 and Tue 4/9
    public void Derived_National_Day_takes_3_9_after_a_Thursday_and_1_9_otherwise(int year, IsoDayOfWeek nationalDay, int[] septemberDaysOff)
    {
        Assert.Equal(nationalDay, D(year, 9, 2).DayOfWeek);

        var daysOff = RulesOnly.DaysOff(year).Where(d => d.Date.Month is 8 or 9).Select(d => d.Date.Day).ToArray();

        Assert.Equal(septemberDaysOff, daysOff);
    }

    [Fact]
    public void Derived_holidays_separated_by_a_weekend_form_one_block_compensated_after_it()
    {
        // 2022: Sat 30/4 and Sun 1/5 → Mon 2/5 and Tue 3/5 (as announced that year).
        Assert.Equal(Rule(D(2022, 5, 2), DayOffKind.CompensatoryDay, "Nghỉ bù Ngày Chiến thắng (thứ Bảy 30/4/2022)"), Vietnam.Describe(D(2022, 5, 2)));
        Assert.Equal(Rule(D(2022, 5, 3), DayOffKind.CompensatoryDay, "Nghỉ bù Ngày Quốc tế Lao động (Chủ nhật 1/5/2022)"), Vietnam.Describe(D(2022, 5, 3)));

        // 2023 without announcements: Hùng Kings Sat 29/4, Sun 30/4, Mon 1/5 → Tue 2/5 and Wed 3/5, as announced.
        var derived = RulesOnly.DaysOff(2023).Where(d => d.Date.Month is 4 or 5).Select(d => (d.Date, d.Kind)).ToArray();
        var announced = Vietnam.DaysOff(2023).Where(d => d.Date.Month is 4 or 5).Select(d => (d.Date, d.Kind)).ToArray();
        Assert.Equal(announced, derived);
    }

    [Fact]
    public void Derived_holidays_on_the_same_date_make_one_day_off_naming_both_without_an_extra_day()
    {
        // Lunar 10/3 of 1947 is Wednesday 30/4/1947.
        Assert.Equal(D(1947, 4, 30), VietnameseLunarCalendar.ToSolar(1947, 3, 10));

        Assert.Equal(
            Rule(D(1947, 4, 30), DayOffKind.PublicHoliday, "Giỗ Tổ Hùng Vương (10/3 âm lịch) và Ngày Chiến thắng (30/4)"),
            Vietnam.Describe(D(1947, 4, 30)));
        Assert.True(Vietnam.IsWorkingDay(D(1947, 5, 2)));
    }

    [Fact]
    public void Derived_Tet_runs_from_the_last_day_of_the_old_lunar_year_to_the_fourth_day_of_the_new_year()
    {
        foreach (var year in new[] { 1968, 1985, 2007, 2020, 2021, 2022, 2031, 2050, 2100 })
        {
            var tet = VietnameseLunarCalendar.NewYear(year);
            for (var offset = -1; offset <= 3; offset++)
            {
                var status = RulesOnly.Describe(tet.PlusDays(offset));
                Assert.Equal(DayOffKind.PublicHoliday, status.Kind);
                Assert.Equal(DaySource.Rule, status.Source);
                Assert.StartsWith("Tết Nguyên đán " + VietnameseLunarCalendar.CanChi(year), status.Reason, System.StringComparison.Ordinal);
            }

            Assert.NotEqual(DayOffKind.PublicHoliday, RulesOnly.Describe(tet.PlusDays(-2)).Kind);
        }
    }

    [Fact]
    public void Every_derived_year_has_eleven_holiday_days_and_one_compensatory_day_per_holiday_on_a_weekend()
    {
        for (var year = 1900; year <= 2100; year++)
        {
            var daysOff = RulesOnly.DaysOff(year);
            var holidays = daysOff.Where(d => d.Kind == DayOffKind.PublicHoliday).ToList();
            var coinciding = holidays.Count(h => h.Reason.Contains(" và ", System.StringComparison.Ordinal));

            Assert.Equal(11, holidays.Count + coinciding);
            Assert.Equal(
                holidays.Count(h => h.Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday),
                daysOff.Count(d => d.Kind == DayOffKind.CompensatoryDay));
            Assert.All(daysOff, d => Assert.Equal(DaySource.Rule, d.Source));
            Assert.All(daysOff.Where(d => d.Kind == DayOffKind.CompensatoryDay), d => Assert.True(d.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)));
        }
    }
}
