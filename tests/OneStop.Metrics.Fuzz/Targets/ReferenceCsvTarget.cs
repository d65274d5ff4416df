using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Fuzz.Targets;

/// <summary>
/// The reference CSV reader (<c>reference-csv</c>): <see cref="ReferenceCsv.Read"/> over four files carried in one
/// input, separated by the byte <c>0x1E</c> (record separator) in the order units, departments, fields,
/// procedures; a missing part is an empty file, bytes after a fourth separator belong to the procedures. No
/// exception is documented for content.
/// </summary>
public sealed class ReferenceCsvTarget : FuzzTarget<ReferenceCsvResult>
{
    /// <summary>The byte between the four files of an input.</summary>
    public const byte FileSeparator = 0x1E;

    /// <inheritdoc/>
    public override string Name => "reference-csv";

    /// <inheritdoc/>
    public override IReadOnlyList<byte[]> Seeds { get; } = MakeSeeds();

    /// <inheritdoc/>
    public override IReadOnlyList<string> Dictionary { get; } =
    [
        .. ReferenceCsv.UnitHeaders, .. ReferenceCsv.DepartmentHeaders, .. ReferenceCsv.ProcedureHeaders,
        "ma", "mã", "ten", "tên", "cấp", "ma_cap_tren", "mã đơn vị", "loại", "ma_linh_vuc", "dịch vụ công trực tuyến",
        "thời hạn giải quyết", .. ReferenceCsv.LevelWords.Keys, .. ReferenceCsv.DepartmentKindWords.Keys,
        .. ReferenceCsv.OnlineServiceWords.Keys, "5 working days", "0 calendar days", "-3 working days",
        "99999999999 working hours", "1.5 working days", "\u001E",
        .. Province.Reference.Units.Take(3).Select(u => u.Code),
    ];

    /// <summary>The invariants, in order.</summary>
    public override IReadOnlyList<Invariant<ReferenceCsvResult>> Invariants { get; } =
    [
        new("screened-entries-are-accepted-or-rejected", (_, r) => ScreenProblem(r)),
        new("csv-failures-are-coded-with-a-line", (_, r) => r.CsvFailures.FirstOrDefault(f => f.Line is null || !CsvErrorCodes.All.Contains(f.Code)) is { } f
            ? $"{f.Code} (line {f.Line}): {f.Message}"
            : null),
        new("accepted-entries-round-trip", (_, r) => RoundTripProblem(r.Reference)),
    ];

    /// <summary>Splits an input into its four files.</summary>
    public static byte[][] Files(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var files = new byte[4][];
        var start = 0;
        for (var f = 0; f < 4; f++)
        {
            var end = f < 3 && start <= input.Length ? Array.IndexOf(input, FileSeparator, start) : -1;
            end = end < 0 ? input.Length : end;
            files[f] = start <= end ? input[start..end] : [];
            start = end + 1;
        }

        return files;
    }

    /// <summary>Joins four files into one input.</summary>
    public static byte[] Join(params ReadOnlySpan<byte[]> files)
    {
        var input = new List<byte>();
        for (var f = 0; f < files.Length; f++)
        {
            if (f > 0)
            {
                input.Add(FileSeparator);
            }

            input.AddRange(files[f]);
        }

        return [.. input];
    }

    /// <inheritdoc/>
    protected override ReferenceCsvResult Read(byte[] input)
    {
        var files = Files(input);
        using var units = Province.OpenText(files[0]);
        using var departments = Province.OpenText(files[1]);
        using var fields = Province.OpenText(files[2]);
        using var procedures = Province.OpenText(files[3]);
        return ReferenceCsv.Read(units, departments, fields, procedures);
    }

    private static string? ScreenProblem(ReferenceCsvResult r)
    {
        var intake = r.Intake;
        (string Kind, int Accepted, int Rejected, int Screened)[] counts =
        [
            ("units", intake.Reference.Units.Length, intake.RejectedUnits.Length, r.UnitLines.Length),
            ("departments", intake.Reference.Departments.Length, intake.RejectedDepartments.Length, r.DepartmentLines.Length),
            ("fields", intake.Reference.Fields.Length, intake.RejectedFields.Length, r.FieldLines.Length),
            ("procedures", intake.Reference.Procedures.Length, intake.RejectedProcedures.Length, r.ProcedureLines.Length),
        ];
        return counts.FirstOrDefault(c => c.Accepted + c.Rejected != c.Screened) is { Kind: not null } c
            ? $"{c.Kind}: {c.Screened} screened, {c.Accepted} accepted, {c.Rejected} rejected"
            : null;
    }

    /// <summary>The accepted entries, written and read back, are read completely and write the same text again.</summary>
    private static string? RoundTripProblem(ReferenceData reference)
    {
        var written = Province.ReferenceFilesOf(reference);
        var again = ReferenceCsv.Read(new StringReader(written[0]), new StringReader(written[1]), new StringReader(written[2]),
            new StringReader(written[3]));
        // A name that holds a line break is written quoted over several lines: read back, it is warned of (OSM9020).
        if (again.CsvFailures.Concat(again.Intake.Failures).FirstOrDefault(f => f.Code != CsvErrorCodes.MultiLineRow) is { } failure)
        {
            return $"the accepted entries, written, read back with {failure.Code} {failure.Message}";
        }

        var rewritten = Province.ReferenceFilesOf(again.Reference);
        var differs = Enumerable.Range(0, 4).FirstOrDefault(i => written[i] != rewritten[i], -1);
        return differs < 0 ? null : $"file {differs + 1} written '{written[differs]}', read back and rewritten '{rewritten[differs]}'";
    }

    private static byte[][] MakeSeeds()
    {
        var files = Province.ReferenceFiles;
        var bytes = files.Select(Province.Bytes).ToArray();
        var semicolons = files.Select(f => Province.Bytes(f.Replace(',', ';').Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        var short3 = files.Select(f => Province.Bytes(string.Join('\n', f.Split('\n').Take(4)) + "\n")).ToArray();
        return [Join(bytes), Join(semicolons), Join(short3)];
    }
}
