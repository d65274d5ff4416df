using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Cli.Sources;

/// <summary>
/// Reads a folder laid out as <c>generate</c> writes it (dossiers.csv and the four reference files) and counts
/// the dossiers of a period, streaming; remembers how many rows were read, accepted and rejected and why.
/// </summary>
internal sealed class DataFolderSource : IReportSource
{
    private readonly DataFolder _folder;
    private readonly ReportingPeriod _period;
    private readonly LocalDate? _asOf;

    public DataFolderSource(string path, ReportingPeriod period, LocalDate? asOf)
    {
        _folder = new DataFolder(path);
        _period = period;
        _asOf = asOf;
        var missing = _folder.MissingFiles();
        if (missing.Count > 0)
        {
            throw new UsageException($"data folder {ArgumentText.Quote(path)} lacks {string.Join(", ", missing.Select(Path.GetFileName))}");
        }
    }

    /// <summary>The CSV result of the last <see cref="Load"/>.</summary>
    public CsvTallyResult? Result { get; private set; }

    public ReportInput Load()
    {
        var reference = _folder.ReadReference();
        if (!reference.IsComplete)
        {
            var first = reference.CsvFailures.Concat(reference.Intake.Failures).First();
            throw new UsageException($"reference files of {ArgumentText.Quote(_folder.Path)} are invalid: {first.Code} {first.Message}");
        }

        if (_asOf is { } asOf && asOf < _period.End)
        {
            throw new UsageException($"option '--as-of' must not be before '--to' ({_period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})");
        }

        Result = _folder.TallyDossiers(reference.Reference, TallyScope.For(_period, _asOf));
        var heading = new ReportHeading(_folder.Path, "Báo cáo tình hình, kết quả giải quyết TTHC");
        return new ReportInput(IndicatorReport.Compute(Result.Tally), heading);
    }
}
