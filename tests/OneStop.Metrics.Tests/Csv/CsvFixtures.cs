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
