using System.Collections.Immutable;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Printing;

/// <summary>How a report is printed: words, number style and which breakdowns appear.</summary>
public sealed record ReportPrintOptions
{
    /// <summary>The seed report's style: Vietnamese words and numbers, online intake by field at province and district level.</summary>
    public static ReportPrintOptions Vietnamese { get; } = new();

    /// <summary>English words with invariant numbers (<c>2,498/2,531 (98.70%)</c>).</summary>
    public static ReportPrintOptions English { get; } = new() { Wording = ReportWording.English, Numbers = NumberStyle.Invariant };

    /// <summary>The words. Default: <see cref="ReportWording.Vietnamese"/>.</summary>
    public ReportWording Wording { get; init; } = ReportWording.Vietnamese;

    /// <summary>How numbers and rates print, including the rounding rule. Default: <see cref="NumberStyle.Vietnamese"/>.</summary>
    public NumberStyle Numbers { get; init; } = NumberStyle.Vietnamese;

    /// <summary>
    /// The levels whose online intake is broken down by field. Default: province and district, as in the seed
    /// report (which gives no commune breakdown).
    /// </summary>
    public ImmutableHashSet<AdministrativeLevel> FieldBreakdownLevels { get; init; } =
        [AdministrativeLevel.Province, AdministrativeLevel.District];
}
