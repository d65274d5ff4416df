using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Calendars.Lunar;

namespace OneStop.Metrics.Calendars;

/// <summary>
/// The Vietnamese working-day calendar (lịch ngày làm việc): which days are working days (ngày làm việc) and which
/// are days off — weekly rest days, public holidays (ngày nghỉ lễ, tết), compensatory days (nghỉ bù), days off and
/// working Saturdays from swaps (hoán đổi ngày làm việc) and local days off — and counting of working days for
/// deadlines (Civil Code 2015 Art. 147(2): the first day is not counted).
/// </summary>
/// <remarks>
/// <para>
/// <b>Announced and derived years.</b> A year is <i>announced</i> (<see cref="IsAnnounced(int)"/>) when at least one
/// announcement other than <see cref="AnnouncementKind.LocalDayOff"/>, shipped or added by the user, has that
/// <see cref="Announcement.Year"/>. The days off of an announced year come only from its announcements, plus the
/// weekly rest days, minus the announced working days: the announcements replace all rule-derived holidays of that
/// year, so an announced year must be announced completely. A year without announcement is <i>derived</i> from the
/// Labour Code 2019: the holidays of Art. 112(1) — 1/1; Tết, five days from the last day of the old lunar year to the
/// 4th day of the new year (Tết − 1 .. Tết + 3, from <see cref="VietnameseLunarCalendar"/>); Hùng Kings'
/// Commemoration, 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day — and the compensatory days of Art. 111(3). Derived
/// days carry <see cref="DaySource.Rule"/>; swaps are never derived.
/// </para>
/// <para>
/// <b>Derivation choices.</b> The Prime Minister fixes the day adjacent to 2/9 every year (Art. 112(3)); a derived
/// year takes 3/9 when 2/9 is a Thursday and 1/9 otherwise. Holidays separated only by weekly rest days form a block;
/// each holiday of a block that falls on a weekly rest day gives one compensatory day, on the consecutive working
/// days right after the block. Two holidays on one date (Hùng Kings' day on 30/4 or 1/5) make one day off and no
/// extra day. Derived years are limited to the lunar calendar's range, <see cref="MinDerivedYear"/>..
/// <see cref="MaxDerivedYear"/> (1900..2100); an announced year outside it is answered from its announcements.
/// </para>
/// <para>
/// <b>Announcement years across 31/12.</b> An announcement's year is the year of its schedule, not of each date: the
/// 2023 New Year break includes Saturday 31/12/2022. Such a day is announced for 2023, and answered from that
/// announcement although the year 2022 itself stays derived; <see cref="DaysOff(int)"/> lists days by calendar year,
/// so 31/12/2022 is in <c>DaysOff(2022)</c>.
/// </para>
/// <para>
/// <b>Precedence on one date.</b> An announced day (any year) overrides a rule-derived day; when announcements name
/// the same date the last one wins (the shipped ones first, then the user's in the order added, so a user
/// announcement corrects a shipped one day by day). A local day off (<see cref="AnnouncementKind.LocalDayOff"/>)
/// adds to any year without making it announced; it applies to a day that would otherwise be a working day (also an
/// announced working Saturday) or a plain weekly rest day, while a holiday, compensatory or swapped day off keeps its
/// national reason.
/// </para>
/// <para>
/// <b>Shipped data.</b> <see cref="Vietnam"/> includes the announced schedules for civil servants (cán bộ, công
/// chức, viên chức) 2023–2026, embedded in the assembly (<c>Calendars/WorkingDays/Data/vietnam-announced-days.txt</c>)
/// and read from its manifest, never from the file system. Later years or corrections are added as data with
/// <see cref="WithAnnouncements(string)"/> in the same text format (see <see cref="AnnouncementText"/>).
/// </para>
/// <para>
/// Instances are immutable and thread-safe. The status of each year is computed on first use and cached; counting
/// and adding working days costs a lookup per year crossed.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    /// <summary>The greatest number of working days <see cref="AddWorkingDays"/> adds or subtracts: 100 000.</summary>
    public const int MaxWorkingDaysToAdd = 100_000;

    private readonly WeeklyRestSet _rest;
    private readonly ImmutableArray<SourcedAnnouncement> _announcements;
    private readonly AnnouncedDays _days;
    private readonly ConcurrentDictionary<int, YearTable> _years = new();

    private WorkingDayCalendar(WeeklyRestSet rest, ImmutableArray<SourcedAnnouncement> announcements, bool includesShipped)
    {
        _rest = rest;
        _announcements = announcements;
        _days = new AnnouncedDays(announcements);
        IncludesShippedAnnouncements = includesShipped;
        WeeklyRestDays = rest.Days;
        AnnouncedYears = _days.Years;
        Announcements = [.. announcements.Select(a => a.Announcement)];
    }

    /// <summary>
    /// Gets the first year whose holidays can be derived from the rules: 1900 (within the range of
    /// <see cref="VietnameseLunarCalendar"/>, which supplies Tết and Hùng Kings' day).
    /// </summary>
    public static int MinDerivedYear { get; } = Math.Max(1900, VietnameseLunarCalendar.MinYear);

    /// <summary>
    /// Gets the last year whose holidays can be derived from the rules: 2100 (within the range of
    /// <see cref="VietnameseLunarCalendar"/>).
    /// </summary>
    public static int MaxDerivedYear { get; } = Math.Min(2100, VietnameseLunarCalendar.MaxYear);

    /// <summary>
    /// Gets the calendar of Vietnamese civil servants: Saturday and Sunday are weekly rest days, years 2023–2026 come
    /// from the shipped announced schedules, other years 1900–2100 are derived from the Labour Code 2019.
    /// </summary>
    public static WorkingDayCalendar Vietnam { get; } = Create([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);

    /// <summary>Gets the weekly rest days (ngày nghỉ hằng tuần), distinct, Monday first; empty for a seven-day working week.</summary>
    public IReadOnlyCollection<IsoDayOfWeek> WeeklyRestDays { get; }

    /// <summary>
    /// Gets the announced years, ascending: every <see cref="Announcement.Year"/> of an announcement (shipped or user)
    /// other than <see cref="AnnouncementKind.LocalDayOff"/>. <see cref="Vietnam"/> has 2023, 2024, 2025 and 2026.
    /// </summary>
    public IReadOnlyList<int> AnnouncedYears { get; }

    /// <summary>Gets every announcement of the calendar: the shipped ones in file order, then the user's in the order added.</summary>
    public IReadOnlyList<Announcement> Announcements { get; }

    /// <summary>Gets a value indicating whether the calendar includes the shipped announced schedules.</summary>
    public bool IncludesShippedAnnouncements { get; }

    /// <summary>Creates a calendar with the given weekly rest days, e.g. only Sunday for a six-day week.</summary>
    /// <param name="weeklyRestDays">
    /// The weekly rest days in any order; duplicates are ignored; none means a seven-day working week; at most six
    /// distinct days.
    /// </param>
    /// <param name="includeShippedAnnouncements">
    /// Whether to include the shipped schedules 2023–2026 (which are those of civil servants, Monday to Friday);
    /// <see langword="false"/> gives rule-derived years only, to which announcements can be added.
    /// </param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weeklyRestDays"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is not Monday..Sunday (e.g. <see cref="IsoDayOfWeek.None"/>).</exception>
    /// <exception cref="ArgumentException">All seven days are rest days.</exception>
    public static WorkingDayCalendar Create(IEnumerable<IsoDayOfWeek> weeklyRestDays, bool includeShippedAnnouncements = true)
    {
        var rest = WeeklyRestSet.Create(weeklyRestDays, nameof(weeklyRestDays));
        var announcements = includeShippedAnnouncements
            ? [.. ShippedAnnouncements.All.Select(a => new SourcedAnnouncement(a, DaySource.Announced))]
            : ImmutableArray<SourcedAnnouncement>.Empty;
        return new WorkingDayCalendar(rest, announcements, includeShippedAnnouncements);
    }

    /// <summary>
    /// Returns a calendar with announcements added from text in the format of the shipped data file (see
    /// <see cref="AnnouncementText"/>), e.g. the schedule of a year announced after the release or a province's own
    /// day off. Their days carry <see cref="DaySource.User"/>.
    /// </summary>
    /// <param name="text">The announcements, one per line; comment lines start with <c>#</c>.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is invalid; the message names its number and text.</exception>
    public WorkingDayCalendar WithAnnouncements(string text) => WithAnnouncements(AnnouncementText.Parse(text));

    /// <summary>Returns a calendar with announcements added from a reader, as <see cref="WithAnnouncements(string)"/>.</summary>
    /// <param name="reader">The reader of the announcements, read to its end and not disposed.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is invalid; the message names its number and text.</exception>
    public WorkingDayCalendar WithAnnouncements(TextReader reader) => WithAnnouncements(AnnouncementText.Parse(reader));

    /// <summary>
    /// Returns a calendar with announcements added (after the existing ones, so they win on a shared date). Their
    /// days carry <see cref="DaySource.User"/>; every announcement but <see cref="AnnouncementKind.LocalDayOff"/> makes
    /// its year announced, replacing the rule-derived holidays of that year.
    /// </summary>
    /// <param name="announcements">The announcements; may be empty.</param>
    /// <returns>A new calendar, or this one when there is nothing to add; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="announcements"/> is or contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// An announcement is invalid: undefined kind, empty or multi-line reason, end before start, a run longer than
    /// <see cref="Announcement.MaxRunDays"/> days, or dates that do not fit its year.
    /// </exception>
    public WorkingDayCalendar WithAnnouncements(IEnumerable<Announcement> announcements)
    {
        ArgumentNullException.ThrowIfNull(announcements);
        var added = ImmutableArray.CreateBuilder<SourcedAnnouncement>();
        foreach (var announcement in announcements)
        {
            if (announcement is null)
            {
                throw new ArgumentNullException(nameof(announcements), "An announcement is null.");
            }

            if (announcement.Problem() is { } problem)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Announcement {added.Count + 1} is invalid: {problem}: \"{announcement}\"."),
                    nameof(announcements));
            }

            added.Add(new SourcedAnnouncement(announcement, DaySource.User));
        }

        return added.Count == 0
            ? this
            : new WorkingDayCalendar(_rest, _announcements.AddRange(added), IncludesShippedAnnouncements);
    }

    /// <summary>Returns whether a date is a working day (ngày làm việc).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day, including an announced working Saturday; <see langword="false"/> for any day off.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The date's year is neither announced nor within <see cref="MinDerivedYear"/>..<see cref="MaxDerivedYear"/>.
    /// </exception>
    public bool IsWorkingDay(LocalDate date) => Describe(date).IsWorkingDay;

    /// <summary>Describes a date: working day or not, the kind of day off, the Vietnamese reason and its source.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status of the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The date's year is neither announced nor within <see cref="MinDerivedYear"/>..<see cref="MaxDerivedYear"/>.
    /// </exception>
    public DayStatus Describe(LocalDate date) => Table(date.Year, nameof(date)).Status(date);

    /// <summary>Returns the first working day strictly after a date; the same as <c>AddWorkingDays(date, 1)</c>.</summary>
    /// <param name="date">The date, working day or not.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year reached is neither announced nor derivable.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>Returns the last working day strictly before a date; the same as <c>AddWorkingDays(date, -1)</c>.</summary>
    /// <param name="date">The date, working day or not.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year reached is neither announced nor derivable.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>
    /// Counts the working days in (<paramref name="start"/>, <paramref name="end"/>]: <paramref name="start"/>
    /// excluded, <paramref name="end"/> included (Civil Code 2015 Art. 147(2)). When <paramref name="end"/> is before
    /// <paramref name="start"/> the result is the mirror, minus the working days in (<paramref name="end"/>,
    /// <paramref name="start"/>].
    /// </summary>
    /// <param name="start">The day after which counting starts (e.g. the intake day).</param>
    /// <param name="end">The last day counted.</param>
    /// <returns>
    /// The count; 0 when the dates are equal; <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for n ≥ 0.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A year between the dates is neither announced nor derivable.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end) =>
        end < start ? checked(-Count(end, start, nameof(end), nameof(start))) : Count(start, end, nameof(start), nameof(end));

    /// <summary>
    /// Returns the date reached by counting <paramref name="days"/> working days after <paramref name="date"/>, the
    /// date itself not counted (Civil Code 2015 Art. 147(2)): the <paramref name="days"/>-th working day strictly after
    /// it. A negative count goes back: the |<paramref name="days"/>|-th working day strictly before it.
    /// </summary>
    /// <param name="date">The starting date (e.g. the intake day), working day or not.</param>
    /// <param name="days">
    /// The number of working days, −<see cref="MaxWorkingDaysToAdd"/>..<see cref="MaxWorkingDaysToAdd"/>; 0 returns
    /// <paramref name="date"/> unchanged (even a day off).
    /// </param>
    /// <returns>A working day, or <paramref name="date"/> when <paramref name="days"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// |<paramref name="days"/>| exceeds <see cref="MaxWorkingDaysToAdd"/>, or a year reached is neither announced
    /// nor within <see cref="MinDerivedYear"/>..<see cref="MaxDerivedYear"/>.
    /// </exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        if (days is > MaxWorkingDaysToAdd or < -MaxWorkingDaysToAdd)
        {
            throw new ArgumentOutOfRangeException(
                nameof(days),
                days,
                string.Create(CultureInfo.InvariantCulture, $"The number of working days must be between {-MaxWorkingDaysToAdd} and {MaxWorkingDaysToAdd}; was {days}."));
        }

        if (days == 0)
        {
            return date;
        }

        var table = Table(date.Year, nameof(date));
        if (days > 0)
        {
            // The ordinal, counted from 1/1 of table.Year, of the working day to reach.
            var target = checked(table.WorkingDaysThrough(date) + days);
            while (target > table.WorkingDays)
            {
                target = checked(target - table.WorkingDays);
                table = Table(checked(table.Year + 1), nameof(date));
            }

            return table.NthWorkingDay(target);
        }

        var before = table.WorkingDaysThrough(date) - (table.Status(date).IsWorkingDay ? 1 : 0);
        var ordinal = checked(before + days + 1);
        while (ordinal < 1)
        {
            table = Table(checked(table.Year - 1), nameof(date));
            ordinal = checked(ordinal + table.WorkingDays);
        }

        return table.NthWorkingDay(ordinal);
    }

    /// <summary>
    /// Lists the days of a calendar year (1/1..31/12) that are not plain (<see cref="DayStatus.IsPlain"/>): every day
    /// off except plain weekly rest days — holidays (also when they fall on a weekend), compensatory, swapped and
    /// local days off, and the weekend days an announcement puts in a break — plus every announced working day,
    /// chiefly the working Saturdays of swaps; each with its reason and source, ordered by date.
    /// </summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The days, ordered by date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is neither announced nor within <see cref="MinDerivedYear"/>..<see cref="MaxDerivedYear"/>.
    /// </exception>
    public IReadOnlyList<DayStatus> DaysOff(int year) => Table(year, nameof(year)).Special;

    /// <summary>
    /// Returns whether a year's schedule comes from announcements (shipped or user, other than local days off) rather
    /// than from the rules.
    /// </summary>
    /// <param name="year">The announcement year.</param>
    /// <returns><see langword="true"/> for an announced year.</returns>
    public bool IsAnnounced(int year) => _days.YearSet.Contains(year);

    private int Count(LocalDate from, LocalDate to, string fromName, string toName)
    {
        var first = Table(from.Year, fromName);
        if (from.Year == to.Year)
        {
            return first.WorkingDaysThrough(to) - first.WorkingDaysThrough(from);
        }

        var total = first.WorkingDays - first.WorkingDaysThrough(from);
        for (var year = from.Year + 1; year < to.Year; year++)
        {
            total = checked(total + Table(year, toName).WorkingDays);
        }

        return checked(total + Table(to.Year, toName).WorkingDaysThrough(to));
    }

    private YearTable Table(int year, string paramName) =>
        _years.TryGetValue(year, out var table) ? table : _years.GetOrAdd(year, BuildTable(year, paramName));

    private YearTable BuildTable(int year, string paramName)
    {
        FrozenDictionary<LocalDate, DayStatus>? derived = null;
        if (!IsAnnounced(year))
        {
            if (year < MinDerivedYear || year > MaxDerivedYear)
            {
                throw new ArgumentOutOfRangeException(
                    paramName,
                    year,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Holidays are derived only for years {MinDerivedYear}..{MaxDerivedYear} (the supported range of the lunar calendar), and year {year} has no announcement; add its schedule with WithAnnouncements."));
            }

            derived = LabourCodeHolidays.Derive(year, _rest);
        }

        return new YearTable(year, date => Compute(date, derived));
    }

    private DayStatus Compute(LocalDate date, FrozenDictionary<LocalDate, DayStatus>? derived)
    {
        var national = _days.National.TryGetValue(date, out var announced) ? announced
            : derived is not null && derived.TryGetValue(date, out var rule) ? rule
            : Plain(date);
        return (national.IsWorkingDay || national.Kind == DayOffKind.WeeklyRest) && _days.Local.TryGetValue(date, out var local)
            ? local
            : national;
    }

    private DayStatus Plain(LocalDate date) => _rest.IsRestDay(date)
        ? new DayStatus(date, false, DayOffKind.WeeklyRest, VietnameseDates.CapitalizedWeekday(date.DayOfWeek), DaySource.Rule)
        : new DayStatus(date, true, null, DayStatus.PlainWorkingDayReason, DaySource.Rule);
}
