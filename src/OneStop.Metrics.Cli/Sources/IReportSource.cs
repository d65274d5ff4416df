namespace OneStop.Metrics.Cli.Sources;

/// <summary>
/// Where the dossiers of a report come from. Today a built-in sample (<c>--sample</c>); a data folder
/// (<c>report DIR --from … --to …</c>) will be a second implementation chosen next to it in <c>ReportCommand</c>.
/// </summary>
internal interface IReportSource
{
    /// <summary>Reads the data and computes the report.</summary>
    /// <returns>The report and the heading it prints under.</returns>
    ReportInput Load();
}
