using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tests.Validation;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>How a generated file is written: separator, header and word language, date style, quoting, column order, ids that need quotes, byte order mark.</summary>
public sealed record CsvStyle(
    char Separator,
    bool VietnameseHeaders,
    bool VietnameseWords,
    bool VietnameseDates,
    bool QuoteAll,
    bool FancyIds,
    bool Bom,
    int[] ColumnOrder)
{
    public override string ToString() =>
        $"sep={(Separator == '\t' ? "tab" : Separator.ToString())} viHeaders={VietnameseHeaders} viWords={VietnameseWords} viDates={VietnameseDates} quoteAll={QuoteAll} fancyIds={FancyIds} bom={Bom} order={string.Join(" ", ColumnOrder)}";
}

/// <summary>A cell replaced by text that cannot be read, and the code it must give.</summary>
public sealed record CellFault(DossierColumn Column, string Text, string Code)
{
    public override string ToString() => $"{Column}='{Text}'→{Code}";
}

/// <summary>
/// Dossier records (line = position + 2, as the file has them) written in a style, some with a record-level fault
/// (a code of the validators) and some with an unreadable cell (a <c>9xxx</c> code), and some rows with the wrong
/// number of cells.
/// </summary>
public sealed record CsvCase(
    DossierRecord[] Records,
    CsvStyle Style,
    IReadOnlyDictionary<int, string> RecordFaults,
    IReadOnlyDictionary<int, CellFault> CellFaults,
    IReadOnlySet<int> ShortRows,
    IntakePolicy Policy)
{
    /// <summary>The file's text.</summary>
    public string Text => CsvRender.Render(this);

    /// <summary>The file's bytes (UTF-8, with a byte order mark when the style says so).</summary>
    public byte[] Bytes => CsvFixtures.Utf8(Text, Style.Bom);

    public override string ToString() =>
        $"{Records.Length} rows; {Style}; policy {Policy.SoftChecks}; record faults {string.Join(", ", RecordFaults.OrderBy(f => f.Key).Select(f => $"{f.Key}:{f.Value}"))}; "
        + $"cell faults {string.Join(", ", CellFaults.OrderBy(f => f.Key).Select(f => $"{f.Key}:{f.Value}"))}; short rows {string.Join(", ", ShortRows.Order())}\n{Text}";
}

/// <summary>Writes a <see cref="CsvCase"/> as a CSV text.</summary>
public static class CsvRender
{
    private static readonly Dictionary<IntakeChannel, string> ChannelWords = new()
    {
        [IntakeChannel.InPerson] = "Trực tiếp", [IntakeChannel.Online] = "Trực tuyến", [IntakeChannel.Postal] = "Bưu chính",
    };

    private static readonly Dictionary<OutcomeKind, string> OutcomeWords = new()
    {
        [OutcomeKind.InProgress] = "Đang giải quyết", [OutcomeKind.Resolved] = "Đã giải quyết", [OutcomeKind.ReturnedIneligible] = "Trả lại",
        [OutcomeKind.Refused] = "Từ chối", [OutcomeKind.Withdrawn] = "Rút hồ sơ", [OutcomeKind.Cancelled] = "Đã hủy",
    };

    public static string Render(CsvCase csv)
    {
        var style = csv.Style;
        var builder = new StringBuilder();
        AppendRow(builder, style, style.ColumnOrder.Select(c => HeaderOf((DossierColumn)c, style.VietnameseHeaders)));
        for (var i = 0; i < csv.Records.Length; i++)
        {
            var cells = Cells(csv.Records[i], style);
            if (csv.CellFaults.TryGetValue(i, out var fault))
            {
                cells[(int)fault.Column] = fault.Text;
            }

            var ordered = style.ColumnOrder.Select(c => cells[c]);
            AppendRow(builder, style, csv.ShortRows.Contains(i) ? ordered.Skip(1) : ordered);
        }

        return builder.ToString();
    }

    private static string HeaderOf(DossierColumn column, bool vietnamese)
    {
        var info = DossierCsvSchema.Describe(column);
        return vietnamese ? info.Aliases.First(a => a.Any(c => c > 127)) : info.Header;
    }

    private static string[] Cells(DossierRecord r, CsvStyle style)
    {
        var cells = new string[15];
        cells[(int)DossierColumn.Id] = r.Id ?? string.Empty;
        cells[(int)DossierColumn.ProcedureCode] = r.ProcedureCode ?? string.Empty;
        cells[(int)DossierColumn.ReceivingDepartmentCode] = r.ReceivingDepartmentCode ?? string.Empty;
        cells[(int)DossierColumn.ResolvingDepartmentCode] = r.ResolvingDepartmentCode ?? string.Empty;
        cells[(int)DossierColumn.Channel] = r.Channel is { } c ? style.VietnameseWords ? ChannelWords[c] : DossierCsvSchema.WordOf(c) : string.Empty;
        cells[(int)DossierColumn.ReceivedAt] = Date(r.ReceivedAt, style);
        cells[(int)DossierColumn.DueAt] = Date(r.DueAt, style);
        cells[(int)DossierColumn.Outcome] = r.Outcome is { } o ? style.VietnameseWords ? OutcomeWords[o] : DossierCsvSchema.WordOf(o) : string.Empty;
        cells[(int)DossierColumn.EndedAt] = Date(r.EndedAt, style);
        cells[(int)DossierColumn.SubjectToDigitization] = Bool(r.SubjectToDigitization, style);
        cells[(int)DossierColumn.DigitizedAtIntake] = Bool(r.DigitizedAtIntake, style);
        cells[(int)DossierColumn.ResultDocuments] = r.ResultDocuments.ToString(CultureInfo.InvariantCulture);
        cells[(int)DossierColumn.DigitizedResultDocuments] = r.DigitizedResultDocuments.ToString(CultureInfo.InvariantCulture);
        cells[(int)DossierColumn.ReusedDigitizedData] = Bool(r.ReusedDigitizedData, style);
        cells[(int)DossierColumn.ReceivedRegardlessOfBoundary] = Bool(r.ReceivedRegardlessOfBoundary, style);
        return cells;
    }

    private static string Date(LocalDateTime? value, CsvStyle style) =>
        value is not { } v ? string.Empty
        : style.VietnameseDates ? v.ToString(v.Second == 0 ? "dd'/'MM'/'yyyy HH':'mm" : "dd'/'MM'/'yyyy HH':'mm':'ss", CultureInfo.InvariantCulture)
        : DossierCsvSchema.FormatDateTime(v);

    private static string Bool(bool value, CsvStyle style) => style.VietnameseWords ? value ? "Có" : "Không" : value ? "true" : "false";

    private static void AppendRow(StringBuilder builder, CsvStyle style, IEnumerable<string> cells)
    {
        builder.AppendJoin(style.Separator, cells.Select(cell => Quote(cell, style)));
        builder.Append('\n');
    }

    private static string Quote(string cell, CsvStyle style)
    {
        var needed = cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]) || cell.Contains(style.Separator)
            || cell.Contains('"') || cell.Contains('\n'));
        return needed || (style.QuoteAll && cell.Length > 0) ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}

/// <summary>The generators of the CSV properties.</summary>
public static class CsvGenerators
{
    /// <summary>The validators' codes a CSV row can carry (not an undefined channel or outcome, a non-ISO date, supplements).</summary>
    private static readonly HashSet<string> CsvRepresentable =
    [
        .. ValidationGenerators.Injectors.Select(i => i.Code).Except(
        [
            ErrorCodes.DossierChannelUndefined, ErrorCodes.DossierOutcomeUndefined, ErrorCodes.DossierNonIsoCalendar,
            ErrorCodes.DossierSupplementRequestedAtMissing, ErrorCodes.DossierSupplementCompletedBeforeRequested,
        ]),
    ];

    /// <summary>Record-level changes: the core's injectors a CSV can carry, and changes at the edges of the rules (valid or not).</summary>
    private static readonly (string Name, Func<DossierRecord, DossierRecord, DossierRecord> Change)[] RecordChanges =
    [
        .. ValidationGenerators.Injectors.Where(i => CsvRepresentable.Contains(i.Code)).Select(i => (i.Code, i.Inject)),
        ("due=received", (r, _) => r with { DueAt = r.ReceivedAt }),
        ("ended=received", (r, _) => r with { Outcome = OutcomeKind.Withdrawn, EndedAt = r.ReceivedAt, DigitizedResultDocuments = 0 }),
        ("received 2000-01-01 00:00", (r, _) => r with { ReceivedAt = new LocalDateTime(2000, 1, 1, 0, 0), DueAt = null, Outcome = OutcomeKind.InProgress, EndedAt = null, DigitizedResultDocuments = 0 }),
        ("received 1999-12-31 23:59", (r, _) => r with { ReceivedAt = new LocalDateTime(1999, 12, 31, 23, 59), DueAt = null, Outcome = OutcomeKind.InProgress, EndedAt = null, DigitizedResultDocuments = 0 }),
        ("ended 2100-12-31 23:59", (r, _) => r with { Outcome = OutcomeKind.Refused, EndedAt = new LocalDateTime(2100, 12, 31, 23, 59), DigitizedResultDocuments = 0 }),
        ("ended 2101-01-01 00:00", (r, _) => r with { Outcome = OutcomeKind.Refused, EndedAt = new LocalDateTime(2101, 1, 1, 0, 0), DigitizedResultDocuments = 0 }),
        ("no resolving", (r, _) => r with { ResolvingDepartmentCode = null }),
        ("whitespace id", (r, _) => r with { Id = "  " }),
        ("digitized 0 of 0", (r, _) => r with { ResultDocuments = 0, DigitizedResultDocuments = 0 }),
        ("in progress, digitized result", (r, _) => r with { Outcome = OutcomeKind.InProgress, EndedAt = null, DigitizedResultDocuments = 1, ResultDocuments = 1 }),
        ("seconds", (r, _) => r with { ReceivedAt = r.ReceivedAt?.PlusSeconds(17) }),
    ];

    private static readonly CellFault[] CellFaults =
    [
        new(DossierColumn.ReceivedAt, "31/02/2023", CsvErrorCodes.UnparsableDate),
        new(DossierColumn.DueAt, "2023-13-01T08:00", CsvErrorCodes.UnparsableDate),
        new(DossierColumn.EndedAt, "hôm qua", CsvErrorCodes.UnparsableDate),
        new(DossierColumn.ResultDocuments, "two", CsvErrorCodes.UnparsableNumber),
        new(DossierColumn.DigitizedResultDocuments, "70000", CsvErrorCodes.UnparsableNumber),
        new(DossierColumn.Channel, "fax", CsvErrorCodes.UnknownChannel),
        new(DossierColumn.Outcome, "lost", CsvErrorCodes.UnknownOutcome),
        new(DossierColumn.SubjectToDigitization, "maybe", CsvErrorCodes.UnparsableBoolean),
        new(DossierColumn.ReceivedRegardlessOfBoundary, "2", CsvErrorCodes.UnparsableBoolean),
    ];

    public static Gen<CsvStyle> Styles { get; } =
        from separator in Gen.Elements(',', ';', '\t')
        from viHeaders in Gen.Elements(true, false)
        from viWords in Gen.Elements(true, false)
        from viDates in Gen.Elements(true, false)
        from quoteAll in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from fancyIds in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from bom in Gen.Elements(true, false)
        from order in Gen.Shuffle(Enumerable.Range(0, 15).ToArray())
        select new CsvStyle(separator, viHeaders, viWords, viDates, quoteAll, fancyIds, bom, [.. order]);

    /// <summary>A case; <paramref name="shortRows"/> says whether rows with the wrong number of cells may occur.</summary>
    public static Gen<CsvCase> Cases(bool shortRows) =>
        from dossiers in ValidationGenerators.ValidDossiers
        from style in Styles
        from policy in Gen.Elements(IntakePolicy.Default, IntakePolicy.Strict)
        from recordChoices in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(0, RecordChanges.Length - 1))), dossiers.Length)
        from cellChoices in Gen.ArrayOf(Gen.Frequency((8, Gen.Constant(-1)), (1, Gen.Choose(0, CellFaults.Length - 1))), dossiers.Length)
        from shortChoices in Gen.ArrayOf(Gen.Frequency((12, Gen.Constant(false)), (shortRows ? 1 : 0, Gen.Constant(true))), dossiers.Length)
        select Build(dossiers, style, policy, recordChoices, cellChoices, shortChoices);

    private static CsvCase Build(Dossier[] dossiers, CsvStyle style, IntakePolicy policy, int[] recordChoices, int[] cellChoices,
        bool[] shortChoices)
    {
        // Ids that need quoting when the style asks for it: a quote, the separators, a space, a trailing tab. (Not a
        // leading space together with a quote: Sep's trimming drops such spaces, see docs/csv-schema.md.)
        var valid = dossiers
            .Select((d, i) => DossierRecord.From(d with
            {
                Id = style.FancyIds ? "\"" + d.Id + ", ; x" : d.Id,
                Supplements = [],
                Reappointments = ImmutableArray<LocalDateTime>.Empty,
            }) with { Line = i + 2 })
            .ToArray();
        var records = (DossierRecord[])valid.Clone();
        var recordFaults = new Dictionary<int, string>();
        var cellFaults = new Dictionary<int, CellFault>();
        var shortRows = new HashSet<int>();
        for (var i = 0; i < records.Length; i++)
        {
            if (i > 0 && recordChoices[i] >= 0)
            {
                var (name, change) = RecordChanges[recordChoices[i]];
                records[i] = AsRead(change(records[i], valid[0]));
                recordFaults.Add(i, name);
            }

            if (cellChoices[i] >= 0)
            {
                cellFaults.Add(i, CellFaults[cellChoices[i]]);
            }

            if (shortChoices[i])
            {
                shortRows.Add(i);
            }
        }

        return new CsvCase(records, style, recordFaults, cellFaults, shortRows, policy);
    }

    /// <summary>A record as the reader gives it back: empty codes and ids are missing (<see langword="null"/>).</summary>
    private static DossierRecord AsRead(DossierRecord r) => r with
    {
        Id = r.Id is "" ? null : r.Id,
        ProcedureCode = r.ProcedureCode is "" ? null : r.ProcedureCode,
        ReceivingDepartmentCode = r.ReceivingDepartmentCode is "" ? null : r.ReceivingDepartmentCode,
        ResolvingDepartmentCode = r.ResolvingDepartmentCode is "" ? null : r.ResolvingDepartmentCode,
    };
}

/// <summary>The FsCheck arbitraries of the CSV properties.</summary>
public static class CsvArbitraries
{
    /// <summary>Cases without rows of the wrong length (their records line up with the core's intake).</summary>
    public static Arbitrary<CsvCase> Cases() => Arb.From(CsvGenerators.Cases(shortRows: false));
}

/// <summary>The FsCheck arbitraries of the CSV properties that include rows of the wrong length.</summary>
public static class RaggedCsvArbitraries
{
    public static Arbitrary<CsvCase> Cases() => Arb.From(CsvGenerators.Cases(shortRows: true));
}
