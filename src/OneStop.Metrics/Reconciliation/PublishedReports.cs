using System;
using System.Collections.Generic;
using System.IO;

namespace OneStop.Metrics.Reconciliation;

/// <summary>The published reports that ship with the library, typed by hand from the documents, read on first use.</summary>
public static class PublishedReports
{
    /// <summary>The manifest resource name of the seed's file (the <c>LogicalName</c> given in the project file).</summary>
    internal const string TuKy2023ResourceName = "OneStop.Metrics.Reconciliation.Data.tu-ky-2023.report.json";

    private static readonly Lazy<PublishedReport> TuKy = new(() => LoadResource(TuKy2023ResourceName));

    /// <summary>
    /// Gets the report of the People's Committee of Tứ Kỳ district (Hải Dương), September 2023, on Decree
    /// 107/2021/NĐ-CP and Decision 468/QĐ-TTg (the seed), figures of sections 1, 2 and 4 exactly as printed —
    /// <c>08/11</c> with seven names, <c>0.04%</c> and <c>0.06%</c> with a decimal point, <c>Văn hóa-TT: 13/13</c>
    /// without a rate — and no declared definitions. The embedded file
    /// <c>Reconciliation/Data/tu-ky-2023.report.json</c> is the worked example of <c>docs/reconciliation.md</c>.
    /// </summary>
    public static PublishedReport TuKy2023 => TuKy.Value;

    /// <summary>The names of the shipped reports, as the command line's <c>--sample</c> takes them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Samples.BuiltInSamples.TuKy2023Name];

    /// <summary>Looks up a shipped published report by name (ordinal, case-insensitive).</summary>
    /// <param name="name">The name, e.g. <c>tu-ky-2023</c>.</param>
    /// <param name="report">The report, when found.</param>
    /// <returns>Whether a shipped report has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PublishedReport? report)
    {
        ArgumentNullException.ThrowIfNull(name);
        report = string.Equals(name, Samples.BuiltInSamples.TuKy2023Name, StringComparison.OrdinalIgnoreCase) ? TuKy2023 : null;
        return report is not null;
    }

    /// <summary>The JSON text of a shipped report, as embedded.</summary>
    internal static string ResourceText(string resourceName)
    {
        using var stream = typeof(PublishedReports).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(string.Concat("The embedded resource ", resourceName, " is missing from the assembly."));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static PublishedReport LoadResource(string resourceName) => PublishedReport.Parse(ResourceText(resourceName));
}
