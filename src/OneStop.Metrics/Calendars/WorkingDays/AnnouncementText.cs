using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace OneStop.Metrics.Calendars;

/// <summary>
/// Reads and writes announced schedules (lịch nghỉ lễ, tết công bố) in the human-readable text format of the shipped
/// data file <c>Calendars/WorkingDays/Data/vietnam-announced-days.txt</c>, so that a new year or a province's own day
/// off can be added as data, without recompiling.
/// </summary>
/// <remarks>
/// <para>One announcement per line, four fields separated by spaces or tabs:</para>
/// <code>
/// # year  kind  dates                   reason
/// 2023    off   2022-12-31..2023-01-01  Tết Dương lịch 2023
/// 2023    comp  2023-01-02              Nghỉ bù Tết Dương lịch (Chủ nhật 1/1/2023)
/// 2024    swap  2024-04-29              Nghỉ do hoán đổi ngày làm việc (làm bù thứ Bảy 4/5/2024)
/// 2024    work  2024-05-04              Làm việc bù cho thứ Hai 29/4/2024
/// </code>
/// <list type="bullet">
/// <item><b>year</b>: the announcement year (<see cref="Announcement.Year"/>), the year whose schedule the run
/// belongs to, e.g. 2023 for the 2023 New Year break that starts on 31/12/2022.</item>
/// <item><b>kind</b>: <c>off</c> (<see cref="AnnouncementKind.DayOff"/>), <c>comp</c>
/// (<see cref="AnnouncementKind.CompensatoryDayOff"/>), <c>swap</c> (<see cref="AnnouncementKind.SwappedDayOff"/>),
/// <c>work</c> (<see cref="AnnouncementKind.WorkingDay"/>) or <c>local</c> (<see cref="AnnouncementKind.LocalDayOff"/>);
/// letter case is ignored.</item>
/// <item><b>dates</b>: one ISO date (<c>yyyy-MM-dd</c>) or an inclusive run <c>start..end</c> without spaces.</item>
/// <item><b>reason</b>: the rest of the line, trimmed, not empty; reported unchanged as <see cref="DayStatus.Reason"/>.</item>
/// </list>
/// <para>
/// Blank lines and lines whose first non-blank character is <c>#</c> are comments. The text is read as given (UTF-8
/// when it comes from a file or stream the caller opened); no culture setting is involved.
/// </para>
/// </remarks>
public static class AnnouncementText
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Parses announcements from text in the format described on <see cref="AnnouncementText"/>.</summary>
    /// <param name="text">The text; may be empty or hold only comments.</param>
    /// <returns>The announcements in the order of their lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// A line is malformed or describes an invalid announcement; the message names the line number (1-based), the
    /// problem and the line's text.
    /// </exception>
    public static IReadOnlyList<Announcement> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader);
    }

    /// <summary>Parses announcements line by line from a reader, in the format described on <see cref="AnnouncementText"/>.</summary>
    /// <param name="reader">The reader, read to its end and not disposed.</param>
    /// <returns>The announcements in the order of their lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// A line is malformed or describes an invalid announcement; the message names the line number (1-based), the
    /// problem and the line's text.
    /// </exception>
    public static IReadOnlyList<Announcement> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = ImmutableArray.CreateBuilder<Announcement>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber = checked(lineNumber + 1);
            var content = line.Trim();
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }

            result.Add(ParseLine(content, lineNumber, line));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Formats one announcement as a line of the text format, which <see cref="Parse(string)"/> reads back to an
    /// equal announcement when the announcement is valid. Never throws for a non-null announcement: an undefined
    /// kind is written as its number, so that invalid announcements can be shown in error messages.
    /// </summary>
    /// <param name="announcement">The announcement.</param>
    /// <returns>For example <c>"2023 off 2022-12-31..2023-01-01 Tết Dương lịch 2023"</c>; a single day is written without <c>..</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="announcement"/> is <see langword="null"/>.</exception>
    public static string Format(Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var dates = announcement.Start == announcement.End
            ? DatePattern.Format(announcement.Start)
            : string.Concat(DatePattern.Format(announcement.Start), "..", DatePattern.Format(announcement.End));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{announcement.Year} {KeywordOrNumber(announcement.Kind)} {dates} {announcement.Reason}");
    }

    /// <summary>Returns the keyword of a kind in the text format: <c>off</c>, <c>comp</c>, <c>swap</c>, <c>work</c> or <c>local</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The keyword.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string Keyword(AnnouncementKind kind) => kind switch
    {
        AnnouncementKind.DayOff => "off",
        AnnouncementKind.CompensatoryDayOff => "comp",
        AnnouncementKind.SwappedDayOff => "swap",
        AnnouncementKind.WorkingDay => "work",
        AnnouncementKind.LocalDayOff => "local",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined announcement kind."),
    };

    private static string KeywordOrNumber(AnnouncementKind kind) =>
        kind is >= AnnouncementKind.DayOff and <= AnnouncementKind.LocalDayOff
            ? Keyword(kind)
            : ((int)kind).ToString(CultureInfo.InvariantCulture);

    private static Announcement ParseLine(string content, int lineNumber, string line)
    {
        var fields = content.Split([' ', '\t'], 4, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length < 4)
        {
            throw Error(lineNumber, line, "expected four fields: year, kind (off, comp, swap, work, local), date or start..end, reason");
        }

        if (fields[0].Length is < 1 or > 4
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1)
        {
            throw Error(lineNumber, line, string.Concat("the year '", fields[0], "' is not a year such as 2027"));
        }

        var kind = ParseKind(fields[1]) ?? throw Error(
            lineNumber, line, string.Concat("unknown kind '", fields[1], "' (expected off, comp, swap, work or local)"));

        var separator = fields[2].IndexOf("..", StringComparison.Ordinal);
        var startText = separator < 0 ? fields[2] : fields[2][..separator];
        var endText = separator < 0 ? fields[2] : fields[2][(separator + 2)..];
        var start = ParseDate(startText, lineNumber, line);
        var end = ParseDate(endText, lineNumber, line);

        var announcement = new Announcement(year, start, end, kind, fields[3]);
        if (announcement.Problem() is { } problem)
        {
            throw Error(lineNumber, line, problem);
        }

        return announcement;
    }

    private static AnnouncementKind? ParseKind(string keyword)
    {
        foreach (var kind in (ReadOnlySpan<AnnouncementKind>)
            [AnnouncementKind.DayOff, AnnouncementKind.CompensatoryDayOff, AnnouncementKind.SwappedDayOff, AnnouncementKind.WorkingDay, AnnouncementKind.LocalDayOff])
        {
            if (string.Equals(keyword, Keyword(kind), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    private static LocalDate ParseDate(string text, int lineNumber, string line)
    {
        var result = DatePattern.Parse(text);
        return result.Success
            ? result.Value
            : throw Error(lineNumber, line, string.Concat("the date '", text, "' is not an ISO date yyyy-MM-dd"));
    }

    private static FormatException Error(int lineNumber, string line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}: {problem}: \"{line.Trim()}\"."));
}
