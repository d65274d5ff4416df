namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>The name of one lunar month in the tables: its lunar year, its number 1..12 and whether it is the leap month.</summary>
/// <param name="Year">The lunar year, the Gregorian year in which its Tết falls.</param>
/// <param name="Month">The month number, 1..12.</param>
/// <param name="IsLeap">Whether the month is the leap month (tháng nhuận) repeating <paramref name="Month"/>.</param>
internal readonly record struct LunarMonthLabel(int Year, int Month, bool IsLeap);
