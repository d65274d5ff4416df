using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// What <see cref="DossierCsv.Tally(System.IO.TextReader, Domain.ReferenceData, TallyScope, CsvReadOptions?)"/>
/// made of a dossier file (kết quả đọc tệp hồ sơ): the tally of the accepted rows, the counts
/// (<c>RowsRead = Accepted + Rejected</c>, always), the failures by code and the first failures for display.
/// </summary>
public sealed class CsvTallyResult
{
    internal CsvTallyResult(DossierTally tally, long rowsRead, long accepted, long rejected,
        IReadOnlyDictionary<string, long> rejectedByCode, IReadOnlyDictionary<string, long> warningsByCode,
        ImmutableArray<IntakeFailure> failures, long failureCount, ImmutableArray<IntakeFailure> headerFailures,
        IReadOnlyDictionary<DossierColumn, string> columns, char separator, LineCounts lines,
        ImmutableArray<IntakeFailure> fileFailures, long rowsWithWarnings)
    {
        PhysicalLines = lines.Physical;
        HeaderLines = lines.Header;
        RowLines = lines.Rows;
        BlankLines = lines.Blank;
        FileFailures = fileFailures;
        RowsWithWarnings = rowsWithWarnings;
        Tally = tally;
        RowsRead = rowsRead;
        Accepted = accepted;
        Rejected = rejected;
        RejectedByCode = rejectedByCode;
        WarningsByCode = warningsByCode;
        Failures = failures;
        FailureCount = failureCount;
        HeaderFailures = headerFailures;
        Columns = columns;
        Separator = separator;
    }

    /// <summary>
    /// The tally of the accepted rows: equal to <see cref="DossierTally.Build"/> over the dossiers
    /// <see cref="DossierIntake.Screen(Domain.ReferenceData, IEnumerable{DossierRecord}, IntakePolicy?)"/> accepts
    /// from the same rows, with no tally rejection. Empty when the header was refused.
    /// </summary>
    public DossierTally Tally { get; }

    /// <summary>
    /// How many physical lines the text has (dòng vật lý): line breaks are <c>\r\n</c>, <c>\n</c> or a lone
    /// <c>\r</c>, and a last line without one counts. Always <see cref="HeaderLines"/> + <see cref="RowLines"/> +
    /// <see cref="BlankLines"/>; 0 for an empty file. When the file is refused before its rows (encoding, header),
    /// the lines read to find that out.
    /// </summary>
    public long PhysicalLines { get; }

    /// <summary>The lines of the header row: 1, more only when a quoted header cell holds a line break; 0 for an empty or undecodable file.</summary>
    public long HeaderLines { get; }

    /// <summary>
    /// The lines the data rows cover, accepted or rejected: <see cref="RowsRead"/> plus one for every extra line of
    /// a row that spans several (each such row is an <c>OSM9020</c> warning or an <c>OSM9017</c> rejection).
    /// </summary>
    public long RowLines { get; }

    /// <summary>The lines that are no row (dòng trống, bỏ qua): empty, white space only, or separators only (<c>,,,,</c> as Excel writes an empty row).</summary>
    public long BlankLines { get; }

    /// <summary>How many accepted rows have at least one warning (the rows behind <see cref="WarningsByCode"/>).</summary>
    public long RowsWithWarnings { get; }

    /// <summary>
    /// Failures that refuse the whole file (from reading it as a whole rather than a row): the file is empty
    /// (<c>OSM9014</c>), not in its encoding (<c>OSM9015</c>), binary (<c>OSM9016</c>), its header line is broken
    /// (<c>OSM9017</c>, <c>OSM9019</c>) or missing (<c>OSM9022</c>), or its dates are in the other day/month order
    /// (<c>OSM9023</c>, found after the rows were read: they keep their counts, but <see cref="Tally"/> is empty).
    /// </summary>
    public ImmutableArray<IntakeFailure> FileFailures { get; }

    /// <summary>Whether the file was refused: a header failure or a file failure that is an <see cref="IntakeSeverity.Error"/>. <see cref="Tally"/> is then empty.</summary>
    public bool IsRefused => !HeaderAccepted || FileFailures.Any(f => f.Severity == IntakeSeverity.Error);

    /// <summary>How many data rows were read (the header not included): <see cref="Accepted"/> + <see cref="Rejected"/>. 0 when the header was refused.</summary>
    public long RowsRead { get; }

    /// <summary>How many rows were accepted (hồ sơ hợp lệ) and counted in <see cref="Tally"/>.</summary>
    public long Accepted { get; }

    /// <summary>How many rows were rejected (hồ sơ bị loại), each for at least one failure.</summary>
    public long Rejected { get; }

    /// <summary>
    /// For each code, how many rejected rows have at least one failure with it, ordered by code (as
    /// <see cref="IntakeResult.RejectedByCode"/>; a row with two codes counts under both).
    /// </summary>
    public IReadOnlyDictionary<string, long> RejectedByCode { get; }

    /// <summary>For each code, how many accepted rows have at least one warning with it, ordered by code (empty under <see cref="SoftCheckPolicy.Reject"/>).</summary>
    public IReadOnlyDictionary<string, long> WarningsByCode { get; }

    /// <summary>
    /// The first failures, at most <see cref="CsvReadOptions.MaxFailuresKept"/>, in file order: the failures of
    /// rejected rows (all of a row's, by code) and the warnings of accepted rows. Each has its line and its row's
    /// 0-based position.
    /// </summary>
    public ImmutableArray<IntakeFailure> Failures { get; }

    /// <summary>How many row failures there were in all (the length <see cref="Failures"/> would have without a limit).</summary>
    public long FailureCount { get; }

    /// <summary>
    /// The failures of the header line: unknown headers (<c>OSM9001</c>, warnings: the columns are ignored), and
    /// the refusals of the whole file (<c>OSM9002</c> missing column, <c>OSM9009</c> column given twice), after
    /// which no row is read.
    /// </summary>
    public ImmutableArray<IntakeFailure> HeaderFailures { get; }

    /// <summary>Whether the header was accepted and the rows read (no <see cref="IntakeSeverity.Error"/> among <see cref="HeaderFailures"/>).</summary>
    public bool HeaderAccepted => !HeaderFailures.Any(f => f.Severity == IntakeSeverity.Error);

    /// <summary>The columns found, each with the header the file gives it.</summary>
    public IReadOnlyDictionary<DossierColumn, string> Columns { get; }

    /// <summary>The separator used (given, or detected from the header).</summary>
    public char Separator { get; }

    /// <summary>
    /// The accounting line (dòng đối soát): <c>lines: P, rows read: N, accepted: A, rejected: R, warnings: W, blank lines: B</c>,
    /// plain digits, English. <c>P = header + row lines + B</c>, <c>N = A + R</c>.
    /// </summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"lines: {PhysicalLines}, rows read: {RowsRead}, accepted: {Accepted}, rejected: {Rejected}, warnings: {RowsWithWarnings}, blank lines: {BlankLines}");
}

/// <summary>The physical lines of a read: the whole, the header's, the data rows', the blank ones.</summary>
internal readonly record struct LineCounts(long Physical, long Header, long Rows, long Blank);
