using System;
using System.Globalization;
using System.Text;

namespace OneStop.Metrics.Validation;

/// <summary>
/// Values as failure messages show them (giá trị in được): control characters (U+0000–U+001F, U+007F–U+009F) and
/// the replacement character U+FFFD written as <c>\uXXXX</c> escapes, and a long value cut short with its length,
/// so that a message never prints raw bytes to a terminal nor a megabyte-long "value". Culture-invariant.
/// </summary>
public static class PrintableText
{
    /// <summary>The default number of characters of a value a message shows: 80.</summary>
    public const int DefaultMaxLength = 80;

    /// <summary>Whether a value holds a character <see cref="Of"/> escapes: a control character or U+FFFD.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it holds one.</returns>
    public static bool NeedsEscaping(ReadOnlySpan<char> value) =>
        value.ContainsAnyInRange('\u0000', '\u001F') || value.ContainsAnyInRange('\u007F', '\u009F') || value.Contains('\uFFFD');

    /// <summary>Whether a value holds a control character (U+0000–U+001F, U+007F–U+009F).</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it holds one.</returns>
    public static bool HasControlCharacter(ReadOnlySpan<char> value) =>
        value.ContainsAnyInRange('\u0000', '\u001F') || value.ContainsAnyInRange('\u007F', '\u009F');

    /// <summary>
    /// The value with control characters and U+FFFD escaped (<c>H\u00001</c>), cut after
    /// <paramref name="maxLength"/> characters of the value with <c>… (N characters)</c> appended, N the value's
    /// length digit-grouped with commas (<c>… (2,900,000 characters)</c>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="maxLength">How many characters of the value to show, at least 1.</param>
    /// <returns>The printable text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1.</exception>
    public static string Of(ReadOnlySpan<char> value, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var shown = value.Length > maxLength ? value[..maxLength] : value;
        if (!NeedsEscaping(shown) && shown.Length == value.Length)
        {
            return shown.ToString();
        }

        var text = new StringBuilder(shown.Length + 32);
        foreach (var c in shown)
        {
            if (c is <= '\u001F' or (>= '\u007F' and <= '\u009F') or '\uFFFD')
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }

        if (shown.Length < value.Length)
        {
            text.Append(CultureInfo.InvariantCulture, $"… ({value.Length:N0} characters)");
        }

        return text.ToString();
    }
}
