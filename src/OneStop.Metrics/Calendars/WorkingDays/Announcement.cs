using System;
using System.Globalization;
using NodaTime;

namespace OneStop.Metrics.Calendars;

/// <summary>
/// One line of an announced yearly schedule (lịch nghỉ lễ, tết công bố hằng năm): a run of consecutive days from
/// <see cref="Start"/> to <see cref="End"/> (inclusive) that are days off (ngày nghỉ lễ, nghỉ bù, nghỉ do hoán đổi,
/// ngày nghỉ riêng của địa phương) or working days (a swapped working Saturday, làm việc bù).
/// </summary>
/// <param name="Year">
/// The announcement year: the year whose schedule the run belongs to, which is the year whose rule-derived holidays
/// the announcement replaces (see <see cref="WorkingDayCalendar"/>). It is the year of the announcing decision, not
/// necessarily the year of every date: the 2023 New Year break runs from Saturday 31/12/2022 to Monday 2/1/2023 and
/// all of it belongs to 2023. <see cref="Start"/> must be in <paramref name="Year"/> or the year before, and
/// <see cref="End"/> in <paramref name="Year"/> or the year after.
/// </param>
/// <param name="Start">The first day of the run.</param>
/// <param name="End">The last day of the run (inclusive); on or after <paramref name="Start"/>, at most 366 days later.</param>
/// <param name="Kind">What the announcement says about the days of the run.</param>
/// <param name="Reason">
/// The reason in Vietnamese, reported unchanged by <see cref="DayStatus.Reason"/> for each day of the run; not empty,
/// on one line, without leading or trailing white space.
/// </param>
public sealed record Announcement(int Year, LocalDate Start, LocalDate End, AnnouncementKind Kind, string Reason)
{
    /// <summary>The greatest number of days between <see cref="Start"/> and <see cref="End"/>: 366.</summary>
    public const int MaxRunDays = 366;

    /// <summary>Gets the number of days of the run, <see cref="Start"/> and <see cref="End"/> included; 1 or more for a valid announcement.</summary>
    public int Days => checked(Period.DaysBetween(Start, End) + 1);

    /// <summary>Returns the announcement as one line of the text format of <see cref="AnnouncementText"/>.</summary>
    /// <returns>For example <c>"2024 work 2024-05-04 Làm việc bù cho thứ Hai 29/4/2024"</c>.</returns>
    public override string ToString() => AnnouncementText.Format(this);

    /// <summary>
    /// Returns why the announcement is invalid, or <see langword="null"/> when it is valid: <see cref="Kind"/> is
    /// defined, <see cref="Reason"/> is one non-empty trimmed line, <see cref="Start"/> is not after <see cref="End"/>,
    /// the run is at most <see cref="MaxRunDays"/> days long and the dates fit <see cref="Year"/>.
    /// </summary>
    internal string? Problem()
    {
        if (Kind is < AnnouncementKind.DayOff or > AnnouncementKind.LocalDayOff)
        {
            return string.Create(CultureInfo.InvariantCulture, $"unknown kind {(int)Kind}");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            return "the reason is empty";
        }

        if (Reason.Trim().Length != Reason.Length || Reason.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return "the reason must be one line without leading or trailing white space";
        }

        if (End < Start)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the run ends ({End:yyyy-MM-dd}) before it starts ({Start:yyyy-MM-dd})");
        }

        if (Period.DaysBetween(Start, End) >= MaxRunDays)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the run is longer than {MaxRunDays} days");
        }

        if (Start.Year < Year - 1 || End.Year > Year + 1)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"the run {Start:yyyy-MM-dd}..{End:yyyy-MM-dd} does not fit the announcement year {Year} (it must start in {Year - 1} or {Year} and end in {Year} or {Year + 1})");
        }

        return null;
    }
}
