using NodaTime;
using OneStop.Metrics.Calendars.Lunar;
using Xunit;

namespace OneStop.Metrics.Tests.Calendars.Lunar;

public sealed class JulianDayNumberTests
{
    [Theory]
    [InlineData(2000, 1, 1, 2451545)]
    [InlineData(1900, 1, 1, 2415021)]
    [InlineData(1582, 10, 15, JulianDayNumber.FirstGregorianDay)]
    public void Known_day_numbers(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, JulianDayNumber.FromDate(new LocalDate(year, month, day)));
        Assert.Equal(new LocalDate(year, month, day), JulianDayNumber.ToDate(expected));
    }

    [Fact]
    public void Julian_day_numbers_agree_with_NodaTime_day_arithmetic()
    {
        var first = new LocalDate(1899, 1, 1);
        int firstNumber = JulianDayNumber.FromDate(first);
        for (LocalDate date = first; date.Year <= 2101; date = date.PlusDays(1))
        {
            int number = JulianDayNumber.FromDate(date);
            Assert.Equal(Period.DaysBetween(first, date), number - firstNumber);
            Assert.Equal(date, JulianDayNumber.ToDate(number));
        }
    }
}
