using System;
using System.Collections.Immutable;
using NodaTime;

namespace OneStop.Metrics.Calendars;

/// <summary>
/// The status of every day of one calendar year (1/1..31/12) with running counts of working days, so that counting
/// and adding working days costs a lookup per year instead of a walk per day. Immutable once built.
/// </summary>
internal sealed class YearTable
{
    private readonly ImmutableArray<DayStatus> _days;

    // _prefix[i]: working days from 1/1 to day i (0-based day of year) inclusive.
    private readonly int[] _prefix;

    // _working[k]: 0-based day of year of the (k+1)-th working day.
    private readonly int[] _working;

    internal YearTable(int year, Func<LocalDate, DayStatus> describe)
    {
        Year = year;
        var first = new LocalDate(year, 1, 1);
        var length = CalendarSystem.Iso.GetDaysInYear(year);
        var days = ImmutableArray.CreateBuilder<DayStatus>(length);
        var special = ImmutableArray.CreateBuilder<DayStatus>();
        _prefix = new int[length];
        var working = new int[length];
        var count = 0;
        for (var i = 0; i < length; i++)
        {
            var status = describe(first.PlusDays(i));
            days.Add(status);
            if (status.IsWorkingDay)
            {
                working[count] = i;
                count++;
            }

            if (!status.IsPlain)
            {
                special.Add(status);
            }

            _prefix[i] = count;
        }

        _days = days.MoveToImmutable();
        _working = working.AsSpan(0, count).ToArray();
        Special = special.ToImmutable();
    }

    /// <summary>Gets the year.</summary>
    internal int Year { get; }

    /// <summary>Gets the number of working days of the year.</summary>
    internal int WorkingDays => _working.Length;

    /// <summary>Gets the days of the year that are not plain (see <see cref="DayStatus.IsPlain"/>), by date.</summary>
    internal ImmutableArray<DayStatus> Special { get; }

    /// <summary>Returns the status of a date of this year.</summary>
    internal DayStatus Status(LocalDate date) => _days[date.DayOfYear - 1];

    /// <summary>Returns the number of working days from 1/1 to <paramref name="date"/> inclusive.</summary>
    internal int WorkingDaysThrough(LocalDate date) => _prefix[date.DayOfYear - 1];

    /// <summary>Returns the <paramref name="ordinal"/>-th working day of the year, 1 ≤ ordinal ≤ <see cref="WorkingDays"/>.</summary>
    internal LocalDate NthWorkingDay(int ordinal) => new LocalDate(Year, 1, 1).PlusDays(_working[ordinal - 1]);
}
