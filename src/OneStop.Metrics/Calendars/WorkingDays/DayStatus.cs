using NodaTime;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Calendars;

/// <summary>
/// The status of one day in a <see cref="WorkingDayCalendar"/>: whether it is a working day (ngày làm việc), and if
/// not, why (ngày nghỉ lễ, nghỉ bù, nghỉ do hoán đổi ngày làm việc, ngày nghỉ hằng tuần, ngày nghỉ riêng), with a
/// Vietnamese reason and the source of that answer.
/// </summary>
/// <param name="Date">The day described.</param>
/// <param name="IsWorkingDay">
/// <see langword="true"/> for a working day: a day that is not a weekly rest day and no day off, or a weekly rest day
/// made a working day by an announcement (a swapped working Saturday, làm bù).
/// </param>
/// <param name="Kind">The kind of day off; <see langword="null"/> exactly when <paramref name="IsWorkingDay"/> is <see langword="true"/>.</param>
/// <param name="Reason">
/// The reason in Vietnamese: for a holiday e.g. <c>"Tết Nguyên đán Quý Mão"</c>; for a compensatory day e.g.
/// <c>"Nghỉ bù Tết Dương lịch (Chủ nhật 1/1/2023)"</c>; for a plain weekly rest day the name of the weekday
/// (<c>"Thứ Bảy"</c>, <c>"Chủ nhật"</c>); for a working Saturday the announcement's text, e.g.
/// <c>"Làm việc bù cho thứ Hai 29/4/2024"</c>; for a plain working day <c>"Ngày làm việc"</c>. Announced reasons are
/// the text of the announcement (shipped data file or user data) unchanged.
/// </param>
/// <param name="Source">
/// Where the answer comes from: <see cref="DaySource.Rule"/> for plain working days, plain weekly rest days and the
/// holidays of years without announcement; <see cref="DaySource.Announced"/> for days of the shipped schedules;
/// <see cref="DaySource.User"/> for days of announcements added by the user.
/// </param>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record DayStatus(LocalDate Date, bool IsWorkingDay, DayOffKind? Kind, string Reason, DaySource Source)
{
    /// <summary>The reason of a plain working day: <c>"Ngày làm việc"</c>.</summary>
    public const string PlainWorkingDayReason = "Ngày làm việc";

    /// <summary>
    /// Gets a value indicating whether the day is a plain one: a working day or a weekly rest day
    /// (<see cref="DayOffKind.WeeklyRest"/>) that only the weekly rest days decide, with no holiday, announcement or
    /// swap concerning it. <see cref="WorkingDayCalendar.DaysOff(int)"/> lists every day of a year that is not plain.
    /// </summary>
    public bool IsPlain =>
        Kind == DayOffKind.WeeklyRest || (IsWorkingDay && Kind is null && Source == DaySource.Rule);
}
