using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace OneStop.Metrics.Calendars.Lunar;

/// <summary>
/// The lunar months of lunar years <see cref="MinYear"/>..<see cref="MaxYear"/> computed once for one time zone:
/// the JDN on which each month starts, its name, and per year the index of its first month and its leap month.
/// </summary>
/// <remarks>
/// Tables are built on first use, once per time zone (thread-safe: a <see cref="Lazy{T}"/> per time zone in a
/// <see cref="ConcurrentDictionary{TKey, TValue}"/>), and are immutable afterwards; a lookup is a binary search over
/// about 2,500 month starts. The months of each span from one month 11 (the month of the winter solstice) to the
/// next are named exactly as Hồ Ngọc Đức's convertSolar2Lunar names them.
/// </remarks>
internal sealed class LunarCalendarTable
{
    /// <summary>The first lunar year of the tables.</summary>
    internal const int MinYear = 1899;

    /// <summary>The last lunar year of the tables.</summary>
    internal const int MaxYear = 2100;

    /// <summary>The time zone of the Vietnamese calendar: UTC+7.</summary>
    internal const int VietnamTimeZoneHours = 7;

    /// <summary>The smallest time zone offset accepted, in hours.</summary>
    internal const int MinTimeZoneHours = -12;

    /// <summary>The largest time zone offset accepted, in hours.</summary>
    internal const int MaxTimeZoneHours = 14;

    private static readonly ConcurrentDictionary<int, Lazy<LunarCalendarTable>> Tables = new();

    // JDN of day 1 of every month from month 1 of MinYear, in order; the last element is day 1 of month 1 of
    // MaxYear + 1, the end of the table.
    private readonly int[] _monthStarts;

    // The name of each month; one element fewer than _monthStarts.
    private readonly LunarMonthLabel[] _labels;

    // Index in _monthStarts of month 1 of each year MinYear..MaxYear + 1.
    private readonly int[] _yearStarts;

    // The leap month of each year MinYear..MaxYear, 0 for none.
    private readonly int[] _leapMonths;

    private LunarCalendarTable(int timeZoneHours, int[] monthStarts, LunarMonthLabel[] labels)
    {
        TimeZoneHours = timeZoneHours;
        _monthStarts = monthStarts;
        _labels = labels;
        _yearStarts = new int[MaxYear - MinYear + 2];
        _leapMonths = new int[MaxYear - MinYear + 1];
        int year = MinYear - 1;
        for (int i = 0; i < labels.Length; i++)
        {
            LunarMonthLabel label = labels[i];
            if (label.Year != year)
            {
                year = label.Year;
                _yearStarts[year - MinYear] = i;
            }

            if (label.IsLeap)
            {
                _leapMonths[year - MinYear] = label.Month;
            }
        }

        _yearStarts[^1] = labels.Length;
        FirstDate = JulianDayNumber.ToDate(FirstDay);
        LastDate = JulianDayNumber.ToDate(LastDay);
    }

    /// <summary>Gets the table of the Vietnamese calendar (UTC+7).</summary>
    internal static LunarCalendarTable Vietnam => ForTimeZone(VietnamTimeZoneHours);

    /// <summary>Gets the time zone of the table, hours east of UTC.</summary>
    internal int TimeZoneHours { get; }

    /// <summary>Gets the JDN of the first day of the table, Tết of <see cref="MinYear"/>.</summary>
    internal int FirstDay => _monthStarts[0];

    /// <summary>Gets the JDN of the last day of the table, the eve of Tết of <see cref="MaxYear"/> + 1.</summary>
    internal int LastDay => _monthStarts[^1] - 1;

    /// <summary>Gets the ISO date of <see cref="FirstDay"/>.</summary>
    internal LocalDate FirstDate { get; }

    /// <summary>Gets the ISO date of <see cref="LastDay"/>.</summary>
    internal LocalDate LastDate { get; }

    /// <summary>Returns the table of the calendar computed at UTC+<paramref name="timeZoneHours"/>, building it on first use.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeZoneHours"/> is outside −12..14.</exception>
    internal static LunarCalendarTable ForTimeZone(int timeZoneHours)
    {
        if (timeZoneHours is < MinTimeZoneHours or > MaxTimeZoneHours)
        {
            throw new ArgumentOutOfRangeException(
                nameof(timeZoneHours),
                timeZoneHours,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Time zone offset must be between {MinTimeZoneHours} and {MaxTimeZoneHours} hours; was {timeZoneHours}."));
        }

        return Tables.GetOrAdd(
            timeZoneHours,
            static hours => new Lazy<LunarCalendarTable>(() => Build(hours))).Value;
    }

    /// <summary>Returns the number of months of a lunar year in range: 12, or 13 with a leap month.</summary>
    internal int MonthsInYear(int year) => _yearStarts[year - MinYear + 1] - _yearStarts[year - MinYear];

    /// <summary>Returns the leap month of a lunar year in range, 0 when the year has none.</summary>
    internal int LeapMonth(int year) => _leapMonths[year - MinYear];

    /// <summary>Returns the JDN of Tết (1/1) of a lunar year in range.</summary>
    internal int NewYearDay(int year) => _monthStarts[_yearStarts[year - MinYear]];

    /// <summary>Returns the JDN of day 1 of an existing month of a lunar year in range.</summary>
    internal int MonthStart(int year, int month, bool isLeapMonth) => _monthStarts[MonthIndex(year, month, isLeapMonth)];

    /// <summary>Returns the length, 29 or 30 days, of an existing month of a lunar year in range.</summary>
    internal int MonthLength(int year, int month, bool isLeapMonth)
    {
        int index = MonthIndex(year, month, isLeapMonth);
        return _monthStarts[index + 1] - _monthStarts[index];
    }

    /// <summary>Returns the lunar date of a JDN from <see cref="FirstDay"/> to <see cref="LastDay"/>.</summary>
    internal LunarDate Find(int dayNumber)
    {
        int index = Array.BinarySearch(_monthStarts, dayNumber);
        if (index < 0)
        {
            index = ~index - 1;
        }

        LunarMonthLabel label = _labels[index];
        return LunarDate.FromValidParts(label.Year, label.Month, dayNumber - _monthStarts[index] + 1, label.IsLeap);
    }

    private static LunarCalendarTable Build(int timeZoneHours)
    {
        var starts = new List<int>((MaxYear - MinYear + 1) * 13);
        var labels = new List<LunarMonthLabel>(starts.Capacity);
        int month11 = LunarYearRules.Month11Start(MinYear - 1, timeZoneHours);

        // Span s runs from month 11 of Gregorian year s - 1 (a11) to month 11 of year s (b11), excluded.
        for (int span = MinYear; ; span++)
        {
            int nextMonth11 = LunarYearRules.Month11Start(span, timeZoneHours);
            int k = Astronomy.NearestLunation(month11);
            if (Astronomy.NewMoonDay(k, timeZoneHours) != month11)
            {
                throw new InvalidOperationException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Lunar tables: lunation {k} does not start month 11 of {span - 1} on JDN {month11} at UTC{timeZoneHours:+0;-0}."));
            }

            int leapOffset = nextMonth11 - month11 > 365
                ? LunarYearRules.LeapMonthOffset(month11, timeZoneHours)
                : int.MaxValue;
            for (int offset = 0; ; offset++)
            {
                int start = Astronomy.NewMoonDay(k + offset, timeZoneHours);
                if (start >= nextMonth11)
                {
                    break;
                }

                LunarMonthLabel label = Label(span, offset, leapOffset);
                if (label.Year > MaxYear)
                {
                    starts.Add(start); // Tết of MaxYear + 1 ends the table.
                    return new LunarCalendarTable(timeZoneHours, starts.ToArray(), labels.ToArray());
                }

                if (label.Year >= MinYear)
                {
                    starts.Add(start);
                    labels.Add(label);
                }
            }

            month11 = nextMonth11;
        }
    }

    // The month `offset` months after month 11 of span `span` (convertSolar2Lunar's diff), named as the original
    // code names it: months 11 and 12 (and a leap 11 or 12) in the first four months of a span belong to the
    // previous lunar year.
    private static LunarMonthLabel Label(int span, int offset, int leapOffset)
    {
        int month = offset + 11;
        bool isLeap = false;
        if (offset >= leapOffset)
        {
            month = offset + 10;
            isLeap = offset == leapOffset;
        }

        if (month > 12)
        {
            month -= 12;
        }

        int year = month >= 11 && offset < 4 ? span - 1 : span;
        return new LunarMonthLabel(year, month, isLeap);
    }

    private int MonthIndex(int year, int month, bool isLeapMonth)
    {
        int leapMonth = LeapMonth(year);
        int position = month - 1;
        if (leapMonth != 0 && (month > leapMonth || (month == leapMonth && isLeapMonth)))
        {
            position++;
        }

        return _yearStarts[year - MinYear] + position;
    }
}
