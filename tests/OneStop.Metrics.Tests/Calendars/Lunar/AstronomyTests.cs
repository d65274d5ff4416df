using System;
using OneStop.Metrics.Calendars.Lunar;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.Lunar;

public sealed class AstronomyTests
{
    private const double Minute = 1.0 / (24 * 60);

    [Theory]
    [InlineData(2020, 5, 22, 17, 39)] // the near-midnight case: 00:39 on 23/5 at UTC+7
    [InlineData(2007, 2, 17, 16, 14)] // 23:14 at UTC+7, 00:14 on 18/2 at UTC+8
    [InlineData(2030, 2, 2, 16, 7)] // 23:07 at UTC+7, 00:07 on 3/2 at UTC+8
    [InlineData(2000, 1, 6, 18, 14)]
    public void NewMoon_is_within_a_few_minutes_of_the_published_instant(int year, int month, int day, int hour, int minute)
    {
        double expected = JulianDayNumber.FromDate(year, month, day) - 0.5 + ((hour + (minute / 60.0)) / 24);
        int k = Astronomy.NearestLunation(JulianDayNumber.FromDate(year, month, day));

        double actual = Astronomy.NewMoon(k);

        Assert.InRange(actual, expected - (5 * Minute), expected + (5 * Minute));
    }

    [Fact]
    public void NewMoonDay_moves_across_midnight_with_the_time_zone()
    {
        int k = Astronomy.NearestLunation(JulianDayNumber.FromDate(2007, 2, 17));

        Assert.Equal(JulianDayNumber.FromDate(2007, 2, 17), Astronomy.NewMoonDay(k, 7));
        Assert.Equal(JulianDayNumber.FromDate(2007, 2, 18), Astronomy.NewMoonDay(k, 8));
    }

    [Fact]
    public void Sun_enters_the_winter_solstice_sector_on_the_published_day()
    {
        // Winter solstice 2020-12-21 10:02 UTC = 17:02 at UTC+7: at midnight starting 21/12 the Sun is below 270°,
        // at midnight starting 22/12 above.
        Assert.Equal(8, Astronomy.SunLongitudeSector(JulianDayNumber.FromDate(2020, 12, 21), 7));
        Assert.Equal(9, Astronomy.SunLongitudeSector(JulianDayNumber.FromDate(2020, 12, 22), 7));
    }

    [Fact]
    public void SunLongitude_is_normalised_to_0_to_2_pi()
    {
        for (int day = JulianDayNumber.FromDate(1899, 1, 1); day <= JulianDayNumber.FromDate(2101, 12, 31); day += 7)
        {
            double longitude = Astronomy.SunLongitude(day);
            Assert.InRange(longitude, 0, 2 * Math.PI);
            Assert.InRange(Astronomy.SunLongitudeSector(day, 7), 0, 11);
        }
    }
}
