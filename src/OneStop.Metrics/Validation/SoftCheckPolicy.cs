namespace OneStop.Metrics.Validation;

/// <summary>What the intake does with a record whose only failures are soft (<see cref="IntakeSeverity.Warning"/>).</summary>
public enum SoftCheckPolicy
{
    /// <summary>Accept the record and report each soft failure as a warning (cảnh báo). The default.</summary>
    Warn = 1,

    /// <summary>Reject the record, with its soft failures as the reasons (strict intake).</summary>
    Reject = 2,
}
