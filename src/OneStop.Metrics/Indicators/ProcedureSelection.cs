using System.Collections.Immutable;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Rates;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// A set of procedures singled out by an indicator (procedures that reused digitized data, procedures received
/// regardless of boundary) and their share of the level's procedures.
/// </summary>
public sealed record ProcedureSelection
{
    /// <summary>The selected procedures / the procedures they are counted among.</summary>
    public Ratio Share { get; init; }

    /// <summary>The selected procedures, in catalogue order.</summary>
    public ImmutableArray<Procedure> Procedures { get; init; } = ImmutableArray<Procedure>.Empty;
}
