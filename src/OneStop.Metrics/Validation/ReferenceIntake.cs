using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FluentValidation;
using OneStop.Metrics.Domain;
using static OneStop.Metrics.Validation.ValueText;

namespace OneStop.Metrics.Validation;

/// <summary>
/// The input boundary for reference data (tiếp nhận danh mục): screens lists of administrative units,
/// departments, procedure fields and procedures, and builds a <see cref="ReferenceData"/> of the valid entries.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ReferenceData"/>'s constructor refuses an inconsistent set outright; this screen instead drops each
/// bad entry and every entry that depends on a dropped one, reporting each with its reasons, so that the set it
/// builds never throws. Checks, all hard (<see cref="IntakeSeverity.Error"/>):
/// </para>
/// <list type="bullet">
/// <item>each entry on its own: <see cref="AdministrativeUnitValidator"/>, <see cref="DepartmentValidator"/>,
/// <see cref="ProcedureFieldValidator"/>, <see cref="ProcedureValidator"/>;</item>
/// <item>duplicates (<c>OSM1004</c>, <c>OSM2004</c>, <c>OSM3003</c>, <c>OSM4006</c>): the first entry with a code
/// keeps it, even if it is itself rejected; references name that first entry;</item>
/// <item>a unit's parent (<c>OSM1005</c> unknown, <c>OSM1006</c> not of a higher tier, <c>OSM1007</c> rejected),
/// a department's unit (<c>OSM2005</c>, <c>OSM2006</c>), a procedure's field (<c>OSM4007</c>, <c>OSM4008</c>).
/// Units are settled from the top tier down, so a rejection propagates down a whole branch.</item>
/// </list>
/// <para>
/// Data errors never throw; a <see langword="null"/> list or element is a programming error
/// (<see cref="ArgumentNullException"/>).
/// </para>
/// </remarks>
public static class ReferenceIntake
{
    /// <summary>Screens reference lists and builds the reference data of the valid entries.</summary>
    /// <param name="units">The administrative units.</param>
    /// <param name="departments">The departments.</param>
    /// <param name="fields">The procedure fields.</param>
    /// <param name="procedures">The procedure catalogue.</param>
    /// <returns>The reference data of the accepted entries and the entries left out with their failures.</returns>
    /// <exception cref="ArgumentNullException">A list or one of its elements is <see langword="null"/>.</exception>
    public static ReferenceIntakeResult Screen(IEnumerable<AdministrativeUnit> units, IEnumerable<Department> departments,
        IEnumerable<ProcedureField> fields, IEnumerable<Procedure> procedures)
    {
        var unitList = ReferenceData.Materialize(units, nameof(units));
        var departmentList = ReferenceData.Materialize(departments, nameof(departments));
        var fieldList = ReferenceData.Materialize(fields, nameof(fields));
        var procedureList = ReferenceData.Materialize(procedures, nameof(procedures));

        // Units: on their own, duplicates, then parents from the top tier down.
        var unitFailures = OnTheirOwn(unitList, AdministrativeUnitValidator.Instance, u => u.Code);
        var firstUnit = Duplicates(unitList, u => u.Code, unitFailures, ErrorCodes.UnitCodeDuplicate,
            AdministrativeUnitValidator.Noun, "unit");
        var unitAccepted = new bool[unitList.Length];
        var byTier = Enumerable.Range(0, unitList.Length)
            .OrderBy(i => Enum.IsDefined(unitList[i].Level) ? (int)unitList[i].Level : int.MaxValue)
            .ThenBy(i => i);
        foreach (var i in byTier)
        {
            CheckParent(unitList, i, firstUnit, unitAccepted, unitFailures[i]);
            unitAccepted[i] = unitFailures[i].Count == 0;
        }

        // Departments.
        var departmentFailures = OnTheirOwn(departmentList, DepartmentValidator.Instance, d => d.Code);
        _ = Duplicates(departmentList, d => d.Code, departmentFailures, ErrorCodes.DepartmentCodeDuplicate,
            DepartmentValidator.Noun, "department");
        for (var i = 0; i < departmentList.Length; i++)
        {
            var department = departmentList[i];
            CheckReference(department.UnitCode, firstUnit, unitAccepted, departmentFailures[i], department.Code, i,
                DepartmentValidator.Noun, nameof(Department.UnitCode), "unit", "units",
                ErrorCodes.DepartmentUnitUnknown, ErrorCodes.DepartmentUnitRejected);
        }

        // Fields.
        var fieldFailures = OnTheirOwn(fieldList, ProcedureFieldValidator.Instance, f => f.Code);
        var firstField = Duplicates(fieldList, f => f.Code, fieldFailures, ErrorCodes.FieldCodeDuplicate,
            ProcedureFieldValidator.Noun, "field");
        var fieldAccepted = fieldFailures.Select(f => f.Count == 0).ToArray();

        // Procedures.
        var procedureFailures = OnTheirOwn(procedureList, ProcedureValidator.Instance, p => p.Code);
        _ = Duplicates(procedureList, p => p.Code, procedureFailures, ErrorCodes.ProcedureCodeDuplicate,
            ProcedureValidator.Noun, "procedure");
        for (var i = 0; i < procedureList.Length; i++)
        {
            var procedure = procedureList[i];
            CheckReference(procedure.FieldCode, firstField, fieldAccepted, procedureFailures[i], procedure.Code, i,
                ProcedureValidator.Noun, nameof(Procedure.FieldCode), "field", "fields",
                ErrorCodes.ProcedureFieldUnknown, ErrorCodes.ProcedureFieldRejected);
        }

        var all = ImmutableArray.CreateBuilder<IntakeFailure>();
        var byCode = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var (acceptedUnits, rejectedUnits) = Split(unitList, unitFailures, all, byCode);
        var (acceptedDepartments, rejectedDepartments) = Split(departmentList, departmentFailures, all, byCode);
        var (acceptedFields, rejectedFields) = Split(fieldList, fieldFailures, all, byCode);
        var (acceptedProcedures, rejectedProcedures) = Split(procedureList, procedureFailures, all, byCode);
        var reference = new ReferenceData(acceptedUnits, acceptedDepartments, acceptedFields, acceptedProcedures);
        return new ReferenceIntakeResult(reference, rejectedUnits, rejectedDepartments, rejectedFields, rejectedProcedures,
            all.ToImmutable(), byCode.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private static List<IntakeFailure>[] OnTheirOwn<T>(ImmutableArray<T> items, AbstractValidator<T> validator,
        Func<T, string> code)
    {
        var failures = new List<IntakeFailure>[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            failures[i] = [];
            Failures.AddTo(failures[i], validator.Validate(Failures.ContextFor(items[i], (long)i)).Errors,
                RecordId(code(items[i])), null, i);
        }

        return failures;
    }

    /// <summary>Reports every entry after the first with a code; returns the position of the first entry of each code.</summary>
    private static Dictionary<string, int> Duplicates<T>(ImmutableArray<T> items, Func<T, string> code,
        List<IntakeFailure>[] failures, string errorCode, string noun, string what)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var key = code(items[i]);
            if (IsBlank(key))
            {
                continue;
            }

            if (first.TryGetValue(key, out var earlier))
            {
                failures[i].Add(Failure(errorCode, nameof(AdministrativeUnit.Code), key, noun, key, i,
                    string.Create(CultureInfo.InvariantCulture, $"Code {Quoted(key)} repeats the {what} at position {earlier}")));
            }
            else
            {
                first.Add(key, i);
            }
        }

        return first;
    }

    private static void CheckParent(ImmutableArray<AdministrativeUnit> units, int i, Dictionary<string, int> firstUnit,
        bool[] accepted, List<IntakeFailure> failures)
    {
        var unit = units[i];
        if (unit.ParentCode is not { } parentCode)
        {
            return;
        }

        const string Field = nameof(AdministrativeUnit.ParentCode);
        if (IsBlank(parentCode) || !firstUnit.TryGetValue(parentCode, out var p))
        {
            failures.Add(Failure(ErrorCodes.UnitParentUnknown, Field, parentCode, AdministrativeUnitValidator.Noun, unit.Code, i,
                $"ParentCode {Quoted(parentCode)} is not among the units"));
            return;
        }

        if (!Enum.IsDefined(unit.Level))
        {
            // Already rejected (OSM1003); its tier cannot be compared.
            return;
        }

        var parent = units[p];
        if (p == i || (Enum.IsDefined(parent.Level) && parent.Level >= unit.Level))
        {
            failures.Add(Failure(ErrorCodes.UnitParentNotAbove, Field, parentCode, AdministrativeUnitValidator.Noun, unit.Code, i,
                $"ParentCode {Quoted(parentCode)} names a {Of(parent.Level)} unit, which is not above {Of(unit.Level)}"));
        }
        else if (!accepted[p])
        {
            // The parent is of a higher tier (settled before this unit) or of an undefined one (always rejected).
            failures.Add(Failure(ErrorCodes.UnitParentRejected, Field, parentCode, AdministrativeUnitValidator.Noun, unit.Code, i,
                $"ParentCode {Quoted(parentCode)} names a unit that was rejected"));
        }
    }

    private static void CheckReference(string? target, Dictionary<string, int> first, bool[] accepted,
        List<IntakeFailure> failures, string? code, int position, string noun, string field, string what, string whats,
        string unknownCode, string rejectedCode)
    {
        if (IsBlank(target) || !first.TryGetValue(target!, out var index))
        {
            failures.Add(Failure(unknownCode, field, target, noun, code, position,
                $"{field} {Quoted(target)} is not among the {whats}"));
        }
        else if (!accepted[index])
        {
            failures.Add(Failure(rejectedCode, field, target, noun, code, position,
                $"{field} {Quoted(target)} names a {what} that was rejected"));
        }
    }

    private static IntakeFailure Failure(string errorCode, string field, string? value, string noun, string? code,
        int position, string problem) =>
        Failures.Convert(
            Failures.Create(errorCode, IntakeSeverity.Error, field, value, EntryLabels.Of(noun, code, position), problem),
            RecordId(code), null, position);

    private static string? RecordId(string? code) => IsBlank(code) ? null : code;

    private static (ImmutableArray<T> Accepted, ImmutableArray<RejectedEntry<T>> Rejected) Split<T>(
        ImmutableArray<T> items, List<IntakeFailure>[] failures, ImmutableArray<IntakeFailure>.Builder all,
        SortedDictionary<string, long> byCode)
    {
        var accepted = ImmutableArray.CreateBuilder<T>();
        var rejected = ImmutableArray.CreateBuilder<RejectedEntry<T>>();
        for (var i = 0; i < items.Length; i++)
        {
            if (failures[i].Count == 0)
            {
                accepted.Add(items[i]);
                continue;
            }

            var sorted = Failures.SortedByCode(failures[i]);
            rejected.Add(new RejectedEntry<T>(items[i], i, [.. sorted]));
            all.AddRange(sorted);
            DossierIntake.Count(byCode, sorted);
        }

        return (accepted.ToImmutable(), rejected.ToImmutable());
    }
}
