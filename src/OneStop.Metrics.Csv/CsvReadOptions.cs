using System;
using System.IO;
using System.Text;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// How a dossier CSV file is read (tùy chọn đọc tệp CSV): its separator, a column mapping for other exports, the
/// intake policy, the duplicate check, how many failures to keep for display, where to write rejected rows, and
/// the tally's options. Immutable; <see cref="Default"/> suits a file written by <see cref="DossierCsv.Write(TextWriter, System.Collections.Generic.IEnumerable{Domain.Dossier})"/>.
/// </summary>
public sealed record CsvReadOptions
{
    /// <summary>The default options: separator detected from the header, built-in headers, <see cref="IntakePolicy.Default"/>, hashed duplicate check, 100 failures kept.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// The separator: <c>,</c>, <c>;</c>, <c>\t</c> or <c>|</c>; <see langword="null"/> (the default) to detect
    /// it from the header line (the most frequent of <c>;</c>, tab, <c>|</c>, <c>,</c> outside quotes, ties in that order, as Sep detects it; <c>,</c> when none).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is another character.</exception>
    public char? Separator
    {
        get;
        init => field = CheckSeparator(value, nameof(value));
    }

    /// <summary>The caller's header mapping for other exports; <see langword="null"/> (the default) for the built-in headers and aliases only.</summary>
    public CsvColumnMapping? ColumnMapping { get; init; }

    /// <summary>What soft failures do, as for <see cref="DossierIntake"/>. Default: <see cref="IntakePolicy.Default"/> (warn).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IntakePolicy Policy
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = IntakePolicy.Default;

    /// <summary>How repeated ids are found (<c>OSM6001</c>). Default: <see cref="DuplicateIdCheck.Hashed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public DuplicateIdCheck DuplicateIds
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "DuplicateIds must be Hashed, HashedWithLines or Off.");
    } = DuplicateIdCheck.Hashed;

    /// <summary>
    /// How many failures <see cref="CsvTallyResult.Failures"/> keeps for display: the first ones in file order
    /// (a row's failures by code). Default 100; 0 keeps none. Counts by code are always complete.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxFailuresKept
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxFailuresKept must not be negative.");
    } = 100;

    /// <summary>
    /// Where to write every rejected row, as CSV with the header <c>line,id,codes,messages</c> (codes separated by
    /// spaces, messages by <c> | </c>), in file order; <see langword="null"/> (the default) to write nothing. The
    /// caller owns the writer: it is flushed, not closed, and written from the folding thread (see
    /// <see cref="UseSecondThread"/>), so the caller must not use it during the read.
    /// </summary>
    public TextWriter? RejectedRowsWriter { get; init; }

    /// <summary>The tally's options (drill-down ids: each accepted dossier's id is then kept, so memory grows with the rows). Default: <see cref="Tallies.TallyOptions.Default"/>.</summary>
    public TallyOptions? TallyOptions { get; init; }

    /// <summary>
    /// Told the number of rows read so far, every 65,536 rows and at the end (for a progress display: rows per second
    /// on a terminal); <see langword="null"/> by default. Called from the folding thread, then once from the calling
    /// thread at the end.
    /// </summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>
    /// Whether the read uses a second thread: the calling thread reads and parses (Sep, the cells, the cheap check,
    /// the validators for the rare rows that need them) while a second one checks duplicates and folds the rows into
    /// the tally, blocks of 4,096 rows passing between them through a queue of two. Default <see langword="true"/>
    /// (about twice the speed on two cores); <see langword="false"/> does everything on the calling thread. The
    /// results are identical either way.
    /// </summary>
    public bool UseSecondThread { get; init; } = true;

    /// <summary>
    /// The encoding of a file read from a stream or path (mã hóa ký tự); <see langword="null"/> (the default) for
    /// UTF-8, checked on the file's first 64 KiB: a file that is not UTF-8 is refused with <c>OSM9015</c>, naming
    /// the encoding it looks like. A byte order mark (UTF-8, UTF-16, UTF-32) always wins over this setting.
    /// <see cref="CsvEncodings"/> gives the encodings by name, Windows-1258 (what a Vietnamese Excel saves as
    /// "CSV") among them; text in Windows-1258 is put in Unicode's composed form (NFC) as it is read. Not used by
    /// the <see cref="System.IO.TextReader"/> overloads, whose text is already decoded.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// The order of day and month in <c>d/M/yyyy</c> dates (thứ tự ngày/tháng). Default
    /// <see cref="CsvDateOrder.DayFirst"/>, as Vietnamese exports write them. The order is the file's, never a
    /// cell's: a file whose dates are evidently in the other order (a month above 12 in some date, no day above 12
    /// in any) is refused whole with <c>OSM9023</c>; ISO dates (<c>yyyy-MM-dd</c>) are never ambiguous.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public CsvDateOrder DateOrder
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The date order must be DayFirst or MonthFirst.");
    }

    /// <summary>
    /// The most physical lines a row may span, 1 to 1,000 (số dòng tối đa của một bản ghi). A quoted cell may hold
    /// line breaks (legal CSV, <c>OSM9020</c> warns of each such row), but a quote still open after this many
    /// lines — or whose closing would give the row another number of cells than the header — is taken as a stray
    /// quote: the row is rejected (<c>OSM9017</c>) and reading goes on with the next line. Default 3.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..1,000.</exception>
    public int MaxRowLines
    {
        get;
        init => field = value is >= 1 and <= 1000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A row may span 1 to 1,000 lines.");
    } = 3;

    /// <summary>
    /// The most characters a row may have, line breaks not counted, 64 to 16,000,000. A longer row is rejected
    /// (<c>OSM9018</c>) and its text dropped as it is read. Default 1,048,576 (a dossier row has about 150).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 64..16,000,000.</exception>
    public int MaxRowChars
    {
        get;
        init => field = value is >= 64 and <= 16_000_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A row may have 64 to 16,000,000 characters.");
    } = 1 << 20;

    /// <summary>The guard's bounds from <see cref="MaxRowLines"/> and <see cref="MaxRowChars"/>.</summary>
    internal GuardLimits Limits => new(MaxRowLines, MaxRowChars);

    /// <summary>
    /// Whether accepted rows are folded through the columnar <see cref="Tallies.Columnar.DossierBatch.Builder"/>
    /// (tallied and merged every 131,072 rows) instead of the streaming <see cref="DossierTallyBuilder"/>. Internal:
    /// the two give equal tallies (a test checks it); the streaming one is the default because it measured as fast
    /// with a lower peak (no large arrays per chunk, no gen-2 collections).
    /// </summary>
    internal bool ColumnarFold { get; init; }

    /// <summary>Returns a separator the reader accepts, or throws.</summary>
    internal static char? CheckSeparator(char? value, string parameterName) =>
        value is null or ',' or ';' or '\t' or '|'
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, "The separator must be ',', ';', tab or '|'.");
}
