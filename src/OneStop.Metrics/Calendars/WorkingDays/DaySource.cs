namespace OneStop.Metrics.Calendars;

/// <summary>Where the status of a day comes from, as reported by <see cref="DayStatus.Source"/>.</summary>
public enum DaySource
{
    /// <summary>
    /// Derived from the rules: the weekly rest days, and for a year without announcement the Labour Code 2019
    /// holidays (Art. 112) and compensatory days (nghỉ bù, Art. 111(3)). A plain working day or plain weekly rest day
    /// always has this source, also in an announced year.
    /// </summary>
    Rule = 1,

    /// <summary>
    /// From an announced yearly schedule (lịch nghỉ lễ, tết đã công bố) shipped with the library in its embedded data
    /// file.
    /// </summary>
    Announced = 2,

    /// <summary>
    /// From an announcement added by the user through <see cref="WorkingDayCalendar.WithAnnouncements(string)"/> or
    /// one of its overloads (e.g. a province's own day off or the schedule of a year announced after the release).
    /// </summary>
    User = 3,
}
