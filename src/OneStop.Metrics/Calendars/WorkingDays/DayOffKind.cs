namespace OneStop.Metrics.Calendars;

/// <summary>
/// Why a day is not a working day (ngày làm việc), as reported by <see cref="DayStatus.Kind"/>. A working day has no
/// kind (<see langword="null"/>).
/// </summary>
public enum DayOffKind
{
    /// <summary>
    /// A plain weekly rest day (ngày nghỉ hằng tuần, Labour Code 2019 Art. 111): one of
    /// <see cref="WorkingDayCalendar.WeeklyRestDays"/> (Saturday and Sunday for civil servants) that no holiday,
    /// announcement or swap concerns.
    /// </summary>
    WeeklyRest = 1,

    /// <summary>
    /// A public holiday (ngày nghỉ lễ, tết, Labour Code 2019 Art. 112): 1/1, the five Tết days, 30/4, 1/5, 2/9 and its
    /// adjacent day, Hùng Kings' Commemoration (10/3 lunar). Every day of an announced holiday break
    /// (<see cref="AnnouncementKind.DayOff"/>) also has this kind, including the weekend days inside the break.
    /// </summary>
    PublicHoliday = 2,

    /// <summary>
    /// A compensatory day off (nghỉ bù, Labour Code 2019 Art. 111(3)): given on the next working day when a holiday
    /// coincides with a weekly rest day.
    /// </summary>
    CompensatoryDay = 3,

    /// <summary>
    /// A working day turned into a day off by a swap (nghỉ do hoán đổi ngày làm việc); the work is made up on an
    /// announced working Saturday (<see cref="AnnouncementKind.WorkingDay"/>).
    /// </summary>
    SwappedDayOff = 4,

    /// <summary>
    /// A day off of one province or of the user only (ngày nghỉ riêng của địa phương), from an announcement of kind
    /// <see cref="AnnouncementKind.LocalDayOff"/>; never derived from the rules.
    /// </summary>
    LocalDayOff = 5,
}
