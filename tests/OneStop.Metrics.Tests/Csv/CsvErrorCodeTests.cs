using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Validation;
using Xunit;
using static OneStop.Metrics.Tests.Csv.CsvFixtures;

namespace OneStop.Metrics.Tests.Csv;

/// <summary>One test per CSV error code: the exact message (line, column name and index, value), the severity, the effect on the row; and the code table in docs/error-codes.md.</summary>
public class CsvErrorCodeTests
{
    /// <summary>For each code: a file that has that problem once, and the failure it must give.</summary>
    public static IReadOnlyDictionary<string, (Func<IntakeFailure> Run, string Message)> Cases { get; } =
        new Dictionary<string, (Func<IntakeFailure>, string)>
        {
            [CsvErrorCodes.UnknownHeader] = (
                () => Read(FileOf(Header + ",ghi_chu", [ValidRow + ",xin nhanh"])).HeaderFailures.Single(),
                "Header (line 1): column 16 'ghi_chu' is not a known column; it is ignored."),
            [CsvErrorCodes.MissingColumn] = (
                () => Read(FileOf(Header.Replace("id,", "ma_so,", StringComparison.Ordinal), [ValidRow]))
                    .HeaderFailures.Single(f => f.Code == CsvErrorCodes.MissingColumn),
                "Header (line 1): no column gives Id (id, dossier_id, ma_ho_so, so_ho_so, mã hồ sơ, số hồ sơ)."),
            [CsvErrorCodes.UnparsableDate] = (
                () => OnlyFailure(Read(FileWith(RowWith(5, "31/02/2023")))),
                "Dossier 'H-1' (line 12): received_at (column 6) '31/02/2023' is not a date and time (yyyy-MM-dd[THH:mm[:ss]] or dd/MM/yyyy[ HH:mm[:ss]])."),
            [CsvErrorCodes.UnparsableNumber] = (
                () => OnlyFailure(Read(FileWith(RowWith(11, "two")))),
                "Dossier 'H-1' (line 12): result_documents (column 12) 'two' is not a whole number up to 65535."),
            [CsvErrorCodes.UnknownChannel] = (
                () => OnlyFailure(Read(FileWith(RowWith(4, "fax")))),
                "Dossier 'H-1' (line 12): channel (column 5) 'fax' is not an intake channel (in_person, online, postal; trực tiếp, trực tuyến, bưu chính)."),
            [CsvErrorCodes.UnknownOutcome] = (
                () => OnlyFailure(Read(FileWith(RowWith(7, "lost")))),
                "Dossier 'H-1' (line 12): outcome (column 8) 'lost' is not an outcome (in_progress, resolved, returned, refused, withdrawn, cancelled; đang giải quyết, đã giải quyết, trả lại, từ chối, rút, hủy)."),
            [CsvErrorCodes.UnparsableBoolean] = (
                () => OnlyFailure(Read(FileWith(RowWith(9, "maybe")))),
                "Dossier 'H-1' (line 12): subject_to_digitization (column 10) 'maybe' is not a yes/no value (true, false, 1, 0, yes, no, có, không)."),
            [CsvErrorCodes.WrongCellCount] = (
                () => OnlyFailure(Read(FileWith(ValidRow[..ValidRow.LastIndexOf(',')]))),
                "Dossier 'H-1' (line 12): the row has 14 cells, the header 15."),
            [CsvErrorCodes.DuplicateColumn] = (
                () => Read(FileOf(Header + ",ma_ho_so", [ValidRow + ",H-1"])).HeaderFailures.Single(),
                "Header (line 1): column 16 'ma_ho_so' gives Id, as column 1 'id' does."),
            [CsvErrorCodes.UnknownLevel] = (
                () => ReadReference(units: "code,name,level,parent_code\nX,xã Quang Phục,commune,H\nH,huyện Tứ Kỳ,region,\n")
                    .CsvFailures.Single(),
                "Administrative unit 'H' (line 3): level (column 3) 'region' is not an administrative level (province, district, commune; tỉnh, huyện, xã)."),
            [CsvErrorCodes.UnknownDepartmentKind] = (
                () => ReadReference(departments: "code,name,unit_code,kind\nMC-H,Một cửa,H,one_stop\nTP,Tư pháp,H,office\n")
                    .CsvFailures.Single(),
                "Department 'TP' (line 3): kind (column 4) 'office' is not a department kind (one_stop, specialised; một cửa, chuyên môn)."),
            [CsvErrorCodes.UnknownOnlineService] = (
                () => ReadReference(procedures: "code,name,field_code,level,online_service,time_limit\nP1,Cấp bản sao,TPH,district,level 5,\n")
                    .CsvFailures.Single(),
                "Procedure 'P1' (line 2): online_service (column 5) 'level 5' is not an online service kind (none, partial, full_process; không, một phần, toàn trình)."),
            [CsvErrorCodes.UnparsableTimeLimit] = (
                () => ReadReference(procedures: "code,name,field_code,level,online_service,time_limit\nP1,Cấp bản sao,TPH,district,full_process,five days\n")
                    .CsvFailures.Single(),
                "Procedure 'P1' (line 2): time_limit (column 6) 'five days' is not a time limit (5 working days, 10 calendar days, 8 working hours)."),
            [CsvErrorCodes.EmptyFile] = (
                () => Read(string.Empty).HeaderFailures.Single(),
                "Header (line 1): the file is empty; it needs a header line (id, procedure_code, receiving_department_code, resolving_department_code, channel, received_at, due_at, outcome, ended_at, subject_to_digitization, digitized_at_intake, result_documents, digitized_result_documents, reused_digitized_data, received_regardless_of_boundary)."),
            [CsvErrorCodes.NotInEncoding] = (
                () => ReadBytes(Windows1258(FileOf(Header.Replace("id,", "mã hồ sơ,", StringComparison.Ordinal), [ValidRow]))).FileFailures.Single(),
                "File: byte 0xDE at offset 2 is not UTF-8; the file looks like Windows-1258 (Vietnamese, as Excel on a Vietnamese Windows saves CSV); read it with the encoding windows-1258 (--encoding windows-1258)."),
            [CsvErrorCodes.BinaryContent] = (
                () => ReadBytes([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).FileFailures.Single(),
                "File: the file is a ZIP archive (an .xlsx workbook?), not CSV text."),
            [CsvErrorCodes.QuoteNotClosed] = (
                () => OnlyFailure(Read(FileWith(RowWith(0, "H-\"1"), Filler(13)))),
                "Row at line 12: a quote opened at line 12, column 3 is not closed on that line ('H-\"1,P1,MC-H,TP,in_person,2023-03-05T08:…'); the row is rejected and reading goes on at line 13."),
            [CsvErrorCodes.RowTooLong] = (
                () => OnlyFailure(Read(FileWith(RowWith(13, "false" + new string(' ', 200))), new CsvReadOptions { MaxRowChars = 200 })),
                "Row at line 12: 310 characters, more than the limit of 200; the row is rejected ('H-1,P1,MC-H,TP,in_person,2023-03-05T08:1…')."),
            [CsvErrorCodes.InvalidText] = (
                () => OnlyFailure(Read(FileWith(RowWith(0, "H-\uFFFD1")))),
                "Row at line 12: bytes at line 12, column 3 are not valid in the file's encoding ('H-\\uFFFD1,P1,MC-H,TP,in_person,2023-03-05T08:…'); the row is rejected."),
            [CsvErrorCodes.MultiLineRow] = (
                () => Read(FileOf(Header + ",ghi_chu", [ValidRow + ",\"xin\nnhanh\""])).Failures.Single(),
                "Row at line 2 spans lines 2–3: a quoted cell opened at line 2, column 112 holds a line break."),
            [CsvErrorCodes.EmptyHeaderName] = (
                () => Read(FileOf(Header + ",", [ValidRow + ","])).HeaderFailures.Single(),
                "Header (line 1): column 16 has no name; it is ignored."),
            [CsvErrorCodes.NoHeaderLine] = (
                () => Read(FileOf(ValidRow, [Filler(2)])).HeaderFailures.Single(),
                "Header (line 1): no cell names a column ('H-1', 'P1', 'MC-H', …): the file has no header line; it needs one (id, procedure_code, receiving_department_code, resolving_department_code, channel, received_at, due_at, outcome, ended_at, subject_to_digitization, digitized_at_intake, result_documents, digitized_result_documents, reused_digitized_data, received_regardless_of_boundary)."),
            [CsvErrorCodes.DateOrderMismatch] = (
                () => Read(FileWith(RowWith(5, "3/25/2023 09:00"))).FileFailures.Single(),
                "File: 1 date(s) are month first, the first at line 12, received_at '3/25/2023 09:00', and none is day first; the file is read day first: read it with the date order month-first (--date-order month-first)."),
        };

    public static IEnumerable<object[]> Codes => CsvErrorCodes.All.Select(code => new object[] { code });

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_gives_its_exact_message_and_severity(string code)
    {
        var (run, message) = Cases[code];

        var failure = run();

        Assert.Equal(code, failure.Code);
        Assert.Equal(message, failure.Message);
        Assert.Equal(CsvErrorCodes.SeverityOf(code), failure.Severity);
        if (code is not (CsvErrorCodes.NotInEncoding or CsvErrorCodes.BinaryContent or CsvErrorCodes.DateOrderMismatch))
        {
            Assert.NotNull(failure.Line); // the whole-file codes have no line
        }
    }

    [Fact]
    public void Every_code_has_a_case_and_codes_are_unique_and_in_the_9xxx_range()
    {
        Assert.Equal(CsvErrorCodes.All.Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(CsvErrorCodes.All.Count, CsvErrorCodes.All.Distinct().Count());
        Assert.All(CsvErrorCodes.All, code => Assert.Matches(@"^OSM9\d{3}$", code));
        var constants = typeof(CsvErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(CsvErrorCodes.All.Order(StringComparer.Ordinal), constants.Order(StringComparer.Ordinal));
        Assert.Throws<ArgumentException>(() => CsvErrorCodes.SeverityOf("OSM5001"));
    }

    [Fact]
    public void A_cell_failure_rejects_the_row_and_names_the_value_the_field_and_the_record()
    {
        var result = Read(FileWith(RowWith(5, "31/02/2023")));

        Assert.Equal((11L, 10L, 1L), (result.RowsRead, result.Accepted, result.Rejected));
        var failure = OnlyFailure(result);
        Assert.Equal(("ReceivedAt", "31/02/2023", "H-1", 10L), (failure.Field, failure.Value, failure.RecordId, failure.Position!.Value));
        Assert.Equal(1, result.RejectedByCode[CsvErrorCodes.UnparsableDate]);
    }

    [Fact]
    public void A_row_with_an_unreadable_cell_is_rejected_for_its_cells_alone_and_for_a_repeated_id()
    {
        // The channel cannot be read (OSM9005: not also OSM5004 for the missing channel, nor OSM6002 for the unknown
        // procedure: the rules do not see a row whose values are incomplete), but the id repeats line 11's (OSM6001).
        var row = RowWith(4, "fax").Replace("H-1,P1,", "F-11,P9,", StringComparison.Ordinal);

        var failures = Read(FileWith(row)).Failures;

        Assert.Equal([ErrorCodes.DossierIdDuplicate, CsvErrorCodes.UnknownChannel], failures.Select(f => f.Code));
        Assert.Equal("Dossier 'F-11' (line 12): Id 'F-11' repeats the dossier at line 11.", failures[0].Message);
    }

    [Fact]
    public void Validation_failures_carry_the_line_in_their_message()
    {
        var failure = OnlyFailure(Read(FileWith(RowWith(1, "P9"))));

        Assert.Equal(ErrorCodes.DossierProcedureUnknown, failure.Code);
        Assert.Equal("Dossier 'H-1' (line 12): ProcedureCode 'P9' is not in the procedure catalogue.", failure.Message);
    }

    [Fact]
    public void A_missing_or_repeated_column_refuses_the_whole_file_and_reads_no_row()
    {
        var missing = Read(FileOf(Header.Replace(",channel,", ",kind,", StringComparison.Ordinal), [ValidRow]));
        var repeated = Read(FileOf(Header + ",ma_ho_so", [ValidRow + ",H-1"]));

        foreach (var result in new[] { missing, repeated })
        {
            Assert.False(result.HeaderAccepted);
            Assert.Equal((0L, 0L, 0L), (result.RowsRead, result.Accepted, result.Rejected));
            Assert.Equal(0, result.Tally.DossiersSeen);
        }

        Assert.Contains(missing.HeaderFailures, f => f.Code == CsvErrorCodes.UnknownHeader && f.Value == "kind");
    }

    [Fact]
    public void An_unknown_header_is_only_a_warning_and_its_column_is_ignored()
    {
        var result = Read(FileOf(Header + ",ghi_chu", [ValidRow + ",xin nhanh"]));

        Assert.True(result.HeaderAccepted);
        Assert.Equal((1L, 1L), (result.RowsRead, result.Accepted));
        Assert.DoesNotContain(DossierColumn.Id, result.Columns.Keys.Where(c => result.Columns[c] == "ghi_chu"));
    }

    [Fact]
    public void Every_csv_code_is_documented_once_with_its_severity_and_example_message()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "error-codes.md"));
        var section = text[text.IndexOf("### 9xxx", StringComparison.Ordinal)..];
        var rows = new Regex(@"^\| `(?<code>OSM9\d{3})` \| (?<severity>\w+) \| [^|]+ \| .*? \| `(?<message>[^`]+)` \| (?<since>\d+\.\d+\.\d+) \|$",
            RegexOptions.Multiline).Matches(section).ToDictionary(m => m.Groups["code"].Value);

        Assert.Equal(CsvErrorCodes.All.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, row) in rows)
        {
            Assert.Equal(CsvErrorCodes.SeverityOf(code).ToString(), row.Groups["severity"].Value);
            Assert.Equal(Cases[code].Message, row.Groups["message"].Value);
        }

        Assert.Equal(rows.Count, Regex.Count(text, @"^\| `OSM9\d{3}`", RegexOptions.Multiline));
    }

    /// <summary>Reads reference files where only the given ones differ from the valid lists of <see cref="CsvFixtures.Reference"/>.</summary>
    public static ReferenceCsvResult ReadReference(string? units = null, string? departments = null, string? fields = null,
        string? procedures = null)
    {
        var reference = Reference;
        return ReferenceCsv.Read(
            new StringReader(units ?? Write(w => ReferenceCsv.WriteUnits(w, reference.Units))),
            new StringReader(departments ?? Write(w => ReferenceCsv.WriteDepartments(w, reference.Departments))),
            new StringReader(fields ?? Write(w => ReferenceCsv.WriteFields(w, reference.Fields))),
            new StringReader(procedures ?? Write(w => ReferenceCsv.WriteProcedures(w, reference.Procedures))));
    }

    public static string Write(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
