using Xunit;

namespace OneStop.Metrics.Tests.Calendars.Lunar;

/// <summary>The check values of shared/reference/calendar.md (UTC+7), written once for every lunar test class.</summary>
public static class LunarCheckValues
{
    /// <summary>Tết (1/1 lunar) as a solar year, month and day.</summary>
    public static TheoryData<int, int, int> Tet => new()
    {
        { 1968, 1, 29 },
        { 1985, 1, 21 },
        { 2007, 2, 17 },
        { 2020, 1, 25 },
        { 2021, 2, 12 },
        { 2022, 2, 1 },
        { 2023, 1, 22 },
        { 2024, 2, 10 },
        { 2025, 1, 29 },
        { 2026, 2, 17 },
        { 2030, 2, 2 },
    };
}
