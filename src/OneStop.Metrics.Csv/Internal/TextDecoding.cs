using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Unicode;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Turns a file's bytes into text for the readers: a byte order mark wins (UTF-8, UTF-16, UTF-32); otherwise the
/// given encoding; otherwise UTF-8, checked on the first 64 KiB. A file that is not UTF-8 is refused
/// (<c>OSM9015</c>) with the encoding it looks like — UTF-16 without a mark (NUL bytes at every other place),
/// Windows-1258 (bytes of Vietnamese letters such as đ, ă, ơ, ư and combining tone marks) or Windows-1252 — and
/// binary content (a ZIP such as an .xlsx, NUL or control bytes) is refused with <c>OSM9016</c>. Invalid bytes
/// later in the file become U+FFFD, which <see cref="LineGuard"/> rejects row by row.
/// </summary>
internal static class TextDecoding
{
    /// <summary>The bytes checked before reading: 64 KiB.</summary>
    public const int ProbeBytes = 1 << 16;

    /// <summary>How messages name a dossier file: <c>File</c>.</summary>
    public const string FileLabel = "File";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Opens a stream as text, or refuses it.</summary>
    /// <param name="stream">The bytes; not closed by the returned reader.</param>
    /// <param name="encoding">The encoding to read without a byte order mark, or <see langword="null"/> for checked UTF-8.</param>
    /// <param name="label">How messages name the file: <c>File</c>, <c>Administrative units file</c>.</param>
    /// <param name="refusal">Why the file is refused, or <see langword="null"/>.</param>
    /// <returns>The text, or <see langword="null"/> when refused.</returns>
    public static TextReader? Open(Stream stream, Encoding? encoding, string label, out IntakeFailure? refusal)
    {
        refusal = null;
        var probe = new byte[ProbeBytes];
        var count = 0;
        int read;
        while (count < probe.Length && (read = stream.Read(probe, count, probe.Length - count)) > 0)
        {
            count += read;
        }

        var atEnd = count < probe.Length;
        var bytes = probe.AsSpan(0, count);
        var bom = BomLength(bytes, out var bomIsUtf8);
        if (bom == 0 || bomIsUtf8)
        {
            var body = bytes[bom..];
            if (encoding is null || bomIsUtf8)
            {
                refusal = CheckUtf8(body, atEnd, bom);
            }
            else if (encoding.CodePage is 1258 or 1252 && LooksBinary(body, out var what))
            {
                refusal = Binary(what);
            }

            if (refusal is not null && label != FileLabel)
            {
                refusal = refusal with { Message = label + refusal.Message[FileLabel.Length..] };
            }

            if (refusal is not null)
            {
                return null;
            }
        }

        var source = new PrefixedStream(probe, count, stream);
        var reader = new StreamReader(source, bom == 0 ? encoding ?? Utf8NoBom : Utf8NoBom, detectEncodingFromByteOrderMarks: true,
            bufferSize: 1 << 16, leaveOpen: true);
        return bom == 0 && encoding is not null && CsvEncodings.NeedsComposition(encoding) ? new ComposingReader(reader) : reader;
    }

    private static int BomLength(ReadOnlySpan<byte> bytes, out bool utf8)
    {
        utf8 = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (utf8)
        {
            return 3;
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
               || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])
            ? 2
            : 0;
    }

    private static IntakeFailure? CheckUtf8(ReadOnlySpan<byte> bytes, bool atEnd, int offset)
    {
        if (IsArchive(bytes, out var archive))
        {
            return Binary(archive);
        }

        var chars = new char[bytes.Length + 1];
        var status = Utf8.ToUtf16(bytes, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: atEnd);
        if (status == System.Buffers.OperationStatus.InvalidData)
        {
            if (LooksUtf16(bytes, out var bigEndian))
            {
                return Utf16WithoutMark(bigEndian);
            }

            if (LooksBinary(bytes, out var what))
            {
                return Binary(what);
            }

            var guess = LooksVietnamese(bytes)
                ? ("windows-1258", "Windows-1258 (Vietnamese, as Excel on a Vietnamese Windows saves CSV)")
                : ("windows-1252", "Windows-1252 (Western European)");
            return NotInEncoding(string.Create(CultureInfo.InvariantCulture,
                $"byte 0x{bytes[consumed]:X2} at offset {consumed + offset:N0} is not UTF-8; the file looks like {guess.Item2}; read it with the encoding {guess.Item1} (--encoding {guess.Item1})"));
        }

        if (LooksUtf16(bytes, out var be))
        {
            return Utf16WithoutMark(be);
        }

        return LooksBinary(bytes, out var kind) ? Binary(kind) : null;
    }

    /// <summary>Whether at least a quarter of the bytes at even (big endian) or odd (little endian) places are 0.</summary>
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        var half = bytes.Length / 2;
        bigEndian = even > odd;
        return half >= 2 && Math.Max(even, odd) * 4 >= half && Math.Min(even, odd) * 8 < Math.Max(even, odd);
    }

    /// <summary>Whether the bytes are those of a ZIP (an .xlsx workbook) or hold NUL or other control bytes.</summary>
    private static bool IsArchive(ReadOnlySpan<byte> bytes, out string what)
    {
        what = bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])
            ? "a ZIP archive (an .xlsx workbook?), not CSV text"
            : bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])
                ? "an OLE compound file (an .xls workbook?), not CSV text"
                : string.Empty;
        return what.Length > 0;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out string what)
    {
        if (IsArchive(bytes, out what))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (b == 0 || (b < 0x20 && b is not (0x09 or 0x0A or 0x0D)))
            {
                controls++;
            }
        }

        what = string.Create(CultureInfo.InvariantCulture, $"binary data ({controls:N0} NUL or control bytes in the first {bytes.Length:N0}), not CSV text");
        return controls > 0 && controls * 100 >= bytes.Length;
    }

    /// <summary>Whether the bytes hold letters or tone marks of Windows-1258 that Windows-1252 gives as unusual letters.</summary>
    private static bool LooksVietnamese(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> marks = [0xD0, 0xF0, 0xC3, 0xE3, 0xD5, 0xF5, 0xDD, 0xFD, 0xCC, 0xEC, 0xD2, 0xDE, 0xF2];
        return bytes.IndexOfAny(marks) >= 0;
    }

    /// <summary>UTF-16 text without a byte order mark (every other byte 0), valid UTF-8 or not: refused with the option that reads it.</summary>
    private static IntakeFailure Utf16WithoutMark(bool bigEndian)
    {
        var name = bigEndian ? "utf-16be" : "utf-16";
        return NotInEncoding(
            $"every other byte is 0, as in UTF-16 {(bigEndian ? "big" : "little")} endian without a byte order mark; read it with the encoding {name} (--encoding {name})");
    }

    private static IntakeFailure NotInEncoding(string problem) =>
        new(CsvErrorCodes.NotInEncoding, IntakeSeverity.Error, "Encoding", null, "File: " + problem + ".", null, null, null);

    private static IntakeFailure Binary(string what) =>
        new(CsvErrorCodes.BinaryContent, IntakeSeverity.Error, "Encoding", null, "File: the file is " + what + ".", null, null, null);
}
