using System.Collections.Immutable;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// Which units of a level digitize (the seed's "08/11 phòng chuyên môn", "23/23 xã, thị trấn"): units with at
/// least one digitized dossier / all units of the level, with the units that had no dossier listed apart.
/// </summary>
/// <remarks>
/// The units of a level are its specialised departments when the reference data has any at that level (district
/// and province: dossiers are resolved by phòng/sở chuyên môn), otherwise its one-stop departments (communes,
/// which resolve their own dossiers). A unit digitizes when at least one of its dossiers in the period was
/// digitized at intake (over the dossiers chosen by <see cref="MetricsOptions.IntakeDigitization"/>) or was
/// resolved with a digitized result.
/// </remarks>
public sealed record UnitCoverage
{
    /// <summary>Whether the units counted are specialised departments or one-stop departments.</summary>
    public DepartmentKind UnitKind { get; init; }

    /// <summary>Units that digitize / all units of the level.</summary>
    public Ratio Digitizing { get; init; }

    /// <summary>The units that digitize, in reference-data order.</summary>
    public ImmutableArray<Department> DigitizingUnits { get; init; } = ImmutableArray<Department>.Empty;

    /// <summary>The units with no dossier in the period (chưa có phát sinh hồ sơ), in reference-data order.</summary>
    public ImmutableArray<Department> UnitsWithoutDossiers { get; init; } = ImmutableArray<Department>.Empty;

    /// <summary>The units that had dossiers but digitized none, in reference-data order.</summary>
    public ImmutableArray<Department> UnitsNotDigitizing { get; init; } = ImmutableArray<Department>.Empty;
}
