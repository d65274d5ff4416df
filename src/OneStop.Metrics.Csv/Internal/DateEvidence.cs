using System;
using System.Globalization;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// What a file's <c>d/M/yyyy</c> dates say of its day/month order: how many have a first number above 12 (only a
/// day can be: day first) and how many a second number above 12 (month first), with the first of each. A file
/// read in one order whose dates show only the other is refused (<c>OSM9023</c>); one whose dates show both is
/// read in its order, and the dates invalid in it are rejected cell by cell (<c>OSM9003</c>).
/// </summary>
internal sealed class DateEvidence
{
    private string? _firstDayFirst;
    private string? _firstMonthFirst;

    /// <summary>Dates whose first number is above 12 and second 1–12: day first.</summary>
    public long DayFirst { get; private set; }

    /// <summary>Dates whose second number is above 12 and first 1–12: month first.</summary>
    public long MonthFirst { get; private set; }

    /// <summary>Notes one date's two first numbers.</summary>
    public void Observe((int First, int Second) written, long line, string header, ReadOnlySpan<char> cell)
    {
        if (written.First > 12 && written.Second is >= 1 and <= 12)
        {
            DayFirst++;
            _firstDayFirst ??= Where(line, header, cell);
        }
        else if (written.Second > 12 && written.First is >= 1 and <= 12)
        {
            MonthFirst++;
            _firstMonthFirst ??= Where(line, header, cell);
        }
    }

    /// <summary>The refusal when the dates show only the order the file is not read in, else <see langword="null"/>.</summary>
    public IntakeFailure? Mismatch(CsvDateOrder order)
    {
        var (wrong, right, where, option) = order == CsvDateOrder.DayFirst
            ? (MonthFirst, DayFirst, _firstMonthFirst, ("month first", "day first", "month-first"))
            : (DayFirst, MonthFirst, _firstDayFirst, ("day first", "month first", "day-first"));
        if (wrong == 0 || right != 0)
        {
            return null;
        }

        return new IntakeFailure(CsvErrorCodes.DateOrderMismatch, IntakeSeverity.Error, "DateOrder", where,
            string.Create(CultureInfo.InvariantCulture,
                $"File: {wrong:N0} date(s) are {option.Item1}, the first at {where}, and none is {option.Item2}; the file is read {option.Item2}: read it with the date order {option.Item3} (--date-order {option.Item3})."),
            null, null, null);
    }

    private static string Where(long line, string header, ReadOnlySpan<char> cell) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}, {PrintableText.Of(header, 40)} '{PrintableText.Of(cell, 40)}'");
}
