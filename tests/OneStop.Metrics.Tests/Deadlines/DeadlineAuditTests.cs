using System.Linq;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Deadlines;

public sealed class DeadlineAuditTests
{
    internal static ReferenceData Reference { get; } = new(
        [new AdministrativeUnit { Code = "H", Name = "huyện", Level = AdministrativeLevel.District }],
        [new Department { Code = "MC", Name = "Bộ phận Một cửa", UnitCode = "H", Kind = DepartmentKind.OneStop }],
        [new ProcedureField { Code = "TP", Name = "Tư pháp" }],
        [
            new Procedure
            {
                Code = "P5", Name = "Thủ tục 5 ngày", FieldCode = "TP", Level = AdministrativeLevel.District,
                OnlineService = OnlineServiceKind.Partial, TimeLimit = TimeLimit.WorkingDays(5),
            },
            new Procedure
            {
                Code = "PX", Name = "Thủ tục không thời hạn", FieldCode = "TP", Level = AdministrativeLevel.District,
                OnlineService = OnlineServiceKind.None,
            },
        ]);

    // Received Fri 13/2/2026 16:30: five working days after, across Tết, is Fri 27/2/2026.
    internal static Dossier Received(string id, LocalDateTime? due, string procedure = "P5") => new()
    {
        Id = id,
        ProcedureCode = procedure,
        ReceivingDepartmentCode = "MC",
        Channel = IntakeChannel.InPerson,
        ReceivedAt = new LocalDateTime(2026, 2, 13, 16, 30),
        DueAt = due,
    };

    [Fact]
    public void Every_dossier_is_either_agreeing_mismatched_or_counted_as_not_auditable()
    {
        var report = DeadlineAudit.Run(Reference,
        [
            Received("A", new LocalDateTime(2026, 2, 27, 17, 0)),
            Received("B", new LocalDateTime(2026, 3, 2, 17, 0)),
            Received("C", new LocalDateTime(2026, 2, 20, 17, 0)),
            Received("D", null),
            Received("E", new LocalDateTime(2026, 2, 27, 17, 0), "PX"),
            Received("F", new LocalDateTime(2026, 2, 27, 17, 0), "UNKNOWN"),
        ]);

        Assert.Equal(6, report.DossiersRead);
        Assert.Equal(1, report.Agreeing);
        Assert.Equal(new[] { "B", "C" }, report.Mismatches.Select(m => m.DossierId));
        Assert.Equal(1, report.Mismatches[0].WorkingDaysLate);
        Assert.Equal(-5, report.Mismatches[1].WorkingDaysLate);
        Assert.Equal(new LocalDateTime(2026, 2, 27, 17, 0), report.Mismatches[0].Computed);
        Assert.Equal(1, report.WithoutStoredDueDate);
        Assert.Equal(1, report.WithoutTimeLimit);
        Assert.Equal(1, report.UnknownProcedure);
        Assert.Equal(report.DossiersRead,
            report.Agreeing + report.Mismatches.Length + report.WithoutStoredDueDate + report.WithoutTimeLimit + report.UnknownProcedure);
    }

    [Fact]
    public void By_instant_a_different_time_of_day_is_a_mismatch_of_zero_working_days()
    {
        var report = DeadlineAudit.Run(Reference, [Received("A", new LocalDateTime(2026, 2, 27, 11, 0))], null,
            TimelinessComparison.ByInstant);

        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal(0, mismatch.WorkingDaysLate);
    }

    [Fact]
    public void A_tally_can_judge_timeliness_against_computed_due_dates_instead_of_stored_ones()
    {
        var resolved = Received("A", new LocalDateTime(2026, 3, 20, 17, 0)) with
        {
            Outcome = DossierOutcome.Resolved(new LocalDateTime(2026, 3, 2, 10, 0)),
        };
        var period = ReportingPeriod.Month(2026, 3);
        var carried = TallyScope.For(ReportingPeriod.Custom(new LocalDate(2026, 2, 1), period.End));

        var stored = DossierTally.Build(Reference, carried, [resolved]).Count(TallyFilter.All);
        var computed = DossierTally.Build(Reference, TallyScope.For(carried.Period, dueDates: DueDateSource.Computed), [resolved])
            .Count(TallyFilter.All);

        Assert.Equal(1, stored[TallyCounter.ResolvedEarly]);
        Assert.Equal(1, computed[TallyCounter.ResolvedOverdue]);
    }
}
