namespace OneStop.Metrics.Reconciliation;

/// <summary>What kind of inconsistency (điểm không khớp) a <see cref="ReconciliationFinding"/> reports.</summary>
public enum ReconciliationKind
{
    /// <summary>
    /// A printed rate is not its fraction rounded by the report's rule (<c>71/75</c> printed <c>94,66%</c>), or a
    /// bare <c>100%</c> stands for a ratio that is not whole. The finding lists the rules that would explain it.
    /// </summary>
    RateMismatch = 0,

    /// <summary>
    /// Parts do not add up to their total (Biểu 06 identities: total = carried over + received = resolved + in
    /// progress + returned + refused + withdrawn + cancelled; resolved = on time + overdue; by-field sums).
    /// </summary>
    PartsDoNotSum = 1,

    /// <summary>
    /// Two indicators that should be over the same dossiers have different denominators (intake digitization vs
    /// received in the period; results digitized vs resolved; online intake vs received), or one exceeds the bound
    /// the report's declared definitions allow.
    /// </summary>
    DenominatorsDisagree = 2,

    /// <summary>A count does not match the list it summarises (<c>08/11</c> departments with seven names).</summary>
    CountDoesNotMatchList = 3,

    /// <summary>
    /// Rates written against the report's own number format: a decimal point where it uses a comma
    /// (<c>0.04%</c> beside <c>98,70%</c>), or another number of decimals than its rule keeps. One finding per
    /// kind of slip, listing every figure with it.
    /// </summary>
    NumberFormatSlip = 4,

    /// <summary>A ratio prints no rate while the other figures of its indicator do (<c>Văn hóa-TT: 13/13</c>).</summary>
    MissingRate = 5,
}
