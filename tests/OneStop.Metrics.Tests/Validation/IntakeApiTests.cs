using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tests.Generators;
using OneStop.Metrics.Validation;
using Xunit;
using static OneStop.Metrics.Tests.Validation.ValidationFixtures;

namespace OneStop.Metrics.Tests.Validation;

/// <summary>The intake API's contract: argument checks, labels, values, ordering, policies, conversions.</summary>
public class IntakeApiTests
{
    private static ReferenceData Reference => DossierGenerators.Reference;

    [Fact]
    public void Null_arguments_and_elements_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("reference", () => DossierIntake.Screen(null!, [ValidRecord]));
        Assert.Throws<ArgumentNullException>("records", () => DossierIntake.Screen(Reference, (IEnumerable<DossierRecord>)null!));
        Assert.Throws<ArgumentNullException>("dossiers", () => DossierIntake.Screen(Reference, (IEnumerable<Dossier>)null!));
        var element = Assert.Throws<ArgumentNullException>("records", () => DossierIntake.Screen(Reference, [ValidRecord, null!]));
        Assert.StartsWith("Element 1 of records is null.", element.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("dossiers", () => DossierIntake.Screen(Reference, new Dossier[] { null! }));
        Assert.Throws<ArgumentNullException>("units", () => ReferenceIntake.Screen(null!, [], [], []));
        Assert.Throws<ArgumentNullException>("procedures", () => ReferenceIntake.Screen([], [], [], [null!]));
        Assert.Throws<ArgumentNullException>("request", () => PeriodIntake.Screen(null!));
        Assert.Throws<ArgumentNullException>("reference", () => new DossierReferenceValidator(null!));
        Assert.Throws<ArgumentNullException>("dossier", () => DossierRecord.From(null!));
    }

    [Fact]
    public void An_undefined_soft_check_policy_throws_ArgumentOutOfRangeException()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new IntakePolicy { SoftChecks = (SoftCheckPolicy)7 });

        Assert.StartsWith("SoftChecks must be Warn (1) or Reject (2); was 7.", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => IntakePolicy.Default with { SoftChecks = 0 });
        Assert.Equal(SoftCheckPolicy.Warn, IntakePolicy.Default.SoftChecks);
        Assert.Equal(SoftCheckPolicy.Reject, IntakePolicy.Strict.SoftChecks);
    }

    [Fact]
    public void A_record_with_nothing_in_it_is_rejected_with_every_missing_value_and_nothing_throws()
    {
        var result = DossierIntake.Screen(Reference, [new DossierRecord()]);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(
            [ErrorCodes.DossierIdMissing, ErrorCodes.DossierProcedureMissing, ErrorCodes.DossierReceivingDepartmentMissing,
             ErrorCodes.DossierChannelMissing, ErrorCodes.DossierReceivedAtMissing, ErrorCodes.DossierOutcomeMissing],
            rejected.Failures.Select(f => f.Code));
        Assert.Equal("Dossier without id (position 0): Id is missing.", rejected.Failures[0].Message);
        Assert.All(rejected.Failures, f => Assert.Null(f.RecordId));
        Assert.All(rejected.Failures, f => Assert.Equal(0L, f.Position));
    }

    [Fact]
    public void A_record_reports_all_its_failures_ordered_by_code()
    {
        var record = ValidRecord with
        {
            ProcedureCode = "P9",
            ReceivingDepartmentCode = "TP",
            DueAt = new LocalDateTime(2023, 2, 26, 17, 0, CalendarSystem.Julian),
            EndedAt = At(2023, 3, 1, 9, 0).PlusSeconds(30),
            SubjectToDigitization = false,
            Reappointments = [At(1999, 1, 1), At(2023, 3, 20)],
        };

        var failures = Assert.Single(DossierIntake.Screen(Reference, [record]).Rejected).Failures;

        Assert.Equal(
            [
                ("OSM5012", "EndedAt", "2023-03-01T09:00:30"),
                ("OSM5013", "DueAt", "2023-02-26T17:00 (Julian)"),
                ("OSM5014", "Reappointments[0]", "1999-01-01T09:00"),
                ("OSM5015", "DigitizedAtIntake", "true"),
                ("OSM6002", "ProcedureCode", "P9"),
                ("OSM6004", "ReceivingDepartmentCode", "TP"),
            ],
            failures.Select(f => (f.Code, f.Field, f.Value)));
        Assert.Equal("Dossier 'H-1' (line 12): EndedAt 2023-03-01T09:00:30 is before ReceivedAt 2023-03-05T08:10.", failures[0].Message);
        Assert.All(failures, f => Assert.Equal(("H-1", 12L, 0L), (f.RecordId, f.Line!.Value, f.Position!.Value)));
    }

    [Fact]
    public void Without_lines_messages_name_the_position_and_duplicates_name_the_first_position()
    {
        var records = new[] { ValidRecord with { Line = null }, ValidRecord with { Line = null, Id = "H-2" }, ValidRecord with { Line = null } };

        var result = DossierIntake.Screen(Reference, records);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(2, rejected.Position);
        Assert.Equal("Dossier 'H-1' (position 2): Id 'H-1' repeats the dossier at position 0.", Assert.Single(rejected.Failures).Message);
        Assert.Equal(["H-1", "H-2"], result.Accepted.Select(d => d.Id));
    }

    [Fact]
    public void A_duplicate_is_rejected_even_when_the_first_record_with_its_id_is_rejected()
    {
        var records = new[] { ValidRecord with { ProcedureCode = "P9" }, ValidRecord with { Line = 13 } };

        var result = DossierIntake.Screen(Reference, records);

        Assert.Empty(result.Accepted);
        Assert.Equal([ErrorCodes.DossierProcedureUnknown, ErrorCodes.DossierIdDuplicate], result.Rejected.Select(r => r.Failures.Single().Code));
    }

    [Fact]
    public void Messages_quote_ids_and_codes_exactly_even_with_braces()
    {
        var record = ValidRecord with { Id = "{PropertyName}-{PropertyValue}", ProcedureCode = "{0}" };

        var failure = Assert.Single(Assert.Single(DossierIntake.Screen(Reference, [record]).Rejected).Failures);

        Assert.Equal("Dossier '{PropertyName}-{PropertyValue}' (line 12): ProcedureCode '{0}' is not in the procedure catalogue.", failure.Message);
    }

    [Fact]
    public void Soft_failures_warn_by_default_and_reject_under_the_strict_policy()
    {
        var records = new[]
        {
            ValidRecord,
            ValidRecord with { Id = "H-2", Line = 13, SubjectToDigitization = false },
            ValidRecord with { Id = "H-3", Line = 14, SubjectToDigitization = false, Outcome = OutcomeKind.Refused },
            ValidRecord with { Id = "H-4", Line = 15, ProcedureCode = "P9", SubjectToDigitization = false },
        };

        var warned = DossierIntake.Screen(Reference, records);
        var strict = DossierIntake.Screen(Reference, records, IntakePolicy.Strict);

        Assert.Equal(["H-1", "H-2", "H-3"], warned.Accepted.Select(d => d.Id));
        Assert.Equal(["OSM5015", "OSM5015", "OSM5016"], warned.Warnings.Select(w => w.Code));
        Assert.Equal(new Dictionary<string, long> { ["OSM5015"] = 2, ["OSM5016"] = 1 }, warned.WarningsByCode);
        Assert.Equal(new Dictionary<string, long> { ["OSM5015"] = 1, ["OSM6002"] = 1 }, warned.RejectedByCode);
        Assert.Equal(["OSM5015", "OSM6002"], warned.Rejected.Single().Failures.Select(f => f.Code));

        Assert.Equal(["H-1"], strict.Accepted.Select(d => d.Id));
        Assert.Empty(strict.Warnings);
        Assert.Empty(strict.WarningsByCode);
        Assert.Equal(new Dictionary<string, long> { ["OSM5015"] = 3, ["OSM5016"] = 1, ["OSM6002"] = 1 }, strict.RejectedByCode);
        Assert.Equal(4, strict.Read);
    }

    [Fact]
    public void The_standalone_validators_carry_code_severity_field_and_value_and_label_without_position()
    {
        var failures = new DossierRecordValidator().Validate(ValidRecord with { Id = null, Line = null, SubjectToDigitization = false }).Errors;

        Assert.Equal(
            [
                ("OSM5001", FluentValidation.Severity.Error, "Id", null, "Dossier without id: Id is missing."),
                ("OSM5015", FluentValidation.Severity.Warning, "DigitizedAtIntake", "true", "Dossier without id: DigitizedAtIntake is true but SubjectToDigitization is false."),
            ],
            failures.Select(f => (f.ErrorCode, f.Severity, f.PropertyName, f.CustomState as string, f.ErrorMessage)));
        var unit = Assert.Single(new AdministrativeUnitValidator().Validate(Unit("H", AdministrativeLevel.District, null, name: "")).Errors);
        Assert.Equal("Administrative unit 'H': Name is empty.", unit.ErrorMessage);
        var blank = Assert.Single(new ProcedureFieldValidator().Validate(Field(" ")).Errors);
        Assert.Equal("Procedure field without code: Code is empty.", blank.ErrorMessage);
    }

    [Fact]
    public void A_record_converts_to_a_dossier_when_it_has_no_errors_and_refuses_otherwise()
    {
        var warnedOnly = ValidRecord with { SubjectToDigitization = false, Supplements = [new(At(2023, 3, 6), null)] };

        var dossier = warnedOnly.ToDossier();

        Assert.Equal(DossierOutcome.Resolved(At(2023, 3, 8, 10, 0)), dossier.Outcome);
        Assert.Equal(new SupplementRequest(At(2023, 3, 6)), Assert.Single(dossier.Supplements));
        Assert.True(dossier.Digitization.DigitizedAtIntake);
        Assert.False(dossier.Digitization.SubjectToDigitization);
        var exception = Assert.Throws<InvalidOperationException>(() => (ValidRecord with { EndedAt = null, Channel = null }).ToDossier());
        Assert.Equal(
            "The record cannot be converted to a dossier: OSM5004 Dossier 'H-1' (line 12): Channel is missing. "
            + "OSM5009 Dossier 'H-1' (line 12): EndedAt is missing for outcome Resolved.",
            exception.Message);
    }

    [Fact]
    public void A_default_array_of_supplements_or_reappointments_reads_as_empty()
    {
        var record = ValidRecord with { Supplements = default, Reappointments = default };

        Assert.True(record.Supplements.IsEmpty);
        Assert.True(record.Reappointments.IsEmpty);
        Assert.Single(DossierIntake.Screen(Reference, [record]).Accepted);
    }

    [Fact]
    public void A_blank_resolving_department_is_a_code_that_names_no_department()
    {
        var failure = Assert.Single(Assert.Single(DossierIntake.Screen(Reference, [ValidRecord with { ResolvingDepartmentCode = "" }]).Rejected).Failures);

        Assert.Equal("Dossier 'H-1' (line 12): ResolvingDepartmentCode '' is not among the departments.", failure.Message);
    }

    [Fact]
    public void A_rejected_unit_takes_its_whole_branch_with_it_and_dossiers_there_are_then_rejected()
    {
        var lists = ReferenceLists.Valid();
        lists.Units.Insert(0, Unit("T", (AdministrativeLevel)0, null, name: "tỉnh"));
        lists.Units[1] = lists.Units[1] with { ParentCode = "T" };

        var screened = lists.Screen();

        Assert.Empty(screened.Reference.Units);
        Assert.Empty(screened.Reference.Departments);
        Assert.Equal(3, screened.Reference.Procedures.Length);
        Assert.Equal(
            ["OSM1003", "OSM1007", "OSM1007", "OSM2006", "OSM2006", "OSM2006", "OSM2006"],
            screened.Failures.Select(f => f.Code));
        Assert.Equal(new Dictionary<string, long> { ["OSM1003"] = 1, ["OSM1007"] = 2, ["OSM2006"] = 4 }, screened.RejectedByCode);
        Assert.Equal("Administrative unit 'X' (position 2): ParentCode 'H' names a unit that was rejected.", screened.Failures[2].Message);
        var dossiers = DossierIntake.Screen(screened.Reference, [ValidRecord]);
        Assert.Equal([ErrorCodes.DossierReceivingDepartmentUnknown, ErrorCodes.DossierResolvingDepartmentUnknown],
            dossiers.Rejected.Single().Failures.Select(f => f.Code));
    }

    [Fact]
    public void A_commune_directly_under_a_province_is_accepted()
    {
        var screened = ReferenceIntake.Screen(
            [Unit("30", AdministrativeLevel.Province, null), Unit("30-X", AdministrativeLevel.Commune, "30")], [], [], []);

        Assert.True(screened.IsComplete);
    }

    [Fact]
    public void A_valid_period_request_gives_the_period_and_defaults_the_as_of_date_to_its_end()
    {
        var result = PeriodIntake.Screen(new PeriodRequest(new LocalDate(2023, 1, 1), new LocalDate(2023, 8, 31)));

        Assert.True(result.IsAccepted);
        Assert.Equal(ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 8, 31)), result.Period);
        Assert.Equal(new LocalDate(2023, 8, 31), result.AsOf);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void An_implausible_period_is_accepted_with_a_warning_by_default_and_rejected_under_the_strict_policy()
    {
        var request = new PeriodRequest(new LocalDate(1999, 1, 1), new LocalDate(1999, 12, 31), new LocalDate(2001, 1, 1));

        var warned = PeriodIntake.Screen(request);
        var strict = PeriodIntake.Screen(request, IntakePolicy.Strict);

        Assert.True(warned.IsAccepted);
        Assert.Equal(new LocalDate(2001, 1, 1), warned.AsOf);
        Assert.Equal(["Start", "End"], warned.Failures.Select(f => f.Field));
        Assert.False(strict.IsAccepted);
        Assert.Null(strict.Period);
        Assert.Equal(2, strict.Failures.Length);
    }

    [Fact]
    public void The_built_in_sample_passes_the_strict_intake_without_a_failure()
    {
        var sample = BuiltInSamples.TuKy2023;

        var result = DossierIntake.Screen(sample.Reference, sample.Dossiers, IntakePolicy.Strict);

        Assert.Equal(sample.Dossiers.Length, result.Accepted.Length);
        Assert.Empty(result.Warnings);
        Assert.Empty(result.Rejected);
        Assert.True(ReferenceIntake.Screen(sample.Reference.Units, sample.Reference.Departments, sample.Reference.Fields,
            sample.Reference.Procedures).IsComplete);
    }

    [Fact]
    public void The_fault_generator_has_an_injector_for_every_dossier_code()
    {
        // Each injector's fault being reported with its code is the property test's job; this test makes sure the
        // generator leaves no dossier code out (a random sample of sets would only make that likely).
        var dossierCodes = AllCodes().Where(c => c[3] is '5' or '6');

        Assert.Equal(dossierCodes.Order(StringComparer.Ordinal), ValidationGenerators.Injectors.Select(i => i.Code).Order(StringComparer.Ordinal));
    }
}
