using System;

namespace OneStop.Metrics.Parsing;

/// <summary>Reads unsigned numbers written in ASCII digits, as the library's fixed-width text formats write them.</summary>
internal static class AsciiDigits
{
    /// <summary>
    /// Reads <paramref name="text"/> as a number when it is made of the digits 0–9 only (an empty span reads as 0;
    /// callers pass fixed-width slices of at most 9 digits, so the value cannot overflow).
    /// </summary>
    /// <param name="text">The digits.</param>
    /// <param name="value">The number, or 0 when a character is not a digit.</param>
    /// <returns>Whether every character is a digit.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
