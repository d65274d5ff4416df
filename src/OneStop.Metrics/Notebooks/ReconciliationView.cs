using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Reconciliation;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// The reconciliation of one published report, for notebooks: the findings of <see cref="ReportChecker.Check"/>
/// and, when a computed report is given, the differences of <see cref="ReportComparison.Compare(PublishedReport, PrintedReport)"/>.
/// Shown as two tables.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ReconciliationView
{
    private ReconciliationView(PublishedReport published, ImmutableArray<ReconciliationFinding> findings,
        ImmutableArray<FigureDifference>? differences)
    {
        Published = published;
        Findings = findings;
        Differences = differences;
    }

    /// <summary>Gets the published report checked.</summary>
    public PublishedReport Published { get; }

    /// <summary>Gets the report's internal inconsistencies, in the checker's order (by kind, then printed order).</summary>
    public ImmutableArray<ReconciliationFinding> Findings { get; }

    /// <summary>
    /// Gets the figures that differ from the computed report, in the published report's order; <see langword="null"/>
    /// when no computed report was given.
    /// </summary>
    public ImmutableArray<FigureDifference>? Differences { get; }

    /// <summary>Checks a published report and, optionally, compares it with a computed one.</summary>
    /// <param name="published">The published report (e.g. <see cref="PublishedReports.TuKy2023"/> or one loaded from JSON).</param>
    /// <param name="computed">The report printed from dossiers to compare with, or <see langword="null"/> to check only.</param>
    /// <returns>The findings and differences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="published"/> is <see langword="null"/>.</exception>
    public static ReconciliationView Check(PublishedReport published, PrintedReport? computed = null)
    {
        ArgumentNullException.ThrowIfNull(published);
        return new ReconciliationView(published, ReportChecker.Check(published),
            computed is null ? null : ReportComparison.Compare(published, computed));
    }

    /// <summary>
    /// Returns one line per finding (<see cref="ReconciliationFinding.ToString"/>), the number of findings, then
    /// one line per difference and their number when a computed report was given.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var finding in Findings)
        {
            text.Append(finding).Append('\n');
        }

        text.Append(string.Create(CultureInfo.InvariantCulture, $"{Findings.Length} findings\n"));
        if (Differences is { } differences)
        {
            foreach (var difference in differences)
            {
                text.Append(difference).Append('\n');
            }

            text.Append(string.Create(CultureInfo.InvariantCulture, $"{differences.Length} differences\n"));
        }

        return text.ToString();
    }
}
