using System;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Tallies;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Indicators;

/// <summary>
/// <see cref="IndicatorReport"/> (and through it LevelCalculator, <see cref="LevelIndicators"/>,
/// <see cref="UnitCoverage"/>, <see cref="ProcedureSelection"/>) on a hand-made district with three specialised
/// departments and three communes, worked out by hand; the identities over random dossiers are in
/// IndicatorReportTests.Properties.cs.
/// </summary>
public partial class IndicatorReportTests
{
    /// <summary>
    /// District H (one-stop MC-H; specialised TP, TNMT, NV) and communes X, Y, Z (one-stop MC-X, MC-Y, MC-Z);
    /// fields TPH, DD, NVF; district procedures P1 (TPH, full-process), P2 (DD, partial), P5 (NVF, none); commune
    /// procedures P3 (TPH, none), P4 (DD, full-process), P6 (NVF, partial).
    /// </summary>
    private static readonly ReferenceData ReportReference = new(
        [
            new AdministrativeUnit { Code = "H", Name = "huyện", Level = AdministrativeLevel.District },
            new AdministrativeUnit { Code = "X", Name = "xã X", Level = AdministrativeLevel.Commune, ParentCode = "H" },
            new AdministrativeUnit { Code = "Y", Name = "xã Y", Level = AdministrativeLevel.Commune, ParentCode = "H" },
            new AdministrativeUnit { Code = "Z", Name = "xã Z", Level = AdministrativeLevel.Commune, ParentCode = "H" },
        ],
        [
            Dept("MC-H", "H", DepartmentKind.OneStop),
            Dept("TP", "H", DepartmentKind.Specialised),
            Dept("TNMT", "H", DepartmentKind.Specialised),
            Dept("NV", "H", DepartmentKind.Specialised),
            Dept("MC-X", "X", DepartmentKind.OneStop),
            Dept("MC-Y", "Y", DepartmentKind.OneStop),
            Dept("MC-Z", "Z", DepartmentKind.OneStop),
        ],
        [
            new ProcedureField { Code = "TPH", Name = "Tư pháp" },
            new ProcedureField { Code = "DD", Name = "Đất đai" },
            new ProcedureField { Code = "NVF", Name = "Nội vụ" },
        ],
        [
            Proc("P1", "TPH", AdministrativeLevel.District, OnlineServiceKind.FullProcess),
            Proc("P2", "DD", AdministrativeLevel.District, OnlineServiceKind.Partial),
            Proc("P5", "NVF", AdministrativeLevel.District, OnlineServiceKind.None),
            Proc("P3", "TPH", AdministrativeLevel.Commune, OnlineServiceKind.None),
            Proc("P4", "DD", AdministrativeLevel.Commune, OnlineServiceKind.FullProcess),
            Proc("P6", "NVF", AdministrativeLevel.Commune, OnlineServiceKind.Partial),
        ]);

    /// <summary>Eleven dossiers: five at the district, six at the communes, one of them rejected.</summary>
    private static readonly Dossier[] ReportDossiers =
    [
        // District: received online, resolved early, digitized at intake, 3 results of which 2 digitized, reuse, boundary-free.
        Make("H1", "P1", "MC-H", "TP", IntakeChannel.Online, At(2023, 2, 1), At(2023, 2, 10, 17, 0),
            DossierOutcome.Resolved(At(2023, 2, 8, 10, 0)), DigitizationFacts.Create(true, true, true, true).WithResultDocuments(3, 2),
            boundary: true),
        // District: received in person, resolved on time, subject to digitization but not digitized, one undigitized result.
        Make("H2", "P2", "MC-H", "TNMT", IntakeChannel.InPerson, At(2023, 3, 1), At(2023, 3, 5, 17, 0),
            DossierOutcome.Resolved(At(2023, 3, 5, 16, 0)), DigitizationFacts.Create(true, false, false, false)),
        // District: carried over, digitized at intake, in progress past its deadline.
        Make("H3", "P2", "MC-H", "TNMT", IntakeChannel.InPerson, At(2022, 12, 15), At(2022, 12, 30),
            DossierOutcome.InProgress, DigitizationFacts.Create(true, true, false, false)),
        // District: received by post, returned as ineligible after its due date.
        Make("H4", "P1", "MC-H", "TP", IntakeChannel.Postal, At(2023, 4, 1), At(2023, 4, 10),
            DossierOutcome.ReturnedIneligible(At(2023, 4, 12)), DigitizationFacts.None),
        // District: received after the period.
        Make("H5", "P1", "MC-H", "TP", IntakeChannel.Online, At(2023, 9, 5), null, DossierOutcome.InProgress, DigitizationFacts.None),
        // Commune X: received online, resolved overdue, 2 results of which 1 digitized.
        Make("X1", "P3", "MC-X", null, IntakeChannel.Online, At(2023, 5, 1, 8, 0), At(2023, 5, 3, 17, 0),
            DossierOutcome.Resolved(At(2023, 5, 4)), DigitizationFacts.None.WithResultDocuments(2, 1)),
        // Commune X: no due date, in progress.
        Make("X2", "P3", "MC-X", null, IntakeChannel.InPerson, At(2023, 6, 1), null, DossierOutcome.InProgress, DigitizationFacts.None),
        // Commune X: cancelled after its due date.
        Make("X3", "P3", "MC-X", null, IntakeChannel.Online, At(2023, 7, 1), At(2023, 7, 2),
            DossierOutcome.Cancelled(At(2023, 7, 5)), DigitizationFacts.None),
        // Commune X: unknown procedure, rejected.
        Make("X4", "P9", "MC-X", null, IntakeChannel.Online, At(2023, 7, 1), null, DossierOutcome.InProgress, DigitizationFacts.None),
        // Commune X: received and resolved before the period.
        Make("X5", "P3", "MC-X", null, IntakeChannel.InPerson, At(2022, 11, 1), null,
            DossierOutcome.Resolved(At(2022, 11, 5)), DigitizationFacts.None),
        // Commune Y: received online on the last day, reusing digitized data, in progress within its deadline.
        Make("Y1", "P4", "MC-Y", null, IntakeChannel.Online, At(2023, 8, 31, 16, 0), At(2023, 9, 5),
            DossierOutcome.InProgress, DigitizationFacts.Create(false, false, false, true)),
    ];

    private static IndicatorReport Report(MetricsOptions? options = null) =>
        IndicatorReport.Compute(ReportReference, Scope, ReportDossiers, options);

    [Fact]
    public void Counts_seen_rejected_and_outside_the_period()
    {
        var report = Report();

        Assert.Equal(11, report.DossiersSeen);
        Assert.Equal(1, report.DossiersRejected);
        Assert.Equal(2, report.DossiersOutsidePeriod);
        Assert.Equal("X4", Assert.Single(report.Tally.Rejections).DossierId);
        Assert.Same(Scope, report.Scope);
        Assert.Same(MetricsOptions.Default, report.Options);
        Assert.Same(MetricsOptions.Default, IndicatorReport.Compute(report.Tally).Options);
    }

    [Fact]
    public void Has_the_levels_with_one_stop_departments_from_the_top_down()
    {
        var report = Report();

        Assert.Equal([AdministrativeLevel.District, AdministrativeLevel.Commune], report.Levels.Select(l => l.Level));
        Assert.Same(report.Levels[1], report.Level(AdministrativeLevel.Commune));
        Assert.Equal(["MC-H"], report.Level(AdministrativeLevel.District).OneStopDepartments.Select(d => d.Code));
        Assert.Equal(["MC-X", "MC-Y", "MC-Z"], report.Level(AdministrativeLevel.Commune).OneStopDepartments.Select(d => d.Code));
    }

    [Fact]
    public void Asking_for_a_level_the_report_does_not_have_throws_listing_its_levels()
    {
        var ex = Assert.Throws<ArgumentException>(() => Report().Level(AdministrativeLevel.Province));

        Assert.Equal("level", ex.ParamName);
        Assert.StartsWith("The report has no level Province; its levels are District, Commune.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void District_totals_are_worked_out_by_hand()
    {
        var totals = Report().Level(AdministrativeLevel.District).Totals;

        Assert.Equal(new TimelinessIndicators
        {
            CarriedOver = 1,
            ReceivedInPeriod = 3,
            Total = 4,
            Resolved = 2,
            ResolvedEarly = 1,
            ResolvedOnTime = 1,
            InProgress = 1,
            InProgressPastDeadline = 1,
            Returned = 1,
            EarlyOrOnTimeRate = Ratio.Of(2, 2),
            OverdueRate = Ratio.Of(0, 2),
        }, totals.Timeliness);
        Assert.Equal(new DigitizationIndicators
        {
            IntakeDigitized = Ratio.Of(2, 3),
            ResultsDigitized = Ratio.Of(2, 4),
            ReusedData = Ratio.Of(1, 3),
        }, totals.Digitization);
        Assert.Equal(Ratio.Of(1, 3), totals.OnlineIntake);
        Assert.Equal(1, totals.ReceivedRegardlessOfBoundary);
        Assert.Equal(1, totals.Counts[TallyCounter.ReceivedAfterPeriod]);
    }

    [Fact]
    public void Commune_totals_are_worked_out_by_hand()
    {
        var totals = Report().Level(AdministrativeLevel.Commune).Totals;

        Assert.Equal(new TimelinessIndicators
        {
            ReceivedInPeriod = 4,
            Total = 4,
            Resolved = 1,
            ResolvedOverdue = 1,
            InProgress = 2,
            InProgressWithinDeadline = 2,
            Cancelled = 1,
            EarlyOrOnTimeRate = Ratio.Of(0, 1),
            OverdueRate = Ratio.Of(1, 1),
        }, totals.Timeliness);
        Assert.Equal(new DigitizationIndicators
        {
            IntakeDigitized = Ratio.Empty,
            ResultsDigitized = Ratio.Of(1, 2),
            ReusedData = Ratio.Of(1, 4),
        }, totals.Digitization);
        Assert.Equal(Ratio.Of(1, 1), totals.OnlineIntake);
        Assert.Equal(0, totals.ReceivedRegardlessOfBoundary);
        Assert.Equal(1, totals.Counts[TallyCounter.EndedBeforePeriod]);
    }

    [Fact]
    public void Report_totals_add_the_levels()
    {
        var report = Report();

        Assert.Equal(report.Levels[0].Totals.Counts + report.Levels[1].Totals.Counts, report.Totals.Counts);
        Assert.Equal(8, report.Totals.Timeliness.Total);
        Assert.Equal(Ratio.Of(2, 3), report.Totals.Timeliness.EarlyOrOnTimeRate);
    }

    [Fact]
    public void OnTimeRate_basis_changes_the_rates_of_every_group()
    {
        var resolvedAndInProgress = Report(new MetricsOptions { OnTimeRate = OnTimeRateBasis.ResolvedAndInProgress });
        var totalToHandle = Report(new MetricsOptions { OnTimeRate = OnTimeRateBasis.TotalToHandle });

        var district = resolvedAndInProgress.Level(AdministrativeLevel.District).Totals.Timeliness;
        Assert.Equal(Ratio.Of(2, 3), district.EarlyOrOnTimeRate);
        Assert.Equal(Ratio.Of(1, 3), district.OverdueRate);
        var commune = resolvedAndInProgress.Level(AdministrativeLevel.Commune).Totals.Timeliness;
        Assert.Equal(Ratio.Of(2, 3), commune.EarlyOrOnTimeRate);
        Assert.Equal(Ratio.Of(1, 3), commune.OverdueRate);

        Assert.Equal(Ratio.Of(2, 4), totalToHandle.Level(AdministrativeLevel.District).Totals.Timeliness.EarlyOrOnTimeRate);
        Assert.Equal(Ratio.Of(0, 4), totalToHandle.Level(AdministrativeLevel.District).Totals.Timeliness.OverdueRate);
        Assert.Equal(Ratio.Of(1, 4), totalToHandle.Level(AdministrativeLevel.Commune).Totals.Timeliness.OverdueRate);
    }

    [Fact]
    public void CountedAsResolved_moves_the_returned_dossier_into_resolved_overdue()
    {
        var district = Report(new MetricsOptions { CountedAsResolved = EndedOutcomes.Returned }).Level(AdministrativeLevel.District);

        Assert.Equal(3, district.Totals.Timeliness.Resolved);
        Assert.Equal(1, district.Totals.Timeliness.ResolvedOverdue);
        Assert.Equal(0, district.Totals.Timeliness.Returned);
        Assert.Equal(Ratio.Of(2, 3), district.Totals.Timeliness.EarlyOrOnTimeRate);
        var tp = district.ByResolvingDepartment.Single(d => d.Department.Code == "TP").Indicators.Timeliness;
        Assert.Equal((2L, 1L, 0L), (tp.Resolved, tp.ResolvedOverdue, tp.Returned));
    }

    [Fact]
    public void OnlineIntake_basis_changes_the_online_intake_rate()
    {
        var receivedInPeriod = Report(new MetricsOptions { OnlineIntake = OnlineIntakeBasis.ReceivedInPeriod });
        var totalToHandle = Report(new MetricsOptions { OnlineIntake = OnlineIntakeBasis.TotalToHandle });

        Assert.Equal(Ratio.Of(3, 4), receivedInPeriod.Level(AdministrativeLevel.Commune).Totals.OnlineIntake);
        Assert.Equal(Ratio.Of(1, 3), receivedInPeriod.Level(AdministrativeLevel.District).Totals.OnlineIntake);
        Assert.Equal(Ratio.Of(1, 4), totalToHandle.Level(AdministrativeLevel.District).Totals.OnlineIntake);
    }

    [Fact]
    public void Digitization_bases_change_the_digitization_rates()
    {
        var intake = Report(new MetricsOptions { IntakeDigitization = IntakeDigitizationBasis.ReceivedInPeriod });
        var results = Report(new MetricsOptions { ResultDigitization = ResultDigitizationBasis.Dossiers });

        Assert.Equal(Ratio.Of(1, 2), intake.Level(AdministrativeLevel.District).Totals.Digitization.IntakeDigitized);
        Assert.Equal(Ratio.Of(2, 4), intake.Level(AdministrativeLevel.District).Totals.Digitization.ResultsDigitized);
        Assert.Equal(Ratio.Of(1, 2), results.Level(AdministrativeLevel.District).Totals.Digitization.ResultsDigitized);
        Assert.Equal(Ratio.Of(1, 1), results.Level(AdministrativeLevel.Commune).Totals.Digitization.ResultsDigitized);
    }

    [Fact]
    public void District_coverage_counts_specialised_departments()
    {
        var coverage = Report().Level(AdministrativeLevel.District).Coverage;

        Assert.Equal(DepartmentKind.Specialised, coverage.UnitKind);
        Assert.Equal(Ratio.Of(2, 3), coverage.Digitizing);
        Assert.Equal(["TP", "TNMT"], coverage.DigitizingUnits.Select(d => d.Code));
        Assert.Equal(["NV"], coverage.UnitsWithoutDossiers.Select(d => d.Code));
        Assert.Empty(coverage.UnitsNotDigitizing);
    }

    [Fact]
    public void District_coverage_over_received_dossiers_no_longer_counts_a_carried_over_digitization()
    {
        var coverage = Report(new MetricsOptions { IntakeDigitization = IntakeDigitizationBasis.ReceivedInPeriod })
            .Level(AdministrativeLevel.District).Coverage;

        Assert.Equal(Ratio.Of(1, 3), coverage.Digitizing);
        Assert.Equal(["TP"], coverage.DigitizingUnits.Select(d => d.Code));
        Assert.Equal(["NV"], coverage.UnitsWithoutDossiers.Select(d => d.Code));
        Assert.Equal(["TNMT"], coverage.UnitsNotDigitizing.Select(d => d.Code));
    }

    [Fact]
    public void Commune_coverage_counts_one_stop_departments()
    {
        var coverage = Report().Level(AdministrativeLevel.Commune).Coverage;

        Assert.Equal(DepartmentKind.OneStop, coverage.UnitKind);
        Assert.Equal(Ratio.Of(1, 3), coverage.Digitizing);
        Assert.Equal(["MC-X"], coverage.DigitizingUnits.Select(d => d.Code));
        Assert.Equal(["MC-Z"], coverage.UnitsWithoutDossiers.Select(d => d.Code));
        Assert.Equal(["MC-Y"], coverage.UnitsNotDigitizing.Select(d => d.Code));
    }

    [Fact]
    public void Online_service_catalogue_counts_the_level_procedures()
    {
        var report = Report();

        Assert.Equal(new OnlineServiceCatalogue { Procedures = 3, Partial = 1, FullProcess = 1 },
            report.Level(AdministrativeLevel.District).OnlineServices);
        Assert.Equal(1, report.Level(AdministrativeLevel.District).OnlineServices.WithoutOnlineService);

        var generatorReport = IndicatorReport.Compute(Reference, Scope, []);
        Assert.Equal(new OnlineServiceCatalogue { Procedures = 2, Partial = 1, FullProcess = 1 },
            generatorReport.Level(AdministrativeLevel.District).OnlineServices);
        Assert.Equal(new OnlineServiceCatalogue { Procedures = 1, Partial = 0, FullProcess = 0 },
            generatorReport.Level(AdministrativeLevel.Commune).OnlineServices);
        Assert.Equal(1, generatorReport.Level(AdministrativeLevel.Commune).OnlineServices.WithoutOnlineService);
    }

    [Theory]
    [InlineData(ReuseProcedureBasis.Catalogue, AdministrativeLevel.District, "P1", 1, 3)]
    [InlineData(ReuseProcedureBasis.WithDossiers, AdministrativeLevel.District, "P1", 1, 2)]
    [InlineData(ReuseProcedureBasis.Catalogue, AdministrativeLevel.Commune, "P4", 1, 3)]
    [InlineData(ReuseProcedureBasis.WithDossiers, AdministrativeLevel.Commune, "P4", 1, 2)]
    public void ReuseProcedures_basis_chooses_the_procedures_counted_among(ReuseProcedureBasis basis, AdministrativeLevel level,
        string reusing, long numerator, long denominator)
    {
        var reuse = Report(new MetricsOptions { ReuseProcedures = basis }).Level(level).ReusingProcedures;

        Assert.Equal([reusing], reuse.Procedures.Select(p => p.Code));
        Assert.Equal(Ratio.Of(numerator, denominator), reuse.Share);
    }

    [Fact]
    public void Boundary_free_procedures_are_counted_among_the_procedures_with_dossiers()
    {
        var report = Report();

        var district = report.Level(AdministrativeLevel.District).BoundaryFreeProcedures;
        Assert.Equal(["P1"], district.Procedures.Select(p => p.Code));
        Assert.Equal(Ratio.Of(1, 2), district.Share);
        var commune = report.Level(AdministrativeLevel.Commune).BoundaryFreeProcedures;
        Assert.Empty(commune.Procedures);
        Assert.Equal(Ratio.Of(0, 2), commune.Share);
    }

    [Fact]
    public void Procedures_with_dossiers_are_those_with_dossiers_received_in_the_period_not_carried_over()
    {
        Dossier[] dossiers =
        [
            NewDossier("A", At(2023, 3, 1)) with
            {
                Digitization = DigitizationFacts.Create(false, false, false, true), ReceivedRegardlessOfBoundary = true,
            },
            NewDossier("B", At(2022, 12, 1)) with { ProcedureCode = "P2", ReceivedRegardlessOfBoundary = true },
        ];

        var district = IndicatorReport.Compute(Reference, Scope, dossiers, new MetricsOptions { ReuseProcedures = ReuseProcedureBasis.WithDossiers })
            .Level(AdministrativeLevel.District);

        Assert.Equal(Ratio.Of(1, 1), district.ReusingProcedures.Share);
        Assert.Equal(Ratio.Of(1, 1), district.BoundaryFreeProcedures.Share);
        Assert.Equal(["P1"], district.BoundaryFreeProcedures.Procedures.Select(p => p.Code));
    }

    [Fact]
    public void By_field_lists_the_fields_with_dossiers_in_the_period()
    {
        var report = Report();

        var district = report.Level(AdministrativeLevel.District).ByField;
        Assert.Equal(["TPH", "DD"], district.Select(f => f.Field.Code));
        Assert.Equal((0L, 2L, 1L, 1L, 0L), Summary(district[0].Indicators.Timeliness));
        Assert.Equal((1L, 1L, 1L, 0L, 1L), Summary(district[1].Indicators.Timeliness));
        var commune = report.Level(AdministrativeLevel.Commune).ByField;
        Assert.Equal(["TPH", "DD"], commune.Select(f => f.Field.Code));
        Assert.Equal((0L, 3L, 1L, 0L, 2L), Summary(commune[0].Indicators.Timeliness));
        Assert.Equal((0L, 1L, 0L, 0L, 1L), Summary(commune[1].Indicators.Timeliness));
    }

    [Fact]
    public void By_department_lists_every_department_of_the_level_even_without_dossiers()
    {
        var report = Report();
        var district = report.Level(AdministrativeLevel.District);
        var commune = report.Level(AdministrativeLevel.Commune);

        Assert.Equal(["MC-H"], district.ByOneStopDepartment.Select(d => d.Department.Code));
        Assert.Equal(district.Totals, district.ByOneStopDepartment[0].Indicators);
        Assert.Equal(["TP", "TNMT", "NV"], district.ByResolvingDepartment.Select(d => d.Department.Code));
        Assert.Equal((0L, 2L, 1L, 1L, 0L), Summary(district.ByResolvingDepartment[0].Indicators.Timeliness));
        Assert.Equal((1L, 1L, 1L, 0L, 1L), Summary(district.ByResolvingDepartment[1].Indicators.Timeliness));
        Assert.Equal(DossierCounts.Zero, district.ByResolvingDepartment[2].Indicators.Counts);

        Assert.Equal(["MC-X", "MC-Y", "MC-Z"], commune.ByOneStopDepartment.Select(d => d.Department.Code));
        Assert.Equal((0L, 3L, 1L, 0L, 2L), Summary(commune.ByOneStopDepartment[0].Indicators.Timeliness));
        Assert.Equal((0L, 1L, 0L, 0L, 1L), Summary(commune.ByOneStopDepartment[1].Indicators.Timeliness));
        Assert.Equal(DossierCounts.Zero, commune.ByOneStopDepartment[2].Indicators.Counts);
        Assert.Empty(commune.ByResolvingDepartment);
    }

    [Fact]
    public void Options_never_change_the_counts()
    {
        var baseline = Report();
        var other = Report(new MetricsOptions
        {
            OnTimeRate = OnTimeRateBasis.TotalToHandle,
            CountedAsResolved = EndedOutcomes.All,
            IntakeDigitization = IntakeDigitizationBasis.ReceivedInPeriod,
            ResultDigitization = ResultDigitizationBasis.Dossiers,
            OnlineIntake = OnlineIntakeBasis.TotalToHandle,
            ReuseProcedures = ReuseProcedureBasis.WithDossiers,
        });

        Assert.Equal(baseline.Totals.Counts, other.Totals.Counts);
        Assert.Equal(baseline.Levels.Select(l => l.Totals.Counts), other.Levels.Select(l => l.Totals.Counts));
    }

    [Fact]
    public void A_report_of_no_dossiers_has_its_levels_and_nothing_to_rate()
    {
        var report = IndicatorReport.Compute(ReportReference, Scope, []);

        Assert.Equal(0, report.DossiersSeen);
        Assert.Equal(2, report.Levels.Length);
        var district = report.Level(AdministrativeLevel.District);
        Assert.Empty(district.ByField);
        Assert.Equal(Ratio.Of(0, 3), district.Coverage.Digitizing);
        Assert.Equal(["TP", "TNMT", "NV"], district.Coverage.UnitsWithoutDossiers.Select(d => d.Code));
        Assert.Equal(Ratio.Of(0, 3), district.ReusingProcedures.Share);
        Assert.Equal(Ratio.Empty, district.BoundaryFreeProcedures.Share);
        Assert.False(district.Totals.Timeliness.EarlyOrOnTimeRate.HasValue);
    }

    [Fact]
    public void Compute_refuses_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorReport.Compute(null!));
        Assert.Throws<ArgumentNullException>(() => IndicatorReport.Compute(ReportReference, Scope, null!));
    }

    /// <summary>(carried over, received, resolved, returned, in progress + cancelled).</summary>
    private static (long, long, long, long, long) Summary(TimelinessIndicators t) =>
        (t.CarriedOver, t.ReceivedInPeriod, t.Resolved, t.Returned, t.InProgress + t.Cancelled);

    private static Department Dept(string code, string unit, DepartmentKind kind) =>
        new() { Code = code, Name = code, UnitCode = unit, Kind = kind };

    private static Procedure Proc(string code, string field, AdministrativeLevel level, OnlineServiceKind online) =>
        new() { Code = code, Name = code, FieldCode = field, Level = level, OnlineService = online };

    private static Dossier Make(string id, string procedure, string receiving, string? resolving, IntakeChannel channel,
        LocalDateTime received, LocalDateTime? due, DossierOutcome outcome, DigitizationFacts facts, bool boundary = false) => new()
    {
        Id = id,
        ProcedureCode = procedure,
        ReceivingDepartmentCode = receiving,
        ResolvingDepartmentCode = resolving,
        Channel = channel,
        ReceivedAt = received,
        DueAt = due,
        Outcome = outcome,
        Digitization = facts,
        ReceivedRegardlessOfBoundary = boundary,
    };
}
