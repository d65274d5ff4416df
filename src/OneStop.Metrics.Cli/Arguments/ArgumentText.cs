using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>Shows what the user typed inside an error message, safely on one line.</summary>
internal static class ArgumentText
{
    private const int MaxShown = 80;

    /// <summary>
    /// Quotes a token as <c>'token'</c>, escaping control characters (a newline would break the one-line error)
    /// and shortening very long tokens.
    /// </summary>
    public static string Quote(string token)
    {
        var text = new StringBuilder("'");
        var shown = token.Length > MaxShown ? token[..MaxShown] : token;
        foreach (var c in shown)
        {
            if (char.IsControl(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }

        if (shown.Length < token.Length)
        {
            text.Append('…');
        }

        return text.Append('\'').ToString();
    }

    /// <summary><c>expected one of: a, b, c</c>.</summary>
    public static string ExpectedOneOf(IEnumerable<string> choices) => "expected one of: " + string.Join(", ", choices);
}
