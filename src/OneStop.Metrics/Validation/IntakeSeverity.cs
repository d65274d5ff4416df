namespace OneStop.Metrics.Validation;

/// <summary>How serious an <see cref="IntakeFailure"/> is (mức độ lỗi). Each <see cref="ErrorCodes"/> code has one fixed severity.</summary>
public enum IntakeSeverity
{
    /// <summary>
    /// A hard check (lỗi): the record cannot be used as it is (a missing or contradictory required value, an
    /// unknown reference). The record is always rejected.
    /// </summary>
    Error = 1,

    /// <summary>
    /// A soft check (cảnh báo): the record is usable but suspicious (implausible dates, flags that contradict each
    /// other without breaking a count). Accepted with a warning under <see cref="SoftCheckPolicy.Warn"/>,
    /// rejected under <see cref="SoftCheckPolicy.Reject"/>.
    /// </summary>
    Warning = 2,
}
