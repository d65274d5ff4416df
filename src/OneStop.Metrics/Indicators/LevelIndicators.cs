using System.Collections.Immutable;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// Every indicator of one level of government (cấp tỉnh, cấp huyện, cấp xã): the totals of the dossiers its
/// one-stop departments received, the unit coverage, the procedure-level views and the breakdowns by field and
/// by department.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed record LevelIndicators
{
    /// <summary>The level.</summary>
    public AdministrativeLevel Level { get; init; }

    /// <summary>The level's one-stop departments (Bộ phận Một cửa), in reference-data order.</summary>
    public ImmutableArray<Department> OneStopDepartments { get; init; } = ImmutableArray<Department>.Empty;

    /// <summary>The indicators of all dossiers received by the level's one-stop departments.</summary>
    public required GroupIndicators Totals { get; init; }

    /// <summary>Which units of the level digitize.</summary>
    public required UnitCoverage Coverage { get; init; }

    /// <summary>
    /// Procedures with at least one dossier reusing digitized data, over the procedures chosen by
    /// <see cref="MetricsOptions.ReuseProcedures"/>.
    /// </summary>
    public required ProcedureSelection ReusingProcedures { get; init; }

    /// <summary>
    /// Procedures with at least one dossier received regardless of administrative boundary, over the level's
    /// procedures with dossiers received in the period.
    /// </summary>
    public required ProcedureSelection BoundaryFreeProcedures { get; init; }

    /// <summary>The online public services of the level's procedure catalogue.</summary>
    public required OnlineServiceCatalogue OnlineServices { get; init; }

    /// <summary>The fields with at least one dossier in the period, in reference-data order.</summary>
    public ImmutableArray<FieldIndicators> ByField { get; init; } = ImmutableArray<FieldIndicators>.Empty;

    /// <summary>Every one-stop department of the level, in reference-data order.</summary>
    public ImmutableArray<DepartmentIndicators> ByOneStopDepartment { get; init; } = ImmutableArray<DepartmentIndicators>.Empty;

    /// <summary>Every specialised department of the level, in reference-data order.</summary>
    public ImmutableArray<DepartmentIndicators> ByResolvingDepartment { get; init; } = ImmutableArray<DepartmentIndicators>.Empty;
}
