using OneStop.Metrics.Indicators;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Cli.Sources;

/// <summary>What a source yields: the computed indicators and the heading to print them under.</summary>
/// <param name="Report">The indicators.</param>
/// <param name="Heading">The locality and title.</param>
internal sealed record ReportInput(IndicatorReport Report, ReportHeading Heading);
