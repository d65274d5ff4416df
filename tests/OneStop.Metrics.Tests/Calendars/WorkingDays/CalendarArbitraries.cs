using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OneStop.Metrics.Calendars;

namespace OneStop.Metrics.Tests.Calendars.WorkingDays;

/// <summary>A number of working days to add, 1..400.</summary>
public sealed record WorkingDayCount(int Value);

/// <summary>One of the calendars the properties vary over, with a name for failure reports.</summary>
public sealed record CalendarCase(string Name, WorkingDayCalendar Calendar)
{
    public override string ToString() => Name;
}

/// <summary>FsCheck generators for the working-day calendar properties: dates 2022–2031, counts, calendars.</summary>
public static class CalendarArbitraries
{
    private static readonly LocalDate First = new(2022, 1, 1);
    private static readonly int DayCount = Period.DaysBetween(First, new LocalDate(2031, 12, 31));

    private static readonly CalendarCase[] Cases =
    [
        new("Vietnam", WorkingDayCalendar.Vietnam),
        new("Vietnam + province day off + 2027", WorkingDayCalendar.Vietnam.WithAnnouncements("""
            2025 local 2025-10-14 Ngày nghỉ riêng của tỉnh
            2027 off 2027-01-01 Tết Dương lịch 2027
            2027 off 2027-02-05..2027-02-11 Tết Nguyên đán Đinh Mùi
            2027 work 2027-02-20 Làm việc bù
            """)),
        new("Rules only", WorkingDayCalendar.Create([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], includeShippedAnnouncements: false)),
        new("Six-day week", WorkingDayCalendar.Create([IsoDayOfWeek.Sunday])),
        new("Seven-day week", WorkingDayCalendar.Create([])),
    ];

    /// <summary>Dates from 1/1/2022 to 31/12/2031, with extra weight on the holiday seasons around Tết, 30/4 and 2/9.</summary>
    public static Arbitrary<LocalDate> Dates()
    {
        var anywhere = Gen.Choose(0, DayCount).Select(offset => First.PlusDays(offset));
        var holidaySeason =
            from year in Gen.Choose(2022, 2031)
            from anchor in Gen.Elements(new LocalDate(year, 1, 15), new LocalDate(year, 4, 20), new LocalDate(year, 8, 25), new LocalDate(year, 12, 25))
            from offset in Gen.Choose(0, 40)
            select anchor.PlusDays(offset);
        return Arb.From(Gen.Frequency((3, anywhere), (2, holidaySeason)));
    }

    /// <summary>Working-day counts 1..400, mostly small.</summary>
    public static Arbitrary<WorkingDayCount> Counts() =>
        Arb.From(Gen.Frequency((4, Gen.Choose(1, 30)), (1, Gen.Choose(1, 400))).Select(n => new WorkingDayCount(n)));

    /// <summary>One of the calendars.</summary>
    public static Arbitrary<CalendarCase> Calendars() => Arb.From(Gen.Elements(Cases));
}
