namespace OneStop.Metrics.Indicators;

/// <summary>
/// Which dossiers the on-time and overdue rates are taken over. Real reports use several; the seed report
/// (Tứ Kỳ 2023) divides by the resolved dossiers.
/// </summary>
public enum OnTimeRateBasis
{
    /// <summary>
    /// Over resolved dossiers (the default, as in the seed report): on-time rate = (early + on time) / resolved;
    /// overdue rate = overdue / resolved.
    /// </summary>
    Resolved = 0,

    /// <summary>
    /// Decision 766/QĐ-TTg indicator 2.1: (resolved early or on time + in progress within deadline) /
    /// (resolved + in progress); overdue rate = (resolved overdue + in progress past deadline) / (resolved + in progress).
    /// Combine with <see cref="MetricsOptions.CountedAsResolved"/> to treat refused and withdrawn dossiers as ended,
    /// as the National Public Service Portal does.
    /// </summary>
    ResolvedAndInProgress = 1,

    /// <summary>
    /// Over every dossier to handle in the period ("hồ sơ cần xử lý" = carried over + received):
    /// (early + on time) / total; overdue / total.
    /// </summary>
    TotalToHandle = 2,
}
