using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Tests.Validation;

/// <summary>A fault that makes a valid record invalid in one known way.</summary>
/// <param name="Code">The code the intake must report on the faulted record.</param>
/// <param name="Inject">Changes a valid record; the second argument is the set's first record (never faulted).</param>
public sealed record FaultInjector(string Code, Func<DossierRecord, DossierRecord, DossierRecord> Inject)
{
    public bool IsSoft => Code is ErrorCodes.DossierDigitizedButNotSubject
        or ErrorCodes.DossierResultDigitizedWithoutResult or ErrorCodes.DossierLevelMismatch
        or ErrorCodes.DossierOnlineWithoutOnlineService;

    public override string ToString() => Code;
}

/// <summary>Valid dossier records (line = position + 2) and the faults injected at some positions (never position 0).</summary>
public sealed record FaultySet(DossierRecord[] Valid, DossierRecord[] Records, IReadOnlyDictionary<int, FaultInjector> Faults)
{
    public override string ToString() =>
        $"{Records.Length} records, faults {string.Join(", ", Faults.OrderBy(f => f.Key).Select(f => $"{f.Key}:{f.Value.Code}"))}";
}

/// <summary>Generators of valid dossiers against <see cref="Generators.DossierGenerators.Reference"/> and of fault injections.</summary>
public static class ValidationGenerators
{
    private static readonly LocalDateTime FirstReceived = new(2022, 10, 1, 0, 0);

    /// <summary>The (procedure, receiving, resolving options, channel options) combinations that pass every check.</summary>
    private static readonly (string Procedure, string Receiving, string?[] Resolving, IntakeChannel[] Channels)[] Routes =
    [
        ("P1", "MC-H", [null, "TP", "TNMT"], [IntakeChannel.InPerson, IntakeChannel.Online, IntakeChannel.Postal]),
        ("P2", "MC-H", [null, "TP", "TNMT"], [IntakeChannel.InPerson, IntakeChannel.Online, IntakeChannel.Postal]),
        ("P3", "MC-X", [null], [IntakeChannel.InPerson, IntakeChannel.Postal]),
    ];

    private static readonly OutcomeKind[] Ended =
        [OutcomeKind.Resolved, OutcomeKind.ReturnedIneligible, OutcomeKind.Refused, OutcomeKind.Withdrawn, OutcomeKind.Cancelled];

    /// <summary>One dossier that passes every check, hard and soft, with a placeholder id.</summary>
    public static Gen<Dossier> ValidDossier { get; } =
        from route in Gen.Elements(Routes)
        from resolving in Gen.Elements(route.Resolving)
        from channel in Gen.Elements(route.Channels)
        from receivedMinutes in Gen.Choose(0, 395 * 24 * 60)
        let received = FirstReceived.PlusMinutes(receivedMinutes)
        from due in Gen.Frequency(
            (1, Gen.Constant<LocalDateTime?>(null)),
            (4, Gen.Choose(0, 40 * 24 * 60).Select(m => (LocalDateTime?)received.PlusMinutes(m))))
        from ended in Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true)))
        from kind in Gen.Elements(Ended)
        from endMinutes in Gen.Choose(0, 60 * 24 * 60)
        let outcome = ended ? DossierOutcome.Ended(kind, received.PlusMinutes(endMinutes)) : DossierOutcome.InProgress
        from subject in Gen.Elements(true, false)
        from digitized in Gen.Elements(true, false)
        from reused in Gen.Elements(true, false)
        from documents in Gen.Choose(0, 3)
        from digitizedDocuments in Gen.Choose(0, documents)
        from supplements in Gen.Choose(0, 2)
        from gaps in Gen.ArrayOf(Gen.Choose(0, 10 * 24 * 60), 2 * supplements)
        from answered in Gen.ArrayOf(Gen.Elements(true, false), supplements)
        from reappointed in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from boundary in Gen.Elements(true, false)
        select new Dossier
        {
            Id = "?",
            ProcedureCode = route.Procedure,
            ReceivingDepartmentCode = route.Receiving,
            ResolvingDepartmentCode = resolving,
            Channel = channel,
            ReceivedAt = received,
            DueAt = due,
            Outcome = outcome,
            Supplements = [.. Enumerable.Range(0, supplements).Select(i =>
            {
                var requested = received.PlusMinutes(gaps[2 * i]);
                return new SupplementRequest(requested, answered[i] ? requested.PlusMinutes(gaps[(2 * i) + 1]) : null);
            })],
            Reappointments = reappointed ? [received.PlusDays(20)] : ImmutableArray<LocalDateTime>.Empty,
            Digitization = new DigitizationFacts
            {
                SubjectToDigitization = subject,
                DigitizedAtIntake = subject && digitized,
                ReusedDigitizedData = reused,
                ResultDocuments = documents,
                DigitizedResultDocuments = outcome.Kind == OutcomeKind.Resolved ? digitizedDocuments : 0,
            },
            ReceivedRegardlessOfBoundary = boundary,
        };

    /// <summary>1 to 40 valid dossiers with unique ids <c>V000</c>, <c>V001</c>, ….</summary>
    public static Gen<Dossier[]> ValidDossiers { get; } =
        from length in Gen.Choose(1, 40)
        from dossiers in Gen.ArrayOf(ValidDossier, length)
        select dossiers.Select((d, i) => d with { Id = $"V{i:D3}" }).ToArray();

    private static readonly LocalDateTime Placeholder = new(2023, 6, 1, 9, 0);

    private static LocalDateTime Received(DossierRecord r) => r.ReceivedAt ?? Placeholder;

    /// <summary>One injector per dossier code (5xxx and 6xxx); each makes its code certain on the record it changes.</summary>
    public static IReadOnlyList<FaultInjector> Injectors { get; } =
    [
        new(ErrorCodes.DossierIdMissing, (r, _) => r with { Id = null }),
        new(ErrorCodes.DossierProcedureMissing, (r, _) => r with { ProcedureCode = "" }),
        new(ErrorCodes.DossierReceivingDepartmentMissing, (r, _) => r with { ReceivingDepartmentCode = null }),
        new(ErrorCodes.DossierChannelMissing, (r, _) => r with { Channel = null }),
        new(ErrorCodes.DossierChannelUndefined, (r, _) => r with { Channel = (IntakeChannel)0 }),
        new(ErrorCodes.DossierReceivedAtMissing, (r, _) => r with { ReceivedAt = null }),
        new(ErrorCodes.DossierOutcomeMissing, (r, _) => r with { Outcome = null }),
        new(ErrorCodes.DossierOutcomeUndefined, (r, _) => r with { Outcome = (OutcomeKind)42 }),
        new(ErrorCodes.DossierEndedAtMissing, (r, _) => r with { Outcome = OutcomeKind.Refused, EndedAt = null }),
        new(ErrorCodes.DossierEndedAtInProgress, (r, _) => r with { Outcome = OutcomeKind.InProgress, EndedAt = Received(r).PlusHours(1) }),
        new(ErrorCodes.DossierDueBeforeReceived, (r, _) => r with { DueAt = Received(r).PlusMinutes(-1) }),
        new(ErrorCodes.DossierEndedBeforeReceived, (r, _) => r with { Outcome = OutcomeKind.Cancelled, EndedAt = Received(r).PlusDays(-1) }),
        new(ErrorCodes.DossierNonIsoCalendar, (r, _) => r with { ReceivedAt = Received(r).WithCalendar(CalendarSystem.Julian) }),
        new(ErrorCodes.DossierDateImplausible, (r, _) => r with { DueAt = new LocalDateTime(2101, 1, 2, 17, 0) }),
        new(ErrorCodes.DossierDigitizedButNotSubject, (r, _) => r with { SubjectToDigitization = false, DigitizedAtIntake = true }),
        new(ErrorCodes.DossierResultDigitizedWithoutResult, (r, _) => r with
        {
            Outcome = OutcomeKind.InProgress, EndedAt = null, ResultDocuments = 2, DigitizedResultDocuments = 1,
        }),
        new(ErrorCodes.DossierDocumentCountNegative, (r, _) => r with { ResultDocuments = -2 }),
        new(ErrorCodes.DossierDigitizedDocumentsExceedDocuments, (r, _) => r with { ResultDocuments = 1, DigitizedResultDocuments = 2 }),
        new(ErrorCodes.DossierSupplementRequestedAtMissing, (r, _) => r with { Supplements = r.Supplements.Add(new(null, null)) }),
        new(ErrorCodes.DossierSupplementCompletedBeforeRequested, (r, _) => r with
        {
            Supplements = r.Supplements.Insert(0, new(Received(r).PlusDays(2), Received(r).PlusDays(1))),
        }),
        new(ErrorCodes.DossierTextControlCharacter, (r, _) => r with { Id = r.Id + "\u0000" }),
        new(ErrorCodes.DossierIdDuplicate, (r, first) => r with { Id = first.Id }),
        new(ErrorCodes.DossierProcedureUnknown, (r, _) => r with { ProcedureCode = "P9" }),
        new(ErrorCodes.DossierReceivingDepartmentUnknown, (r, _) => r with { ReceivingDepartmentCode = "ZZ" }),
        new(ErrorCodes.DossierReceivingDepartmentNotOneStop, (r, _) => r with { ReceivingDepartmentCode = "TP" }),
        new(ErrorCodes.DossierResolvingDepartmentUnknown, (r, _) => r with { ResolvingDepartmentCode = "QQ" }),
        new(ErrorCodes.DossierResolvingDepartmentNotSpecialised, (r, _) => r with { ResolvingDepartmentCode = "MC-H" }),
        new(ErrorCodes.DossierLevelMismatch, (r, _) => r with
        {
            ProcedureCode = "P3", ReceivingDepartmentCode = "MC-H", ResolvingDepartmentCode = null, Channel = IntakeChannel.InPerson,
        }),
        new(ErrorCodes.DossierOnlineWithoutOnlineService, (r, _) => r with
        {
            ProcedureCode = "P3", ReceivingDepartmentCode = "MC-X", ResolvingDepartmentCode = null, Channel = IntakeChannel.Online,
        }),
    ];

    /// <summary>Valid records with a fault injected at about a third of the positions after the first.</summary>
    public static Gen<FaultySet> FaultySets { get; } =
        from dossiers in ValidDossiers
        from choices in Gen.ArrayOf(
            Gen.Frequency((2, Gen.Constant<FaultInjector?>(null)), (1, Gen.Elements(Injectors.ToArray()).Select(i => (FaultInjector?)i))),
            dossiers.Length)
        select Inject(dossiers, choices);

    private static FaultySet Inject(Dossier[] dossiers, FaultInjector?[] choices)
    {
        var valid = dossiers.Select((d, i) => DossierRecord.From(d) with { Line = i + 2 }).ToArray();
        var records = (DossierRecord[])valid.Clone();
        var faults = new Dictionary<int, FaultInjector>();
        for (var i = 1; i < records.Length; i++)
        {
            if (choices[i] is { } injector)
            {
                records[i] = injector.Inject(records[i], valid[0]);
                faults.Add(i, injector);
            }
        }

        return new FaultySet(valid, records, faults);
    }

    /// <summary>Reference lists drawn from small code alphabets, so duplicates, unknown and rejected references and undefined values all occur.</summary>
    public static Gen<RandomReference> RandomReferences { get; } =
        from unitCount in Gen.Choose(0, 8)
        from units in Gen.ArrayOf(
            from code in Gen.Elements("", "A", "B", "C", "D", "E")
            from name in Gen.Elements("", "đơn vị")
            from level in Gen.Elements(0, 1, 2, 3, 9)
            from parent in Gen.Elements<string?>(null, null, "", "A", "B", "C", "Q")
            select new AdministrativeUnit { Code = code, Name = name, Level = (AdministrativeLevel)level, ParentCode = parent },
            unitCount)
        from departmentCount in Gen.Choose(0, 6)
        from departments in Gen.ArrayOf(
            from code in Gen.Elements("", "D1", "D2", "D3")
            from unit in Gen.Elements("", "A", "B", "C", "Q")
            from kind in Gen.Elements(0, 1, 2)
            select new Department { Code = code, Name = "phòng", UnitCode = unit, Kind = (DepartmentKind)kind },
            departmentCount)
        from fieldCount in Gen.Choose(0, 4)
        from fields in Gen.ArrayOf(
            from code in Gen.Elements("", "F1", "F2")
            from name in Gen.Elements("", "lĩnh vực")
            select new ProcedureField { Code = code, Name = name },
            fieldCount)
        from procedureCount in Gen.Choose(0, 6)
        from procedures in Gen.ArrayOf(
            from code in Gen.Elements("", "P1", "P2", "P3")
            from field in Gen.Elements("", "F1", "F2", "Q")
            from level in Gen.Elements(1, 2, 3, 8)
            from online in Gen.Elements(0, 1, 2, 5)
            from limit in Gen.Elements<TimeLimit?>(null, TimeLimit.WorkingDays(0), TimeLimit.CalendarDays(5), default(TimeLimit))
            select new Procedure
            {
                Code = code, Name = "thủ tục", FieldCode = field, Level = (AdministrativeLevel)level,
                OnlineService = (OnlineServiceKind)online, TimeLimit = limit,
            },
            procedureCount)
        select new RandomReference(units, departments, fields, procedures);
}

/// <summary>Reference lists as given to <see cref="ReferenceIntake.Screen"/>.</summary>
public sealed record RandomReference(AdministrativeUnit[] Units, Department[] Departments, ProcedureField[] Fields, Procedure[] Procedures)
{
    public override string ToString() =>
        string.Join("; ", Units.Select(u => $"U({u.Code},{u.Name},{(int)u.Level},{u.ParentCode})"))
        + " | " + string.Join("; ", Departments.Select(d => $"D({d.Code},{d.UnitCode},{(int)d.Kind})"))
        + " | " + string.Join("; ", Fields.Select(f => $"F({f.Code},{f.Name})"))
        + " | " + string.Join("; ", Procedures.Select(p => $"P({p.Code},{p.FieldCode},{(int)p.Level},{(int)p.OnlineService},{p.TimeLimit})"));
}

/// <summary>The FsCheck arbitraries of the validation properties.</summary>
public static class ValidationArbitraries
{
    public static Arbitrary<Dossier[]> ValidDossiers() => Arb.From(ValidationGenerators.ValidDossiers);

    public static Arbitrary<FaultySet> FaultySets() => Arb.From(ValidationGenerators.FaultySets);

    public static Arbitrary<RandomReference> RandomReferences() => Arb.From(ValidationGenerators.RandomReferences);

    public static Arbitrary<IntakePolicy> Policies() => Arb.From(Gen.Elements(IntakePolicy.Default, IntakePolicy.Strict));
}
