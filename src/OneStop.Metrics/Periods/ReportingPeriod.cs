using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using OneStop.Metrics.Parsing;

namespace OneStop.Metrics.Periods;

/// <summary>
/// The period a report covers (kỳ báo cáo): an inclusive range of ISO calendar dates from <see cref="Start"/> to
/// <see cref="End"/>, both days included.
/// </summary>
/// <remarks>
/// <para>
/// Besides calendar months, quarters, half-years and years, Vietnamese reports often use a data cut-off day
/// (ngày chốt số liệu): a "month" from the 21st of the previous month to the 20th, a "quarter" from 21/12 to 20/3.
/// <see cref="CutOffMonth"/> and <see cref="CutOffQuarter"/> build those; <see cref="Custom"/> builds any other
/// range.
/// </para>
/// <para>
/// The text form is <c>2023-01-01..2023-08-31</c> (<see cref="ToString"/>, <see cref="Parse"/>); the form used in
/// Vietnamese documents is <c>từ ngày 01/01/2023 đến ngày 31/08/2023</c> (<see cref="ToVietnameseString"/>).
/// </para>
/// <para>
/// Factories taking a year accept <see cref="MinYear"/> to <see cref="MaxYear"/> (1900..2200);
/// <see cref="Custom"/> accepts any ISO dates in years 1 to 9999, the years the text form can write. Instances are
/// immutable; equality compares <see cref="Start"/> and <see cref="End"/>.
/// </para>
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>
{
    /// <summary>The smallest year accepted by the factories that take a year: 1900.</summary>
    public const int MinYear = 1900;

    /// <summary>The largest year accepted by the factories that take a year: 2200.</summary>
    public const int MaxYear = 2200;

    /// <summary>The largest cut-off day (ngày chốt số liệu): 28, the last day every month has.</summary>
    public const int MaxCutOffDay = 28;

    /// <summary>The length of the text form <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    private const int TextLength = 22;

    private ReportingPeriod(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the first day of the period (từ ngày), included.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the period (đến ngày), included.</summary>
    public LocalDate End { get; }

    /// <summary>Gets the number of days in the period, both ends included: 1 when <see cref="Start"/> equals <see cref="End"/>.</summary>
    public int Days => checked(Period.DaysBetween(Start, End) + 1);

    /// <summary>
    /// Gets the default "as of" date (ngày tính đến) used to judge dossiers still in progress, for example whether
    /// a dossier not yet settled is already overdue: the last day of the period, <see cref="End"/>.
    /// </summary>
    public LocalDate DefaultAsOf => End;

    /// <summary>Returns whether two periods have the same start and end; two <see langword="null"/> periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> if the periods are equal; otherwise <see langword="false"/>.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two periods differ in their start or their end.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> if the periods differ; otherwise <see langword="false"/>.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !(left == right);

    /// <summary>Creates the period from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day; ISO calendar, year 1 to 9999.</param>
    /// <param name="end">The last day; ISO calendar, year 1 to 9999, not before <paramref name="start"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">
    /// A date is not in the ISO calendar, or <paramref name="start"/> is after <paramref name="end"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside years 1 to 9999.</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        ValidateDate(start, nameof(start));
        ValidateDate(end, nameof(end));
        if (start > end)
        {
            throw new ArgumentException(
                $"Start {FormatIso(start)} must not be after end {FormatIso(end)}.",
                nameof(start));
        }

        return new ReportingPeriod(start, end);
    }

    /// <summary>Creates a calendar month (tháng): from its first to its last day.</summary>
    /// <param name="year">The year, 1900 to 2200.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month; <c>Month(2024, 2)</c> is <c>2024-02-01..2024-02-29</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        ValidateYear(year);
        ValidateRange(month, 1, 12, nameof(month), "Month");
        return Months(year, month, 1);
    }

    /// <summary>Creates a calendar quarter (quý): three months starting in January, April, July or October.</summary>
    /// <param name="year">The year, 1900 to 2200.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter; <c>Quarter(2023, 3)</c> is <c>2023-07-01..2023-09-30</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        ValidateYear(year);
        ValidateRange(quarter, 1, 4, nameof(quarter), "Quarter");
        return Months(year, checked((quarter * 3) - 2), 3);
    }

    /// <summary>Creates a half-year (6 tháng): January to June, or July to December.</summary>
    /// <param name="year">The year, 1900 to 2200.</param>
    /// <param name="half">The half, 1 (6 tháng đầu năm) or 2 (6 tháng cuối năm).</param>
    /// <returns>The half-year; <c>HalfYear(2024, 1)</c> is <c>2024-01-01..2024-06-30</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        ValidateYear(year);
        ValidateRange(half, 1, 2, nameof(half), "Half");
        return Months(year, half == 1 ? 1 : 7, 6);
    }

    /// <summary>Creates a calendar year (năm): 1 January to 31 December.</summary>
    /// <param name="year">The year, 1900 to 2200.</param>
    /// <returns>The year; <c>Year(2023)</c> is <c>2023-01-01..2023-12-31</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900..2200.</exception>
    public static ReportingPeriod Year(int year)
    {
        ValidateYear(year);
        return Months(year, 1, 12);
    }

    /// <summary>
    /// Creates the period from 1 January of the year of <paramref name="through"/> to <paramref name="through"/>
    /// (từ đầu năm đến nay).
    /// </summary>
    /// <param name="through">The last day; ISO calendar, year 1900 to 2200.</param>
    /// <returns>The period; <c>YearToDate(2023-08-31)</c> is <c>2023-01-01..2023-08-31</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="through"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="through"/> is outside 1900..2200.</exception>
    public static ReportingPeriod YearToDate(LocalDate through)
    {
        ValidateCalendar(through, nameof(through));
        if (through.Year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(through),
                FormatIso(through),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The year of {FormatIso(through)} must be between {MinYear} and {MaxYear}; was {through.Year}."));
        }

        return new ReportingPeriod(new LocalDate(through.Year, 1, 1), through);
    }

    /// <summary>
    /// Creates a month closed on a data cut-off day (tháng tính theo ngày chốt số liệu): from the day after
    /// <paramref name="cutOffDay"/> of the previous month to <paramref name="cutOffDay"/> of
    /// <paramref name="month"/>, both included. The period is named after the month in which it ends.
    /// </summary>
    /// <param name="year">The year of the last day, 1900 to 2200.</param>
    /// <param name="month">The month of the last day, 1 to 12.</param>
    /// <param name="cutOffDay">The cut-off day, 1 to 28.</param>
    /// <returns>
    /// The period; <c>CutOffMonth(2023, 8, 20)</c> is <c>2023-07-21..2023-08-20</c> and
    /// <c>CutOffMonth(2024, 1, 20)</c> is <c>2023-12-21..2024-01-20</c>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReportingPeriod CutOffMonth(int year, int month, int cutOffDay)
    {
        ValidateYear(year);
        ValidateRange(month, 1, 12, nameof(month), "Month");
        ValidateRange(cutOffDay, 1, MaxCutOffDay, nameof(cutOffDay), "Cut-off day");
        return CutOff(year, month, 1, cutOffDay);
    }

    /// <summary>
    /// Creates a quarter closed on a data cut-off day (quý tính theo ngày chốt số liệu): from the day after
    /// <paramref name="cutOffDay"/> of the last month of the previous quarter to <paramref name="cutOffDay"/> of the
    /// last month of <paramref name="quarter"/> (March, June, September or December), both included.
    /// </summary>
    /// <param name="year">The year of the last day, 1900 to 2200.</param>
    /// <param name="quarter">The quarter in which the period ends, 1 to 4.</param>
    /// <param name="cutOffDay">The cut-off day, 1 to 28.</param>
    /// <returns>
    /// The period; <c>CutOffQuarter(2024, 1, 20)</c> is <c>2023-12-21..2024-03-20</c>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReportingPeriod CutOffQuarter(int year, int quarter, int cutOffDay)
    {
        ValidateYear(year);
        ValidateRange(quarter, 1, 4, nameof(quarter), "Quarter");
        ValidateRange(cutOffDay, 1, MaxCutOffDay, nameof(cutOffDay), "Cut-off day");
        return CutOff(year, checked(quarter * 3), 3, cutOffDay);
    }

    /// <summary>
    /// Parses the text form written by <see cref="ToString"/>: exactly <c>yyyy-MM-dd..yyyy-MM-dd</c> (ASCII digits,
    /// four-digit years from 0001, no spaces), with the start not after the end.
    /// </summary>
    /// <param name="text">The text, for example <c>2023-01-01..2023-08-31</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="text"/> does not have that form, names a date that does not exist, or has its start after
    /// its end; the message quotes the text and says why.
    /// </exception>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out ReportingPeriod? result, out string? error)
            ? result
            : throw new FormatException(error);
    }

    /// <summary>
    /// Tries to parse the text form <c>yyyy-MM-dd..yyyy-MM-dd</c> (see <see cref="Parse"/>).
    /// </summary>
    /// <param name="text">The text; may be <see langword="null"/>.</param>
    /// <param name="result">The period when parsing succeeds; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> is a valid period; otherwise <see langword="false"/>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ReportingPeriod? result)
    {
        if (text is null)
        {
            result = null;
            return false;
        }

        return TryParseCore(text, out result, out _);
    }

    /// <summary>Returns the period as a NodaTime <see cref="DateInterval"/> with the same inclusive bounds.</summary>
    /// <returns>The date interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Returns whether <paramref name="date"/> falls in the period, both ends included.</summary>
    /// <param name="date">The date; ISO calendar.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        ValidateCalendar(date, nameof(date));
        return Start <= date && date <= End;
    }

    /// <summary>Returns whether <paramref name="other"/> has the same start and end.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns><see langword="true"/> if the periods are equal; otherwise <see langword="false"/>.</returns>
    public bool Equals(ReportingPeriod? other) => other is not null && Start == other.Start && End == other.End;

    /// <summary>Returns whether <paramref name="obj"/> is a <see cref="ReportingPeriod"/> with the same start and end.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> if <paramref name="obj"/> is an equal period; otherwise <see langword="false"/>.</returns>
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <summary>Returns a hash code combining the start and the end.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>
    /// Returns the text form <c>yyyy-MM-dd..yyyy-MM-dd</c>, for example <c>2023-01-01..2023-08-31</c>, which
    /// <see cref="Parse"/> reads back to an equal period.
    /// </summary>
    /// <returns>The text form.</returns>
    public override string ToString() => FormatIso(Start) + ".." + FormatIso(End);

    /// <summary>
    /// Returns the period as Vietnamese documents write it: <c>từ ngày 01/01/2023 đến ngày 31/08/2023</c>
    /// (day/month/year, two-digit day and month, four-digit year).
    /// </summary>
    /// <returns>The Vietnamese text.</returns>
    public string ToVietnameseString() =>
        "từ ngày " + FormatVietnamese(Start) + " đến ngày " + FormatVietnamese(End);

    private static ReportingPeriod Months(int year, int firstMonth, int monthCount)
    {
        var start = new LocalDate(year, firstMonth, 1);
        return new ReportingPeriod(start, start.PlusMonths(monthCount).PlusDays(-1));
    }

    private static ReportingPeriod CutOff(int year, int lastMonth, int monthCount, int cutOffDay)
    {
        // cutOffDay ≤ 28 exists in every month, so the previous cut-off date is always a real date.
        var end = new LocalDate(year, lastMonth, cutOffDay);
        LocalDate previousCutOff = end.PlusMonths(-monthCount);
        return new ReportingPeriod(previousCutOff.PlusDays(1), end);
    }

    private static void ValidateYear(int year) => ValidateRange(year, MinYear, MaxYear, nameof(year), "Year");

    private static void ValidateRange(int value, int min, int max, string parameterName, string label)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"{label} must be between {min} and {max}; was {value}."));
        }
    }

    private static void ValidateDate(LocalDate date, string parameterName)
    {
        ValidateCalendar(date, parameterName);
        if (date.Year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                date,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The year of {parameterName} must be between 1 and 9999; was {date.Year}."));
        }
    }

    private static void ValidateCalendar(LocalDate date, string parameterName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Reporting periods use the ISO calendar; {parameterName} {date.Year:D4}-{date.Month:D2}-{date.Day:D2} is in the {date.Calendar.Id} calendar."),
                parameterName);
        }
    }

    private static bool TryParseCore(
        string text,
        [NotNullWhen(true)] out ReportingPeriod? result,
        [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (text.Length != TextLength || text[10] != '.' || text[11] != '.')
        {
            error = $"Cannot parse \"{text}\" as a reporting period: expected yyyy-MM-dd..yyyy-MM-dd, e.g. 2023-01-01..2023-08-31.";
            return false;
        }

        if (!TryParseDate(text.AsSpan(0, 10), out LocalDate start) || !TryParseDate(text.AsSpan(12, 10), out LocalDate end))
        {
            error = $"Cannot parse \"{text}\" as a reporting period: both ends must be existing dates written yyyy-MM-dd with years from 0001 to 9999.";
            return false;
        }

        if (start > end)
        {
            error = $"Cannot parse \"{text}\" as a reporting period: the start {FormatIso(start)} is after the end {FormatIso(end)}.";
            return false;
        }

        result = new ReportingPeriod(start, end);
        error = null;
        return true;
    }

    private static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text[4] != '-' || text[7] != '-'
            || !AsciiDigits.TryParse(text[..4], out int year)
            || !AsciiDigits.TryParse(text.Slice(5, 2), out int month)
            || !AsciiDigits.TryParse(text.Slice(8, 2), out int day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static string FormatIso(LocalDate date)
    {
        Span<char> buffer = stackalloc char[10];
        WriteDigits(buffer[..4], date.Year);
        buffer[4] = '-';
        WriteDigits(buffer.Slice(5, 2), date.Month);
        buffer[7] = '-';
        WriteDigits(buffer.Slice(8, 2), date.Day);
        return new string(buffer);
    }

    private static string FormatVietnamese(LocalDate date)
    {
        Span<char> buffer = stackalloc char[10];
        WriteDigits(buffer[..2], date.Day);
        buffer[2] = '/';
        WriteDigits(buffer.Slice(3, 2), date.Month);
        buffer[5] = '/';
        WriteDigits(buffer.Slice(6, 4), date.Year);
        return new string(buffer);
    }

    /// <summary>Writes the last <c>destination.Length</c> decimal digits of a non-negative value, zero-padded.</summary>
    private static void WriteDigits(Span<char> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
