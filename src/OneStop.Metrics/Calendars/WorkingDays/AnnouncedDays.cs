using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace OneStop.Metrics.Calendars;

/// <summary>
/// The days named by a calendar's announcements, indexed by date: nationwide days (every kind but
/// <see cref="AnnouncementKind.LocalDayOff"/>), local days off, and the announced years.
/// </summary>
/// <remarks>
/// When several announcements name the same date, the last one wins: shipped announcements come first, then the
/// user's in the order they were added, so a user announcement overrides a shipped one day by day.
/// </remarks>
internal sealed class AnnouncedDays
{
    internal AnnouncedDays(IEnumerable<SourcedAnnouncement> announcements)
    {
        var national = new Dictionary<LocalDate, DayStatus>();
        var local = new Dictionary<LocalDate, DayStatus>();
        var years = new SortedSet<int>();
        foreach (var (announcement, source) in announcements)
        {
            var target = announcement.Kind == AnnouncementKind.LocalDayOff ? local : national;
            if (announcement.Kind != AnnouncementKind.LocalDayOff)
            {
                years.Add(announcement.Year);
            }

            for (var date = announcement.Start; date <= announcement.End; date = date.PlusDays(1))
            {
                target[date] = Status(date, announcement, source);
            }
        }

        National = national.ToFrozenDictionary();
        Local = local.ToFrozenDictionary();
        Years = [.. years];
        YearSet = years.ToFrozenSet();
    }

    /// <summary>Gets the nationwide announced days by date.</summary>
    internal FrozenDictionary<LocalDate, DayStatus> National { get; }

    /// <summary>Gets the local days off by date.</summary>
    internal FrozenDictionary<LocalDate, DayStatus> Local { get; }

    /// <summary>Gets the announced years, ascending.</summary>
    internal ImmutableArray<int> Years { get; }

    /// <summary>Gets the announced years as a set.</summary>
    internal FrozenSet<int> YearSet { get; }

    private static DayStatus Status(LocalDate date, Announcement announcement, DaySource source) => announcement.Kind switch
    {
        AnnouncementKind.WorkingDay => new DayStatus(date, true, null, announcement.Reason, source),
        AnnouncementKind.CompensatoryDayOff => new DayStatus(date, false, DayOffKind.CompensatoryDay, announcement.Reason, source),
        AnnouncementKind.SwappedDayOff => new DayStatus(date, false, DayOffKind.SwappedDayOff, announcement.Reason, source),
        AnnouncementKind.LocalDayOff => new DayStatus(date, false, DayOffKind.LocalDayOff, announcement.Reason, source),
        _ => new DayStatus(date, false, DayOffKind.PublicHoliday, announcement.Reason, source),
    };
}
