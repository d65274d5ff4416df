using System;
using NodaTime;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Span parsers for the cells that are not words: dates and times, counts. Hand-written for speed (no culture, no
/// allocation); the formats are those of <c>docs/csv-schema.md</c>.
/// </summary>
internal static class CellParsers
{
    /// <summary>The largest count a cell may hold: a tally counts at most 65,535 result documents per dossier.</summary>
    public const int MaxCount = ushort.MaxValue;

    /// <summary>
    /// Reads a local date and time: ISO 8601 <c>yyyy-MM-dd</c>, <c>yyyy-MM-ddTHH:mm</c>, <c>yyyy-MM-ddTHH:mm:ss</c>
    /// with an optional fraction of 1 to 9 digits (<c>T</c> or one space between date and time), or Vietnamese
    /// export style <c>d/M/yyyy</c>, <c>d/M/yyyy H:mm</c>, <c>d/M/yyyy H:mm:ss</c> (day, month and hour with one or
    /// two digits). No zone or offset: times are local (Asia/Ho_Chi_Minh).
    /// </summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="value">The date and time (midnight when only a date is given).</param>
    /// <param name="dateOnly">Whether the text gives a date without a time of day.</param>
    /// <returns>Whether the text is a valid date and time of the ISO calendar, years 1 to 9999.</returns>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out LocalDateTime value, out bool dateOnly) =>
        TryParseDateTime(text, CsvDateOrder.DayFirst, out value, out dateOnly, out _);

    /// <summary>
    /// Reads a local date and time as <see cref="TryParseDateTime(ReadOnlySpan{char}, out LocalDateTime, out bool)"/>
    /// does, with <c>d/M/yyyy</c> dates in the given order, and tells the two numbers before the year as written
    /// (for the file's day/month evidence): <c>(3, 25)</c> for <c>3/25/2023</c> whether or not it is a valid date
    /// in that order; <c>(0, 0)</c> for ISO text and text that is no such date.
    /// </summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="order">The order of day and month.</param>
    /// <param name="value">The date and time.</param>
    /// <param name="dateOnly">Whether the text gives a date without a time of day.</param>
    /// <param name="written">The first and second numbers of a <c>d/M/yyyy</c> text.</param>
    /// <returns>Whether the text is a valid date and time.</returns>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, CsvDateOrder order, out LocalDateTime value, out bool dateOnly,
        out (int First, int Second) written)
    {
        written = default;
        if (TryParseCommonDateTime(text, out value))
        {
            dateOnly = false;
            return true;
        }

        return TryParseAnyDateTime(text, order, out value, out dateOnly, out written);
    }

    /// <summary>
    /// Reads the forms the writer and most exports write, <c>yyyy-MM-ddTHH:mm</c> and <c>yyyy-MM-ddTHH:mm:ss</c>
    /// (<c>T</c> or one space between date and time), directly: the hot path of a read. Any other text, and any
    /// such text that is no valid date and time, gives <see langword="false"/> and is left to the full parser.
    /// </summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="value">The date and time.</param>
    /// <returns>Whether the text is one of those forms and a valid date and time.</returns>
    public static bool TryParseCommonDateTime(ReadOnlySpan<char> text, out LocalDateTime value)
    {
        if (text.Length is 16 or 19 && text[4] == '-' && text[7] == '-' && text[10] is 'T' or ' ' && text[13] == ':'
            && (text.Length == 16 || text[16] == ':'))
        {
            var y = Digit(text[0]) * 1000 + Digit(text[1]) * 100 + Digit(text[2]) * 10 + Digit(text[3]);
            var mo = Digit(text[5]) * 10 + Digit(text[6]);
            var d = Digit(text[8]) * 10 + Digit(text[9]);
            var h = Digit(text[11]) * 10 + Digit(text[12]);
            var mi = Digit(text[14]) * 10 + Digit(text[15]);
            var sec = text.Length == 19 ? Digit(text[17]) * 10 + Digit(text[18]) : 0;
            if ((y | mo | d | h | mi | sec) >= 0 && y >= 1 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
                && h <= 23 && mi <= 59 && sec <= 59)
            {
                value = new LocalDateTime(y, mo, d, h, mi, sec);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>A digit's value, or a large negative number when <paramref name="c"/> is not a digit (so that any sum it enters is negative).</summary>
    private static int Digit(char c) => char.IsAsciiDigit(c) ? c - '0' : -100_000;

    /// <summary>
    /// The full parser behind the five-argument <c>TryParseDateTime</c>,
    /// without its direct path: for a caller that has already tried <see cref="TryParseCommonDateTime"/>.
    /// </summary>
    public static bool TryParseAnyDateTime(ReadOnlySpan<char> text, CsvDateOrder order, out LocalDateTime value, out bool dateOnly,
        out (int First, int Second) written)
    {
        written = default;
        value = default;
        dateOnly = false;
        int year, month, day, position;
        var iso = text.Length >= 10 && text[4] == '-';
        if (iso)
        {
            if (text[7] != '-' || !Digits(text, 0, 4, out year) || !Digits(text, 5, 2, out month) || !Digits(text, 8, 2, out day))
            {
                return false;
            }

            position = 10;
        }
        else
        {
            // d/M/yyyy, or M/d/yyyy
            position = 0;
            if (!Number(text, ref position, 1, 2, out var firstNumber) || !Expect(text, ref position, '/')
                || !Number(text, ref position, 1, 2, out var secondNumber) || !Expect(text, ref position, '/')
                || !Number(text, ref position, 4, 4, out year))
            {
                return false;
            }

            written = (firstNumber, secondNumber);
            (day, month) = order == CsvDateOrder.DayFirst ? (firstNumber, secondNumber) : (secondNumber, firstNumber);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (position == text.Length)
        {
            dateOnly = true;
            value = new LocalDateTime(year, month, day, 0, 0);
            return true;
        }

        if (!(text[position] == ' ' || (iso && text[position] == 'T')))
        {
            return false;
        }

        position++;
        if (!Number(text, ref position, iso ? 2 : 1, 2, out var hour) || !Expect(text, ref position, ':')
            || !Number(text, ref position, 2, 2, out var minute))
        {
            return false;
        }

        var second = 0;
        var nanoseconds = 0L;
        if (position < text.Length)
        {
            if (!Expect(text, ref position, ':') || !Number(text, ref position, 2, 2, out second))
            {
                return false;
            }

            if (iso && position < text.Length)
            {
                if (!Expect(text, ref position, '.') || !Fraction(text, ref position, out nanoseconds))
                {
                    return false;
                }
            }
        }

        if (position != text.Length || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new LocalDateTime(year, month, day, hour, minute, second);
        if (nanoseconds != 0)
        {
            value = value.PlusNanoseconds(nanoseconds);
        }

        return true;
    }

    /// <summary>Reads a count: an optional sign and decimal digits, from <see cref="int.MinValue"/> to <see cref="MaxCount"/>.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the text is such a number.</returns>
    public static bool TryParseCount(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var position = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            position = 1;
        }

        if (position == text.Length || text.Length - position > 10)
        {
            return false;
        }

        var number = 0L;
        for (; position < text.Length; position++)
        {
            if (!char.IsAsciiDigit(text[position]))
            {
                return false;
            }

            number = (number * 10) + (text[position] - '0');
        }

        if (negative)
        {
            number = -number;
        }

        if (number < int.MinValue || number > MaxCount)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static bool Number(ReadOnlySpan<char> text, ref int position, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var start = position;
        while (position < text.Length && position - start < maxDigits && char.IsAsciiDigit(text[position]))
        {
            value = (value * 10) + (text[position] - '0');
            position++;
        }

        return position - start >= minDigits;
    }

    private static bool Fraction(ReadOnlySpan<char> text, ref int position, out long nanoseconds)
    {
        nanoseconds = 0;
        var digits = 0;
        while (position < text.Length && digits < 9 && char.IsAsciiDigit(text[position]))
        {
            nanoseconds = (nanoseconds * 10) + (text[position] - '0');
            position++;
            digits++;
        }

        for (var i = digits; i < 9; i++)
        {
            nanoseconds *= 10;
        }

        return digits > 0;
    }

    private static bool Expect(ReadOnlySpan<char> text, ref int position, char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }
}
