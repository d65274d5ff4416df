using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Calendars;

namespace OneStop.Metrics.Cli.Output;

/// <summary>Words shared by the calendar commands.</summary>
internal static class CalendarText
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>An ISO date.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>An ISO local date and time to the minute.</summary>
    public static string Iso(LocalDateTime time) => Minutes.Format(time);

    /// <summary>Where a day's status comes from, in Vietnamese.</summary>
    public static string Source(DaySource source) => source switch
    {
        DaySource.Announced => "công bố",
        DaySource.User => "người dùng",
        _ => "quy tắc",
    };

    /// <summary>A day off or working weekend day as a line: date, status, reason and source.</summary>
    public static string Line(DayStatus status) =>
        $"{Iso(status.Date)}  {(status.IsWorkingDay ? "làm việc" : "nghỉ    ")}  {status.Reason} [{Source(status.Source)}]";
}
