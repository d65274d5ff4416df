using System;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>A <see cref="TallyFilter"/> resolved to reference-data indices, for matching packed cell keys.</summary>
internal readonly struct CellMatcher
{
    private const int Any = int.MinValue;
    private readonly ReferenceData _reference;
    private readonly AdministrativeLevel? _level;
    private readonly int _oneStop;
    private readonly int _resolving;
    private readonly int _field;
    private readonly int _procedure;

    public CellMatcher(ReferenceData reference, TallyFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _reference = reference;
        _level = filter.Level;
        _oneStop = filter.OneStopDepartmentCode is { } oneStop ? reference.DepartmentIndex(oneStop) : Any;
        _resolving = filter.ResolvingDepartmentCode is { } resolving ? reference.DepartmentIndex(resolving) : Any;
        _field = filter.FieldCode is { } field ? reference.FieldIndex(field) : Any;
        _procedure = filter.ProcedureCode is { } procedure ? reference.ProcedureIndex(procedure) : Any;
    }

    public bool Matches(long key)
    {
        var oneStop = CellKey.OneStop(key);
        var procedure = CellKey.Procedure(key);
        return (_oneStop == Any || _oneStop == oneStop)
               && (_resolving == Any || _resolving == CellKey.Resolving(key))
               && (_procedure == Any || _procedure == procedure)
               && (_field == Any || _field == _reference.ProcedureFieldIndices[procedure])
               && (_level is null || _level == _reference.DepartmentLevels[oneStop]);
    }
}
