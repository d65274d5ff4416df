using System;
using System.Globalization;
using NodaTime;

namespace OneStop.Metrics.Deadlines;

/// <summary>
/// The working hours of a working day (giờ làm việc): a morning and an afternoon session. Used for limits in
/// working hours and for the "outside working hours" intake rule. Immutable.
/// </summary>
public sealed record WorkingHours
{
    /// <summary>Creates working hours.</summary>
    /// <param name="morningStart">Start of the morning session.</param>
    /// <param name="morningEnd">End of the morning session.</param>
    /// <param name="afternoonStart">Start of the afternoon session.</param>
    /// <param name="afternoonEnd">End of the afternoon session.</param>
    /// <exception cref="ArgumentException">The times are not strictly increasing; the message lists them.</exception>
    public WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd)
    {
        if (!(morningStart < morningEnd && morningEnd <= afternoonStart && afternoonStart < afternoonEnd))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Working hours must increase: morning {morningStart:HH:mm}–{morningEnd:HH:mm}, afternoon {afternoonStart:HH:mm}–{afternoonEnd:HH:mm}."));
        }

        MorningStart = morningStart;
        MorningEnd = morningEnd;
        AfternoonStart = afternoonStart;
        AfternoonEnd = afternoonEnd;
    }

    /// <summary>07:30–11:30 and 13:00–17:00, the usual hours of one-stop departments (8 hours a day).</summary>
    public static WorkingHours Default { get; } = new(new LocalTime(7, 30), new LocalTime(11, 30), new LocalTime(13, 0), new LocalTime(17, 0));

    /// <summary>Start of the morning session.</summary>
    public LocalTime MorningStart { get; }

    /// <summary>End of the morning session.</summary>
    public LocalTime MorningEnd { get; }

    /// <summary>Start of the afternoon session.</summary>
    public LocalTime AfternoonStart { get; }

    /// <summary>End of the afternoon session: the end of the working day.</summary>
    public LocalTime AfternoonEnd { get; }

    /// <summary>Whether a time of day falls inside a session (start inclusive, end exclusive).</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>Whether it is within working hours.</returns>
    public bool Contains(LocalTime time) =>
        (time >= MorningStart && time < MorningEnd) || (time >= AfternoonStart && time < AfternoonEnd);

    /// <summary>Working minutes from the start of the day up to <paramref name="time"/>, 0 to <see cref="MinutesPerDay"/>.</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>The minutes.</returns>
    public int MinutesBefore(LocalTime time) => Overlap(MorningStart, MorningEnd, time) + Overlap(AfternoonStart, AfternoonEnd, time);

    /// <summary>The working minutes of a whole working day.</summary>
    public int MinutesPerDay => MinutesBefore(AfternoonEnd);

    /// <summary>The time of day at which <paramref name="minutes"/> working minutes of the day have passed (1 to <see cref="MinutesPerDay"/>).</summary>
    /// <param name="minutes">The working minutes.</param>
    /// <returns>The time of day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is out of range.</exception>
    public LocalTime TimeAfter(int minutes)
    {
        if (minutes < 0 || minutes > MinutesPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes,
                string.Create(CultureInfo.InvariantCulture, $"Minutes must be between 0 and {MinutesPerDay}; was {minutes}."));
        }

        var morning = Minutes(MorningStart, MorningEnd);
        return minutes <= morning ? MorningStart.PlusMinutes(minutes) : AfternoonStart.PlusMinutes(minutes - morning);
    }

    private static int Overlap(LocalTime start, LocalTime end, LocalTime until) =>
        until <= start ? 0 : Minutes(start, until < end ? until : end);

    private static int Minutes(LocalTime from, LocalTime to) => (int)Period.Between(from, to, PeriodUnits.Minutes).Minutes;
}
