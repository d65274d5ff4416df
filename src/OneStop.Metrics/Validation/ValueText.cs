using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace OneStop.Metrics.Validation;

/// <summary>How values appear in failure messages and in <see cref="IntakeFailure.Value"/>: culture-invariant, stable.</summary>
internal static class ValueText
{
    /// <summary>The first plausible date of a dossier or period: 2000-01-01.</summary>
    internal static readonly LocalDate FirstPlausible = new(2000, 1, 1);

    /// <summary>The last plausible date of a dossier or period: 2100-12-31.</summary>
    internal static readonly LocalDate LastPlausible = new(2100, 12, 31);

    /// <summary>The plausible range as messages print it.</summary>
    internal const string PlausibleRange = "2000-01-01..2100-12-31";

    private static readonly LocalDateTimePattern Minutes =
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    private static readonly LocalDateTimePattern Seconds =
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFF");

    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>A string in single quotes, made printable (<see cref="PrintableText.Of"/>), or <c>null</c>.</summary>
    internal static string Quoted(string? value) => value is null ? "null" : "'" + PrintableText.Of(value) + "'";

    /// <summary>
    /// A date and time as <c>yyyy-MM-ddTHH:mm</c>, with <c>:ss</c> and a fraction only when not zero, followed by
    /// the calendar's id in parentheses when it is not the ISO calendar: <c>2023-02-16T09:00 (Julian)</c>.
    /// </summary>
    internal static string Of(LocalDateTime value)
    {
        var pattern = value.Second == 0 && value.NanosecondOfSecond == 0 ? Minutes : Seconds;
        var text = pattern.Format(value);
        return value.Calendar == CalendarSystem.Iso ? text : text + " (" + value.Calendar.Id + ")";
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>, followed by the calendar's id when it is not ISO.</summary>
    internal static string Of(LocalDate value)
    {
        var text = Date.Format(value);
        return value.Calendar == CalendarSystem.Iso ? text : text + " (" + value.Calendar.Id + ")";
    }

    /// <summary>An optional date and time, or <see langword="null"/>.</summary>
    internal static string? Of(LocalDateTime? value) => value is { } v ? Of(v) : null;

    /// <summary>An optional date, or <see langword="null"/>.</summary>
    internal static string? Of(LocalDate? value) => value is { } v ? Of(v) : null;

    /// <summary>An integer, invariant.</summary>
    internal static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum value by name when defined, otherwise by number: <c>Online</c>, <c>9</c>.</summary>
    internal static string Of<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value.ToString() : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>The defined names of an enum, comma-separated: <c>InPerson, Online, Postal</c>.</summary>
    internal static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    /// <summary>Whether a string is present and holds a control character.</summary>
    internal static bool HasControlCharacter(string? value) => value is not null && PrintableText.HasControlCharacter(value);

    /// <summary>A value as a message shows it (see <see cref="PrintableText.Of"/>).</summary>
    internal static string Printable(string value) => PrintableText.Of(value);

    /// <summary>Whether a string is missing: <see langword="null"/>, empty or white space.</summary>
    internal static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    /// <summary>Whether a date and time is in the ISO calendar.</summary>
    internal static bool IsIso(LocalDateTime value) => value.Calendar == CalendarSystem.Iso;

    /// <summary>Whether an optional date and time is present and in the ISO calendar.</summary>
    internal static bool IsIso(LocalDateTime? value) => value is { } v && IsIso(v);

    /// <summary>Whether an ISO date and time is outside 2000-01-01..2100-12-31.</summary>
    internal static bool IsImplausible(LocalDateTime value) => value.Date < FirstPlausible || value.Date > LastPlausible;

    /// <summary>Whether an ISO date is outside 2000-01-01..2100-12-31.</summary>
    internal static bool IsImplausible(LocalDate value) => value < FirstPlausible || value > LastPlausible;
}
