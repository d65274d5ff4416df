namespace OneStop.Metrics.Tallies;

/// <summary>One addition a dossier makes to a tally: a counter and the amount (1, or a number of result documents).</summary>
/// <param name="Counter">The counter.</param>
/// <param name="Amount">The amount added.</param>
internal readonly record struct CounterHit(TallyCounter Counter, int Amount);
