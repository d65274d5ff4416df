namespace OneStop.Metrics.Tallies;

/// <summary>
/// How the end of a dossier is compared with its due date (ngày hẹn trả). Provincial systems differ; the seed
/// report (Tứ Kỳ 2023) compares by date.
/// </summary>
public enum TimelinessComparison
{
    /// <summary>
    /// By calendar date (the default): early when it ends on an earlier date than the due date, on time on the
    /// due date whatever the hour, overdue on a later date. An in-progress dossier is past its deadline when its
    /// due date is before the "as of" date.
    /// </summary>
    ByDate = 0,

    /// <summary>
    /// By local time (the National Public Service Portal's "end ≤ due" rule): early when it ends on an earlier date,
    /// on time when it ends on the due date at or before the due time, overdue after the due time. An in-progress
    /// dossier is past its deadline when its due time is before the end of the "as of" date.
    /// </summary>
    ByInstant = 1,
}
