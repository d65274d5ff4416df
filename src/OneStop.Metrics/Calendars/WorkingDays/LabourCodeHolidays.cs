using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using OneStop.Metrics.Calendars.Lunar;

namespace OneStop.Metrics.Calendars;

/// <summary>
/// The days off of a year without announcement, derived from the Labour Code 2019 (45/2019/QH14): the holidays of
/// Art. 112(1) and the compensatory days of Art. 111(3). Every status has <see cref="DaySource.Rule"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Holidays: 1/1; Tết, five days from the last day of the old lunar year to the 4th day of the new one
/// (Tết − 1 .. Tết + 3); Hùng Kings' Commemoration, 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day.</item>
/// <item>The day adjacent to 2/9, which the Prime Minister fixes each year (Art. 112(3)), is taken as 3/9 when 2/9
/// is a Thursday (bridging to the weekend) and 1/9 otherwise.</item>
/// <item>Two holidays on the same date (Hùng Kings' day can fall on 30/4 or 1/5) make one day off whose reason names
/// both; no extra day is given, as Art. 111(3) compensates only the coincidence with a weekly rest day.</item>
/// <item>Compensation (nghỉ bù): holidays separated only by weekly rest days form a block; each holiday of the block
/// that falls on a weekly rest day gives one compensatory day, taken on the consecutive working days right after the
/// block, in the order of the holidays they compensate.</item>
/// </list>
/// </remarks>
internal static class LabourCodeHolidays
{
    /// <summary>Derives the holidays and compensatory days of a year for a week with the given rest days.</summary>
    /// <param name="year">The year, <see cref="VietnameseLunarCalendar.MinYear"/>..<see cref="VietnameseLunarCalendar.MaxYear"/> (checked by the caller).</param>
    /// <param name="rest">The weekly rest days.</param>
    /// <returns>The days off by date; days not in it are plain.</returns>
    internal static FrozenDictionary<LocalDate, DayStatus> Derive(int year, WeeklyRestSet rest)
    {
        var holidays = Holidays(year);
        var result = new Dictionary<LocalDate, DayStatus>();
        foreach (var (date, holiday) in holidays)
        {
            result[date] = new DayStatus(date, false, DayOffKind.PublicHoliday, holiday.Name, DaySource.Rule);
        }

        var dates = new List<LocalDate>(holidays.Keys);
        var index = 0;
        while (index < dates.Count)
        {
            // A block: holidays separated only by weekly rest days.
            var last = index;
            while (last + 1 < dates.Count && OnlyRestDaysBetween(dates[last], dates[last + 1], rest))
            {
                last++;
            }

            var cursor = dates[last];
            for (var i = index; i <= last; i++)
            {
                if (!rest.IsRestDay(dates[i]))
                {
                    continue;
                }

                do
                {
                    cursor = cursor.PlusDays(1);
                }
                while (rest.IsRestDay(cursor) || result.ContainsKey(cursor));

                var reason = string.Concat(
                    "Nghỉ bù ", holidays[dates[i]].ShortName, " (", VietnameseDates.WeekdayAndDate(dates[i]), ")");
                result[cursor] = new DayStatus(cursor, false, DayOffKind.CompensatoryDay, reason, DaySource.Rule);
            }

            index = last + 1;
        }

        return result.ToFrozenDictionary();
    }

    /// <summary>The day adjacent to National Day (2/9) used for derived years: 3/9 when 2/9 is a Thursday, 1/9 otherwise.</summary>
    internal static LocalDate NationalDayAdjacent(int year)
    {
        var nationalDay = new LocalDate(year, 9, 2);
        return nationalDay.DayOfWeek == IsoDayOfWeek.Thursday ? nationalDay.PlusDays(1) : nationalDay.PlusDays(-1);
    }

    private static SortedDictionary<LocalDate, Holiday> Holidays(int year)
    {
        var holidays = new SortedDictionary<LocalDate, Holiday>();
        Add(holidays, new LocalDate(year, 1, 1), new Holiday("Tết Dương lịch", "Tết Dương lịch"));

        var tet = VietnameseLunarCalendar.NewYear(year);
        var tetName = string.Concat("Tết Nguyên đán ", VietnameseLunarCalendar.CanChi(year));
        Add(holidays, tet.PlusDays(-1), new Holiday(string.Concat(tetName, " (ngày cuối năm âm lịch)"), tetName));
        for (var day = 1; day <= 4; day++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{tetName} (mùng {day} tháng Giêng)");
            Add(holidays, tet.PlusDays(day - 1), new Holiday(name, tetName));
        }

        Add(holidays, VietnameseLunarCalendar.ToSolar(year, 3, 10), new Holiday("Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Giỗ Tổ Hùng Vương"));
        Add(holidays, new LocalDate(year, 4, 30), new Holiday("Ngày Chiến thắng (30/4)", "Ngày Chiến thắng"));
        Add(holidays, new LocalDate(year, 5, 1), new Holiday("Ngày Quốc tế Lao động (1/5)", "Ngày Quốc tế Lao động"));
        Add(holidays, new LocalDate(year, 9, 2), new Holiday("Quốc khánh (2/9)", "Quốc khánh"));
        var adjacent = NationalDayAdjacent(year);
        Add(
            holidays,
            adjacent,
            new Holiday(string.Concat("Quốc khánh (ngày liền kề ", VietnameseDates.DayMonth(adjacent), ")"), "Quốc khánh"));
        return holidays;
    }

    private static void Add(SortedDictionary<LocalDate, Holiday> holidays, LocalDate date, Holiday holiday)
    {
        holidays[date] = holidays.TryGetValue(date, out var existing)
            ? new Holiday(string.Concat(existing.Name, " và ", holiday.Name), string.Concat(existing.ShortName, " và ", holiday.ShortName))
            : holiday;
    }

    private static bool OnlyRestDaysBetween(LocalDate first, LocalDate second, WeeklyRestSet rest)
    {
        for (var date = first.PlusDays(1); date < second; date = date.PlusDays(1))
        {
            if (!rest.IsRestDay(date))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A holiday: its full reason and the short name used in the reason of its compensatory day.</summary>
    private sealed record Holiday(string Name, string ShortName);
}
