using System;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Folds a header or a value word to its matching key: lower case, Vietnamese diacritics removed (<c>đ</c> to
/// <c>d</c>, tone and vowel marks dropped, precomposed or combining), and every run of spaces, tabs, <c>_</c>,
/// <c>-</c>, <c>.</c>, <c>/</c> and parentheses turned into one <c>_</c>, none at the ends; a byte order mark is
/// dropped. <c>"Mã hồ sơ"</c>, <c>"MA_HO_SO"</c> and <c>"ma-ho-so"</c> all fold to <c>ma_ho_so</c>.
/// </summary>
/// <remarks>Culture-independent: a fixed table for U+0000–U+1EFF, the invariant lower-casing elsewhere.</remarks>
internal static class TextFold
{
    /// <summary>The longest text folded on the stack; longer words match nothing in the vocabularies.</summary>
    public const int MaxLength = 96;

    private const char Drop = '\0';
    private const char Gap = '_';
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>For each char up to U+1EFF: its folded form, <see cref="Drop"/> to drop it, or <see cref="Gap"/>.</summary>
    private static readonly char[] Table = CreateTable();

    /// <summary>Folds a text (see the class summary).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The key.</returns>
    public static string Fold(string text)
    {
        var buffer = text.Length <= MaxLength ? stackalloc char[MaxLength] : new char[text.Length];
        var length = Fold(text, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Folds a text into a buffer at least as long as the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">The buffer; must be at least <paramref name="text"/>.Length long.</param>
    /// <returns>The length of the key written at the start of <paramref name="destination"/>.</returns>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingGap = false;
        foreach (var c in text)
        {
            var folded = c < Table.Length ? Table[c] : c == ByteOrderMark ? Drop : char.ToLowerInvariant(c);
            if (folded == Drop)
            {
                continue;
            }

            if (folded == Gap)
            {
                pendingGap = length > 0;
                continue;
            }

            if (pendingGap)
            {
                destination[length++] = Gap;
                pendingGap = false;
            }

            destination[length++] = folded;
        }

        return length;
    }

    private static char[] CreateTable()
    {
        var table = new char[0x1F00];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        // Combining diacritical marks: decomposed input folds like precomposed input.
        for (var c = 0x0300; c <= 0x036F; c++)
        {
            table[c] = Drop;
        }

        foreach (var c in "\t _-./()")
        {
            table[c] = Gap;
        }

        var letters = new (char Base, string Marked)[]
        {
            ('a', "àáảãạăằắẳẵặâầấẩẫậäåā"),
            ('e', "èéẻẽẹêềếểễệëē"),
            ('i', "ìíỉĩịîïī"),
            ('o', "òóỏõọôồốổỗộơờớởỡợöō"),
            ('u', "ùúủũụưừứửữựûüū"),
            ('y', "ỳýỷỹỵÿ"),
            ('d', "đ"),
            ('c', "ç"),
            ('n', "ñ"),
        };
        foreach (var (letter, marked) in letters)
        {
            foreach (var c in marked)
            {
                table[c] = letter;
                var upper = char.ToUpperInvariant(c);
                if (upper < table.Length)
                {
                    table[upper] = letter;
                }
            }
        }

        table['Đ'] = 'd';
        table['Ð'] = 'd';
        return table;
    }
}
