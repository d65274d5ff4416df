using System;

namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>
/// The astronomical part of Hồ Ngọc Đức's lunar calendar algorithm ("Âm lịch Việt Nam"), after Jean Meeus,
/// <i>Astronomical Algorithms</i>: instants of new moon (sóc), the Sun's apparent longitude, and the integer
/// quantities the calendar needs from them (the local day of a new moon, the 30° sector of the Sun's longitude,
/// lunation numbers).
/// </summary>
/// <remarks>
/// <para>
/// Why <see cref="double"/>: this is the only class of the library that uses floating point, because its
/// quantities are astronomical angles and instants (Julian days with a fraction of a day) evaluated from Meeus'
/// trigonometric series. They are never a published rate or count. Everything leaves this class as an integer
/// (a Julian day number, a sector 0..11, a lunation index), so floating-point rounding can move a result only when
/// an event falls within a fraction of a second of a local midnight or a sector boundary, far below the accuracy
/// of the series themselves (about a minute); the check values of the calendar pin the results down.
/// </para>
/// <para>
/// The formulas, constants and their order of evaluation are transcribed from Hồ Ngọc Đức's published code, so
/// that results match his tables (Vietnam: UTC+7) day for day.
/// </para>
/// </remarks>
internal static class Astronomy
{
    /// <summary>The mean length of a synodic month in days, as used by the algorithm's lunation estimates.</summary>
    private const double SynodicMonth = 29.530588853;

    /// <summary>The Julian day of the new moon taken as lunation 0 by the algorithm's lunation estimates (January 1900).</summary>
    private const double LunationZero = 2415021.076998695;

    /// <summary>The integer Julian day used as the origin of <see cref="LunationBefore"/> (getLunarMonth11).</summary>
    private const int LunationZeroDay = 2415021;

    private const double DegreesToRadians = Math.PI / 180;

    /// <summary>
    /// Returns the instant of new moon number <paramref name="k"/> (k = 0 is the new moon of 1900-01-01,
    /// T = k / 1236.85 Julian centuries) as a Julian day in Universal Time, with the ΔT correction of the original
    /// code (NewMoon(k)).
    /// </summary>
    internal static double NewMoon(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        const double dr = DegreesToRadians;

        // Mean new moon.
        double jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr);

        // Sun's mean anomaly, Moon's mean anomaly, Moon's argument of latitude, in degrees.
        double m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        double mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        double f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);

        double c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));

        // ΔT (Terrestrial minus Universal Time), in days.
        double deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>
    /// Returns the Sun's apparent ecliptic longitude at the Julian day <paramref name="julianDay"/> (with fraction,
    /// Universal Time), in radians normalised to [0, 2π) (SunLongitude(jdn)).
    /// </summary>
    internal static double SunLongitude(double julianDay)
    {
        // Julian centuries from 2000-01-01 12:00 UT.
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        const double dr = DegreesToRadians;
        double m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2); // mean anomaly, degrees
        double l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2); // mean longitude, degrees
        double dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        double l = (l0 + dl) * dr; // true longitude, radians
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }

    /// <summary>
    /// Returns the Julian day number of the local day, at UTC+<paramref name="timeZoneHours"/>, on which new moon
    /// number <paramref name="k"/> falls (getNewMoonDay(k, timeZone)): floor(NewMoon(k) + 0.5 + timeZone / 24).
    /// </summary>
    internal static int NewMoonDay(int k, int timeZoneHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (timeZoneHours / 24.0));

    /// <summary>
    /// Returns the 30° sector, 0..11, of the Sun's longitude at local midnight starting the day
    /// <paramref name="dayNumber"/> at UTC+<paramref name="timeZoneHours"/> (getSunLongitude(dayNumber, timeZone)).
    /// Sector 9 starts at 270°, the winter solstice (Đông chí); a change of sector is a major solar term (trung khí).
    /// </summary>
    internal static int SunLongitudeSector(int dayNumber, int timeZoneHours) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - (timeZoneHours / 24.0)) / Math.PI * 6);

    /// <summary>
    /// Returns the estimate used by getLunarMonth11 of the lunation in progress on <paramref name="dayNumber"/>:
    /// floor((dayNumber − 2415021) / 29.530588853).
    /// </summary>
    internal static int LunationBefore(int dayNumber) =>
        (int)Math.Floor((dayNumber - LunationZeroDay) / SynodicMonth);

    /// <summary>
    /// Returns the lunation whose new moon is nearest to <paramref name="dayNumber"/>, as estimated by
    /// getLeapMonthOffset and convertLunar2Solar: floor((dayNumber − 2415021.076998695) / 29.530588853 + 0.5).
    /// </summary>
    internal static int NearestLunation(int dayNumber) =>
        (int)Math.Floor(((dayNumber - LunationZero) / SynodicMonth) + 0.5);
}
