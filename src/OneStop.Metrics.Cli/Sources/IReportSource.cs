namespace OneStop.Metrics.Cli.Sources;

/// <summary>
/// Where the dossiers of a report come from: a built-in sample (<see cref="SampleSource"/>, <c>--sample</c>) or CSV
/// files (<see cref="DataFilesSource"/>, <c>report DIR --from … --to …</c> and the file options), chosen in
/// <c>ReportCommand</c>.
/// </summary>
internal interface IReportSource
{
    /// <summary>Reads the data and computes the report.</summary>
    /// <returns>The report, the heading it prints under and, for CSV files, the row accounting.</returns>
    ReportInput Load();
}
