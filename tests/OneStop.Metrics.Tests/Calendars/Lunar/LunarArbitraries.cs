using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OneStop.Metrics.Calendars.Lunar;

namespace OneStop.Metrics.Tests.Calendars.Lunar;

/// <summary>FsCheck generators for the lunar calendar tests: solar dates and lunar dates of the supported range.</summary>
public static class LunarArbitraries
{
    private static readonly LocalDate First = VietnameseLunarCalendar.MinSolarDate;

    private static readonly int[] LeapYears = Enumerable
        .Range(VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear - VietnameseLunarCalendar.MinYear + 1)
        .Where(year => VietnameseLunarCalendar.LeapMonth(year) is not null)
        .ToArray();

    private static readonly int DayCount =
        Period.DaysBetween(VietnameseLunarCalendar.MinSolarDate, VietnameseLunarCalendar.MaxSolarDate);

    /// <summary>ISO dates from MinSolarDate to MaxSolarDate, both ends included.</summary>
    public static Arbitrary<LocalDate> SolarDates() => Arb.From(SolarDate);

    /// <summary>Lunar dates of the supported range, leap months included at their natural frequency plus a boost.</summary>
    public static Arbitrary<LunarDate> LunarDates()
    {
        Gen<LunarDate> anyDay = SolarDate.Select(LunarDate.FromSolar);
        Gen<LunarDate> leapDay =
            from year in Gen.Elements(LeapYears)
            let month = VietnameseLunarCalendar.LeapMonth(year)!.Value
            from day in Gen.Choose(1, VietnameseLunarCalendar.DaysInMonth(year, month, isLeapMonth: true))
            select LunarDate.Create(year, month, day, isLeapMonth: true);
        return Arb.From(Gen.Frequency((3, anyDay), (1, leapDay)));
    }

    private static Gen<LocalDate> SolarDate => Gen.Choose(0, DayCount).Select(offset => First.PlusDays(offset));
}
