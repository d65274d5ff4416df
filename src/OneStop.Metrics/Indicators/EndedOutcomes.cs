using System;

namespace OneStop.Metrics.Indicators;

/// <summary>
/// Ended outcomes other than resolution. Used by <see cref="MetricsOptions.CountedAsResolved"/> to choose which
/// of them count as resolved (and are then split early / on time / overdue with the resolved dossiers) instead
/// of standing apart.
/// </summary>
[Flags]
public enum EndedOutcomes
{
    /// <summary>None: returned, refused and withdrawn dossiers stand apart (the seed report's choice).</summary>
    None = 0,

    /// <summary>Dossiers returned as ineligible (trả lại do không đủ điều kiện).</summary>
    Returned = 1,

    /// <summary>Dossiers refused (từ chối).</summary>
    Refused = 2,

    /// <summary>Dossiers withdrawn by the applicant (rút).</summary>
    Withdrawn = 4,

    /// <summary>All three.</summary>
    All = Returned | Refused | Withdrawn,
}
