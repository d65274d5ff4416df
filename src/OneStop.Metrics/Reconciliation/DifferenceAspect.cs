namespace OneStop.Metrics.Reconciliation;

/// <summary>Which value of a figure differs between a published report and a computed one (<see cref="FigureDifference"/>).</summary>
public enum DifferenceAspect
{
    /// <summary>The count of a count figure.</summary>
    Count = 0,

    /// <summary>The numerator (tử số) of a ratio.</summary>
    Numerator = 1,

    /// <summary>The denominator (mẫu số) of a ratio.</summary>
    Denominator = 2,

    /// <summary>
    /// The rate of a ratio whose counts agree: the printed value against the computed fraction rounded by the
    /// published report's rule, or a rate on one side only.
    /// </summary>
    Percentage = 3,

    /// <summary>The names of a list, compared as sets.</summary>
    Names = 4,

    /// <summary>The figure is in the published report only.</summary>
    OnlyPublished = 5,

    /// <summary>The figure is in the computed report only, has a value other than zero, and its indicator is one the published report gives.</summary>
    OnlyComputed = 6,
}
