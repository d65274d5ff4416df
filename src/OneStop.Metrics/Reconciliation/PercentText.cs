using System;
using System.Globalization;
using System.Linq;

namespace OneStop.Metrics.Reconciliation;

/// <summary>
/// A printed percentage read back: its value, the number of decimals printed and the decimal mark used.
/// Reads <c>98,70%</c>, <c>0.04%</c>, <c>100%</c> and <c>1.234,50%</c>, with either mark.
/// </summary>
/// <param name="Value">The value, with the printed scale (<c>98.70m</c>).</param>
/// <param name="Decimals">The number of digits printed after the decimal mark (0 for <c>100%</c>).</param>
/// <param name="DecimalMark">The decimal mark printed, or <see langword="null"/> for a whole percentage.</param>
internal readonly record struct PercentText(decimal Value, int Decimals, char? DecimalMark)
{
    private const int MaxDigits = 20;

    /// <summary>Checks the shape only: digits, <c>','</c> and <c>'.'</c> between digits, then <c>%</c>.</summary>
    /// <returns>A description of the problem, or <see langword="null"/> when the shape is right.</returns>
    public static string? ShapeProblem(string text)
    {
        if (text.Length < 2 || text[^1] != '%')
        {
            return "a percentage must end with '%'";
        }

        var body = text.AsSpan(0, text.Length - 1);
        if (!char.IsAsciiDigit(body[0]) || !char.IsAsciiDigit(body[^1]))
        {
            return "a percentage must start and end with a digit before '%'";
        }

        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c is ',' or '.')
            {
                if (!char.IsAsciiDigit(body[i - 1]))
                {
                    return "two separators in a row";
                }
            }
            else if (!char.IsAsciiDigit(c))
            {
                return "only digits, ',' and '.' may come before '%'";
            }
        }

        return body.ToArray().Count(char.IsAsciiDigit) > MaxDigits ? "too many digits" : null;
    }

    /// <summary>
    /// Reads a percentage printed under a report whose decimal mark is <paramref name="decimalSeparator"/>.
    /// </summary>
    /// <remarks>
    /// The last separator is the decimal mark when it is the report's mark, or when it is the other character and
    /// is followed by other than exactly three digits (<c>0.04%</c> in a report that writes <c>0,04%</c>: a decimal
    /// point slip). The other character followed by exactly three digits groups thousands (<c>1.234%</c>). Every
    /// separator before the decimal mark must be the report's thousands separator, in groups of three.
    /// </remarks>
    /// <param name="text">The printed text, e.g. <c>98,70%</c>.</param>
    /// <param name="decimalSeparator">The report's decimal mark.</param>
    /// <param name="value">The value read.</param>
    /// <param name="problem">Why the text cannot be read, when it cannot.</param>
    /// <returns>Whether the text was read.</returns>
    public static bool TryParse(string text, char decimalSeparator, out PercentText value, out string? problem)
    {
        value = default;
        problem = ShapeProblem(text);
        if (problem is not null)
        {
            return false;
        }

        var group = decimalSeparator == ',' ? '.' : ',';
        var body = text[..^1];
        var last = body.LastIndexOfAny([',', '.']);
        string integerPart = body;
        string fraction = string.Empty;
        char? mark = null;
        if (last >= 0)
        {
            var tail = body[(last + 1)..];
            var separator = body[last];
            if (separator == decimalSeparator || tail.Length != 3)
            {
                integerPart = body[..last];
                fraction = tail;
                mark = separator;
            }
        }

        if (integerPart.Contains(mark ?? '\0', StringComparison.Ordinal)
            || (mark is { } m && m != decimalSeparator && integerPart.Contains(decimalSeparator, StringComparison.Ordinal)))
        {
            problem = "more than one decimal mark";
            return false;
        }

        var groups = integerPart.Split(group);
        if (integerPart.Contains(decimalSeparator, StringComparison.Ordinal)
            || (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3))))
        {
            problem = "thousands separators must group the integer digits by three";
            return false;
        }

        var digits = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : string.Empty);
        value = new PercentText(decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
            fraction.Length, mark);
        return true;
    }
}
