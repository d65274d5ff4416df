using System.Linq;
using FsCheck.Xunit;
using OneStop.Metrics.Calendars;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Generation;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Generation;

/// <summary>Properties of generated data over random seeds and small random province shapes.</summary>
public class ProvinceGeneratorPropertyTests
{
    [Property(Arbitrary = [typeof(GenerationArbitraries)], MaxTest = 150)]
    public void The_report_of_generated_data_adds_up(GenerationCase @case)
    {
        var generator = new ProvinceGenerator(@case.Shape, @case.Seed);
        var dossiers = generator.Dossiers(@case.Count).ToArray();

        var report = IndicatorReport.Compute(generator.Reference, TallyScope.For(generator.Period), dossiers);

        Assert.Equal(0, report.DossiersRejected);
        Assert.Equal(@case.Count, report.DossiersSeen);
        Assert.Equal(@case.Count, report.Totals.Counts.Total + report.DossiersOutsidePeriod);
        foreach (var group in report.Levels.Select(l => l.Totals).Append(report.Totals))
        {
            var t = group.Timeliness;
            Assert.Equal(t.Total, t.CarriedOver + t.ReceivedInPeriod);
            Assert.Equal(t.Total, t.Resolved + t.InProgress + t.Returned + t.Refused + t.Withdrawn + t.Cancelled);
            Assert.Equal(t.Resolved, t.ResolvedEarly + t.ResolvedOnTime + t.ResolvedOverdue);
            Assert.Equal(t.InProgress, t.InProgressWithinDeadline + t.InProgressPastDeadline);
            var c = group.Counts;
            Assert.Equal(c.ReceivedInPeriod,
                c[TallyCounter.ReceivedInPerson] + c[TallyCounter.ReceivedOnline] + c[TallyCounter.ReceivedByPost]);
        }
    }

    [Property(Arbitrary = [typeof(GenerationArbitraries)], MaxTest = 150)]
    public void Generated_data_is_deterministic_valid_and_on_calendar(GenerationCase @case)
    {
        var generator = new ProvinceGenerator(@case.Shape, @case.Seed);
        var dossiers = generator.Dossiers(@case.Count).ToArray();

        Assert.Equal(dossiers, new ProvinceGenerator(@case.Shape, @case.Seed).Dossiers(@case.Count));
        Assert.Equal(dossiers.Length, dossiers.Select(d => d.Id).Distinct().Count());
        Assert.Empty(DeadlineAudit.Run(generator.Reference, dossiers, comparison: TimelinessComparison.ByInstant).Mismatches);
        Assert.All(dossiers, d =>
        {
            Assert.True(d.Channel == IntakeChannel.Online || WorkingDayCalendar.Vietnam.IsWorkingDay(d.ReceivedAt.Date), d.Id);
            Assert.True(d.Outcome.At is not { } end || end > d.ReceivedAt, d.Id);
            Assert.True(d.Outcome.At is not { } last || last.Date <= generator.ExportedOn, d.Id);
        });
    }
}
