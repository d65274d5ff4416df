using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The reference data as four small CSV files (danh mục dạng CSV): <c>units.csv</c> (code, name, level,
/// parent_code), <c>departments.csv</c> (code, name, unit_code, kind), <c>fields.csv</c> (code, name) and
/// <c>procedures.csv</c> (code, name, field_code, level, online_service, time_limit). <see cref="Read"/> screens
/// them through <see cref="ReferenceIntake.Screen"/> (the core's codes) and adds the files' own failures
/// (<see cref="CsvErrorCodes"/>); the writers write them so that <see cref="Read"/> gives back equal entries.
/// </summary>
/// <remarks>
/// <para>
/// Headers are matched as in the dossier file (case, diacritics and gaps folded; Vietnamese aliases such as
/// <c>ma</c>/<c>mã</c>, <c>ten</c>/<c>tên</c>, <c>cap</c>/<c>cấp</c>, <c>ma_cap_tren</c>, <c>ma_don_vi</c>,
/// <c>loai</c>, <c>ma_linh_vuc</c>, <c>dich_vu_cong_truc_tuyen</c>, <c>thoi_han_giai_quyet</c>); separators
/// detected or given; quoted cells; spaces outside quotes trimmed. Words: levels <see cref="LevelWords"/>, kinds
/// <see cref="DepartmentKindWords"/>, online service <see cref="OnlineServiceWords"/>; time limits in the form
/// <see cref="TimeLimit.Parse"/> reads (<c>5 working days</c>), an empty cell for none. An empty
/// <c>parent_code</c> is a top-level unit.
/// </para>
/// <para>
/// A cell that cannot be read gives its <c>9xxx</c> failure, and the entry goes to the screen with an undefined
/// value there (level, kind, online service; a time limit of undefined unit), so the screen rejects it with its
/// own code and drops its dependants too. A row with the wrong number of cells (<c>OSM9008</c>) and every row of a
/// file whose header is refused are left out before the screen. Positions in the screen's failures are 0-based
/// indices into the rows given to it; <see cref="ReferenceCsvResult.UnitLines"/> and its siblings map them to lines.
/// </para>
/// </remarks>
public static class ReferenceCsv
{
    /// <summary>The file name of the administrative units: <c>units.csv</c>.</summary>
    public const string UnitsFile = "units.csv";

    /// <summary>The file name of the departments: <c>departments.csv</c>.</summary>
    public const string DepartmentsFile = "departments.csv";

    /// <summary>The file name of the procedure fields: <c>fields.csv</c>.</summary>
    public const string FieldsFile = "fields.csv";

    /// <summary>The file name of the procedure catalogue: <c>procedures.csv</c>.</summary>
    public const string ProceduresFile = "procedures.csv";

    internal static readonly Vocabulary<AdministrativeLevel> LevelVocabulary = new(
        [
            (AdministrativeLevel.Province, ["province", "tỉnh", "cấp tỉnh"]),
            (AdministrativeLevel.District, ["district", "huyện", "cấp huyện"]),
            (AdministrativeLevel.Commune, ["commune", "xã", "cấp xã"]),
        ],
        "province, district, commune; tỉnh, huyện, xã");

    internal static readonly Vocabulary<DepartmentKind> KindVocabulary = new(
        [
            (DepartmentKind.OneStop, ["one_stop", "OneStop", "một cửa", "bộ phận một cửa"]),
            (DepartmentKind.Specialised, ["specialised", "specialized", "chuyên môn", "phòng chuyên môn"]),
        ],
        "one_stop, specialised; một cửa, chuyên môn");

    internal static readonly Vocabulary<OnlineServiceKind> OnlineVocabulary = new(
        [
            (OnlineServiceKind.None, ["none", "không", "không có"]),
            (OnlineServiceKind.Partial, ["partial", "một phần", "trực tuyến một phần"]),
            (OnlineServiceKind.FullProcess, ["full_process", "FullProcess", "toàn trình", "trực tuyến toàn trình"]),
        ],
        "none, partial, full_process; không, một phần, toàn trình");

    private static readonly ReferenceColumn Code = new("code", "Code", true, "ma", "mã");
    private static readonly ReferenceColumn Name = new("name", "Name", true, "ten", "tên");
    private static readonly ReferenceColumn Level = new("level", "Level", true, "cap", "cấp");

    internal static readonly ReferenceTable Units = new("Administrative unit", "Administrative units header",
        Code, Name, Level, new ReferenceColumn("parent_code", "ParentCode", false, "ma_cap_tren", "ma_don_vi_cha", "mã cấp trên", "mã đơn vị cha"));

    internal static readonly ReferenceTable Departments = new("Department", "Departments header",
        Code, Name, new ReferenceColumn("unit_code", "UnitCode", true, "ma_don_vi", "mã đơn vị"),
        new ReferenceColumn("kind", "Kind", true, "loai", "loại"));

    internal static readonly ReferenceTable Fields = new("Procedure field", "Procedure fields header", Code, Name);

    internal static readonly ReferenceTable Procedures = new("Procedure", "Procedures header",
        Code, Name, new ReferenceColumn("field_code", "FieldCode", true, "ma_linh_vuc", "mã lĩnh vực"), Level,
        new ReferenceColumn("online_service", "OnlineService", true, "dich_vu_cong_truc_tuyen", "muc_do_dvc", "dịch vụ công trực tuyến", "mức độ DVC"),
        new ReferenceColumn("time_limit", "TimeLimit", false, "thoi_han_giai_quyet", "thoi_han", "thời hạn giải quyết", "thời hạn"));

    /// <summary>The level words (cấp) accepted, folded, with their level; written <c>province</c>, <c>district</c>, <c>commune</c>.</summary>
    public static IReadOnlyDictionary<string, AdministrativeLevel> LevelWords => LevelVocabulary.Words;

    /// <summary>The department kind words (loại) accepted, folded, with their kind; written <c>one_stop</c>, <c>specialised</c>.</summary>
    public static IReadOnlyDictionary<string, DepartmentKind> DepartmentKindWords => KindVocabulary.Words;

    /// <summary>The online service words (dịch vụ công trực tuyến) accepted, folded, with their kind; written <c>none</c>, <c>partial</c>, <c>full_process</c>.</summary>
    public static IReadOnlyDictionary<string, OnlineServiceKind> OnlineServiceWords => OnlineVocabulary.Words;

    /// <summary>The headers the writer writes for <c>units.csv</c>: <c>code, name, level, parent_code</c>.</summary>
    public static IReadOnlyList<string> UnitHeaders => Units.Headers;

    /// <summary>The headers the writer writes for <c>departments.csv</c>: <c>code, name, unit_code, kind</c>.</summary>
    public static IReadOnlyList<string> DepartmentHeaders => Departments.Headers;

    /// <summary>The headers the writer writes for <c>fields.csv</c>: <c>code, name</c>.</summary>
    public static IReadOnlyList<string> FieldHeaders => Fields.Headers;

    /// <summary>The headers the writer writes for <c>procedures.csv</c>: <c>code, name, field_code, level, online_service, time_limit</c>.</summary>
    public static IReadOnlyList<string> ProcedureHeaders => Procedures.Headers;

    /// <summary>Reads the four reference files and screens them through <see cref="ReferenceIntake.Screen"/>.</summary>
    /// <param name="units">The text of <c>units.csv</c>; read to its end, not closed.</param>
    /// <param name="departments">The text of <c>departments.csv</c>.</param>
    /// <param name="fields">The text of <c>fields.csv</c>.</param>
    /// <param name="procedures">The text of <c>procedures.csv</c>.</param>
    /// <param name="separator">The separator (<c>,</c> <c>;</c> tab <c>|</c>), or <see langword="null"/> to detect it in each file's header.</param>
    /// <returns>The screen's result (a consistent <see cref="ReferenceData"/> of the valid entries) and the files' own failures.</returns>
    /// <exception cref="ArgumentNullException">A reader is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="separator"/> is another character.</exception>
    public static ReferenceCsvResult Read(TextReader units, TextReader departments, TextReader fields, TextReader procedures,
        char? separator = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(procedures);
        CsvReadOptions.CheckSeparator(separator, nameof(separator));
        return ReadAll(units, departments, fields, procedures, separator, []);
    }

    /// <summary>The read of the four texts, each <see langword="null"/> when its file was refused with one of <paramref name="failures"/>.</summary>
    private static ReferenceCsvResult ReadAll(TextReader? units, TextReader? departments, TextReader? fields, TextReader? procedures,
        char? separator, List<IntakeFailure> failures)
    {
        var unitRows = Units.Read(units, separator, failures);
        var unitList = new List<AdministrativeUnit>(unitRows.Count);
        foreach (var row in unitRows)
        {
            var code = row.Cells[0];
            unitList.Add(new AdministrativeUnit
            {
                Code = code ?? string.Empty,
                Name = row.Cells[1] ?? string.Empty,
                Level = Word(LevelVocabulary, row, 2, "Level", CsvErrorCodes.UnknownLevel, "an administrative level", Units.Noun,
                    code, unitList.Count, failures),
                ParentCode = row.Cells[3],
            });
        }

        var departmentRows = Departments.Read(departments, separator, failures);
        var departmentList = new List<Department>(departmentRows.Count);
        foreach (var row in departmentRows)
        {
            var code = row.Cells[0];
            departmentList.Add(new Department
            {
                Code = code ?? string.Empty,
                Name = row.Cells[1] ?? string.Empty,
                UnitCode = row.Cells[2] ?? string.Empty,
                Kind = Word(KindVocabulary, row, 3, "Kind", CsvErrorCodes.UnknownDepartmentKind, "a department kind",
                    Departments.Noun, code, departmentList.Count, failures),
            });
        }

        var fieldRows = Fields.Read(fields, separator, failures);
        var fieldList = new List<ProcedureField>(fieldRows.Count);
        foreach (var row in fieldRows)
        {
            fieldList.Add(new ProcedureField { Code = row.Cells[0] ?? string.Empty, Name = row.Cells[1] ?? string.Empty });
        }

        var procedureRows = Procedures.Read(procedures, separator, failures);
        var procedureList = new List<Procedure>(procedureRows.Count);
        foreach (var row in procedureRows)
        {
            var code = row.Cells[0];
            var position = procedureList.Count;
            TimeLimit? limit = null;
            if (row.Cells[5] is { } text)
            {
                if (TimeLimit.TryParse(text.Trim(), out var parsed))
                {
                    limit = parsed;
                }
                else
                {
                    limit = default(TimeLimit);
                    failures.Add(row.Failure(CsvErrorCodes.UnparsableTimeLimit, "TimeLimit", 5, Procedures.Noun, code,
                        "is not a time limit (5 working days, 10 calendar days, 8 working hours)", position));
                }
            }

            procedureList.Add(new Procedure
            {
                Code = code ?? string.Empty,
                Name = row.Cells[1] ?? string.Empty,
                FieldCode = row.Cells[2] ?? string.Empty,
                Level = Word(LevelVocabulary, row, 3, "Level", CsvErrorCodes.UnknownLevel, "an administrative level",
                    Procedures.Noun, code, position, failures),
                OnlineService = Word(OnlineVocabulary, row, 4, "OnlineService", CsvErrorCodes.UnknownOnlineService,
                    "an online service kind", Procedures.Noun, code, position, failures),
                TimeLimit = limit,
            });
        }

        var intake = ReferenceIntake.Screen(unitList, departmentList, fieldList, procedureList);
        return new ReferenceCsvResult(intake, [.. failures], Lines(unitRows), Lines(departmentRows), Lines(fieldRows),
            Lines(procedureRows));
    }

    /// <summary>
    /// Reads the four reference files by path (UTF-8, with or without a byte order mark, checked as for dossier files:
    /// a file in another encoding or with binary content gives <c>OSM9015</c> or <c>OSM9016</c> and is not read);
    /// see <see cref="Read"/>.
    /// </summary>
    /// <param name="unitsPath">The path of <c>units.csv</c>.</param>
    /// <param name="departmentsPath">The path of <c>departments.csv</c>.</param>
    /// <param name="fieldsPath">The path of <c>fields.csv</c>.</param>
    /// <param name="proceduresPath">The path of <c>procedures.csv</c>.</param>
    /// <param name="separator">The separator, or <see langword="null"/> to detect it.</param>
    /// <returns>The screen's result and the files' own failures.</returns>
    /// <exception cref="ArgumentNullException">A path is <see langword="null"/>.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static ReferenceCsvResult ReadFiles(string unitsPath, string departmentsPath, string fieldsPath, string proceduresPath,
        char? separator = null) =>
        ReadFiles(unitsPath, departmentsPath, fieldsPath, proceduresPath, separator, null);

    /// <summary>Reads the four reference files by path in an encoding (see <see cref="CsvReadOptions.Encoding"/>); see <see cref="Read"/>.</summary>
    /// <param name="unitsPath">The path of <c>units.csv</c>.</param>
    /// <param name="departmentsPath">The path of <c>departments.csv</c>.</param>
    /// <param name="fieldsPath">The path of <c>fields.csv</c>.</param>
    /// <param name="proceduresPath">The path of <c>procedures.csv</c>.</param>
    /// <param name="separator">The separator, or <see langword="null"/> to detect it.</param>
    /// <param name="encoding">The files' encoding without a byte order mark, or <see langword="null"/> for checked UTF-8.</param>
    /// <returns>The screen's result and the files' own failures.</returns>
    /// <exception cref="ArgumentNullException">A path is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="separator"/> is another character.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static ReferenceCsvResult ReadFiles(string unitsPath, string departmentsPath, string fieldsPath, string proceduresPath,
        char? separator, Encoding? encoding)
    {
        ArgumentNullException.ThrowIfNull(unitsPath);
        ArgumentNullException.ThrowIfNull(departmentsPath);
        ArgumentNullException.ThrowIfNull(fieldsPath);
        ArgumentNullException.ThrowIfNull(proceduresPath);
        CsvReadOptions.CheckSeparator(separator, nameof(separator));
        var failures = new List<IntakeFailure>();
        using var unitsStream = DossierCsv.OpenRead(unitsPath);
        using var departmentsStream = DossierCsv.OpenRead(departmentsPath);
        using var fieldsStream = DossierCsv.OpenRead(fieldsPath);
        using var proceduresStream = DossierCsv.OpenRead(proceduresPath);
        using var units = Open(unitsStream, Units, encoding, failures);
        using var departments = Open(departmentsStream, Departments, encoding, failures);
        using var fields = Open(fieldsStream, Fields, encoding, failures);
        using var procedures = Open(proceduresStream, Procedures, encoding, failures);
        return ReadAll(units, departments, fields, procedures, separator, failures);
    }

    private static TextReader? Open(Stream stream, ReferenceTable table, Encoding? encoding, List<IntakeFailure> failures)
    {
        var text = TextDecoding.Open(stream, encoding, table.FileLabel, out var refusal);
        if (refusal is not null)
        {
            failures.Add(refusal);
        }

        return text;
    }

    /// <summary>Writes <c>units.csv</c>: <see cref="UnitHeaders"/>, one row per unit, levels as <c>province</c>/<c>district</c>/<c>commune</c>, an empty parent code for a top-level unit.</summary>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <param name="units">The units.</param>
    /// <exception cref="ArgumentNullException">An argument or element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    public static void WriteUnits(TextWriter writer, IEnumerable<AdministrativeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(units);
        Write(writer, Units, units, u => [u.Code, u.Name, WordOf(LevelVocabulary, u.Level), u.ParentCode]);
    }

    /// <summary>Writes <c>departments.csv</c>: <see cref="DepartmentHeaders"/>, kinds as <c>one_stop</c>/<c>specialised</c>.</summary>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <param name="departments">The departments.</param>
    /// <exception cref="ArgumentNullException">An argument or element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    public static void WriteDepartments(TextWriter writer, IEnumerable<Department> departments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(departments);
        Write(writer, Departments, departments, d => [d.Code, d.Name, d.UnitCode, WordOf(KindVocabulary, d.Kind)]);
    }

    /// <summary>Writes <c>fields.csv</c>: <see cref="FieldHeaders"/>.</summary>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <param name="fields">The procedure fields.</param>
    /// <exception cref="ArgumentNullException">An argument or element is <see langword="null"/>.</exception>
    public static void WriteFields(TextWriter writer, IEnumerable<ProcedureField> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        Write(writer, Fields, fields, f => [f.Code, f.Name]);
    }

    /// <summary>
    /// Writes <c>procedures.csv</c>: <see cref="ProcedureHeaders"/>, levels and online service kinds as words, time
    /// limits in <see cref="TimeLimit.ToString"/>'s form (<c>5 working days</c>), empty for none.
    /// </summary>
    /// <param name="writer">Where to write; flushed, not closed.</param>
    /// <param name="procedures">The procedures.</param>
    /// <exception cref="ArgumentNullException">An argument or element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level or online service kind is not defined.</exception>
    public static void WriteProcedures(TextWriter writer, IEnumerable<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(procedures);
        Write(writer, Procedures, procedures, p =>
            [p.Code, p.Name, p.FieldCode, WordOf(LevelVocabulary, p.Level), WordOf(OnlineVocabulary, p.OnlineService), p.TimeLimit?.ToString()]);
    }

    /// <summary>The word the writer writes for a level: <c>province</c>, <c>district</c> or <c>commune</c>.</summary>
    /// <param name="level">A defined level.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static string WordOf(AdministrativeLevel level) => WordOf(LevelVocabulary, level);

    /// <summary>The word the writer writes for a department kind: <c>one_stop</c> or <c>specialised</c>.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string WordOf(DepartmentKind kind) => WordOf(KindVocabulary, kind);

    /// <summary>The word the writer writes for an online service kind: <c>none</c>, <c>partial</c> or <c>full_process</c>.</summary>
    /// <param name="kind">A defined kind.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string WordOf(OnlineServiceKind kind) => WordOf(OnlineVocabulary, kind);

    private static T Word<T>(Vocabulary<T> vocabulary, ReferenceRow row, int column, string field, string code,
        string what, string noun, string? entryCode, int position, List<IntakeFailure> failures)
        where T : struct, Enum
    {
        if (row.Cells[column] is { } text && vocabulary.TryParse(text, out var value))
        {
            return value;
        }

        failures.Add(row.Failure(code, field, column, noun, entryCode, $"is not {what} ({vocabulary.Description})", position));
        return (T)Enum.ToObject(typeof(T), -1);
    }

    private static string WordOf<T>(Vocabulary<T> vocabulary, T value)
        where T : struct, Enum =>
        vocabulary.Canonical.TryGetValue(value, out var word)
            ? word
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");

    private static void Write<T>(TextWriter writer, ReferenceTable table, IEnumerable<T> items, Func<T, string?[]> cells)
        where T : class
    {
        CsvText.WriteRow(writer, DossierCsvSchema.DefaultSeparator, [.. table.Headers]);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            CsvText.WriteRow(writer, DossierCsvSchema.DefaultSeparator, cells(item));
        }

        writer.Flush();
    }

    private static ImmutableArray<long> Lines(List<ReferenceRow> rows)
    {
        var lines = ImmutableArray.CreateBuilder<long>(rows.Count);
        foreach (var row in rows)
        {
            lines.Add(row.Line);
        }

        return lines.MoveToImmutable();
    }
}
