using System;
using OneStop.Metrics.Calendars.Lunar;

namespace OneStop.Metrics.Tests.Calendars.Lunar;

/// <summary>
/// A literal, day-by-day transcription of Hồ Ngọc Đức's convertSolar2Lunar / convertLunar2Solar (with his
/// getLunarMonth11 and getLeapMonthOffset), used as an oracle for the precomputed tables. Only the astronomical
/// primitives (NewMoonDay, SunLongitudeSector) and the JDN formulas are shared with the library.
/// </summary>
internal static class HoNgocDucReference
{
    internal static (int Day, int Month, int Year, bool IsLeap) Solar2Lunar(int dd, int mm, int yy, int timeZone)
    {
        int dayNumber = JulianDayNumber.FromDate(yy, mm, dd);
        int k = (int)Math.Floor((dayNumber - 2415021.076998695) / 29.530588853);
        int monthStart = Astronomy.NewMoonDay(k + 1, timeZone);
        if (monthStart > dayNumber)
        {
            monthStart = Astronomy.NewMoonDay(k, timeZone);
        }

        int a11 = GetLunarMonth11(yy, timeZone);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = yy;
            a11 = GetLunarMonth11(yy - 1, timeZone);
        }
        else
        {
            lunarYear = yy + 1;
            b11 = GetLunarMonth11(yy + 1, timeZone);
        }

        int lunarDay = dayNumber - monthStart + 1;
        int diff = (int)Math.Floor((monthStart - a11) / 29.0);
        bool lunarLeap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            int leapMonthDiff = GetLeapMonthOffset(a11, timeZone);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff)
                {
                    lunarLeap = true;
                }
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }

        return (lunarDay, lunarMonth, lunarYear, lunarLeap);
    }

    /// <summary>Returns the JDN, or 0 when the leap month asked for does not exist (the original returns [0, 0, 0]).</summary>
    internal static int Lunar2Solar(int lunarDay, int lunarMonth, int lunarYear, bool lunarLeap, int timeZone)
    {
        int a11;
        int b11;
        if (lunarMonth < 11)
        {
            a11 = GetLunarMonth11(lunarYear - 1, timeZone);
            b11 = GetLunarMonth11(lunarYear, timeZone);
        }
        else
        {
            a11 = GetLunarMonth11(lunarYear, timeZone);
            b11 = GetLunarMonth11(lunarYear + 1, timeZone);
        }

        int k = (int)Math.Floor(0.5 + ((a11 - 2415021.076998695) / 29.530588853));
        int off = lunarMonth - 11;
        if (off < 0)
        {
            off += 12;
        }

        if (b11 - a11 > 365)
        {
            int leapOff = GetLeapMonthOffset(a11, timeZone);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunarLeap && lunarMonth != leapMonth)
            {
                return 0;
            }
            else if (lunarLeap || off >= leapOff)
            {
                off += 1;
            }
        }

        int monthStart = Astronomy.NewMoonDay(k + off, timeZone);
        return monthStart + lunarDay - 1;
    }

    private static int GetLunarMonth11(int yy, int timeZone)
    {
        int off = JulianDayNumber.FromDate(yy, 12, 31) - 2415021;
        int k = (int)Math.Floor(off / 29.530588853);
        int nm = Astronomy.NewMoonDay(k, timeZone);
        int sunLong = Astronomy.SunLongitudeSector(nm, timeZone);
        if (sunLong >= 9)
        {
            nm = Astronomy.NewMoonDay(k - 1, timeZone);
        }

        return nm;
    }

    private static int GetLeapMonthOffset(int a11, int timeZone)
    {
        int k = (int)Math.Floor(((a11 - 2415021.076998695) / 29.530588853) + 0.5);
        int i = 1;
        int arc = Astronomy.SunLongitudeSector(Astronomy.NewMoonDay(k + i, timeZone), timeZone);
        int last;
        do
        {
            last = arc;
            i++;
            arc = Astronomy.SunLongitudeSector(Astronomy.NewMoonDay(k + i, timeZone), timeZone);
        }
        while (arc != last && i < 14);

        return i - 1;
    }
}
