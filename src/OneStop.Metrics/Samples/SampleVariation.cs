namespace OneStop.Metrics.Samples;

/// <summary>
/// What may vary between dossier sets that all reproduce the same published figures: the random seed (dates,
/// order, the split between early and on time, the spread over units and procedures) and how many dossiers
/// outside the period are mixed in (they must not count).
/// </summary>
/// <param name="Seed">The seed of the pseudo-random choices.</param>
/// <param name="ReceivedAfterPeriod">Extra dossiers received after the period's last day (0 or more).</param>
/// <param name="EndedBeforePeriod">Extra dossiers received and ended before the period's first day (0 or more).</param>
/// <remarks>Use it to test a pipeline against many data sets that must all give the same published figures.</remarks>
public readonly record struct SampleVariation(ulong Seed, int ReceivedAfterPeriod, int EndedBeforePeriod)
{
    /// <summary>The variation of the built-in sample: seed 20230831, 37 dossiers after the period, 41 before it.</summary>
    public static SampleVariation BuiltIn => new(20230831, 37, 41);
}
