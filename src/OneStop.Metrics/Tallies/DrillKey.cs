namespace OneStop.Metrics.Tallies;

/// <summary>Identifies the dossier ids kept for one counter of one cell.</summary>
/// <param name="Cell">The packed cell key (see <see cref="CellKey"/>).</param>
/// <param name="Counter">The counter.</param>
internal readonly record struct DrillKey(long Cell, TallyCounter Counter);
