namespace OneStop.Metrics.Notebooks;

/// <summary>What the rows of an <see cref="IndicatorTable"/> are.</summary>
internal enum IndicatorGrouping
{
    Custom,
    Field,
    OneStopDepartment,
    ResolvingDepartment,
}
