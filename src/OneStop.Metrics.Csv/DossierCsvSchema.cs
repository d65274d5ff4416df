using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The dossier CSV schema (lược đồ tệp hồ sơ), in code: one row per dossier, the fifteen <see cref="DossierColumn"/>s
/// with their English headers and accepted aliases, and the value vocabularies and formats of the cells.
/// <c>docs/csv-schema.md</c> is the same in prose; a test keeps the two in step.
/// </summary>
/// <remarks>
/// <para>
/// <b>Headers</b> are matched after <see cref="NormalizeName"/> (case, Vietnamese diacritics and the gaps between
/// words do not matter: <c>Mã hồ sơ</c>, <c>MA_HO_SO</c> and <c>ma-ho-so</c> are one header), against each
/// column's <see cref="DossierColumnInfo.Header"/> and <see cref="DossierColumnInfo.Aliases"/>, and against the
/// caller's <see cref="CsvColumnMapping"/> first. Columns may come in any order; unknown ones are ignored with a
/// warning.
/// </para>
/// <para>
/// <b>Words</b> (channel, outcome, yes/no) are matched the same way: <c>Trực tuyến</c>, <c>truc tuyen</c> and
/// <c>online</c> are one channel. <b>Dates and times</b> are ISO 8601 (<c>yyyy-MM-dd</c>,
/// <c>yyyy-MM-ddTHH:mm[:ss[.fffffffff]]</c>, a space instead of the <c>T</c> accepted) or Vietnamese export style
/// (<c>dd/MM/yyyy</c>, <c>dd/MM/yyyy HH:mm[:ss]</c>, one-digit day, month and hour accepted), local time of
/// Asia/Ho_Chi_Minh (UTC+7) with no zone or offset in the text. A date without a time is 00:00 at the start of the
/// day, except in <see cref="DossierColumn.DueAt"/>, where it is 23:59:59 at the end of the day (a date of
/// appointment, ngày hẹn trả, runs to the day's end).
/// </para>
/// </remarks>
public static class DossierCsvSchema
{
    /// <summary>The separator the writers use: a comma.</summary>
    public const char DefaultSeparator = ',';

    /// <summary>The date and time formats accepted, as messages list them.</summary>
    public const string DateTimeFormats = "yyyy-MM-dd[THH:mm[:ss]] or dd/MM/yyyy[ HH:mm[:ss]]";

    /// <summary>The time of day a date-only <see cref="DossierColumn.DueAt"/> cell is read at: 23:59:59, the end of the appointed day.</summary>
    public static LocalTime DateOnlyDueTime { get; } = new(23, 59, 59);

    private static readonly LocalDateTimePattern Minutes =
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    private static readonly LocalDateTimePattern Seconds =
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    private static readonly LocalDateTimePattern Fraction =
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFFFF");

    internal static readonly Vocabulary<IntakeChannel> ChannelVocabulary = new(
        [
            (IntakeChannel.InPerson, ["in_person", "InPerson", "in person", "direct", "offline", "trực tiếp", "nộp trực tiếp", "tại quầy"]),
            (IntakeChannel.Online, ["online", "trực tuyến", "nộp trực tuyến", "dịch vụ công trực tuyến", "qua mạng"]),
            (IntakeChannel.Postal, ["postal", "post", "bưu chính", "bưu chính công ích", "dịch vụ bưu chính", "qua bưu chính", "bưu điện", "BCCI"]),
        ],
        "in_person, online, postal; trực tiếp, trực tuyến, bưu chính");

    internal static readonly Vocabulary<OutcomeKind> OutcomeVocabulary = new(
        [
            (OutcomeKind.InProgress, ["in_progress", "InProgress", "pending", "đang giải quyết", "đang xử lý", "chưa giải quyết"]),
            (OutcomeKind.Resolved, ["resolved", "đã giải quyết", "đã trả kết quả", "hoàn thành"]),
            (OutcomeKind.ReturnedIneligible, ["returned", "ReturnedIneligible", "returned_ineligible", "trả lại", "trả lại hồ sơ", "không đủ điều kiện"]),
            (OutcomeKind.Refused, ["refused", "từ chối", "từ chối giải quyết"]),
            (OutcomeKind.Withdrawn, ["withdrawn", "rút", "rút hồ sơ", "đã rút", "công dân rút hồ sơ"]),
            (OutcomeKind.Cancelled, ["cancelled", "canceled", "hủy", "đã hủy", "hủy hồ sơ"]),
        ],
        "in_progress, resolved, returned, refused, withdrawn, cancelled; đang giải quyết, đã giải quyết, trả lại, từ chối, rút, hủy");

    internal static readonly Vocabulary<bool> BooleanVocabulary = new(
        [
            (true, ["true", "1", "yes", "y", "x", "có", "đúng"]),
            (false, ["false", "0", "no", "n", "không", "sai"]),
        ],
        "true, false, 1, 0, yes, no, có, không");

    private static readonly ImmutableArray<DossierColumnInfo> Table =
    [
        new(DossierColumn.Id, "id", ["dossier_id", "ma_ho_so", "so_ho_so", "mã hồ sơ", "số hồ sơ"], CsvValueKind.Text, true, "none (missing)"),
        new(DossierColumn.ProcedureCode, "procedure_code",
            ["ma_thu_tuc", "ma_tthc", "mã thủ tục", "mã thủ tục hành chính", "mã TTHC"], CsvValueKind.Code, true, "none (missing)"),
        new(DossierColumn.ReceivingDepartmentCode, "receiving_department_code",
            ["ma_bo_phan_tiep_nhan", "ma_don_vi_tiep_nhan", "ma_co_quan_tiep_nhan", "mã bộ phận tiếp nhận", "mã đơn vị tiếp nhận", "nơi tiếp nhận"],
            CsvValueKind.Code, true, "none (missing)"),
        new(DossierColumn.ResolvingDepartmentCode, "resolving_department_code",
            ["ma_phong_chuyen_mon", "ma_don_vi_giai_quyet", "ma_co_quan_giai_quyet", "mã phòng chuyên môn", "mã đơn vị giải quyết", "đơn vị xử lý"],
            CsvValueKind.Code, false, "none (the receiving unit resolves the dossier)"),
        new(DossierColumn.Channel, "channel",
            ["kenh", "kenh_nop", "hinh_thuc_nop", "hinh_thuc_tiep_nhan", "kênh", "kênh nộp", "hình thức nộp", "hình thức tiếp nhận"],
            CsvValueKind.Channel, true, "none (missing)"),
        new(DossierColumn.ReceivedAt, "received_at",
            ["ngay_tiep_nhan", "ngay_nhan", "thoi_gian_tiep_nhan", "ngày tiếp nhận", "ngày nhận", "thời gian tiếp nhận"],
            CsvValueKind.DateTime, true, "none (missing)"),
        new(DossierColumn.DueAt, "due_at",
            ["ngay_hen_tra", "ngay_hen_tra_ket_qua", "han_giai_quyet", "ngày hẹn trả", "ngày hẹn trả kết quả", "hạn giải quyết"],
            CsvValueKind.DateTime, false, "none (a procedure without a time limit: never late)"),
        new(DossierColumn.Outcome, "outcome",
            ["trang_thai", "tinh_trang", "ket_qua_xu_ly", "trạng thái", "tình trạng", "kết quả xử lý"], CsvValueKind.Outcome, true, "none (missing)"),
        new(DossierColumn.EndedAt, "ended_at",
            ["ngay_ket_thuc", "ngay_tra_ket_qua", "ngay_hoan_thanh", "ngày kết thúc", "ngày trả kết quả", "ngày hoàn thành"],
            CsvValueKind.DateTime, false, "none (required when the outcome is ended)"),
        new(DossierColumn.SubjectToDigitization, "subject_to_digitization",
            ["thuoc_dien_so_hoa", "thuộc diện số hóa"], CsvValueKind.Boolean, false, "no"),
        new(DossierColumn.DigitizedAtIntake, "digitized_at_intake",
            ["so_hoa_khi_tiep_nhan", "da_so_hoa", "số hóa khi tiếp nhận", "đã số hóa"], CsvValueKind.Boolean, false, "no"),
        new(DossierColumn.ResultDocuments, "result_documents",
            ["so_giay_to_ket_qua", "so_ket_qua", "số giấy tờ kết quả", "số kết quả"], CsvValueKind.Count, false, "1"),
        new(DossierColumn.DigitizedResultDocuments, "digitized_result_documents",
            ["so_ket_qua_so_hoa", "so_giay_to_ket_qua_so_hoa", "số kết quả số hóa", "số giấy tờ kết quả số hóa"], CsvValueKind.Count, false, "0"),
        new(DossierColumn.ReusedDigitizedData, "reused_digitized_data",
            ["su_dung_lai_du_lieu_so_hoa", "khai_thac_du_lieu_so_hoa", "tai_su_dung_du_lieu", "sử dụng lại dữ liệu số hóa", "khai thác dữ liệu số hóa"],
            CsvValueKind.Boolean, false, "no"),
        new(DossierColumn.ReceivedRegardlessOfBoundary, "received_regardless_of_boundary",
            ["khong_phu_thuoc_dia_gioi", "tiep_nhan_khong_phu_thuoc_dia_gioi", "phi_dia_gioi", "không phụ thuộc địa giới", "tiếp nhận không phụ thuộc địa giới hành chính"],
            CsvValueKind.Boolean, false, "no"),
    ];

    private static readonly FrozenDictionary<string, DossierColumn> BuiltInNames = CreateNames();

    /// <summary>The fifteen columns, in <see cref="DossierColumn"/> order (the order the writer writes them).</summary>
    public static IReadOnlyList<DossierColumnInfo> Columns => Table;

    /// <summary>
    /// The channel words (kênh) the reader accepts, folded (<see cref="NormalizeName"/>), with their channel. The
    /// writer writes <c>in_person</c>, <c>online</c>, <c>postal</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, IntakeChannel> ChannelWords => ChannelVocabulary.Words;

    /// <summary>
    /// The outcome words (trạng thái) the reader accepts, folded, with their outcome. The writer writes
    /// <c>in_progress</c>, <c>resolved</c>, <c>returned</c>, <c>refused</c>, <c>withdrawn</c>, <c>cancelled</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, OutcomeKind> OutcomeWords => OutcomeVocabulary.Words;

    /// <summary>The yes/no words the reader accepts, folded, with their value. The writer writes <c>true</c> and <c>false</c>.</summary>
    public static IReadOnlyDictionary<string, bool> BooleanWords => BooleanVocabulary.Words;

    /// <summary>Returns the description of a column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>Its description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not a defined column.</exception>
    public static DossierColumnInfo Describe(DossierColumn column) =>
        column >= 0 && (int)column < Table.Length
            ? Table[(int)column]
            : throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined dossier column.");

    /// <summary>
    /// Folds a header or a word to the form it is matched in: lower case, Vietnamese diacritics removed
    /// (<c>đ</c> → <c>d</c>), each run of spaces, tabs, <c>_</c>, <c>-</c>, <c>.</c>, <c>/</c> and parentheses
    /// turned into one <c>_</c>, none at the ends, a byte order mark dropped. <c>"Ngày tiếp nhận"</c> →
    /// <c>ngay_tiep_nhan</c>. Culture-independent.
    /// </summary>
    /// <param name="name">The header or word.</param>
    /// <returns>The folded form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TextFold.Fold(name);
    }

    /// <summary>Finds the column a header names by the built-in headers and aliases (not a caller's mapping).</summary>
    /// <param name="header">The header as the file gives it.</param>
    /// <param name="column">The column, when found.</param>
    /// <returns>Whether the header names a column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    public static bool TryMatchHeader(string header, out DossierColumn column) =>
        BuiltInNames.TryGetValue(NormalizeName(header), out column);

    /// <summary>Reads a channel word (see <see cref="ChannelWords"/>); surrounding white space is ignored.</summary>
    /// <param name="text">The word.</param>
    /// <param name="channel">The channel, when the word is known.</param>
    /// <returns>Whether the word is known.</returns>
    public static bool TryParseChannel(ReadOnlySpan<char> text, out IntakeChannel channel) =>
        ChannelVocabulary.TryParse(text.Trim(), out channel);

    /// <summary>Reads an outcome word (see <see cref="OutcomeWords"/>); surrounding white space is ignored.</summary>
    /// <param name="text">The word.</param>
    /// <param name="outcome">The outcome, when the word is known.</param>
    /// <returns>Whether the word is known.</returns>
    public static bool TryParseOutcome(ReadOnlySpan<char> text, out OutcomeKind outcome) =>
        OutcomeVocabulary.TryParse(text.Trim(), out outcome);

    /// <summary>Reads a yes/no word (see <see cref="BooleanWords"/>); surrounding white space is ignored.</summary>
    /// <param name="text">The word.</param>
    /// <param name="value">The value, when the word is known.</param>
    /// <returns>Whether the word is known.</returns>
    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value) =>
        BooleanVocabulary.TryParse(text.Trim(), out value);

    /// <summary>
    /// Reads a local date and time in one of the accepted formats (see the class remarks); surrounding white space
    /// is ignored. A date alone reads as 00:00; the reader then moves a date-only due date to
    /// <see cref="DateOnlyDueTime"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The date and time, in the ISO calendar.</param>
    /// <param name="dateOnly">Whether the text gives only a date.</param>
    /// <returns>Whether the text is a valid date and time, years 1 to 9999.</returns>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out LocalDateTime value, out bool dateOnly) =>
        CellParsers.TryParseDateTime(text.Trim(), out value, out dateOnly);

    /// <summary>The word the writer writes for a channel: <c>in_person</c>, <c>online</c> or <c>postal</c>.</summary>
    /// <param name="channel">A defined channel.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    public static string WordOf(IntakeChannel channel) =>
        ChannelVocabulary.Canonical.TryGetValue(channel, out var word)
            ? word
            : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined intake channel.");

    /// <summary>The word the writer writes for an outcome: <c>in_progress</c>, <c>resolved</c>, <c>returned</c>, <c>refused</c>, <c>withdrawn</c> or <c>cancelled</c>.</summary>
    /// <param name="outcome">A defined outcome.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public static string WordOf(OutcomeKind outcome) =>
        OutcomeVocabulary.Canonical.TryGetValue(outcome, out var word)
            ? word
            : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a defined outcome.");

    /// <summary>
    /// Formats a date and time as the writer writes it, exactly and in ISO 8601: <c>yyyy-MM-ddTHH:mm</c>, with
    /// <c>:ss</c> when the seconds are not zero and a fraction (up to nine digits, no trailing zeros) when there is
    /// one. <see cref="TryParseDateTime"/> reads it back to the same value.
    /// </summary>
    /// <param name="value">A date and time of the ISO calendar, years 1 to 9999.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not in the ISO calendar or outside years 1 to 9999.</exception>
    public static string FormatDateTime(LocalDateTime value)
    {
        if (value.Calendar != CalendarSystem.Iso || value.Year is < 1 or > 9999)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Only ISO dates of years 1 to 9999 are written; was {value} ({value.Calendar.Id})."),
                nameof(value));
        }

        var pattern = value.NanosecondOfSecond != 0 ? Fraction : value.Second != 0 ? Seconds : Minutes;
        return pattern.Format(value);
    }

    /// <summary>Every built-in header and alias, folded, with its column.</summary>
    internal static FrozenDictionary<string, DossierColumn> BuiltInHeaderNames => BuiltInNames;

    /// <summary>The headers a message lists for a column: the English header, then the aliases.</summary>
    internal static string NamesOf(DossierColumn column)
    {
        var info = Describe(column);
        return string.Join(", ", new[] { info.Header }.Concat(info.Aliases));
    }

    private static FrozenDictionary<string, DossierColumn> CreateNames()
    {
        var names = new Dictionary<string, DossierColumn>(StringComparer.Ordinal);
        foreach (var info in Table)
        {
            foreach (var name in new[] { info.Header, info.Column.ToString() }.Concat(info.Aliases))
            {
                var key = TextFold.Fold(name);
                if (names.TryGetValue(key, out var other) && other != info.Column)
                {
                    throw new InvalidOperationException($"The header '{name}' names both {other} and {info.Column}.");
                }

                names[key] = info.Column;
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
