using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Generators;
using OneStop.Metrics.Validation;
using Xunit;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>
/// CSV texts against <see cref="DossierGenerators.Reference"/>: the English header, the valid row of dossier
/// <c>H-1</c> (as <see cref="Validation.ValidationFixtures.ValidRecord"/>), and files whose line 12 is a given row
/// after ten valid rows.
/// </summary>
public static class CsvFixtures
{
    public static ReferenceData Reference => DossierGenerators.Reference;

    public static TallyScope Scope => DossierGenerators.Scope;

    public const string Header =
        "id,procedure_code,receiving_department_code,resolving_department_code,channel,received_at,due_at,outcome,ended_at,"
        + "subject_to_digitization,digitized_at_intake,result_documents,digitized_result_documents,reused_digitized_data,"
        + "received_regardless_of_boundary";

    /// <summary>Dossier H-1: P1 received in person at MC-H, resolved by TP, due after it ended; passes every check.</summary>
    public const string ValidRow =
        "H-1,P1,MC-H,TP,in_person,2023-03-05T08:10,2023-03-10T17:00,resolved,2023-03-08T10:00,true,true,1,1,false,false";

    /// <summary>The valid row with one cell replaced (0-based cell index).</summary>
    public static string RowWith(int cell, string value)
    {
        var cells = ValidRow.Split(',');
        cells[cell] = value;
        return string.Join(',', cells);
    }

    /// <summary>A valid filler row with its own id (F-02 … F-11).</summary>
    public static string Filler(int line) => ValidRow.Replace("H-1,", $"F-{line:D2},", StringComparison.Ordinal);

    /// <summary>The header, ten valid rows (lines 2–11), then <paramref name="rowAtLine12"/> and any further rows.</summary>
    public static string FileWith(string rowAtLine12, params string[] more) =>
        FileOf(Header, [.. Enumerable.Range(2, 10).Select(Filler), rowAtLine12, .. more]);

    /// <summary>A header line and rows, each ended by a line feed.</summary>
    public static string FileOf(string header, IEnumerable<string> rows) =>
        string.Concat(new[] { header }.Concat(rows).Select(line => line + "\n"));

    /// <summary>Reads a CSV text (two threads, the exact duplicate messages by default).</summary>
    public static CsvTallyResult Read(string text, CsvReadOptions? options = null) =>
        DossierCsv.Tally(new StringReader(text), Reference, Scope,
            options ?? new CsvReadOptions { DuplicateIds = DuplicateIdCheck.HashedWithLines, MaxFailuresKept = 10_000 });

    /// <summary>Reads a CSV text given as UTF-8 bytes through the stream overload.</summary>
    public static CsvTallyResult ReadBytes(byte[] bytes, CsvReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return DossierCsv.Tally(stream, Reference, Scope, options);
    }

    /// <summary>
    /// The text in Windows-1258 as Excel on a Vietnamese Windows saves "CSV": letters with circumflex, breve and horn
    /// precomposed (ô, ă, ơ), tone marks as combining bytes (o + 0xCC). The code page's table comes from its decoder;
    /// the tone marks are split off by <see cref="ToneOf"/> (Unicode's decompositions, written out, since
    /// <c>string.Normalize</c> does nothing under invariant globalization).
    /// </summary>
    public static byte[] Windows1258(string text)
    {
        Assert.True(CsvEncodings.TryGet("windows-1258", out var encoding));
        var table = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
        {
            table.TryAdd(encoding.GetString([(byte)b])[0], (byte)b);
        }

        var bytes = new List<byte>();
        foreach (var c in text)
        {
            if (ToneOf.TryGetValue(c, out var split))
            {
                bytes.Add(table[split.Base]);
                bytes.Add(table[split.Tone]);
            }
            else
            {
                bytes.Add(table[c]);
            }
        }

        return [.. bytes];
    }

    /// <summary>Each toned Vietnamese letter with its letter without tone and its combining tone mark.</summary>
    public static IReadOnlyDictionary<char, (char Base, char Tone)> ToneOf { get; } = new Dictionary<char, (char, char)>
    {
        ['à'] = ('a', '\u0300'),
        ['á'] = ('a', '\u0301'),
        ['ã'] = ('a', '\u0303'),
        ['ả'] = ('a', '\u0309'),
        ['ạ'] = ('a', '\u0323'),
        ['ằ'] = ('ă', '\u0300'),
        ['ắ'] = ('ă', '\u0301'),
        ['ẵ'] = ('ă', '\u0303'),
        ['ẳ'] = ('ă', '\u0309'),
        ['ặ'] = ('ă', '\u0323'),
        ['ầ'] = ('â', '\u0300'),
        ['ấ'] = ('â', '\u0301'),
        ['ẫ'] = ('â', '\u0303'),
        ['ẩ'] = ('â', '\u0309'),
        ['ậ'] = ('â', '\u0323'),
        ['è'] = ('e', '\u0300'),
        ['é'] = ('e', '\u0301'),
        ['ẽ'] = ('e', '\u0303'),
        ['ẻ'] = ('e', '\u0309'),
        ['ẹ'] = ('e', '\u0323'),
        ['ề'] = ('ê', '\u0300'),
        ['ế'] = ('ê', '\u0301'),
        ['ễ'] = ('ê', '\u0303'),
        ['ể'] = ('ê', '\u0309'),
        ['ệ'] = ('ê', '\u0323'),
        ['ì'] = ('i', '\u0300'),
        ['í'] = ('i', '\u0301'),
        ['ĩ'] = ('i', '\u0303'),
        ['ỉ'] = ('i', '\u0309'),
        ['ị'] = ('i', '\u0323'),
        ['ò'] = ('o', '\u0300'),
        ['ó'] = ('o', '\u0301'),
        ['õ'] = ('o', '\u0303'),
        ['ỏ'] = ('o', '\u0309'),
        ['ọ'] = ('o', '\u0323'),
        ['ồ'] = ('ô', '\u0300'),
        ['ố'] = ('ô', '\u0301'),
        ['ỗ'] = ('ô', '\u0303'),
        ['ổ'] = ('ô', '\u0309'),
        ['ộ'] = ('ô', '\u0323'),
        ['ờ'] = ('ơ', '\u0300'),
        ['ớ'] = ('ơ', '\u0301'),
        ['ỡ'] = ('ơ', '\u0303'),
        ['ở'] = ('ơ', '\u0309'),
        ['ợ'] = ('ơ', '\u0323'),
        ['ù'] = ('u', '\u0300'),
        ['ú'] = ('u', '\u0301'),
        ['ũ'] = ('u', '\u0303'),
        ['ủ'] = ('u', '\u0309'),
        ['ụ'] = ('u', '\u0323'),
        ['ừ'] = ('ư', '\u0300'),
        ['ứ'] = ('ư', '\u0301'),
        ['ữ'] = ('ư', '\u0303'),
        ['ử'] = ('ư', '\u0309'),
        ['ự'] = ('ư', '\u0323'),
        ['ỳ'] = ('y', '\u0300'),
        ['ý'] = ('y', '\u0301'),
        ['ỹ'] = ('y', '\u0303'),
        ['ỷ'] = ('y', '\u0309'),
        ['ỵ'] = ('y', '\u0323'),
        ['À'] = ('A', '\u0300'),
        ['Á'] = ('A', '\u0301'),
        ['Ã'] = ('A', '\u0303'),
        ['Ả'] = ('A', '\u0309'),
        ['Ạ'] = ('A', '\u0323'),
        ['Ằ'] = ('Ă', '\u0300'),
        ['Ắ'] = ('Ă', '\u0301'),
        ['Ẵ'] = ('Ă', '\u0303'),
        ['Ẳ'] = ('Ă', '\u0309'),
        ['Ặ'] = ('Ă', '\u0323'),
        ['Ầ'] = ('Â', '\u0300'),
        ['Ấ'] = ('Â', '\u0301'),
        ['Ẫ'] = ('Â', '\u0303'),
        ['Ẩ'] = ('Â', '\u0309'),
        ['Ậ'] = ('Â', '\u0323'),
        ['È'] = ('E', '\u0300'),
        ['É'] = ('E', '\u0301'),
        ['Ẽ'] = ('E', '\u0303'),
        ['Ẻ'] = ('E', '\u0309'),
        ['Ẹ'] = ('E', '\u0323'),
        ['Ề'] = ('Ê', '\u0300'),
        ['Ế'] = ('Ê', '\u0301'),
        ['Ễ'] = ('Ê', '\u0303'),
        ['Ể'] = ('Ê', '\u0309'),
        ['Ệ'] = ('Ê', '\u0323'),
        ['Ì'] = ('I', '\u0300'),
        ['Í'] = ('I', '\u0301'),
        ['Ĩ'] = ('I', '\u0303'),
        ['Ỉ'] = ('I', '\u0309'),
        ['Ị'] = ('I', '\u0323'),
        ['Ò'] = ('O', '\u0300'),
        ['Ó'] = ('O', '\u0301'),
        ['Õ'] = ('O', '\u0303'),
        ['Ỏ'] = ('O', '\u0309'),
        ['Ọ'] = ('O', '\u0323'),
        ['Ồ'] = ('Ô', '\u0300'),
        ['Ố'] = ('Ô', '\u0301'),
        ['Ỗ'] = ('Ô', '\u0303'),
        ['Ổ'] = ('Ô', '\u0309'),
        ['Ộ'] = ('Ô', '\u0323'),
        ['Ờ'] = ('Ơ', '\u0300'),
        ['Ớ'] = ('Ơ', '\u0301'),
        ['Ỡ'] = ('Ơ', '\u0303'),
        ['Ở'] = ('Ơ', '\u0309'),
        ['Ợ'] = ('Ơ', '\u0323'),
        ['Ù'] = ('U', '\u0300'),
        ['Ú'] = ('U', '\u0301'),
        ['Ũ'] = ('U', '\u0303'),
        ['Ủ'] = ('U', '\u0309'),
        ['Ụ'] = ('U', '\u0323'),
        ['Ừ'] = ('Ư', '\u0300'),
        ['Ứ'] = ('Ư', '\u0301'),
        ['Ữ'] = ('Ư', '\u0303'),
        ['Ử'] = ('Ư', '\u0309'),
        ['Ự'] = ('Ư', '\u0323'),
        ['Ỳ'] = ('Y', '\u0300'),
        ['Ý'] = ('Y', '\u0301'),
        ['Ỹ'] = ('Y', '\u0303'),
        ['Ỷ'] = ('Y', '\u0309'),
        ['Ỵ'] = ('Y', '\u0323'),
    };

    /// <summary>UTF-8 bytes, with or without a byte order mark.</summary>
    public static byte[] Utf8(string text, bool bom) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    /// <summary>The single failure of line 12 (the file's other rows are valid).</summary>
    public static IntakeFailure OnlyFailure(CsvTallyResult result)
    {
        var failure = Xunit.Assert.Single(result.Failures);
        Xunit.Assert.Equal(12, failure.Line);
        return failure;
    }
}
