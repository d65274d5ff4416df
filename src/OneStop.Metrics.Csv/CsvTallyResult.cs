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
        IReadOnlyDictionary<DossierColumn, string> columns, char separator)
    {
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

    /// <summary>The closing line of a report: <c>rows read: N, accepted: A, rejected: R</c>, plain digits.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rows read: {RowsRead}, accepted: {Accepted}, rejected: {Rejected}");
}
