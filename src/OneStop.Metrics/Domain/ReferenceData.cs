using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace OneStop.Metrics.Domain;

/// <summary>
/// The reference data that dossiers are read against: administrative units, departments, procedure fields and
/// the procedure catalogue, with lookups by code. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Order matters for printing only: reports list departments, fields and procedures in the order given here.
/// Codes must be unique within each kind; references between entries (a department's unit, a procedure's field,
/// a unit's parent) must resolve. The input validators report such faults record by record; this constructor
/// refuses an inconsistent set outright.
/// </remarks>
public sealed class ReferenceData
{
    private readonly FrozenDictionary<string, int> _unitIndex;
    private readonly FrozenDictionary<string, int> _departmentIndex;
    private readonly FrozenDictionary<string, int> _fieldIndex;
    private readonly FrozenDictionary<string, int> _procedureIndex;

    /// <summary>Creates a reference data set.</summary>
    /// <param name="units">The administrative units.</param>
    /// <param name="departments">The one-stop and specialised departments.</param>
    /// <param name="fields">The procedure fields.</param>
    /// <param name="procedures">The procedure catalogue.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A code is empty or repeated within its kind, or a reference (department → unit, procedure → field,
    /// unit → parent) names a code that is not in the set; the message names the entry and the code.
    /// </exception>
    public ReferenceData(IEnumerable<AdministrativeUnit> units, IEnumerable<Department> departments,
        IEnumerable<ProcedureField> fields, IEnumerable<Procedure> procedures)
    {
        Units = Materialize(units, nameof(units));
        Departments = Materialize(departments, nameof(departments));
        Fields = Materialize(fields, nameof(fields));
        Procedures = Materialize(procedures, nameof(procedures));

        _unitIndex = IndexByCode(Units, u => u.Code, "administrative unit", nameof(units));
        _departmentIndex = IndexByCode(Departments, d => d.Code, "department", nameof(departments));
        _fieldIndex = IndexByCode(Fields, f => f.Code, "procedure field", nameof(fields));
        _procedureIndex = IndexByCode(Procedures, p => p.Code, "procedure", nameof(procedures));

        foreach (var unit in Units)
        {
            if (unit.ParentCode is not null && !_unitIndex.ContainsKey(unit.ParentCode))
            {
                throw new ArgumentException(
                    $"Administrative unit '{unit.Code}' names parent '{unit.ParentCode}', which is not among the units.", nameof(units));
            }
        }

        foreach (var department in Departments)
        {
            if (!_unitIndex.ContainsKey(department.UnitCode))
            {
                throw new ArgumentException(
                    $"Department '{department.Code}' names unit '{department.UnitCode}', which is not among the units.", nameof(departments));
            }
        }

        foreach (var procedure in Procedures)
        {
            if (!_fieldIndex.ContainsKey(procedure.FieldCode))
            {
                throw new ArgumentException(
                    $"Procedure '{procedure.Code}' names field '{procedure.FieldCode}', which is not among the fields.", nameof(procedures));
            }
        }

        DepartmentLevels = Departments.Select(d => Units[_unitIndex[d.UnitCode]].Level).ToImmutableArray();
        ProcedureFieldIndices = Procedures.Select(p => _fieldIndex[p.FieldCode]).ToImmutableArray();
    }

    /// <summary>The administrative units, in the order given.</summary>
    public ImmutableArray<AdministrativeUnit> Units { get; }

    /// <summary>The departments, in the order given.</summary>
    public ImmutableArray<Department> Departments { get; }

    /// <summary>The procedure fields, in the order given.</summary>
    public ImmutableArray<ProcedureField> Fields { get; }

    /// <summary>The procedure catalogue, in the order given.</summary>
    public ImmutableArray<Procedure> Procedures { get; }

    /// <summary>The level of each department, parallel to <see cref="Departments"/>.</summary>
    internal ImmutableArray<AdministrativeLevel> DepartmentLevels { get; }

    /// <summary>The index into <see cref="Fields"/> of each procedure, parallel to <see cref="Procedures"/>.</summary>
    internal ImmutableArray<int> ProcedureFieldIndices { get; }

    /// <summary>Looks up an administrative unit by code.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="unit">The unit, when found.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGetUnit(string code, [NotNullWhen(true)] out AdministrativeUnit? unit) => TryGet(_unitIndex, Units, code, out unit);

    /// <summary>Looks up a department by code.</summary>
    /// <param name="code">The department's code.</param>
    /// <param name="department">The department, when found.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGetDepartment(string code, [NotNullWhen(true)] out Department? department) =>
        TryGet(_departmentIndex, Departments, code, out department);

    /// <summary>Looks up a procedure field by code.</summary>
    /// <param name="code">The field's code.</param>
    /// <param name="field">The field, when found.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGetField(string code, [NotNullWhen(true)] out ProcedureField? field) => TryGet(_fieldIndex, Fields, code, out field);

    /// <summary>Looks up a procedure by code.</summary>
    /// <param name="code">The procedure's code.</param>
    /// <param name="procedure">The procedure, when found.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryGetProcedure(string code, [NotNullWhen(true)] out Procedure? procedure) =>
        TryGet(_procedureIndex, Procedures, code, out procedure);

    /// <summary>Returns the level of a department: the level of its administrative unit.</summary>
    /// <param name="department">A department of this set.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentException">The department is not in this set.</exception>
    public AdministrativeLevel LevelOf(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        var index = DepartmentIndex(department.Code);
        return Departments[index] == department
            ? DepartmentLevels[index]
            : throw new ArgumentException(
                $"Department '{department.Code}' differs from the department of that code in this reference data set.", nameof(department));
    }

    /// <summary>Returns the departments of the given kind at the given level, in catalogue order.</summary>
    /// <param name="kind">One-stop or specialised.</param>
    /// <param name="level">The level.</param>
    /// <returns>The departments.</returns>
    public IEnumerable<Department> DepartmentsAt(DepartmentKind kind, AdministrativeLevel level)
    {
        for (var i = 0; i < Departments.Length; i++)
        {
            if (Departments[i].Kind == kind && DepartmentLevels[i] == level)
            {
                yield return Departments[i];
            }
        }
    }

    /// <summary>Returns the procedures of the catalogue handled at the given level, in catalogue order.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The procedures.</returns>
    public IEnumerable<Procedure> ProceduresAt(AdministrativeLevel level) => Procedures.Where(p => p.Level == level);

    /// <summary>The levels at which this set has one-stop departments, from the top down.</summary>
    public IEnumerable<AdministrativeLevel> Levels =>
        Enum.GetValues<AdministrativeLevel>().Where(level => DepartmentsAt(DepartmentKind.OneStop, level).Any());

    internal bool TryGetDepartmentIndex(string code, out int index) => _departmentIndex.TryGetValue(code, out index);

    internal bool TryGetProcedureIndex(string code, out int index) => _procedureIndex.TryGetValue(code, out index);

    internal int DepartmentIndex(string code) =>
        _departmentIndex.TryGetValue(code, out var index)
            ? index
            : throw new ArgumentException($"Department '{code}' is not in this reference data set.", nameof(code));

    internal int ProcedureIndex(string code) =>
        _procedureIndex.TryGetValue(code, out var index)
            ? index
            : throw new ArgumentException($"Procedure '{code}' is not in this reference data set.", nameof(code));

    internal int FieldIndex(string code) =>
        _fieldIndex.TryGetValue(code, out var index)
            ? index
            : throw new ArgumentException($"Procedure field '{code}' is not in this reference data set.", nameof(code));

    /// <summary>The items as an immutable array, refusing a null sequence or a null element (shared with <see cref="Validation.ReferenceIntake"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is <see langword="null"/>.</exception>
    internal static ImmutableArray<T> Materialize<T>(IEnumerable<T> items, string parameterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        var array = items.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentNullException(parameterName,
                    string.Create(CultureInfo.InvariantCulture, $"Element {i} of {parameterName} is null."));
            }
        }

        return array;
    }

    private static FrozenDictionary<string, int> IndexByCode<T>(ImmutableArray<T> items, Func<T, string> code,
        string kind, string parameterName)
    {
        var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var key = code(items[i]);
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException($"The {kind} at position {i} has an empty code.", parameterName);
            }

            if (!index.TryAdd(key, i))
            {
                throw new ArgumentException(
                    $"The {kind} code '{key}' appears twice (positions {index[key]} and {i}).", parameterName);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static bool TryGet<T>(FrozenDictionary<string, int> index, ImmutableArray<T> items, string code,
        [NotNullWhen(true)] out T? item)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(code);
        if (index.TryGetValue(code, out var i))
        {
            item = items[i];
            return true;
        }

        item = null;
        return false;
    }
}
