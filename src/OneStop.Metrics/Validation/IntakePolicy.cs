using System;

namespace OneStop.Metrics.Validation;

/// <summary>
/// How an intake (<see cref="DossierIntake"/>, <see cref="PeriodIntake"/>) treats soft checks. Hard checks
/// (<see cref="IntakeSeverity.Error"/>) always reject, whatever the policy.
/// </summary>
public sealed record IntakePolicy
{
    /// <summary>The default policy: soft failures are warnings (<see cref="SoftCheckPolicy.Warn"/>).</summary>
    public static IntakePolicy Default { get; } = new();

    /// <summary>The strict policy: soft failures reject the record (<see cref="SoftCheckPolicy.Reject"/>).</summary>
    public static IntakePolicy Strict { get; } = new() { SoftChecks = SoftCheckPolicy.Reject };

    /// <summary>What a soft failure does to its record. Default: <see cref="SoftCheckPolicy.Warn"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not <see cref="SoftCheckPolicy.Warn"/> or <see cref="SoftCheckPolicy.Reject"/> (a programming error).</exception>
    public SoftCheckPolicy SoftChecks
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value,
                $"SoftChecks must be Warn (1) or Reject (2); was {(int)value}.");
    } = SoftCheckPolicy.Warn;

    /// <summary>Whether a record with the given worst severity is rejected under this policy.</summary>
    /// <param name="hasError">Whether the record has at least one <see cref="IntakeSeverity.Error"/>.</param>
    /// <param name="hasWarning">Whether it has at least one <see cref="IntakeSeverity.Warning"/>.</param>
    /// <returns>Whether it is rejected.</returns>
    internal bool Rejects(bool hasError, bool hasWarning) =>
        hasError || (hasWarning && SoftChecks == SoftCheckPolicy.Reject);
}
