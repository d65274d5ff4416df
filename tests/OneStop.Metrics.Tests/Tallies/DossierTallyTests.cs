using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Tallies;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Tallies;

/// <summary>
/// <see cref="DossierTally"/>: the classification rules (<see cref="DossierClassifier"/>) on single dossiers,
/// rejections, drill-down, cells and merging; the algebraic properties are in DossierTallyTests.Properties.cs.
/// </summary>
public partial class DossierTallyTests
{
    private static readonly (TallyCounter, long)[] ReceivedInPersonForOnlineService =
    [
        (TallyCounter.ReceivedInPeriod, 1), (TallyCounter.ReceivedInPerson, 1), (TallyCounter.ReceivedForOnlineService, 1),
    ];

    /// <summary>A P1 dossier received in person at MC-H on 2023-03-01 09:00, resolved by TP, in progress, no due date.</summary>
    private static readonly Dossier InPeriod = NewDossier("D1", At(2023, 3, 1));

    // ----- Scope: before, in and after the period -------------------------------------------------------------

    [Theory]
    [InlineData(TimelinessComparison.ByDate)]
    [InlineData(TimelinessComparison.ByInstant)]
    public void Received_after_the_period_counts_only_as_received_after(TimelinessComparison comparison)
    {
        var dossier = InPeriod with
        {
            ReceivedAt = At(2023, 9, 1, 0, 0),
            Channel = IntakeChannel.Online,
            DueAt = At(2023, 9, 3),
            Outcome = DossierOutcome.Resolved(At(2023, 9, 2)),
            Digitization = DigitizationFacts.Create(true, true, true, true),
            ReceivedRegardlessOfBoundary = true,
        };

        AssertCounts(dossier, TallyScope.For(ReportPeriod, new LocalDate(2023, 10, 1), comparison),
            (TallyCounter.ReceivedAfterPeriod, 1));
    }

    [Theory]
    [InlineData(OutcomeKind.Resolved)]
    [InlineData(OutcomeKind.ReturnedIneligible)]
    [InlineData(OutcomeKind.Refused)]
    [InlineData(OutcomeKind.Withdrawn)]
    [InlineData(OutcomeKind.Cancelled)]
    public void Received_and_ended_before_the_period_counts_only_as_ended_before(OutcomeKind kind)
    {
        var dossier = InPeriod with
        {
            ReceivedAt = At(2022, 12, 20),
            DueAt = At(2022, 12, 25),
            Outcome = DossierOutcome.Ended(kind, At(2022, 12, 31, 23, 59)),
            Digitization = DigitizationFacts.Create(true, true, true, true),
            ReceivedRegardlessOfBoundary = true,
        };

        AssertCounts(dossier, Scope, (TallyCounter.EndedBeforePeriod, 1));
    }

    [Fact]
    public void Received_before_and_ended_inside_the_period_is_carried_over_with_its_status()
    {
        var dossier = InPeriod with
        {
            ReceivedAt = At(2022, 12, 20, 10, 0),
            Channel = IntakeChannel.Online,
            DueAt = At(2023, 1, 5, 17, 0),
            Outcome = DossierOutcome.Resolved(At(2023, 1, 1, 0, 0)),
            Digitization = DigitizationFacts.Create(true, true, false, true),
            ReceivedRegardlessOfBoundary = true,
        };

        // Carried over: intake digitization counters of its own; no channel, reuse or boundary counter.
        AssertCounts(dossier, Scope,
            (TallyCounter.CarriedOver, 1),
            (TallyCounter.SubjectToDigitizationCarriedOver, 1),
            (TallyCounter.DigitizedAtIntakeCarriedOver, 1),
            (TallyCounter.ResolvedEarly, 1),
            (TallyCounter.ResultDocumentsIssued, 1));
    }

    [Fact]
    public void Received_before_and_still_open_is_carried_over_and_in_progress()
    {
        var dossier = InPeriod with
        {
            ReceivedAt = At(2022, 12, 31, 23, 59),
            DueAt = At(2023, 9, 10),
            Digitization = DigitizationFacts.Create(true, false, false, false),
        };

        AssertCounts(dossier, Scope,
            (TallyCounter.CarriedOver, 1),
            (TallyCounter.SubjectToDigitizationCarriedOver, 1),
            (TallyCounter.InProgressWithinDeadline, 1));
    }

    [Fact]
    public void Received_before_and_ended_after_the_period_is_carried_over_and_in_progress()
    {
        var dossier = InPeriod with
        {
            ReceivedAt = At(2022, 11, 2),
            DueAt = At(2022, 11, 30),
            Outcome = DossierOutcome.Resolved(At(2023, 9, 1, 0, 0)),
        };

        AssertCounts(dossier, Scope, (TallyCounter.CarriedOver, 1), (TallyCounter.InProgressPastDeadline, 1));
    }

    [Theory]
    [InlineData("2023-01-01T00:00:00")]
    [InlineData("2023-05-15T12:00:00")]
    [InlineData("2023-08-31T23:59:59")]
    public void Received_on_any_day_of_the_period_is_received_in_it(string received)
    {
        var dossier = InPeriod with { ReceivedAt = Parse(received) };

        AssertCounts(dossier, Scope, [.. ReceivedInPersonForOnlineService, (TallyCounter.InProgressWithinDeadline, 1)]);
    }

    [Fact]
    public void Ended_on_the_last_day_of_the_period_is_ended()
    {
        var dossier = InPeriod with { Outcome = DossierOutcome.Refused(At(2023, 8, 31, 23, 59)) };

        AssertCounts(dossier, Scope, [.. ReceivedInPersonForOnlineService, (TallyCounter.RefusedOnTime, 1)]);
    }

    [Fact]
    public void Ended_after_the_period_is_in_progress_and_issues_no_result_documents()
    {
        var dossier = InPeriod with
        {
            ReceivedAt = At(2023, 8, 20),
            DueAt = At(2023, 8, 25),
            Outcome = DossierOutcome.Resolved(At(2023, 9, 1, 0, 0)),
            Digitization = DigitizationFacts.None.WithResultDocuments(3, 3),
        };

        AssertCounts(dossier, Scope, [.. ReceivedInPersonForOnlineService, (TallyCounter.InProgressPastDeadline, 1)]);
    }

    // ----- Intake counters --------------------------------------------------------------------------------------

    public static TheoryData<string, string, IntakeChannel, TallyCounter[]> IntakeCases => new()
    {
        { "P1", "MC-H", IntakeChannel.InPerson, [TallyCounter.ReceivedInPerson, TallyCounter.ReceivedForOnlineService] },
        {
            "P1", "MC-H", IntakeChannel.Online,
            [TallyCounter.ReceivedOnline, TallyCounter.ReceivedForOnlineService, TallyCounter.ReceivedOnlineForOnlineService]
        },
        {
            "P2", "MC-H", IntakeChannel.Online,
            [TallyCounter.ReceivedOnline, TallyCounter.ReceivedForOnlineService, TallyCounter.ReceivedOnlineForOnlineService]
        },
        { "P2", "MC-H", IntakeChannel.Postal, [TallyCounter.ReceivedByPost, TallyCounter.ReceivedForOnlineService] },
        { "P3", "MC-X", IntakeChannel.Online, [TallyCounter.ReceivedOnline] },
        { "P3", "MC-X", IntakeChannel.InPerson, [TallyCounter.ReceivedInPerson] },
        { "P3", "MC-X", IntakeChannel.Postal, [TallyCounter.ReceivedByPost] },
    };

    [Theory]
    [MemberData(nameof(IntakeCases))]
    public void Received_in_the_period_adds_its_channel_and_online_service_counters(string procedure, string receiving,
        IntakeChannel channel, TallyCounter[] expected)
    {
        var dossier = InPeriod with
        {
            ProcedureCode = procedure,
            ReceivingDepartmentCode = receiving,
            ResolvingDepartmentCode = null,
            Channel = channel,
        };

        AssertCounts(dossier, Scope,
            [(TallyCounter.ReceivedInPeriod, 1), (TallyCounter.InProgressWithinDeadline, 1), .. expected.Select(c => (c, 1L))]);
    }

    [Fact]
    public void Received_in_the_period_adds_its_digitization_reuse_and_boundary_counters()
    {
        var dossier = InPeriod with
        {
            Digitization = DigitizationFacts.Create(true, true, false, true),
            ReceivedRegardlessOfBoundary = true,
        };

        AssertCounts(dossier, Scope,
        [
            .. ReceivedInPersonForOnlineService,
            (TallyCounter.InProgressWithinDeadline, 1),
            (TallyCounter.SubjectToDigitizationReceived, 1),
            (TallyCounter.DigitizedAtIntakeReceived, 1),
            (TallyCounter.ReusedDigitizedData, 1),
            (TallyCounter.ReceivedRegardlessOfBoundary, 1),
        ]);
    }

    [Fact]
    public void Reuse_and_boundary_are_counted_independently()
    {
        var reuseOnly = InPeriod with { Digitization = DigitizationFacts.Create(false, false, false, true) };
        var boundaryOnly = InPeriod with { ReceivedRegardlessOfBoundary = true };

        AssertCounts(reuseOnly, Scope,
            [.. ReceivedInPersonForOnlineService, (TallyCounter.InProgressWithinDeadline, 1), (TallyCounter.ReusedDigitizedData, 1)]);
        AssertCounts(boundaryOnly, Scope,
            [.. ReceivedInPersonForOnlineService, (TallyCounter.InProgressWithinDeadline, 1), (TallyCounter.ReceivedRegardlessOfBoundary, 1)]);
    }

    [Fact]
    public void Digitized_at_intake_counts_only_when_subject_to_digitization()
    {
        var subjectOnly = InPeriod with { Digitization = DigitizationFacts.Create(true, false, false, false) };
        var notSubject = InPeriod with { Digitization = DigitizationFacts.Create(false, true, false, false) };

        AssertCounts(subjectOnly, Scope,
            [.. ReceivedInPersonForOnlineService, (TallyCounter.InProgressWithinDeadline, 1), (TallyCounter.SubjectToDigitizationReceived, 1)]);
        AssertCounts(notSubject, Scope, [.. ReceivedInPersonForOnlineService, (TallyCounter.InProgressWithinDeadline, 1)]);
    }

    // ----- Timeliness of ended dossiers -------------------------------------------------------------------------

    [Theory]
    [InlineData("2023-03-09T23:59:00", TimelinessComparison.ByDate, TallyCounter.ResolvedEarly)]
    [InlineData("2023-03-09T23:59:00", TimelinessComparison.ByInstant, TallyCounter.ResolvedEarly)]
    [InlineData("2023-03-10T00:00:00", TimelinessComparison.ByDate, TallyCounter.ResolvedOnTime)]
    [InlineData("2023-03-10T00:00:00", TimelinessComparison.ByInstant, TallyCounter.ResolvedOnTime)]
    [InlineData("2023-03-10T10:00:00", TimelinessComparison.ByInstant, TallyCounter.ResolvedOnTime)]
    [InlineData("2023-03-10T10:00:01", TimelinessComparison.ByDate, TallyCounter.ResolvedOnTime)]
    [InlineData("2023-03-10T10:00:01", TimelinessComparison.ByInstant, TallyCounter.ResolvedOverdue)]
    [InlineData("2023-03-10T16:00:00", TimelinessComparison.ByDate, TallyCounter.ResolvedOnTime)]
    [InlineData("2023-03-10T16:00:00", TimelinessComparison.ByInstant, TallyCounter.ResolvedOverdue)]
    [InlineData("2023-03-11T08:00:00", TimelinessComparison.ByDate, TallyCounter.ResolvedOverdue)]
    [InlineData("2023-03-11T08:00:00", TimelinessComparison.ByInstant, TallyCounter.ResolvedOverdue)]
    public void Resolved_is_early_on_time_or_overdue_against_the_due_date(string resolved, TimelinessComparison comparison,
        TallyCounter expected)
    {
        var dossier = InPeriod with { DueAt = At(2023, 3, 10, 10, 0), Outcome = DossierOutcome.Resolved(Parse(resolved)) };

        AssertCounts(dossier, TallyScope.For(ReportPeriod, null, comparison),
            [.. ReceivedInPersonForOnlineService, (expected, 1), (TallyCounter.ResultDocumentsIssued, 1)]);
    }

    [Theory]
    [InlineData(OutcomeKind.ReturnedIneligible, "2023-03-09T08:00:00", TallyCounter.ReturnedEarly)]
    [InlineData(OutcomeKind.ReturnedIneligible, "2023-03-10T17:00:00", TallyCounter.ReturnedOnTime)]
    [InlineData(OutcomeKind.ReturnedIneligible, "2023-03-11T08:00:00", TallyCounter.ReturnedOverdue)]
    [InlineData(OutcomeKind.Refused, "2023-03-09T08:00:00", TallyCounter.RefusedEarly)]
    [InlineData(OutcomeKind.Refused, "2023-03-10T17:00:00", TallyCounter.RefusedOnTime)]
    [InlineData(OutcomeKind.Refused, "2023-03-11T08:00:00", TallyCounter.RefusedOverdue)]
    [InlineData(OutcomeKind.Withdrawn, "2023-03-09T08:00:00", TallyCounter.WithdrawnEarly)]
    [InlineData(OutcomeKind.Withdrawn, "2023-03-10T17:00:00", TallyCounter.WithdrawnOnTime)]
    [InlineData(OutcomeKind.Withdrawn, "2023-03-11T08:00:00", TallyCounter.WithdrawnOverdue)]
    public void Returned_refused_and_withdrawn_are_split_by_timeliness_without_result_documents(OutcomeKind kind, string ended,
        TallyCounter expected)
    {
        var dossier = InPeriod with
        {
            DueAt = At(2023, 3, 10, 10, 0),
            Outcome = DossierOutcome.Ended(kind, Parse(ended)),
            Digitization = DigitizationFacts.None.WithResultDocuments(3, 2),
        };

        AssertCounts(dossier, Scope, [.. ReceivedInPersonForOnlineService, (expected, 1)]);
    }

    [Theory]
    [InlineData("2023-03-01T10:00:00", TimelinessComparison.ByDate)]
    [InlineData("2023-03-10T16:00:00", TimelinessComparison.ByDate)]
    [InlineData("2023-03-10T16:00:00", TimelinessComparison.ByInstant)]
    [InlineData("2023-06-30T08:00:00", TimelinessComparison.ByInstant)]
    public void Cancelled_is_never_split_by_timeliness(string cancelled, TimelinessComparison comparison)
    {
        var dossier = InPeriod with
        {
            DueAt = At(2023, 3, 10, 10, 0),
            Outcome = DossierOutcome.Cancelled(Parse(cancelled)),
            Digitization = DigitizationFacts.None.WithResultDocuments(2, 2),
        };

        AssertCounts(dossier, TallyScope.For(ReportPeriod, null, comparison),
            [.. ReceivedInPersonForOnlineService, (TallyCounter.Cancelled, 1)]);
    }

    [Theory]
    [InlineData(TimelinessComparison.ByDate)]
    [InlineData(TimelinessComparison.ByInstant)]
    public void Without_a_due_date_a_dossier_is_on_time_and_within_its_deadline(TimelinessComparison comparison)
    {
        var scope = TallyScope.For(ReportPeriod, new LocalDate(2024, 12, 31), comparison);
        var resolved = InPeriod with { ReceivedAt = At(2023, 1, 2), Outcome = DossierOutcome.Resolved(At(2023, 8, 31, 23, 59)) };
        var withdrawn = InPeriod with { Outcome = DossierOutcome.Withdrawn(At(2023, 8, 1)) };
        var open = InPeriod with { ReceivedAt = At(2023, 1, 2) };

        AssertCounts(resolved, scope,
            [.. ReceivedInPersonForOnlineService, (TallyCounter.ResolvedOnTime, 1), (TallyCounter.ResultDocumentsIssued, 1)]);
        AssertCounts(withdrawn, scope, [.. ReceivedInPersonForOnlineService, (TallyCounter.WithdrawnOnTime, 1)]);
        AssertCounts(open, scope, [.. ReceivedInPersonForOnlineService, (TallyCounter.InProgressWithinDeadline, 1)]);
    }

    // ----- Deadlines of dossiers in progress --------------------------------------------------------------------

    [Theory]
    [InlineData("2023-08-30T17:00:00", null, TimelinessComparison.ByDate, TallyCounter.InProgressPastDeadline)]
    [InlineData("2023-08-31T17:00:00", null, TimelinessComparison.ByDate, TallyCounter.InProgressWithinDeadline)]
    [InlineData("2023-08-31T17:00:00", null, TimelinessComparison.ByInstant, TallyCounter.InProgressPastDeadline)]
    [InlineData("2023-08-31T23:59:59", null, TimelinessComparison.ByInstant, TallyCounter.InProgressPastDeadline)]
    [InlineData("2023-09-01T00:00:00", null, TimelinessComparison.ByInstant, TallyCounter.InProgressWithinDeadline)]
    [InlineData("2023-09-01T00:00:00", null, TimelinessComparison.ByDate, TallyCounter.InProgressWithinDeadline)]
    [InlineData("2023-09-10T08:00:00", "2023-09-15", TimelinessComparison.ByDate, TallyCounter.InProgressPastDeadline)]
    [InlineData("2023-09-15T08:00:00", "2023-09-15", TimelinessComparison.ByDate, TallyCounter.InProgressWithinDeadline)]
    [InlineData("2023-09-15T08:00:00", "2023-09-15", TimelinessComparison.ByInstant, TallyCounter.InProgressPastDeadline)]
    [InlineData("2023-09-16T08:00:00", "2023-09-15", TimelinessComparison.ByInstant, TallyCounter.InProgressWithinDeadline)]
    public void In_progress_is_past_its_deadline_when_due_before_the_as_of_date(string due, string? asOf,
        TimelinessComparison comparison, TallyCounter expected)
    {
        var scope = TallyScope.For(ReportPeriod, asOf is null ? null : LocalDatePattern.Iso.Parse(asOf).Value, comparison);
        var dossier = InPeriod with { DueAt = Parse(due) };

        AssertCounts(dossier, scope, [.. ReceivedInPersonForOnlineService, (expected, 1)]);
    }

    // ----- Result documents -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(3, 2)]
    [InlineData(2, 0)]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    public void Resolved_in_the_period_adds_its_result_documents(int documents, int digitized)
    {
        var dossier = InPeriod with
        {
            Outcome = DossierOutcome.Resolved(At(2023, 3, 2)),
            Digitization = DigitizationFacts.None.WithResultDocuments(documents, digitized),
        };

        AssertCounts(dossier, Scope,
        [
            .. ReceivedInPersonForOnlineService,
            (TallyCounter.ResolvedOnTime, 1),
            (TallyCounter.ResultDocumentsIssued, documents),
            (TallyCounter.ResultDocumentsDigitized, digitized),
            (TallyCounter.ResolvedWithDigitizedResult, digitized > 0 ? 1 : 0),
        ]);
    }

    [Fact]
    public void Result_documents_add_up_over_the_dossiers_resolved_in_the_period_only()
    {
        Dossier[] dossiers =
        [
            InPeriod with { Id = "A", Outcome = DossierOutcome.Resolved(At(2023, 3, 2)), Digitization = DigitizationFacts.None.WithResultDocuments(3, 2) },
            InPeriod with { Id = "B", Outcome = DossierOutcome.Resolved(At(2023, 4, 2)), Digitization = DigitizationFacts.None.WithResultDocuments(2, 1) },
            InPeriod with
            {
                Id = "C", ReceivedAt = At(2022, 12, 1), Outcome = DossierOutcome.Resolved(At(2023, 1, 2)),
                Digitization = DigitizationFacts.None.WithResultDocuments(4, 0),
            },
            InPeriod with { Id = "D", Outcome = DossierOutcome.Refused(At(2023, 3, 2)), Digitization = DigitizationFacts.None.WithResultDocuments(5, 5) },
            InPeriod with { Id = "E", Outcome = DossierOutcome.Resolved(At(2023, 9, 2)), Digitization = DigitizationFacts.None.WithResultDocuments(6, 6) },
            InPeriod with
            {
                Id = "F", ReceivedAt = At(2022, 12, 1), Outcome = DossierOutcome.Resolved(At(2022, 12, 2)),
                Digitization = DigitizationFacts.None.WithResultDocuments(7, 7),
            },
        ];

        var counts = DossierTally.Build(Reference, Scope, dossiers).Count(TallyFilter.All);

        Assert.Equal(9, counts[TallyCounter.ResultDocumentsIssued]);
        Assert.Equal(3, counts[TallyCounter.ResultDocumentsDigitized]);
        Assert.Equal(2, counts[TallyCounter.ResolvedWithDigitizedResult]);
        Assert.Equal(3, counts.Resolved);
    }

    // ----- Rejections -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("X", "MC-H", null, 1, RejectionReason.UnknownProcedure,
        "Dossier 'D1': ProcedureCode 'X' is not in the procedure catalogue.")]
    [InlineData("P1", "ZZ", null, 1, RejectionReason.UnknownReceivingDepartment,
        "Dossier 'D1': ReceivingDepartmentCode 'ZZ' is not among the departments.")]
    [InlineData("P1", "TP", null, 1, RejectionReason.ReceivingDepartmentNotOneStop,
        "Dossier 'D1': ReceivingDepartmentCode 'TP' is a specialised department, not a one-stop department.")]
    [InlineData("P1", "MC-H", "QQ", 1, RejectionReason.UnknownResolvingDepartment,
        "Dossier 'D1': ResolvingDepartmentCode 'QQ' is not among the departments.")]
    [InlineData("P1", "MC-H", "MC-X", 1, RejectionReason.ResolvingDepartmentNotSpecialised,
        "Dossier 'D1': ResolvingDepartmentCode 'MC-X' is a one-stop department, not a specialised department.")]
    [InlineData("P1", "MC-H", "TP", 9, RejectionReason.UndefinedChannel,
        "Dossier 'D1': Channel '9' is not a defined intake channel (InPerson, Online, Postal).")]
    [InlineData("P1", "MC-H", "TP", 0, RejectionReason.UndefinedChannel,
        "Dossier 'D1': Channel '0' is not a defined intake channel (InPerson, Online, Postal).")]
    [InlineData("X", "ZZ", "QQ", 9, RejectionReason.UnknownProcedure,
        "Dossier 'D1': ProcedureCode 'X' is not in the procedure catalogue.")]
    [InlineData("P3", "MC-X", "MC-H", 9, RejectionReason.ResolvingDepartmentNotSpecialised,
        "Dossier 'D1': ResolvingDepartmentCode 'MC-H' is a one-stop department, not a specialised department.")]
    [InlineData(null, "MC-H", null, 1, RejectionReason.UnknownProcedure,
        "Dossier 'D1': ProcedureCode null is not in the procedure catalogue.")]
    [InlineData("P1", null, null, 1, RejectionReason.UnknownReceivingDepartment,
        "Dossier 'D1': ReceivingDepartmentCode null is not among the departments.")]
    public void A_dossier_that_does_not_fit_the_reference_data_is_rejected_with_the_reason(string? procedure, string? receiving,
        string? resolving, int channel, RejectionReason reason, string message)
    {
        var dossier = InPeriod with
        {
            ProcedureCode = procedure!,
            ReceivingDepartmentCode = receiving!,
            ResolvingDepartmentCode = resolving,
            Channel = (IntakeChannel)channel,
            Outcome = DossierOutcome.Resolved(At(2023, 3, 2)),
        };

        var tally = DossierTally.Build(Reference, Scope, [dossier]);

        var rejection = Assert.Single(tally.Rejections);
        Assert.Equal("D1", rejection.DossierId);
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal(message, rejection.Message);
        Assert.Equal(message, rejection.ToString());
        Assert.Equal(DossierCounts.Zero, tally.Count(TallyFilter.All));
        Assert.Empty(tally.Cells);
        Assert.Equal(1, tally.DossiersSeen);
        Assert.Equal(1, tally.DossiersRejected);
        Assert.Equal(0, tally.DossiersCounted);
    }

    [Fact]
    public void A_rejected_dossier_without_an_id_is_named_as_such()
    {
        var dossier = InPeriod with { Id = null!, ProcedureCode = "X" };

        var rejection = Assert.Single(DossierTally.Build(Reference, Scope, [dossier]).Rejections);

        Assert.Equal("(no id)", rejection.DossierId);
        Assert.Equal("Dossier '(no id)': ProcedureCode 'X' is not in the procedure catalogue.", rejection.Message);
    }

    [Fact]
    public void Rejections_are_ordered_by_dossier_id_ordinally()
    {
        Dossier[] dossiers =
        [
            InPeriod with { Id = "b", ProcedureCode = "X" },
            InPeriod with { Id = "a", ReceivingDepartmentCode = "ZZ" },
            InPeriod with { Id = "ok" },
            InPeriod with { Id = "B", Channel = (IntakeChannel)7 },
        ];

        var tally = DossierTally.Build(Reference, Scope, dossiers);

        Assert.Equal(["B", "a", "b"], tally.Rejections.Select(r => r.DossierId));
        Assert.Equal(4, tally.DossiersSeen);
        Assert.Equal(1, tally.DossiersCounted);
    }

    // ----- Drill-down -------------------------------------------------------------------------------------------

    /// <summary>Six dossiers: D3, D1, D10 at MC-H; D2, D4 at MC-X; D5 rejected.</summary>
    private static Dossier[] DrillSet() =>
    [
        // MC-H / TP / P1, received in the period, resolved on time (no due date), 3 documents of which 1 digitized.
        InPeriod with
        {
            Id = "D3", ReceivedAt = At(2023, 2, 1), Outcome = DossierOutcome.Resolved(At(2023, 2, 5)),
            Digitization = DigitizationFacts.None.WithResultDocuments(3, 1),
        },
        // MC-H / TNMT / P2, received in the period, in progress.
        InPeriod with { Id = "D1", ProcedureCode = "P2", ResolvingDepartmentCode = "TNMT" },
        // MC-H / none / P1, carried over, in progress.
        InPeriod with { Id = "D10", ResolvingDepartmentCode = null, ReceivedAt = At(2022, 12, 1) },
        // MC-X / none / P3, received in the period, resolved on time with one document.
        InPeriod with
        {
            Id = "D2", ProcedureCode = "P3", ReceivingDepartmentCode = "MC-X", ResolvingDepartmentCode = null,
            ReceivedAt = At(2023, 4, 1), Outcome = DossierOutcome.Resolved(At(2023, 4, 2)),
        },
        // MC-X / none / P3, received after the period.
        InPeriod with { Id = "D4", ProcedureCode = "P3", ReceivingDepartmentCode = "MC-X", ResolvingDepartmentCode = null, ReceivedAt = At(2023, 9, 2) },
        // Rejected.
        InPeriod with { Id = "D5", ProcedureCode = "P9" },
    ];

    private static DossierTally DrillTally() =>
        DossierTally.Build(Reference, Scope, DrillSet(), new TallyOptions { RecordDossierIds = true });

    public static TheoryData<TallyCounter, TallyFilter?, string[]> DrillCases => new()
    {
        { TallyCounter.ReceivedInPeriod, null, ["D1", "D2", "D3"] },
        { TallyCounter.ReceivedInPeriod, TallyFilter.All, ["D1", "D2", "D3"] },
        { TallyCounter.ReceivedInPeriod, TallyFilter.ForLevel(AdministrativeLevel.District), ["D1", "D3"] },
        { TallyCounter.ReceivedInPeriod, TallyFilter.ForLevel(AdministrativeLevel.Commune), ["D2"] },
        { TallyCounter.ReceivedInPeriod, TallyFilter.ForLevel(AdministrativeLevel.Province), [] },
        { TallyCounter.ReceivedInPeriod, new TallyFilter { OneStopDepartmentCode = "MC-X" }, ["D2"] },
        { TallyCounter.ReceivedInPeriod, new TallyFilter { ResolvingDepartmentCode = "TP" }, ["D3"] },
        { TallyCounter.ReceivedInPeriod, new TallyFilter { ResolvingDepartmentCode = "TNMT" }, ["D1"] },
        { TallyCounter.ReceivedInPeriod, new TallyFilter { FieldCode = "DD" }, ["D1"] },
        { TallyCounter.ReceivedInPeriod, new TallyFilter { FieldCode = "TPH" }, ["D2", "D3"] },
        { TallyCounter.ReceivedInPeriod, new TallyFilter { Level = AdministrativeLevel.Commune, ProcedureCode = "P1" }, [] },
        { TallyCounter.ResolvedOnTime, null, ["D2", "D3"] },
        { TallyCounter.ResolvedOnTime, new TallyFilter { FieldCode = "DD" }, [] },
        { TallyCounter.InProgressWithinDeadline, null, ["D1", "D10"] },
        // Dossiers without a resolving department match no resolving-department filter.
        { TallyCounter.InProgressWithinDeadline, new TallyFilter { ResolvingDepartmentCode = "TP" }, [] },
        { TallyCounter.CarriedOver, new TallyFilter { ProcedureCode = "P1", OneStopDepartmentCode = "MC-H" }, ["D10"] },
        { TallyCounter.CarriedOver, new TallyFilter { ProcedureCode = "P2" }, [] },
        // Result-document counters list each dossier once, whatever its number of documents.
        { TallyCounter.ResultDocumentsIssued, null, ["D2", "D3"] },
        { TallyCounter.ResultDocumentsDigitized, null, ["D3"] },
        { TallyCounter.ReceivedAfterPeriod, null, ["D4"] },
        { TallyCounter.EndedBeforePeriod, null, [] },
    };

    [Theory]
    [MemberData(nameof(DrillCases))]
    public void DossierIds_lists_the_dossiers_behind_a_counter_in_ordinal_order(TallyCounter counter, TallyFilter? filter,
        string[] expected)
    {
        Assert.Equal(expected, DrillTally().DossierIds(counter, filter));
    }

    [Fact]
    public void DossierIds_agree_with_the_counts_for_every_dossier_counter()
    {
        var tally = DrillTally();
        var counts = tally.Count(TallyFilter.All);

        Assert.Equal(4, counts[TallyCounter.ResultDocumentsIssued]);
        foreach (var counter in Enum.GetValues<TallyCounter>().Except(
                     [TallyCounter.ResultDocumentsIssued, TallyCounter.ResultDocumentsDigitized]))
        {
            Assert.Equal(counts[counter], tally.DossierIds(counter).Count);
        }
    }

    [Fact]
    public void DossierIds_throws_when_the_tally_does_not_keep_ids()
    {
        var tally = DossierTally.Build(Reference, Scope, DrillSet());

        Assert.False(tally.RecordsDossierIds);
        var ex = Assert.Throws<InvalidOperationException>(() => tally.DossierIds(TallyCounter.ReceivedInPeriod));
        Assert.Contains("RecordDossierIds", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<TallyFilter, string> UnknownCodeFilters => new()
    {
        { new TallyFilter { OneStopDepartmentCode = "MC-Z" }, "Department 'MC-Z'" },
        { new TallyFilter { ResolvingDepartmentCode = "VH" }, "Department 'VH'" },
        { new TallyFilter { FieldCode = "NV" }, "Procedure field 'NV'" },
        { new TallyFilter { ProcedureCode = "P9" }, "Procedure 'P9'" },
    };

    [Theory]
    [MemberData(nameof(UnknownCodeFilters))]
    public void A_filter_naming_an_unknown_code_throws_naming_it(TallyFilter filter, string named)
    {
        var tally = DrillTally();

        var drill = Assert.Throws<ArgumentException>(() => tally.DossierIds(TallyCounter.ReceivedInPeriod, filter));
        var count = Assert.Throws<ArgumentException>(() => tally.Count(filter));

        Assert.StartsWith(named + " is not in this reference data set.", drill.Message, StringComparison.Ordinal);
        Assert.StartsWith(named + " is not in this reference data set.", count.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_adds_up_the_matching_cells()
    {
        var tally = DrillTally();

        var district = tally.Count(TallyFilter.ForLevel(AdministrativeLevel.District));
        var commune = tally.Count(TallyFilter.ForLevel(AdministrativeLevel.Commune));

        Assert.Equal(CountsOf(
            (TallyCounter.CarriedOver, 1), (TallyCounter.ReceivedInPeriod, 2), (TallyCounter.ReceivedInPerson, 2),
            (TallyCounter.ReceivedForOnlineService, 2), (TallyCounter.ResolvedOnTime, 1), (TallyCounter.InProgressWithinDeadline, 2),
            (TallyCounter.ResultDocumentsIssued, 3), (TallyCounter.ResultDocumentsDigitized, 1),
            (TallyCounter.ResolvedWithDigitizedResult, 1)), district);
        Assert.Equal(CountsOf(
            (TallyCounter.ReceivedInPeriod, 1), (TallyCounter.ReceivedInPerson, 1), (TallyCounter.ResolvedOnTime, 1),
            (TallyCounter.ResultDocumentsIssued, 1), (TallyCounter.ReceivedAfterPeriod, 1)), commune);
        Assert.Equal(district + commune, tally.Count(TallyFilter.All));
        Assert.Throws<ArgumentNullException>(() => tally.Count(null!));
    }

    // ----- Cells, summary, equality -----------------------------------------------------------------------------

    [Fact]
    public void Cells_are_ordered_by_receiving_department_resolving_department_and_procedure()
    {
        var tally = DrillTally();

        var cells = tally.Cells;

        Assert.Equal(
            ["MC-H / - / P1", "MC-H / TP / P1", "MC-H / TNMT / P2", "MC-X / - / P3"],
            cells.Select(c => $"{c.OneStopDepartment.Code} / {c.ResolvingDepartment?.Code ?? "-"} / {c.Procedure.Code}"));
        Assert.Same(Reference.Departments[0], cells[0].OneStopDepartment);
        Assert.Same(Reference.Procedures[2], cells[3].Procedure);
        Assert.Equal(1, cells[0].Counts.CarriedOver);
        Assert.Equal(1, cells[1].Counts[TallyCounter.ResolvedOnTime]);
        Assert.Equal(1, cells[2].Counts.InProgress);
        Assert.Equal(1, cells[3].Counts.ReceivedInPeriod);
        Assert.Equal(1, cells[3].Counts[TallyCounter.ReceivedAfterPeriod]);
    }

    [Fact]
    public void Counted_rejected_and_seen_add_up()
    {
        var tally = DrillTally();

        Assert.Equal(5, tally.DossiersCounted);
        Assert.Equal(1, tally.DossiersRejected);
        Assert.Equal(6, tally.DossiersSeen);
        Assert.True(tally.RecordsDossierIds);
        Assert.Same(Reference, tally.Reference);
        Assert.Same(Scope, tally.Scope);
    }

    [Fact]
    public void ToString_summarises_the_tally()
    {
        Assert.Equal("DossierTally 2023-01-01..2023-08-31 as of 2023-08-31, by date: 4 cells, 5 counted, 1 rejected",
            DrillTally().ToString());
    }

    [Fact]
    public void The_empty_tally_has_nothing()
    {
        var empty = DossierTally.Empty(Reference, Scope);

        Assert.Empty(empty.Cells);
        Assert.Empty(empty.Rejections);
        Assert.Equal(0, empty.DossiersSeen);
        Assert.Equal(DossierCounts.Zero, empty.Count(TallyFilter.All));
        Assert.False(empty.RecordsDossierIds);
        Assert.True(DossierTally.Empty(Reference, Scope, new TallyOptions { RecordDossierIds = true }).RecordsDossierIds);
        Assert.Equal(DossierTally.Build(Reference, Scope, []), empty);
    }

    [Fact]
    public void Tallies_of_the_same_dossiers_are_equal_and_hash_alike()
    {
        var a = DossierTally.Build(Reference, Scope, DrillSet());
        var b = DossierTally.Build(Reference, Scope, Enumerable.Reverse(DrillSet()));

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Tallies_differing_in_a_count_a_rejection_ids_scope_or_reference_are_not_equal()
    {
        var set = DrillSet();
        var tally = DossierTally.Build(Reference, Scope, set);
        set[1] = set[1] with { Channel = IntakeChannel.Online };
        var otherCount = DossierTally.Build(Reference, Scope, set);
        var otherRejection = DossierTally.Build(Reference, Scope, DrillSet().Append(InPeriod with { Id = "D6", ProcedureCode = "P8" }));
        var withIds = DossierTally.Build(Reference, Scope, DrillSet(), new TallyOptions { RecordDossierIds = true });
        var otherScope = DossierTally.Build(Reference, Scopes[1], DrillSet());
        var otherReference = DossierTally.Build(CreateReference(), Scope, DrillSet());

        Assert.NotEqual(tally, otherCount);
        Assert.NotEqual(tally, otherRejection);
        Assert.NotEqual(tally, withIds);
        Assert.NotEqual(tally, otherScope);
        Assert.NotEqual(tally, otherReference);
    }

    [Fact]
    public void Tallies_with_ids_differ_when_only_the_ids_differ()
    {
        var options = new TallyOptions { RecordDossierIds = true };
        var a = DossierTally.Build(Reference, Scope, [InPeriod with { Id = "A" }], options);
        var b = DossierTally.Build(Reference, Scope, [InPeriod with { Id = "B" }], options);

        Assert.Equal(a.Count(TallyFilter.All), b.Count(TallyFilter.All));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Build_refuses_null_arguments_and_null_dossiers()
    {
        Assert.Throws<ArgumentNullException>(() => DossierTally.Build(null!, Scope, []));
        Assert.Throws<ArgumentNullException>(() => DossierTally.Build(Reference, null!, []));
        Assert.Throws<ArgumentNullException>(() => DossierTally.Build(Reference, Scope, null!));
        Assert.Throws<ArgumentNullException>(() => DossierTally.Build(Reference, Scope, [InPeriod, null!]));
    }

    // ----- Merging ----------------------------------------------------------------------------------------------

    [Fact]
    public void Merge_gives_the_tally_of_both_sets()
    {
        var set = DrillSet();
        var options = new TallyOptions { RecordDossierIds = true };
        var first = DossierTally.Build(Reference, Scope, set[..2], options);
        var second = DossierTally.Build(Reference, Scope, set[2..4], options);
        var third = DossierTally.Build(Reference, Scope, set[4..], options);

        var merged = DossierTally.Merge(first, [second, third]);

        Assert.Equal(DrillTally(), merged);
        Assert.Equal(["D1", "D2", "D3"], merged.DossierIds(TallyCounter.ReceivedInPeriod));
        Assert.Equal(["D5"], merged.Rejections.Select(r => r.DossierId));
    }

    [Fact]
    public void Merge_under_a_different_scope_throws()
    {
        var tally = DossierTally.Build(Reference, Scope, DrillSet());
        var byInstant = DossierTally.Build(Reference, TallyScope.For(ReportPeriod, null, TimelinessComparison.ByInstant), DrillSet());
        var laterAsOf = DossierTally.Empty(Reference, TallyScope.For(ReportPeriod, new LocalDate(2023, 9, 1)));

        var ex = Assert.Throws<ArgumentException>(() => tally.Merge(byInstant));
        Assert.Equal("other", ex.ParamName);
        Assert.StartsWith("Tallies merge only under the same scope; this is 2023-01-01..2023-08-31 as of 2023-08-31, by date, "
                          + "the other is 2023-01-01..2023-08-31 as of 2023-08-31, by instant.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => tally.Merge(laterAsOf));
    }

    [Fact]
    public void Merge_with_an_equal_scope_built_separately_succeeds()
    {
        var scope = TallyScope.For(ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 8, 31)), null,
            TimelinessComparison.ByDate);
        var tally = DossierTally.Build(Reference, Scope, DrillSet());

        Assert.Equal(tally, tally.Merge(DossierTally.Empty(Reference, scope)));
    }

    [Fact]
    public void Merge_with_a_different_reference_data_instance_throws_even_when_equal_in_content()
    {
        var tally = DossierTally.Build(Reference, Scope, DrillSet());
        var other = DossierTally.Build(CreateReference(), Scope, DrillSet());

        var ex = Assert.Throws<ArgumentException>(() => tally.Merge(other));
        Assert.Equal("other", ex.ParamName);
        Assert.Contains("same ReferenceData instance", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_of_a_tally_with_ids_and_one_without_throws()
    {
        var withIds = DrillTally();
        var without = DossierTally.Build(Reference, Scope, DrillSet());

        Assert.Throws<ArgumentException>(() => withIds.Merge(without));
        Assert.Throws<ArgumentException>(() => without.Merge(withIds));
        Assert.Throws<ArgumentNullException>(() => without.Merge(null!));
        Assert.Throws<ArgumentNullException>(() => DossierTally.Merge(without, null!));
    }

    // ----- Helpers ----------------------------------------------------------------------------------------------

    private static LocalDateTime Parse(string text) => LocalDateTimePattern.GeneralIso.Parse(text).Value;

    /// <summary>Asserts that one dossier, tallied alone, adds exactly the given counters and nothing else.</summary>
    private static void AssertCounts(Dossier dossier, TallyScope scope, params (TallyCounter Counter, long Value)[] expected)
    {
        var tally = DossierTally.Build(Reference, scope, [dossier]);

        Assert.Empty(tally.Rejections);
        Assert.Equal(CountsOf(expected), tally.Count(TallyFilter.All));
    }
}
