using System.Runtime.CompilerServices;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Resolves the procedure and department codes of dossier objects to reference-data indices, remembering recent
/// code <em>instances</em> in small direct-mapped caches: dossiers built in memory usually share their code strings,
/// and comparing references is several times cheaper than hashing and comparing characters. A miss costs one
/// identity hash more than a plain dictionary lookup; the answer never depends on the cache (strings are
/// immutable). Also keeps each department's kind by index. Mutable; owned by one thread (one per builder).
/// </summary>
internal sealed class CodeLookup
{
    /// <summary>Slots per cache: a power of two, well above a catalogue's few hundred codes in use (24 KB a cache).</summary>
    private const int Size = 2048;

    private readonly ReferenceData _reference;
    private readonly Entry[] _procedures = new Entry[Size];
    private readonly Entry[] _departments = new Entry[Size];

    public CodeLookup(ReferenceData reference)
    {
        _reference = reference;
        DepartmentKinds = new DepartmentKind[reference.Departments.Length];
        for (var i = 0; i < DepartmentKinds.Length; i++)
        {
            DepartmentKinds[i] = reference.Departments[i].Kind;
        }
    }

    /// <summary>The kind of each department, by index: one load where the rejection checks need it.</summary>
    public DepartmentKind[] DepartmentKinds { get; }

    /// <summary>The index of the procedure with this code, or -1 when it is unknown (<see langword="null"/> is looked up as empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Procedure(string? code)
    {
        if (code is not null)
        {
            ref var entry = ref _procedures[Slot(code)];
            if (ReferenceEquals(entry.Code, code))
            {
                return entry.Index;
            }
        }

        return LookUpProcedure(code);
    }

    /// <summary>The index of the department with this code, or -1 when it is unknown (<see langword="null"/> is looked up as empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Department(string? code)
    {
        if (code is not null)
        {
            ref var entry = ref _departments[Slot(code)];
            if (ReferenceEquals(entry.Code, code))
            {
                return entry.Index;
            }
        }

        return LookUpDepartment(code);
    }

    private static int Slot(string code) => RuntimeHelpers.GetHashCode(code) & (Size - 1);

    private int LookUpProcedure(string? code)
    {
        var index = _reference.TryGetProcedureIndex(code ?? string.Empty, out var found) ? found : -1;
        if (code is not null)
        {
            _procedures[Slot(code)] = new Entry(code, index);
        }

        return index;
    }

    private int LookUpDepartment(string? code)
    {
        var index = _reference.TryGetDepartmentIndex(code ?? string.Empty, out var found) ? found : -1;
        if (code is not null)
        {
            _departments[Slot(code)] = new Entry(code, index);
        }

        return index;
    }

    /// <summary>A code instance and its index (-1: unknown).</summary>
    private readonly record struct Entry(string? Code, int Index);
}
