using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Cli.Sources;

/// <summary>
/// Reads the CSV files of a report — a folder laid out as <c>generate</c> writes it, or files named one by one —
/// and counts the dossiers of a scope, streaming; the result carries how many rows were read, accepted and rejected
/// and why. Optionally writes the rejected rows to a file and shows progress on a terminal.
/// </summary>
internal sealed class DataFilesSource : IReportSource
{
    private readonly DataFiles _files;
    private readonly TallyScope _scope;
    private readonly string? _rejectedPath;
    private readonly TextWriter? _terminal;
    private readonly ReportLanguage _language;
    private readonly CsvReadOptions _read;

    /// <summary>Checks that the files exist and remembers how to read them.</summary>
    /// <param name="files">The five files.</param>
    /// <param name="scope">The period and as-of date.</param>
    /// <param name="rejectedPath">Where to write the rejected rows (<c>--rejected</c>), or <see langword="null"/>.</param>
    /// <param name="terminal">Where to show progress (standard error when it is a terminal), or <see langword="null"/> for none.</param>
    /// <param name="language">The words and number style of the progress line.</param>
    /// <param name="read">How to read the dossier file (encoding, date order); the writer and progress are set here.</param>
    /// <exception cref="UsageException">A file is missing, or <paramref name="rejectedPath"/> is one of the input files.</exception>
    public DataFilesSource(DataFiles files, TallyScope scope, string? rejectedPath, TextWriter? terminal, ReportLanguage language,
        CsvReadOptions read)
    {
        _read = read;
        files.CheckExist();
        if (rejectedPath is not null && files.All.Any(f => SamePath(f.Path, rejectedPath)))
        {
            throw new UsageException($"option '--rejected' names an input file ({ArgumentText.Quote(rejectedPath)}); give another path");
        }

        _files = files;
        _scope = scope;
        _rejectedPath = rejectedPath;
        _terminal = terminal;
        _language = language;
    }

    public ReportInput Load()
    {
        var reference = ReferenceCsv.ReadFiles(_files.Units.Path, _files.Departments.Path, _files.Fields.Path, _files.Procedures.Path,
            null, _read.Encoding);

        // A file refused as a whole (its encoding, its header) blocks the report; a bad entry drops itself and its
        // dependants, and the accounting lists it.
        var refusals = reference.CsvFailures.Where(f => f.Severity == IntakeSeverity.Error && f.Line is null or HeaderResolverLine).ToList();
        if (refusals.Count > 0)
        {
            throw new UsageException($"reference files of {ArgumentText.Quote(_files.Locality)} are refused ({refusals.Count} failures): "
                + string.Join("; ", refusals.Select(f => f.Code + " " + f.Message)));
        }

        var result = ReadDossiers(reference.Reference);
        if (result.FileFailures.Concat(result.HeaderFailures).FirstOrDefault(f => f.Severity == IntakeSeverity.Error) is { } refusal)
        {
            throw new UsageException($"dossier file {ArgumentText.Quote(_files.Dossiers.Path)} is refused: {refusal.Code} {refusal.Message}");
        }

        var heading = new ReportHeading(_files.Locality, _language == ReportLanguage.English
            ? "Report on the handling of administrative procedures (TTHC)"
            : "Báo cáo tình hình, kết quả giải quyết TTHC");
        return new ReportInput(IndicatorReport.Compute(result.Tally), heading, new DataAccounting(result, reference));
    }

    /// <summary>The line of a header: its failures concern the whole file.</summary>
    private const long HeaderResolverLine = 1;

    private CsvTallyResult ReadDossiers(Domain.ReferenceData reference)
    {
        using var rejected = _rejectedPath is null ? null : CreateText(_rejectedPath);
        using var stream = new ByteCountingStream(new FileStream(_files.Dossiers.Path, FileMode.Open, FileAccess.Read,
            FileShare.Read, 1 << 16, FileOptions.SequentialScan));
        var clock = Stopwatch.StartNew();
        var progress = _terminal is null
            ? null
            : new ProgressLine(_terminal, _language, () => clock.Elapsed, () => stream.BytesRead, stream.KnownLength);
        try
        {
            return DossierCsv.Tally(stream, reference, _scope,
                _read with { RejectedRowsWriter = rejected, Progress = progress });
        }
        finally
        {
            progress?.Clear();
        }
    }

    private static StreamWriter CreateText(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
