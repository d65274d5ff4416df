using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Reference data as the row parser and the cheap check use it: codes looked up from character spans (ordinal),
/// and per index the facts the checks compare (department kind and level, procedure level and online service).
/// Immutable and thread-safe.
/// </summary>
internal sealed class ReferenceIndex
{
    public ReferenceIndex(ReferenceData reference)
    {
        Reference = reference;
        AnyCodeHasControlCharacter = reference.Procedures.Any(p => PrintableText.HasControlCharacter(p.Code))
                                     || reference.Departments.Any(d => PrintableText.HasControlCharacter(d.Code));
        Procedures = IndexByCode(reference.Procedures, p => p.Code);
        Departments = IndexByCode(reference.Departments, d => d.Code);
        var departments = reference.Departments;
        DepartmentKinds = new DepartmentKind[departments.Length];
        DepartmentLevels = new AdministrativeLevel[departments.Length];
        for (var i = 0; i < departments.Length; i++)
        {
            DepartmentKinds[i] = departments[i].Kind;
            DepartmentLevels[i] = reference.LevelOf(departments[i]);
        }

        var procedures = reference.Procedures;
        ProcedureLevels = new AdministrativeLevel[procedures.Length];
        ProcedureOnline = new OnlineServiceKind[procedures.Length];
        for (var i = 0; i < procedures.Length; i++)
        {
            ProcedureLevels[i] = procedures[i].Level;
            ProcedureOnline[i] = procedures[i].OnlineService;
        }
    }

    public ReferenceData Reference { get; }

    /// <summary>
    /// Whether some procedure or department code holds a control character (<c>OSM5021</c>): only then can a code
    /// cell that names a known entry hold one, so only then does the row parser look for them in code cells.
    /// </summary>
    public bool AnyCodeHasControlCharacter { get; }

    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Procedures { get; }

    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Departments { get; }

    public DepartmentKind[] DepartmentKinds { get; }

    public AdministrativeLevel[] DepartmentLevels { get; }

    public AdministrativeLevel[] ProcedureLevels { get; }

    public OnlineServiceKind[] ProcedureOnline { get; }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> IndexByCode<T>(
        ImmutableArray<T> items, Func<T, string> code)
    {
        var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            index.Add(code(items[i]), i);
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
