namespace OneStop.Metrics.Domain;

/// <summary>Where a dossier's handling stands or how it ended (see <see cref="DossierOutcome"/>).</summary>
public enum OutcomeKind
{
    /// <summary>Not ended: being handled, awaiting supplements or suspended (đang giải quyết).</summary>
    InProgress = 0,

    /// <summary>Resolved: a result was issued (đã giải quyết, đã trả kết quả).</summary>
    Resolved = 1,

    /// <summary>Returned to the applicant as not eligible for resolution (trả lại do không đủ điều kiện giải quyết).</summary>
    ReturnedIneligible = 2,

    /// <summary>Refused by the competent authority with a written reason (từ chối giải quyết).</summary>
    Refused = 3,

    /// <summary>Withdrawn by the applicant (công dân rút hồ sơ).</summary>
    Withdrawn = 4,

    /// <summary>Cancelled, for instance entered in error or a duplicate (đã hủy).</summary>
    Cancelled = 5,
}
