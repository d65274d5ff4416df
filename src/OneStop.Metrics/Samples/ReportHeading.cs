namespace OneStop.Metrics.Samples;

/// <summary>Who a report is from: the words printed at its head.</summary>
/// <param name="Locality">The reporting People's Committee's area, e.g. <c>huyện Tứ Kỳ, tỉnh Hải Dương</c>.</param>
/// <param name="Title">The report's title.</param>
public sealed record ReportHeading(string Locality, string Title);
