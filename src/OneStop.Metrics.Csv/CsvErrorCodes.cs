using System;
using System.Collections.Generic;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The stable codes (mã lỗi) of the problems a CSV file itself can have (lỗi tệp CSV), before any validation
/// rule sees a value: a header that names no column, a required column that is missing, a cell that cannot be
/// read as a date, a number, a channel, an outcome, a yes/no value, a level, a department kind, an online service
/// kind or a time limit, a row with the wrong number of cells. Area <c>9xxx</c> of the codes of
/// <see cref="ErrorCodes"/> (which keeps <c>1xxx</c>–<c>8xxx</c>).
/// </summary>
/// <remarks>
/// <para>
/// The same rules as for <see cref="ErrorCodes"/> hold: <b>a code is never renamed, renumbered or reused once
/// shipped</b>; each has one fixed severity (<see cref="SeverityOf"/>); <c>docs/error-codes.md</c> lists them with
/// an example message in its section "9xxx — CSV files".
/// </para>
/// <para>
/// A cell failure is an <see cref="IntakeSeverity.Error"/>: the row is rejected for its unreadable cells alone
/// (and <c>OSM6001</c> when its id repeats: the rules do not see a row whose values are incomplete, which would
/// only report consequences of the bad cell), a reference entry goes to the reference intake with an undefined
/// value there and is rejected by it too. Its <see cref="IntakeFailure.Field"/> is the record's property the column feeds
/// (<c>ReceivedAt</c>), its <see cref="IntakeFailure.Value"/> the cell's text, and its message names the line, the
/// column as the file names it, the column's 1-based index and the value:
/// <c>Dossier 'H-1' (line 12): ngay_tiep_nhan (column 6) '31/02/2023' is not a date and time (…).</c>
/// Header failures (<c>OSM9001</c>, <c>OSM9002</c>, <c>OSM9009</c>) concern the whole file and are labelled
/// <c>Header (line 1)</c>.
/// </para>
/// </remarks>
public static class CsvErrorCodes
{
    /// <summary>
    /// <c>OSM9001</c>, warning: a header names no known column (nor an alias, nor an entry of the caller's
    /// <see cref="CsvColumnMapping"/>); the column is ignored.
    /// Example: <c>Header (line 1): column 16 'ghi_chu' is not a known column; it is ignored.</c>
    /// </summary>
    public const string UnknownHeader = "OSM9001";

    /// <summary>
    /// <c>OSM9002</c>, error: a required column has no header; nothing of the file is read.
    /// Example: <c>Header (line 1): no column gives Id (id, dossier_id, ma_ho_so, so_ho_so, mã hồ sơ, số hồ sơ).</c>
    /// </summary>
    public const string MissingColumn = "OSM9002";

    /// <summary>
    /// <c>OSM9003</c>, error: a cell of a date and time column is neither ISO 8601 (<c>yyyy-MM-dd</c>,
    /// <c>yyyy-MM-ddTHH:mm[:ss[.fffffffff]]</c>, <c>T</c> or a space) nor Vietnamese export style
    /// (<c>dd/MM/yyyy[ HH:mm[:ss]]</c>), or names a day that does not exist.
    /// Example: <c>Dossier 'H-1' (line 12): received_at (column 6) '31/02/2023' is not a date and time (yyyy-MM-dd[THH:mm[:ss]] or dd/MM/yyyy[ HH:mm[:ss]]).</c>
    /// </summary>
    public const string UnparsableDate = "OSM9003";

    /// <summary>
    /// <c>OSM9004</c>, error: a cell of a count column is not a whole number, or is above 65,535 (the most result
    /// documents a tally can count for one dossier). Negative numbers are read, and rejected by <c>OSM5017</c>.
    /// Example: <c>Dossier 'H-1' (line 12): result_documents (column 12) 'two' is not a whole number up to 65535.</c>
    /// </summary>
    public const string UnparsableNumber = "OSM9004";

    /// <summary>
    /// <c>OSM9005</c>, error: a channel cell (kênh, hình thức nộp) is not a word of the channel vocabulary.
    /// Example: <c>Dossier 'H-1' (line 12): channel (column 5) 'fax' is not an intake channel (in_person, online, postal; trực tiếp, trực tuyến, bưu chính).</c>
    /// </summary>
    public const string UnknownChannel = "OSM9005";

    /// <summary>
    /// <c>OSM9006</c>, error: an outcome cell (trạng thái) is not a word of the outcome vocabulary.
    /// Example: <c>Dossier 'H-1' (line 12): outcome (column 8) 'lost' is not an outcome (in_progress, resolved, returned, refused, withdrawn, cancelled; đang giải quyết, đã giải quyết, trả lại, từ chối, rút, hủy).</c>
    /// </summary>
    public const string UnknownOutcome = "OSM9006";

    /// <summary>
    /// <c>OSM9007</c>, error: a cell of a yes/no column is not a word of the boolean vocabulary.
    /// Example: <c>Dossier 'H-1' (line 12): subject_to_digitization (column 10) 'maybe' is not a yes/no value (true, false, 1, 0, yes, no, có, không).</c>
    /// </summary>
    public const string UnparsableBoolean = "OSM9007";

    /// <summary>
    /// <c>OSM9008</c>, error: a row has more or fewer cells than the header; none of its cells is read (they
    /// cannot be told apart), and its id, if any, does not take part in the duplicate check.
    /// Example: <c>Dossier 'H-1' (line 12): the row has 14 cells, the header 15.</c>
    /// </summary>
    public const string WrongCellCount = "OSM9008";

    /// <summary>
    /// <c>OSM9009</c>, error: two headers name the same column (for example <c>id</c> and <c>ma_ho_so</c>);
    /// nothing of the file is read.
    /// Example: <c>Header (line 1): column 16 'ma_ho_so' gives Id, as column 1 'id' does.</c>
    /// </summary>
    public const string DuplicateColumn = "OSM9009";

    /// <summary>
    /// <c>OSM9010</c>, error: a level cell of <c>units.csv</c> or <c>procedures.csv</c> is not a word of the level
    /// vocabulary; the entry is read with an undefined level, so the reference intake rejects it (<c>OSM1003</c>,
    /// <c>OSM4003</c>) and its dependants.
    /// Example: <c>Administrative unit 'H' (line 3): level (column 3) 'region' is not an administrative level (province, district, commune; tỉnh, huyện, xã).</c>
    /// </summary>
    public const string UnknownLevel = "OSM9010";

    /// <summary>
    /// <c>OSM9011</c>, error: a kind cell of <c>departments.csv</c> is not a word of the department kind
    /// vocabulary; the entry is read with an undefined kind and rejected (<c>OSM2003</c>).
    /// Example: <c>Department 'TP' (line 3): kind (column 4) 'office' is not a department kind (one_stop, specialised; một cửa, chuyên môn).</c>
    /// </summary>
    public const string UnknownDepartmentKind = "OSM9011";

    /// <summary>
    /// <c>OSM9012</c>, error: an online service cell of <c>procedures.csv</c> is not a word of the online service
    /// vocabulary; the entry is read with an undefined kind and rejected (<c>OSM4004</c>).
    /// Example: <c>Procedure 'P1' (line 2): online_service (column 5) 'level 5' is not an online service kind (none, partial, full_process; không, một phần, toàn trình).</c>
    /// </summary>
    public const string UnknownOnlineService = "OSM9012";

    /// <summary>
    /// <c>OSM9013</c>, error: a time limit cell of <c>procedures.csv</c> is not in the form
    /// <see cref="Deadlines.TimeLimit.Parse"/> reads (<c>5 working days</c>, <c>10 calendar days</c>,
    /// <c>8 working hours</c>); the entry is read with a limit of undefined unit and rejected (<c>OSM4005</c>).
    /// An empty cell is no time limit, not a failure.
    /// Example: <c>Procedure 'P1' (line 2): time_limit (column 6) 'five days' is not a time limit (5 working days, 10 calendar days, 8 working hours).</c>
    /// </summary>
    public const string UnparsableTimeLimit = "OSM9013";

    /// <summary>
    /// <c>OSM9014</c>, error: the file is empty (no header line); nothing is read.
    /// Example: <c>File: the file is empty; a dossier file begins with a header line (id, procedure_code, …).</c>
    /// </summary>
    public const string EmptyFile = "OSM9014";

    /// <summary>
    /// <c>OSM9015</c>, error: the file's bytes are not text in the encoding it is read with (by default UTF-8): the
    /// message names the byte offset, the likely encoding (Windows-1258 as a Vietnamese Excel saves "CSV",
    /// Windows-1252, UTF-16 without a byte order mark) and the option that reads it; nothing is read.
    /// Example: <c>File: byte 0xD0 at offset 1,234 is not UTF-8; the file looks like Windows-1258 (Vietnamese, as Excel saves CSV); read it with the encoding windows-1258 (--encoding windows-1258).</c>
    /// </summary>
    public const string NotInEncoding = "OSM9015";

    /// <summary>
    /// <c>OSM9016</c>, error: the file holds NUL bytes or other control characters in its first line: binary data
    /// (a spreadsheet, an archive), not CSV text; nothing is read and no byte of it is printed raw.
    /// Example: <c>File: line 1 holds control characters (\u0000 at column 3); this is not a CSV text file (an .xlsx workbook or other binary file?).</c>
    /// </summary>
    public const string BinaryContent = "OSM9016";

    /// <summary>
    /// <c>OSM9017</c>, error: a row's quote is not closed within <see cref="CsvReadOptions.MaxRowLines"/> lines, or
    /// closing it on a later line would give the row another number of cells than the header (a stray quote in
    /// an unquoted cell). The row — from its first line to the line where the quote opened — is rejected, and
    /// reading goes on with the next line, so one stray quote never swallows the rows after it.
    /// Example: <c>Row at line 4: a quote opened at line 4, column 3 is not closed on that line ('H-"4,TT-001,…'); the row is rejected and reading goes on at line 5.</c>
    /// </summary>
    public const string QuoteNotClosed = "OSM9017";

    /// <summary>
    /// <c>OSM9018</c>, error: a row is longer than <see cref="CsvReadOptions.MaxRowChars"/> characters; its text is
    /// dropped as it is read (never held in memory) and reading goes on with the next line.
    /// Example: <c>Row at line 7: 2,900,000 characters, more than the limit of 1,048,576; the row is rejected ('H-7,TT-001,…').</c>
    /// </summary>
    public const string RowTooLong = "OSM9018";

    /// <summary>
    /// <c>OSM9019</c>, error: a row holds bytes that are not valid in the file's encoding (decoded as U+FFFD);
    /// the row is rejected. A file whose first 64 KiB are not valid is refused whole with <see cref="NotInEncoding"/>.
    /// Example: <c>Row at line 12: bytes at column 9 are not valid UTF-8 ('H-12,TT-\uFFFD01,…'); the row is rejected.</c>
    /// </summary>
    public const string InvalidText = "OSM9019";

    /// <summary>
    /// <c>OSM9020</c>, warning: a row spans several physical lines because a quoted cell holds a line break (legal
    /// CSV, rare in exports); the row is read. The difference between physical lines and rows is always one of
    /// these, an <see cref="QuoteNotClosed"/>, or blank lines.
    /// Example: <c>Row at line 4 spans lines 4–5: a quoted cell opened at line 4, column 20 holds a line break.</c>
    /// </summary>
    public const string MultiLineRow = "OSM9020";

    /// <summary>
    /// <c>OSM9021</c>, warning: a header cell is empty (Excel writes <c>,,</c> after the last named column); the column
    /// is ignored.
    /// Example: <c>Header (line 1): column 16 has no name; it is ignored.</c>
    /// </summary>
    public const string EmptyHeaderName = "OSM9021";

    /// <summary>
    /// <c>OSM9022</c>, error: no cell of the first line names a column of the schema: the file has no header line
    /// (or it is not a dossier file); nothing is read.
    /// Example: <c>Header (line 1): no cell names a column of the schema ('H-000001', 'TT-001', …): the file has no header line; add one (id, procedure_code, …) or map the columns.</c>
    /// </summary>
    public const string NoHeaderLine = "OSM9022";

    /// <summary>
    /// <c>OSM9023</c>, error: the file writes its <c>d/M/yyyy</c> dates in the other order than the one it is read
    /// with (<see cref="CsvReadOptions.DateOrder"/>): some date has a month above 12 in that order and none has a day
    /// above 12 in the first place. The whole file is refused — never read half one way, half the other.
    /// Example: <c>File: dates are month first (line 3, received_at '3/25/2023'), but the file is read day first; read it with the date order month-first (--date-order month-first).</c>
    /// </summary>
    public const string DateOrderMismatch = "OSM9023";

    /// <summary>Every code of this class, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UnknownHeader, MissingColumn, UnparsableDate, UnparsableNumber, UnknownChannel, UnknownOutcome,
        UnparsableBoolean, WrongCellCount, DuplicateColumn, UnknownLevel, UnknownDepartmentKind, UnknownOnlineService,
        UnparsableTimeLimit, EmptyFile, NotInEncoding, BinaryContent, QuoteNotClosed, RowTooLong, InvalidText,
        MultiLineRow, EmptyHeaderName, NoHeaderLine, DateOrderMismatch,
    ];

    /// <summary>
    /// The fixed severity of a code of this class: <see cref="IntakeSeverity.Warning"/> for <see cref="UnknownHeader"/>,
    /// <see cref="MultiLineRow"/> and <see cref="EmptyHeaderName"/>, <see cref="IntakeSeverity.Error"/> for every other.
    /// </summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of this class.</exception>
    public static IntakeSeverity SeverityOf(string code) => code switch
    {
        UnknownHeader or MultiLineRow or EmptyHeaderName => IntakeSeverity.Warning,
        MissingColumn or UnparsableDate or UnparsableNumber or UnknownChannel or UnknownOutcome or UnparsableBoolean
            or WrongCellCount or DuplicateColumn or UnknownLevel or UnknownDepartmentKind or UnknownOnlineService
            or UnparsableTimeLimit or EmptyFile or NotInEncoding or BinaryContent or QuoteNotClosed or RowTooLong
            or InvalidText or NoHeaderLine or DateOrderMismatch => IntakeSeverity.Error,
        _ => throw new ArgumentException($"'{code}' is not a CSV error code of this class.", nameof(code)),
    };
}
