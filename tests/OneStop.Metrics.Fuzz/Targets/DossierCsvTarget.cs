using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;
using OneStop.Metrics.Csv;

namespace OneStop.Metrics.Fuzz.Targets;

/// <summary>What one read of a dossier file gave: the result and the text of the rejected-rows writer.</summary>
/// <param name="Result">The result of <see cref="DossierCsv.Tally(Stream, Domain.ReferenceData, Tallies.TallyScope, CsvReadOptions?)"/>.</param>
/// <param name="RejectedRows">What was written to <see cref="CsvReadOptions.RejectedRowsWriter"/>.</param>
public sealed record DossierRead(CsvTallyResult Result, string RejectedRows);

/// <summary>
/// The dossier CSV reader (<c>dossier-csv</c>): <see cref="DossierCsv.Tally(Stream, Domain.ReferenceData, Tallies.TallyScope, CsvReadOptions?)"/>
/// over the bytes against <see cref="Province.Reference"/>, writing rejected rows to a string, on the second thread
/// for inputs of even length and on the caller's for odd. No exception is documented for content.
/// </summary>
public sealed class DossierCsvTarget : FuzzTarget<DossierRead>
{
    /// <inheritdoc/>
    public override string Name => "dossier-csv";

    /// <inheritdoc/>
    public override IReadOnlyList<byte[]> Seeds { get; } = MakeSeeds();

    /// <inheritdoc/>
    public override IReadOnlyList<string> Dictionary { get; } =
    [
        .. DossierCsvSchema.Columns.SelectMany(c => c.Aliases.Prepend(c.Header)),
        .. DossierCsvSchema.ChannelWords.Keys, .. DossierCsvSchema.OutcomeWords.Keys, .. DossierCsvSchema.BooleanWords.Keys,
        "31/02/2023", "29/02/2024 23:59:59", "2023-12-31T24:00", "0001-01-01", "9999-12-31T23:59:59.999999999", "-1", "65536",
        "99999999999999999999", "\"\"\"", "Ḁ", .. Province.Reference.Procedures.Take(3).Select(p => p.Code),
        .. Province.Reference.Departments.Take(3).Select(d => d.Code),
    ];

    /// <summary>
    /// The invariants, in order. Add one here for each new promise of the reader (for example "physical lines
    /// accounted" once <see cref="CsvTallyResult"/> reports physical and blank lines).
    /// </summary>
    public override IReadOnlyList<Invariant<DossierRead>> Invariants { get; } =
    [
        new("rows-read-equals-accepted-plus-rejected", (_, r) => r.Result.RowsRead == r.Result.Accepted + r.Result.Rejected
            ? null
            : $"rows read {r.Result.RowsRead}, accepted {r.Result.Accepted}, rejected {r.Result.Rejected}"),
        new("accepted-rows-are-tallied", (_, r) => (r.Result.IsRefused ? r.Result.Tally.DossiersSeen == 0 : r.Result.Accepted == r.Result.Tally.DossiersCounted)
            ? null
            : $"accepted {r.Result.Accepted}, tallied {r.Result.Tally.DossiersCounted}, refused {r.Result.IsRefused}"),
        new("physical-lines-accounted", (_, r) => r.Result.PhysicalLines == r.Result.HeaderLines + r.Result.RowLines + r.Result.BlankLines
            && r.Result.RowLines >= r.Result.RowsRead && r.Result.BlankLines >= 0
            ? null
            : $"lines {r.Result.PhysicalLines} ≠ header {r.Result.HeaderLines} + rows {r.Result.RowLines} + blank {r.Result.BlankLines} (rows read {r.Result.RowsRead})"),
        new("physical-lines-are-the-files", (input, r) => r.Result.FileFailures.Any(f => f.Code is CsvErrorCodes.NotInEncoding or CsvErrorCodes.BinaryContent)
            || (input.Length >= 2 && (input[0], input[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) or (0x00, 0x00))
            || r.Result.PhysicalLines == LinesOf(input)
            ? null
            : $"lines {r.Result.PhysicalLines}, the text has {LinesOf(input)}"),
        new("a-refused-header-reads-no-row", (_, r) => r.Result.HeaderAccepted || r.Result.RowsRead == 0
            ? null
            : $"the header was refused but {r.Result.RowsRead} rows were read"),
        new("failures-have-lines", (_, r) => r.Result.Failures.FirstOrDefault(f => f.Line is null) is { } f
            ? $"{f.Code} has no line: {f.Message}"
            : null),
        new("rejected-rows-file-has-the-rejected-rows", (_, r) => RejectedRowsProblem(r)),
    ];

    /// <summary>The physical lines of a UTF-8 text, counted independently: <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c> end a line; a last line without one counts.</summary>
    public static long LinesOf(byte[] input)
    {
        var text = new System.Text.UTF8Encoding(false).GetString(input);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = 0L;
        var i = 0;
        for (; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                lines++;
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (text[i] == '\n')
            {
                lines++;
            }
        }

        var last = Math.Max(text.LastIndexOf('\n'), text.LastIndexOf('\r'));
        return lines + (last < text.Length - 1 ? 1 : 0);
    }

    /// <inheritdoc/>
    protected override DossierRead Read(byte[] input)
    {
        using var rejected = new StringWriter();
        var options = CsvReadOptions.Default with { RejectedRowsWriter = rejected, UseSecondThread = input.Length % 2 == 0 };
        var result = DossierCsv.Tally(new MemoryStream(input, writable: false), Province.Reference, Province.Scope, options);
        return new DossierRead(result, rejected.ToString());
    }

    /// <summary>The rejected-rows text has its header and exactly one row per rejected row, in line order.</summary>
    private static string? RejectedRowsProblem(DossierRead read)
    {
        if (read.Result.Rejected == 0 && read.RejectedRows.Length == 0)
        {
            return null;
        }

        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(read.RejectedRows);
        if (!reader.Header.ColNames.SequenceEqual(["line", "id", "codes", "messages"]))
        {
            return $"the rejected rows' header is '{string.Join(',', reader.Header.ColNames)}'";
        }

        long rows = 0;
        long previous = 0;
        foreach (var row in reader)
        {
            rows++;
            if (row.ColCount != 4 || !long.TryParse(row[0].Span, out var line) || line <= previous || row[2].Span.IsEmpty)
            {
                return $"rejected row {rows} is '{row.Span}'";
            }

            previous = line;
        }

        return rows == read.Result.Rejected ? null : $"{read.Result.Rejected} rows rejected, {rows} written to the rejected rows";
    }

    private static byte[][] MakeSeeds()
    {
        var text = Province.Dossiers(40);
        var lines = text.Split('\n');
        var vietnamese = string.Join(',', DossierCsvSchema.Columns.Select(c => c.Aliases.LastOrDefault(a => a.Any(ch => ch > 127)) ?? c.Header));
        return
        [
            Province.Bytes(text),
            Province.Bytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            Province.Bytes(text.Replace(',', ';')),
            Province.Bytes(text.Replace(',', '\t')),
            [0xEF, 0xBB, 0xBF, .. Province.Bytes(string.Join('\n', lines.Take(6)))],
            Province.Bytes(vietnamese + "\n" + string.Join('\n', lines.Skip(1).Take(8))),
            Province.Bytes(lines[0] + "\n"),
        ];
    }
}
