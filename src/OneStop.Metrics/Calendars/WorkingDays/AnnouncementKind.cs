namespace OneStop.Metrics.Calendars;

/// <summary>
/// What an <see cref="Announcement"/> says about its days. The keyword of each kind in the text format of
/// <see cref="AnnouncementText"/> is given in brackets.
/// </summary>
public enum AnnouncementKind
{
    /// <summary>
    /// [<c>off</c>] Days of a holiday break (ngày nghỉ lễ, tết), including any weekend days the announcement puts in
    /// the break; reported as <see cref="DayOffKind.PublicHoliday"/>.
    /// </summary>
    DayOff = 1,

    /// <summary>
    /// [<c>comp</c>] Compensatory days off (nghỉ bù) for a holiday that falls on a weekly rest day; reported as
    /// <see cref="DayOffKind.CompensatoryDay"/>.
    /// </summary>
    CompensatoryDayOff = 2,

    /// <summary>
    /// [<c>swap</c>] Working days made days off by a swap (nghỉ do hoán đổi ngày làm việc); reported as
    /// <see cref="DayOffKind.SwappedDayOff"/>.
    /// </summary>
    SwappedDayOff = 3,

    /// <summary>
    /// [<c>work</c>] Days that are working days (ngày làm việc) although they would otherwise be days off, typically
    /// the Saturday on which a swapped day is made up (làm bù).
    /// </summary>
    WorkingDay = 4,

    /// <summary>
    /// [<c>local</c>] A day off of one province or of the user only (e.g. the anniversary of a province's liberation);
    /// reported as <see cref="DayOffKind.LocalDayOff"/>. Unlike the other kinds it adds to the year's schedule and
    /// does not make the year announced (<see cref="WorkingDayCalendar.IsAnnounced(int)"/>).
    /// </summary>
    LocalDayOff = 5,
}
