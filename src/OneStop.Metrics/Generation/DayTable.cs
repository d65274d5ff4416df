using System;
using System.Globalization;
using NodaTime;
using OneStop.Metrics.Calendars;

namespace OneStop.Metrics.Generation;

/// <summary>
/// The days a generator works over, precomputed once from the working-day calendar: each day's date, whether it is
/// a working day, the working days up to it, the n-th working day, and its <c>yyMMdd</c> stamp for dossier ids.
/// Day indices count from <see cref="First"/>; working-day ordinals count from 1. Immutable.
/// </summary>
internal sealed class DayTable
{
    private readonly LocalDate[] _dates;
    private readonly bool[] _working;
    private readonly int[] _workingThrough;
    private readonly int[] _workingDays;
    private readonly string[] _stamps;

    public DayTable(LocalDate first, int count, WorkingDayCalendar calendar)
    {
        First = first;
        _dates = new LocalDate[count];
        _working = new bool[count];
        _workingThrough = new int[count];
        _stamps = new string[count];
        var working = 0;
        for (var i = 0; i < count; i++)
        {
            var date = first.PlusDays(i);
            _dates[i] = date;
            _working[i] = calendar.IsWorkingDay(date);
            if (_working[i])
            {
                working++;
            }

            _workingThrough[i] = working;
            _stamps[i] = Stamp(date);
        }

        _workingDays = new int[working];
        for (var i = 0; i < count; i++)
        {
            if (_working[i])
            {
                _workingDays[_workingThrough[i] - 1] = i;
            }
        }
    }

    public LocalDate First { get; }

    public int Count => _dates.Length;

    /// <summary>The number of working days in the table.</summary>
    public int WorkingDays => _workingDays.Length;

    public LocalDate Date(int index) => _dates[index];

    public bool IsWorkingDay(int index) => _working[index];

    /// <summary>Working days in [<see cref="First"/>, day <paramref name="index"/>]: the ordinal of that day when it is a working day.</summary>
    public int WorkingThrough(int index) => _workingThrough[index];

    /// <summary>The index of the working day of the given ordinal (1 = the first working day of the table).</summary>
    public int WorkingDay(int ordinal) => _workingDays[ordinal - 1];

    /// <summary>The day's stamp <c>yyMMdd</c> (Circular 01/2018/TT-VPCP dossier codes).</summary>
    public string Stamp(int index) => _stamps[index];

    /// <summary>The index of a date in the table.</summary>
    /// <exception cref="InvalidOperationException">The date is outside the table.</exception>
    public int IndexOf(LocalDate date)
    {
        var index = Period.DaysBetween(First, date);
        return index >= 0 && index < _dates.Length
            ? index
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The date {date:uuuu-MM-dd} is outside the generator's day table ({First:uuuu-MM-dd}, {_dates.Length} days)."));
    }

    private static string Stamp(LocalDate date)
    {
        Span<char> text = stackalloc char[6];
        Two(text, 0, date.Year % 100);
        Two(text, 2, date.Month);
        Two(text, 4, date.Day);
        return new string(text);
    }

    private static void Two(Span<char> text, int at, int value)
    {
        text[at] = (char)('0' + (value / 10));
        text[at + 1] = (char)('0' + (value % 10));
    }
}
