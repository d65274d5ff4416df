using System;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Composes the Vietnamese tone marks Windows-1258 writes as combining characters with the vowel before them
/// (<c>o</c> + U+0300 → <c>ò</c>, <c>ô</c> + U+0300 → <c>ồ</c>), by table: <see cref="string.Normalize()"/> does
/// nothing under invariant globalization (the tool and many services run so), and this is all the code page needs.
/// </summary>
internal static class VietnameseComposition
{
    /// <summary>The vowels that take a tone mark, in the order of <see cref="Toned"/>'s rows.</summary>
    private const string Bases = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

    /// <summary>The tone marks: grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng).</summary>
    private const string Tones = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>For each vowel of <see cref="Bases"/>, its five toned letters in the order of <see cref="Tones"/>.</summary>
    private const string Toned =
        "àáãảạằắẵẳặầấẫẩậèéẽẻẹềếễểệìíĩỉịòóõỏọồốỗổộờớỡởợùúũủụừứữửựỳýỹỷỵ"
        + "ÀÁÃẢẠẰẮẴẲẶẦẤẪẨẬÈÉẼẺẸỀẾỄỂỆÌÍĨỈỊÒÓÕỎỌỒỐỖỔỘỜỚỠỞỢÙÚŨỦỤỪỨỮỬỰỲÝỸỶỴ";

    /// <summary>Composes in place; returns the new length (at most <paramref name="text"/>'s).</summary>
    public static int Compose(Span<char> text)
    {
        var length = 0;
        foreach (var c in text)
        {
            var tone = Tones.IndexOf(c, StringComparison.Ordinal);
            if (tone >= 0 && length > 0)
            {
                var vowel = Bases.IndexOf(text[length - 1], StringComparison.Ordinal);
                if (vowel >= 0)
                {
                    text[length - 1] = Toned[(vowel * Tones.Length) + tone];
                    continue;
                }
            }

            text[length++] = c;
        }

        return length;
    }
}
