using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Generators;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Indicators;

/// <summary>The identities every <see cref="GroupIndicators"/> of a report satisfies, over random dossiers and every option.</summary>
public partial class IndicatorReportTests
{
    /// <summary>Every <see cref="OnTimeRateBasis"/> × every <see cref="EndedOutcomes"/> combination (3 × 8).</summary>
    private static readonly MetricsOptions[] TimelinessOptions =
    [
        .. from basis in Enum.GetValues<OnTimeRateBasis>()
           from outcomes in Enumerable.Range(0, 8).Select(i => (EndedOutcomes)i)
           select new MetricsOptions { OnTimeRate = basis, CountedAsResolved = outcomes },
    ];

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 60)]
    public void Every_group_of_every_level_satisfies_the_timeliness_identities(Dossier[] dossiers, TallyScope scope)
    {
        var tally = DossierTally.Build(Reference, scope, dossiers);

        foreach (var options in TimelinessOptions)
        {
            var report = IndicatorReport.Compute(tally, options);
            foreach (var (name, group) in Groups(report))
            {
                AssertIdentities(name, group, options);
            }
        }
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 60)]
    public void Field_and_one_stop_department_parts_add_up_to_their_level(Dossier[] dossiers, TallyScope scope)
    {
        var tally = DossierTally.Build(Reference, scope, dossiers);

        foreach (var options in TimelinessOptions)
        {
            var report = IndicatorReport.Compute(tally, options);
            foreach (var level in report.Levels)
            {
                var expected = Figures(level.Totals.Timeliness);
                Assert.Equal(expected, Sum(level.ByField.Select(f => Figures(f.Indicators.Timeliness))));
                Assert.Equal(expected, Sum(level.ByOneStopDepartment.Select(d => Figures(d.Indicators.Timeliness))));
                Assert.Equal(level.Totals.Counts,
                    level.ByOneStopDepartment.Aggregate(DossierCounts.Zero, (sum, d) => sum + d.Indicators.Counts));
                Assert.All(level.ByField, f => Assert.True(f.Indicators.Timeliness.Total > 0));
            }

            Assert.Equal(report.Totals.Counts, report.Levels.Aggregate(DossierCounts.Zero, (sum, l) => sum + l.Totals.Counts));
        }
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 60)]
    public void Unit_coverage_splits_the_units_of_each_level_into_three_disjoint_lists(Dossier[] dossiers, TallyScope scope,
        bool intakeReceivedOnly)
    {
        var options = new MetricsOptions
        {
            IntakeDigitization = intakeReceivedOnly ? IntakeDigitizationBasis.ReceivedInPeriod : IntakeDigitizationBasis.HandledInPeriod,
        };
        var report = IndicatorReport.Compute(Reference, scope, dossiers, options);

        foreach (var level in report.Levels)
        {
            var coverage = level.Coverage;
            var units = Reference.DepartmentsAt(coverage.UnitKind, level.Level).ToArray();
            string[] listed =
            [
                .. coverage.DigitizingUnits.Select(d => d.Code),
                .. coverage.UnitsWithoutDossiers.Select(d => d.Code),
                .. coverage.UnitsNotDigitizing.Select(d => d.Code),
            ];

            Assert.Equal(units.Select(u => u.Code).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
            Assert.Equal(Ratio.Of(coverage.DigitizingUnits.Length, units.Length), coverage.Digitizing);
        }
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 60)]
    public void Report_totals_agree_with_the_tally(Dossier[] dossiers, TallyScope scope)
    {
        var tally = DossierTally.Build(Reference, scope, dossiers);
        var report = IndicatorReport.Compute(tally);

        Assert.Equal(dossiers.Length, report.DossiersSeen);
        Assert.Equal(tally.DossiersRejected, report.DossiersRejected);
        Assert.Equal(tally.Count(TallyFilter.All), report.Totals.Counts);
        Assert.Equal(report.DossiersSeen, report.Totals.Timeliness.Total + report.DossiersOutsidePeriod + report.DossiersRejected);
    }

    private static void AssertIdentities(string name, GroupIndicators group, MetricsOptions options)
    {
        var t = group.Timeliness;
        var counts = group.Counts;
        var where = $"{name} under {options}";

        Assert.True(t.Total == t.CarriedOver + t.ReceivedInPeriod, $"Total = carried over + received: {where}");
        Assert.True(t.Total == t.Resolved + t.InProgress + t.Returned + t.Refused + t.Withdrawn + t.Cancelled, $"Total = statuses: {where}");
        Assert.True(t.Resolved == t.ResolvedEarly + t.ResolvedOnTime + t.ResolvedOverdue, $"Resolved = early + on time + overdue: {where}");
        Assert.True(t.InProgress == t.InProgressWithinDeadline + t.InProgressPastDeadline, $"In progress = within + past: {where}");
        Assert.True(t.ResolvedEarlyOrOnTime == t.ResolvedEarly + t.ResolvedOnTime, where);

        // Folded outcomes are zero in their own bucket and inside Resolved.
        var folded = options.CountedAsResolved;
        Assert.Equal(folded.HasFlag(EndedOutcomes.Returned) ? 0 : counts.Returned, t.Returned);
        Assert.Equal(folded.HasFlag(EndedOutcomes.Refused) ? 0 : counts.Refused, t.Refused);
        Assert.Equal(folded.HasFlag(EndedOutcomes.Withdrawn) ? 0 : counts.Withdrawn, t.Withdrawn);
        Assert.Equal(counts.Resolved + (counts.Returned - t.Returned) + (counts.Refused - t.Refused) + (counts.Withdrawn - t.Withdrawn),
            t.Resolved);
        Assert.Equal(counts.Cancelled, t.Cancelled);

        var (onTime, overdue, denominator) = options.OnTimeRate switch
        {
            OnTimeRateBasis.Resolved => (t.ResolvedEarlyOrOnTime, t.ResolvedOverdue, t.Resolved),
            OnTimeRateBasis.ResolvedAndInProgress => (t.ResolvedEarlyOrOnTime + t.InProgressWithinDeadline,
                t.ResolvedOverdue + t.InProgressPastDeadline, t.Resolved + t.InProgress),
            _ => (t.ResolvedEarlyOrOnTime, t.ResolvedOverdue, t.Total),
        };
        Assert.Equal(Ratio.Of(onTime, denominator), t.EarlyOrOnTimeRate);
        Assert.Equal(Ratio.Of(overdue, denominator), t.OverdueRate);
    }

    private static IEnumerable<(string Name, GroupIndicators Group)> Groups(IndicatorReport report)
    {
        yield return ("report totals", report.Totals);
        foreach (var level in report.Levels)
        {
            yield return ($"{level.Level} totals", level.Totals);
            foreach (var field in level.ByField)
            {
                yield return ($"{level.Level} field {field.Field.Code}", field.Indicators);
            }

            foreach (var department in level.ByOneStopDepartment.Concat(level.ByResolvingDepartment))
            {
                yield return ($"{level.Level} department {department.Department.Code}", department.Indicators);
            }
        }
    }

    /// <summary>The additive figures of a timeliness group (the rates are not additive).</summary>
    private static long[] Figures(TimelinessIndicators t) =>
    [
        t.CarriedOver, t.ReceivedInPeriod, t.Total, t.Resolved, t.ResolvedEarly, t.ResolvedOnTime, t.ResolvedOverdue,
        t.InProgress, t.InProgressWithinDeadline, t.InProgressPastDeadline, t.Returned, t.Refused, t.Withdrawn, t.Cancelled,
    ];

    private static long[] Sum(IEnumerable<long[]> parts) =>
        parts.Aggregate(new long[14], (sum, part) => sum.Zip(part, (a, b) => a + b).ToArray());
}
