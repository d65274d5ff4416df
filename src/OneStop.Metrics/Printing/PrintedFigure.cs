using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Printing;

/// <summary>
/// One figure of a printed report: a stable key, the text as printed, and the exact numbers behind it.
/// </summary>
/// <param name="Key">
/// A stable key such as <c>digitization.intake.district</c> or <c>online-intake.district.H-TCKH</c>
/// (<c>docs/report-figures.md</c> lists them).
/// </param>
/// <param name="Text">The figure as printed, e.g. <c>2.498/2.531 đạt tỷ lệ 98,70%</c>.</param>
/// <param name="Count">The count, for a figure that is a count; otherwise <see langword="null"/>.</param>
/// <param name="Ratio">The exact fraction, for a figure that is a ratio; otherwise <see langword="null"/>.</param>
/// <param name="Percentage">The percentage rounded once by the report's rule, when the figure has one.</param>
public sealed record PrintedFigure(string Key, string Text, long? Count, Ratio? Ratio, decimal? Percentage);
