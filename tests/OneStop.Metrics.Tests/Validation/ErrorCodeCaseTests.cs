using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Validation;
using OneStop.Metrics.Tests.Generators;
using Xunit;
using static OneStop.Metrics.Tests.Validation.ValidationFixtures;

namespace OneStop.Metrics.Tests.Validation;

/// <summary>
/// One test per error code: a valid input changed in one place, whose target record then has exactly one failure,
/// with that code, that severity and that exact message.
/// </summary>
public class ErrorCodeCaseTests
{
    private static readonly IntakeSeverity E = IntakeSeverity.Error;
    private static readonly IntakeSeverity W = IntakeSeverity.Warning;

    /// <summary>A dossier case: the records screened, the position of the target, the severity and the message.</summary>
    public sealed record DossierCase(DossierRecord[] Records, long Target, IntakeSeverity Severity, string Message);

    /// <summary>A reference case: the lists, the target entry's kind and position, the other failures expected, the severity and message.</summary>
    public sealed record ReferenceCase(Action<ReferenceLists> Change, string Kind, int Target, int Others, string Message);

    public sealed record PeriodCase(PeriodRequest Request, IntakeSeverity Severity, string Message);

    private static DossierCase One(Func<DossierRecord, DossierRecord> change, IntakeSeverity severity, string message) =>
        new([change(ValidRecord)], 0, severity, message);

    public static readonly IReadOnlyDictionary<string, DossierCase> DossierCases = new Dictionary<string, DossierCase>
    {
        [ErrorCodes.DossierIdMissing] = One(r => r with { Id = null }, E,
            "Dossier without id (line 12): Id is missing."),
        [ErrorCodes.DossierProcedureMissing] = One(r => r with { ProcedureCode = null }, E,
            "Dossier 'H-1' (line 12): ProcedureCode is missing."),
        [ErrorCodes.DossierReceivingDepartmentMissing] = One(r => r with { ReceivingDepartmentCode = " " }, E,
            "Dossier 'H-1' (line 12): ReceivingDepartmentCode is missing."),
        [ErrorCodes.DossierChannelMissing] = One(r => r with { Channel = null }, E,
            "Dossier 'H-1' (line 12): Channel is missing."),
        [ErrorCodes.DossierChannelUndefined] = One(r => r with { Channel = (IntakeChannel)9 }, E,
            "Dossier 'H-1' (line 12): Channel 9 is not a defined intake channel (InPerson, Online, Postal)."),
        [ErrorCodes.DossierReceivedAtMissing] = One(r => r with { ReceivedAt = null }, E,
            "Dossier 'H-1' (line 12): ReceivedAt is missing."),
        [ErrorCodes.DossierOutcomeMissing] = One(r => r with { Outcome = null }, E,
            "Dossier 'H-1' (line 12): Outcome is missing."),
        [ErrorCodes.DossierOutcomeUndefined] = One(r => r with { Outcome = (OutcomeKind)9 }, E,
            "Dossier 'H-1' (line 12): Outcome 9 is not a defined outcome (InProgress, Resolved, ReturnedIneligible, Refused, Withdrawn, Cancelled)."),
        [ErrorCodes.DossierEndedAtMissing] = One(r => r with { EndedAt = null }, E,
            "Dossier 'H-1' (line 12): EndedAt is missing for outcome Resolved."),
        [ErrorCodes.DossierEndedAtInProgress] = One(r => r with { Outcome = OutcomeKind.InProgress, DigitizedResultDocuments = 0 }, E,
            "Dossier 'H-1' (line 12): EndedAt 2023-03-08T10:00 is given for a dossier in progress."),
        [ErrorCodes.DossierDueBeforeReceived] = One(r => r with { DueAt = At(2023, 3, 1) }, E,
            "Dossier 'H-1' (line 12): DueAt 2023-03-01T09:00 is before ReceivedAt 2023-03-05T08:10."),
        [ErrorCodes.DossierEndedBeforeReceived] = One(r => r with { EndedAt = At(2023, 3, 1) }, E,
            "Dossier 'H-1' (line 12): EndedAt 2023-03-01T09:00 is before ReceivedAt 2023-03-05T08:10."),
        [ErrorCodes.DossierNonIsoCalendar] = One(r => r with { DueAt = new LocalDateTime(2023, 2, 26, 17, 0, CalendarSystem.Julian) }, E,
            "Dossier 'H-1' (line 12): DueAt 2023-02-26T17:00 (Julian) is not in the ISO calendar."),
        [ErrorCodes.DossierDateImplausible] = One(r => r with { ReceivedAt = At(1999, 12, 31) }, E,
            "Dossier 'H-1' (line 12): ReceivedAt 1999-12-31T09:00 is outside the plausible range 2000-01-01..2100-12-31."),
        [ErrorCodes.DossierDigitizedButNotSubject] = One(r => r with { SubjectToDigitization = false }, W,
            "Dossier 'H-1' (line 12): DigitizedAtIntake is true but SubjectToDigitization is false."),
        [ErrorCodes.DossierResultDigitizedWithoutResult] = One(r => r with { Outcome = OutcomeKind.Withdrawn }, W,
            "Dossier 'H-1' (line 12): DigitizedResultDocuments 1 is given for outcome Withdrawn, which has no result."),
        [ErrorCodes.DossierDocumentCountNegative] = One(r => r with { ResultDocuments = -1, DigitizedResultDocuments = 0 }, E,
            "Dossier 'H-1' (line 12): ResultDocuments -1 is negative."),
        [ErrorCodes.DossierDigitizedDocumentsExceedDocuments] = One(r => r with { ResultDocuments = 2, DigitizedResultDocuments = 3 }, E,
            "Dossier 'H-1' (line 12): DigitizedResultDocuments 3 is more than ResultDocuments 2."),
        [ErrorCodes.DossierSupplementRequestedAtMissing] = One(r => r with { Supplements = [new(null, At(2023, 3, 6))] }, E,
            "Dossier 'H-1' (line 12): Supplements[0].RequestedAt is missing."),
        [ErrorCodes.DossierSupplementCompletedBeforeRequested] = One(
            r => r with { Supplements = [new(At(2023, 3, 6), At(2023, 3, 6, 15)), new(At(2023, 3, 7), At(2023, 3, 6))] }, E,
            "Dossier 'H-1' (line 12): Supplements[1].CompletedAt 2023-03-06T09:00 is before Supplements[1].RequestedAt 2023-03-07T09:00."),
        [ErrorCodes.DossierTextControlCharacter] = One(r => r with { Id = "H\u00001" }, E,
            "Dossier 'H\\u00001' (line 12): Id 'H\\u00001' holds a control character."),
        [ErrorCodes.DossierIdDuplicate] = new([ValidRecord, ValidRecord with { Line = 14 }], 1, E,
            "Dossier 'H-1' (line 14): Id 'H-1' repeats the dossier at line 12."),
        [ErrorCodes.DossierProcedureUnknown] = One(r => r with { ProcedureCode = "P9" }, E,
            "Dossier 'H-1' (line 12): ProcedureCode 'P9' is not in the procedure catalogue."),
        [ErrorCodes.DossierReceivingDepartmentUnknown] = One(r => r with { ReceivingDepartmentCode = "ZZ" }, E,
            "Dossier 'H-1' (line 12): ReceivingDepartmentCode 'ZZ' is not among the departments."),
        [ErrorCodes.DossierReceivingDepartmentNotOneStop] = One(r => r with { ReceivingDepartmentCode = "TNMT" }, E,
            "Dossier 'H-1' (line 12): ReceivingDepartmentCode 'TNMT' is a specialised department, not a one-stop department."),
        [ErrorCodes.DossierResolvingDepartmentUnknown] = One(r => r with { ResolvingDepartmentCode = "QQ" }, E,
            "Dossier 'H-1' (line 12): ResolvingDepartmentCode 'QQ' is not among the departments."),
        [ErrorCodes.DossierResolvingDepartmentNotSpecialised] = One(r => r with { ResolvingDepartmentCode = "MC-X" }, E,
            "Dossier 'H-1' (line 12): ResolvingDepartmentCode 'MC-X' is a one-stop department, not a specialised department."),
        [ErrorCodes.DossierLevelMismatch] = One(r => r with { ReceivingDepartmentCode = "MC-X", ResolvingDepartmentCode = null }, W,
            "Dossier 'H-1' (line 12): ReceivingDepartmentCode 'MC-X' is a Commune department, but procedure 'P1' is handled at District level."),
        [ErrorCodes.DossierOnlineWithoutOnlineService] = One(
            r => r with { ProcedureCode = "P3", ReceivingDepartmentCode = "MC-X", ResolvingDepartmentCode = null, Channel = IntakeChannel.Online }, W,
            "Dossier 'H-1' (line 12): Channel Online is used, but procedure 'P3' offers no online public service."),
    };

    private const string Unit = "unit", Dept = "department", Fld = "field", Proc = "procedure";

    public static readonly IReadOnlyDictionary<string, ReferenceCase> ReferenceCases = new Dictionary<string, ReferenceCase>
    {
        [ErrorCodes.UnitCodeEmpty] = new(l => l.Units.Add(Unit("", AdministrativeLevel.Commune, "H")), Unit, 2, 0,
            "Administrative unit at position 2: Code is empty."),
        [ErrorCodes.UnitNameEmpty] = new(l => l.Units.Add(Unit("Y", AdministrativeLevel.Commune, "H", name: " ")), Unit, 2, 0,
            "Administrative unit 'Y' (position 2): Name is empty."),
        [ErrorCodes.UnitLevelUndefined] = new(l => l.Units.Add(Unit("Y", (AdministrativeLevel)7, "H")), Unit, 2, 0,
            "Administrative unit 'Y' (position 2): Level 7 is not a defined level (Province, District, Commune)."),
        [ErrorCodes.UnitCodeDuplicate] = new(l => l.Units.Add(Unit("H", AdministrativeLevel.District, null)), Unit, 2, 0,
            "Administrative unit 'H' (position 2): Code 'H' repeats the unit at position 0."),
        [ErrorCodes.UnitParentUnknown] = new(l => l.Units.Add(Unit("Y", AdministrativeLevel.Commune, "Q")), Unit, 2, 0,
            "Administrative unit 'Y' (position 2): ParentCode 'Q' is not among the units."),
        [ErrorCodes.UnitParentNotAbove] = new(l => l.Units.Add(Unit("Y", AdministrativeLevel.Commune, "X")), Unit, 2, 0,
            "Administrative unit 'Y' (position 2): ParentCode 'X' names a Commune unit, which is not above Commune."),
        [ErrorCodes.UnitParentRejected] = new(l =>
            {
                l.Units.Add(Unit("Y", AdministrativeLevel.Province, null, name: ""));
                l.Units.Add(Unit("Z", AdministrativeLevel.Commune, "Y"));
            }, Unit, 3, 1,
            "Administrative unit 'Z' (position 3): ParentCode 'Y' names a unit that was rejected."),
        [ErrorCodes.DepartmentCodeEmpty] = new(l => l.Departments.Add(Department(" ", "H")), Dept, 4, 0,
            "Department at position 4: Code is empty."),
        [ErrorCodes.DepartmentNameEmpty] = new(l => l.Departments.Add(Department("VP", "H", name: "")), Dept, 4, 0,
            "Department 'VP' (position 4): Name is empty."),
        [ErrorCodes.DepartmentKindUndefined] = new(l => l.Departments.Add(Department("VP", "H", (DepartmentKind)7)), Dept, 4, 0,
            "Department 'VP' (position 4): Kind 7 is not a defined department kind (OneStop, Specialised)."),
        [ErrorCodes.DepartmentCodeDuplicate] = new(l => l.Departments.Add(Department("TP", "H")), Dept, 4, 0,
            "Department 'TP' (position 4): Code 'TP' repeats the department at position 1."),
        [ErrorCodes.DepartmentUnitUnknown] = new(l => l.Departments.Add(Department("VP", "Q")), Dept, 4, 0,
            "Department 'VP' (position 4): UnitCode 'Q' is not among the units."),
        [ErrorCodes.DepartmentUnitRejected] = new(l =>
            {
                l.Units.Add(Unit("Y", AdministrativeLevel.Commune, "H", name: ""));
                l.Departments.Add(Department("VP", "Y"));
            }, Dept, 4, 1,
            "Department 'VP' (position 4): UnitCode 'Y' names a unit that was rejected."),
        [ErrorCodes.FieldCodeEmpty] = new(l => l.Fields.Add(Field("")), Fld, 2, 0,
            "Procedure field at position 2: Code is empty."),
        [ErrorCodes.FieldNameEmpty] = new(l => l.Fields.Add(Field("YT", name: "")), Fld, 2, 0,
            "Procedure field 'YT' (position 2): Name is empty."),
        [ErrorCodes.FieldCodeDuplicate] = new(l => l.Fields.Add(Field("TPH")), Fld, 2, 0,
            "Procedure field 'TPH' (position 2): Code 'TPH' repeats the field at position 0."),
        [ErrorCodes.ProcedureCodeEmpty] = new(l => l.Procedures.Add(Procedure("")), Proc, 3, 0,
            "Procedure at position 3: Code is empty."),
        [ErrorCodes.ProcedureNameEmpty] = new(l => l.Procedures.Add(Procedure("P4", name: "\t")), Proc, 3, 0,
            "Procedure 'P4' (position 3): Name is empty."),
        [ErrorCodes.ProcedureLevelUndefined] = new(l => l.Procedures.Add(Procedure("P4", level: (AdministrativeLevel)7)), Proc, 3, 0,
            "Procedure 'P4' (position 3): Level 7 is not a defined level (Province, District, Commune)."),
        [ErrorCodes.ProcedureOnlineServiceUndefined] = new(l => l.Procedures.Add(Procedure("P4", online: (OnlineServiceKind)7)), Proc, 3, 0,
            "Procedure 'P4' (position 3): OnlineService 7 is not a defined online service kind (None, Partial, FullProcess)."),
        [ErrorCodes.ProcedureTimeLimitUnitUndefined] = new(l => l.Procedures.Add(Procedure("P4", limit: default(TimeLimit))), Proc, 3, 0,
            "Procedure 'P4' (position 3): TimeLimit unit 0 is not a defined time limit unit (WorkingDays, CalendarDays, WorkingHours)."),
        [ErrorCodes.ProcedureCodeDuplicate] = new(l => l.Procedures.Add(Procedure("P1")), Proc, 3, 0,
            "Procedure 'P1' (position 3): Code 'P1' repeats the procedure at position 0."),
        [ErrorCodes.ProcedureFieldUnknown] = new(l => l.Procedures.Add(Procedure("P4", field: "Q")), Proc, 3, 0,
            "Procedure 'P4' (position 3): FieldCode 'Q' is not among the fields."),
        [ErrorCodes.ProcedureFieldRejected] = new(l =>
            {
                l.Fields.Add(Field("YT", name: ""));
                l.Procedures.Add(Procedure("P4", field: "YT"));
            }, Proc, 3, 1,
            "Procedure 'P4' (position 3): FieldCode 'YT' names a field that was rejected."),
    };

    private static readonly PeriodRequest ValidPeriod = new(new LocalDate(2023, 1, 1), new LocalDate(2023, 8, 31), new LocalDate(2023, 9, 15));

    public static readonly IReadOnlyDictionary<string, PeriodCase> PeriodCases = new Dictionary<string, PeriodCase>
    {
        [ErrorCodes.PeriodStartMissing] = new(ValidPeriod with { Start = null }, E, "Period request: Start is missing."),
        [ErrorCodes.PeriodEndMissing] = new(ValidPeriod with { End = null }, E, "Period request: End is missing."),
        [ErrorCodes.PeriodEndBeforeStart] = new(new(new LocalDate(2023, 8, 31), new LocalDate(2023, 1, 1)), E,
            "Period request: End 2023-01-01 is before Start 2023-08-31."),
        [ErrorCodes.PeriodAsOfBeforeEnd] = new(ValidPeriod with { AsOf = new LocalDate(2023, 8, 30) }, E,
            "Period request: AsOf 2023-08-30 is before End 2023-08-31."),
        [ErrorCodes.PeriodNonIsoCalendar] = new(ValidPeriod with { Start = new LocalDate(2022, 12, 19, CalendarSystem.Julian) }, E,
            "Period request: Start 2022-12-19 (Julian) is not in the ISO calendar."),
        [ErrorCodes.PeriodDateUnsupported] = new(ValidPeriod with { Start = new LocalDate(0, 12, 31) }, E,
            "Period request: Start 0000-12-31 is outside the supported years 0001..9999."),
        [ErrorCodes.PeriodDateImplausible] = new(ValidPeriod with { Start = new LocalDate(1999, 1, 1) }, W,
            "Period request: Start 1999-01-01 is outside the plausible range 2000-01-01..2100-12-31."),
    };

    public static IEnumerable<object[]> DossierCodes => Rows(DossierCases.Keys);

    public static IEnumerable<object[]> ReferenceCodes => Rows(ReferenceCases.Keys);

    public static IEnumerable<object[]> PeriodCodes => Rows(PeriodCases.Keys);

    /// <summary>The severity each code's case shows, for the documentation test.</summary>
    public static IReadOnlyDictionary<string, IntakeSeverity> CaseSeverities =>
        DossierCases.ToDictionary(c => c.Key, c => c.Value.Severity)
            .Concat(ReferenceCases.ToDictionary(c => c.Key, _ => IntakeSeverity.Error))
            .Concat(PeriodCases.ToDictionary(c => c.Key, c => c.Value.Severity))
            .ToDictionary(c => c.Key, c => c.Value);

    [Fact]
    public void Every_error_code_has_exactly_one_case()
    {
        var cased = DossierCases.Keys.Concat(ReferenceCases.Keys).Concat(PeriodCases.Keys).ToArray();

        Assert.Equal(cased.Length, cased.Distinct().Count());
        Assert.Equal(AllCodes().Order(StringComparer.Ordinal), cased.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_unchanged_inputs_pass_every_check()
    {
        Assert.Empty(AllFailures(DossierIntake.Screen(DossierGenerators.Reference, [ValidRecord])));
        Assert.True(ReferenceLists.Valid().Screen().IsComplete);
        Assert.Empty(PeriodIntake.Screen(ValidPeriod).Failures);
    }

    [Theory]
    [MemberData(nameof(DossierCodes))]
    public void A_dossier_record_triggers_exactly_its_code_with_its_message(string code)
    {
        var @case = DossierCases[code];

        foreach (var policy in new[] { IntakePolicy.Default, IntakePolicy.Strict })
        {
            var result = DossierIntake.Screen(DossierGenerators.Reference, @case.Records, policy);

            var failure = Assert.Single(AllFailures(result));
            Assert.Equal(code, failure.Code);
            Assert.Equal(@case.Severity, failure.Severity);
            Assert.Equal(@case.Message, failure.Message);
            Assert.Equal(@case.Target, failure.Position);
            Assert.Equal(@case.Records[@case.Target].Line, failure.Line);
            var rejected = @case.Severity == IntakeSeverity.Error || policy.SoftChecks == SoftCheckPolicy.Reject;
            Assert.Equal(rejected ? 1 : 0, result.Rejected.Length);
            Assert.Equal(@case.Records.Length, result.Accepted.Length + result.Rejected.Length);
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceCodes))]
    public void A_reference_entry_triggers_exactly_its_code_with_its_message(string code)
    {
        var @case = ReferenceCases[code];
        var lists = ReferenceLists.Valid();
        @case.Change(lists);

        var result = lists.Screen();

        var failures = @case.Kind switch
        {
            "unit" => result.RejectedUnits.Where(r => r.Position == @case.Target).SelectMany(r => r.Failures),
            "department" => result.RejectedDepartments.Where(r => r.Position == @case.Target).SelectMany(r => r.Failures),
            "field" => result.RejectedFields.Where(r => r.Position == @case.Target).SelectMany(r => r.Failures),
            _ => result.RejectedProcedures.Where(r => r.Position == @case.Target).SelectMany(r => r.Failures),
        };
        var failure = Assert.Single(failures);
        Assert.Equal(code, failure.Code);
        Assert.Equal(IntakeSeverity.Error, failure.Severity);
        Assert.Equal(@case.Message, failure.Message);
        Assert.Equal(@case.Target, failure.Position);
        Assert.Equal(1 + @case.Others, result.Failures.Length);
    }

    [Theory]
    [MemberData(nameof(PeriodCodes))]
    public void A_period_request_triggers_exactly_its_code_with_its_message(string code)
    {
        var @case = PeriodCases[code];

        var result = PeriodIntake.Screen(@case.Request);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(code, failure.Code);
        Assert.Equal(@case.Severity, failure.Severity);
        Assert.Equal(@case.Message, failure.Message);
        Assert.Equal(@case.Severity == IntakeSeverity.Warning, result.IsAccepted);
    }
}
