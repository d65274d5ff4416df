using OneStop.Metrics.Csv;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Cli.Sources;

/// <summary>What a source yields: the computed indicators, the heading to print them under, and how the rows were read.</summary>
/// <param name="Report">The indicators.</param>
/// <param name="Heading">The locality and title.</param>
/// <param name="Accounting">
/// For data read from CSV files, the dossier rows read, accepted and rejected and why, and the reference entries;
/// <see langword="null"/> for a built-in sample, which has no rows.
/// </param>
internal sealed record ReportInput(IndicatorReport Report, ReportHeading Heading, Output.DataAccounting? Accounting);
