using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Validation;
using OneStop.Metrics.Tests.Generators;

namespace OneStop.Metrics.Tests.Validation;

/// <summary>
/// A valid dossier record and valid reference lists (those of <see cref="DossierGenerators.Reference"/>) that the
/// per-code tests change in one place each.
/// </summary>
public static class ValidationFixtures
{
    public static LocalDateTime At(int year, int month, int day, int hour = 9, int minute = 0) => new(year, month, day, hour, minute);

    /// <summary>
    /// Dossier 'H-1' on line 12: P1 (district, full-process online service) received in person at MC-H on
    /// 2023-03-05 08:10, resolved by TP on 2023-03-08 10:00, due 2023-03-10 17:00, digitized at intake, one
    /// digitized result document. Passes every check against <see cref="DossierGenerators.Reference"/>.
    /// </summary>
    public static DossierRecord ValidRecord { get; } = new()
    {
        Line = 12,
        Id = "H-1",
        ProcedureCode = "P1",
        ReceivingDepartmentCode = "MC-H",
        ResolvingDepartmentCode = "TP",
        Channel = IntakeChannel.InPerson,
        ReceivedAt = At(2023, 3, 5, 8, 10),
        DueAt = At(2023, 3, 10, 17, 0),
        Outcome = OutcomeKind.Resolved,
        EndedAt = At(2023, 3, 8, 10, 0),
        SubjectToDigitization = true,
        DigitizedAtIntake = true,
        ResultDocuments = 1,
        DigitizedResultDocuments = 1,
    };

    /// <summary>The reference lists of <see cref="DossierGenerators.Reference"/>, as mutable lists a test can change.</summary>
    public sealed record ReferenceLists(
        List<AdministrativeUnit> Units,
        List<Department> Departments,
        List<ProcedureField> Fields,
        List<Procedure> Procedures)
    {
        public static ReferenceLists Valid()
        {
            var reference = DossierGenerators.Reference;
            return new ReferenceLists([.. reference.Units], [.. reference.Departments], [.. reference.Fields], [.. reference.Procedures]);
        }

        public ReferenceIntakeResult Screen() => ReferenceIntake.Screen(Units, Departments, Fields, Procedures);
    }

    public static AdministrativeUnit Unit(string code, AdministrativeLevel level, string? parent, string name = "đơn vị") =>
        new() { Code = code, Name = name, Level = level, ParentCode = parent };

    public static Department Department(string code, string unit, DepartmentKind kind = DepartmentKind.Specialised,
        string name = "Văn phòng") =>
        new() { Code = code, Name = name, UnitCode = unit, Kind = kind };

    public static ProcedureField Field(string code, string name = "Y tế") => new() { Code = code, Name = name };

    public static Procedure Procedure(string code, string field = "TPH", string name = "Thủ tục mới",
        AdministrativeLevel level = AdministrativeLevel.District, OnlineServiceKind online = OnlineServiceKind.None,
        TimeLimit? limit = null) =>
        new() { Code = code, Name = name, FieldCode = field, Level = level, OnlineService = online, TimeLimit = limit };

    /// <summary>Every failure of a dossier intake, rejected records' and warnings alike, in position order.</summary>
    public static IntakeFailure[] AllFailures(IntakeResult result) =>
        [.. result.Rejected.SelectMany(r => r.Failures).Concat(result.Warnings).OrderBy(f => f.Position)];

    /// <summary>The failures on the record at a position, whether it was rejected or accepted with warnings.</summary>
    public static IntakeFailure[] FailuresAt(IntakeResult result, long position) =>
        [.. AllFailures(result).Where(f => f.Position == position)];

    public static string[] AllCodes() =>
        [.. typeof(ErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    public static IEnumerable<object[]> Rows(IEnumerable<string> codes) => codes.Order(StringComparer.Ordinal).Select(c => new object[] { c });
}
