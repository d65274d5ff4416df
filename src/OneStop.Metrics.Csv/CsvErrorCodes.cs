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
/// Header failures (<c>OSM9001</c>, <c>OSM9002</c>, <c>OSM9009</c>, <c>OSM9030</c>–<c>OSM9032</c>) concern the
/// whole file and are labelled <c>Header (line 1)</c> (in reference files, e.g. <c>Departments header (line 1)</c>).
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
    /// <c>OSM9030</c>, warning: a header cell is empty (as Excel writes for trailing columns, <c>code,name,,</c>);
    /// the column is ignored, like a column of unknown name.
    /// Example: <c>Administrative units header (line 1): column 5 has no name; it is ignored.</c>
    /// </summary>
    public const string UnnamedColumn = "OSM9030";

    /// <summary>
    /// <c>OSM9031</c>, error: the first line names no column while it has as many cells as the file has columns:
    /// it is a data row, and the file has no header line; nothing of the file is read.
    /// Example: <c>Procedure fields header (line 1): the first line names no column ('LV1', 'Đất đai'): it looks like a data row; the file needs a header line (code, name).</c>
    /// </summary>
    public const string MissingHeaderLine = "OSM9031";

    /// <summary>
    /// <c>OSM9032</c>, error: the file is empty (no line, or only blank lines); nothing of it is read.
    /// Example: <c>Procedure fields header (line 1): the file is empty; it needs a header line (code, name).</c>
    /// </summary>
    public const string EmptyFile = "OSM9032";

    /// <summary>Every code of this class, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UnknownHeader, MissingColumn, UnparsableDate, UnparsableNumber, UnknownChannel, UnknownOutcome,
        UnparsableBoolean, WrongCellCount, DuplicateColumn, UnknownLevel, UnknownDepartmentKind, UnknownOnlineService,
        UnparsableTimeLimit,
        UnnamedColumn, MissingHeaderLine, EmptyFile,
    ];

    /// <summary>The fixed severity of a code of this class: <see cref="IntakeSeverity.Warning"/> for <see cref="UnknownHeader"/> and <see cref="UnnamedColumn"/>, <see cref="IntakeSeverity.Error"/> for every other.</summary>
    /// <param name="code">A code of <see cref="All"/>.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of this class.</exception>
    public static IntakeSeverity SeverityOf(string code) => code switch
    {
        UnknownHeader or UnnamedColumn => IntakeSeverity.Warning,
        MissingColumn or UnparsableDate or UnparsableNumber or UnknownChannel or UnknownOutcome or UnparsableBoolean
            or WrongCellCount or DuplicateColumn or UnknownLevel or UnknownDepartmentKind or UnknownOnlineService
            or UnparsableTimeLimit => IntakeSeverity.Error,
        MissingHeaderLine or EmptyFile => IntakeSeverity.Error,
        _ => throw new ArgumentException($"'{code}' is not a CSV error code (OSM9001..OSM9013, OSM9030..OSM9032).", nameof(code)),
    };
}
