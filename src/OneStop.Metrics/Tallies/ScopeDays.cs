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
        PastDeadlineBeforeDay = ByInstant ? AsOfDay + 1 : AsOfDay;
    }

    public int StartDay { get; }

    public int EndDay { get; }

    public int AsOfDay { get; }

    public bool ByInstant { get; }

    /// <summary>
    /// An in-progress dossier is past its deadline when its due day is before this day: the as-of day when comparing
    /// by date; the day after it by instant (a due time on the as-of day is before that day's end).
    /// </summary>
    public int PastDeadlineBeforeDay { get; }
}
