namespace OneStop.Metrics.Tallies;

/// <summary>Options for building a tally that do not change any count.</summary>
public sealed record TallyOptions
{
    /// <summary>The default options: counts only, no drill-down.</summary>
    public static TallyOptions Default { get; } = new();

    /// <summary>
    /// Whether to keep, for every counter of every cell, the ids of the dossiers behind it, so that any figure can
    /// be drilled down to its dossiers with <see cref="DossierTally.DossierIds"/>. Off by default: it costs memory
    /// proportional to the number of dossiers.
    /// </summary>
    public bool RecordDossierIds { get; init; }
}
