using System;
using System.Collections.Generic;
using System.Text;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The encodings a CSV file can be read in, by name (bảng mã): <c>utf-8</c>, <c>windows-1258</c> (Vietnamese: what
/// Excel on a Vietnamese Windows saves as "CSV"), <c>windows-1252</c> (Western European), <c>utf-16</c> (little
/// endian, as Excel's "Unicode text") and <c>utf-16be</c>. The Windows code pages come from .NET's code-pages
/// provider, registered on first use.
/// </summary>
public static class CsvEncodings
{
    private static readonly Lazy<IReadOnlyDictionary<string, Encoding>> ByName = new(Create);

    /// <summary>The names accepted, in the order help texts list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "windows-1258", "windows-1252", "utf-16", "utf-16be"];

    /// <summary>Finds an encoding by name (case-insensitive; <c>cp1258</c> and <c>utf8</c> are accepted too).</summary>
    /// <param name="name">The name.</param>
    /// <param name="encoding">The encoding, which replaces invalid bytes with U+FFFD (a reader rejects such rows).</param>
    /// <returns>Whether the name is one of <see cref="Names"/> or an alias.</returns>
    public static bool TryGet(string? name, out Encoding encoding)
    {
        if (name is not null && ByName.Value.TryGetValue(name.Trim(), out var found))
        {
            encoding = found;
            return true;
        }

        encoding = null!;
        return false;
    }

    /// <summary>Whether text in this encoding needs composing into NFC after decoding (Windows-1258 writes tone marks as combining characters).</summary>
    internal static bool NeedsComposition(Encoding encoding) => encoding.CodePage == 1258;

    private static Dictionary<string, Encoding> Create()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var cp1258 = Encoding.GetEncoding(1258);
        var cp1252 = Encoding.GetEncoding(1252);
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var utf16be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        return new Dictionary<string, Encoding>(StringComparer.OrdinalIgnoreCase)
        {
            ["utf-8"] = utf8,
            ["utf8"] = utf8,
            ["windows-1258"] = cp1258,
            ["cp1258"] = cp1258,
            ["windows-1252"] = cp1252,
            ["cp1252"] = cp1252,
            ["utf-16"] = utf16,
            ["utf-16le"] = utf16,
            ["utf-16be"] = utf16be,
        };
    }
}
