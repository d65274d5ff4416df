using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace OneStop.Metrics.Calendars;

/// <summary>The weekly rest days (ngày nghỉ hằng tuần) of a calendar as an immutable set of weekdays.</summary>
internal sealed class WeeklyRestSet
{
    private readonly int _mask;

    private WeeklyRestSet(int mask, ImmutableArray<IsoDayOfWeek> days)
    {
        _mask = mask;
        Days = days;
    }

    /// <summary>Gets the rest days, distinct, Monday first.</summary>
    internal ImmutableArray<IsoDayOfWeek> Days { get; }

    /// <summary>
    /// Creates the set from weekdays in any order, duplicates allowed, none allowed (a seven-day working week); all
    /// seven is refused because such a week has no working day to count.
    /// </summary>
    internal static WeeklyRestSet Create(IEnumerable<IsoDayOfWeek> days, string paramName)
    {
        ArgumentNullException.ThrowIfNull(days, paramName);
        var mask = 0;
        foreach (var day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(
                    paramName,
                    day,
                    string.Create(CultureInfo.InvariantCulture, $"A weekly rest day must be Monday (1) to Sunday (7); was {(int)day}."));
            }

            mask |= 1 << (int)day;
        }

        var builder = ImmutableArray.CreateBuilder<IsoDayOfWeek>();
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            if ((mask & (1 << (int)day)) != 0)
            {
                builder.Add(day);
            }
        }

        if (builder.Count == 7)
        {
            throw new ArgumentException("At least one day of the week must be a working day; all seven were given as weekly rest days.", paramName);
        }

        return new WeeklyRestSet(mask, builder.ToImmutable());
    }

    /// <summary>Returns whether the date falls on a weekly rest day.</summary>
    internal bool IsRestDay(LocalDate date) => (_mask & (1 << (int)date.DayOfWeek)) != 0;
}
