namespace OneStop.Metrics.Tallies;

/// <summary>A <see cref="TallyScope"/> as day numbers, for the classification hot path.</summary>
internal readonly struct ScopeDays
{
    public ScopeDays(TallyScope scope)
    {
        StartDay = DayNumber.Of(scope.Period.Start);
        EndDay = DayNumber.Of(scope.Period.End);
        AsOfDay = DayNumber.Of(scope.AsOf);
        ByInstant = scope.Comparison == TimelinessComparison.ByInstant;
    }

    public int StartDay { get; }

    public int EndDay { get; }

    public int AsOfDay { get; }

    public bool ByInstant { get; }
}
