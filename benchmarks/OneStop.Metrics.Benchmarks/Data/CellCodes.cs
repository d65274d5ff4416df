namespace OneStop.Metrics.Benchmarks.Data;

/// <summary>A tally cell by codes: receiving one-stop department, resolving department ("" for none), procedure.</summary>
/// <param name="Receiving">The receiving one-stop department's code.</param>
/// <param name="Resolving">The resolving department's code, or the empty string.</param>
/// <param name="Procedure">The procedure's code.</param>
public readonly record struct CellCodes(string Receiving, string Resolving, string Procedure);
