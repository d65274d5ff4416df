namespace OneStop.Metrics.Cli.Output;

/// <summary>How <c>report --by</c> groups the indicators.</summary>
internal enum GroupBy
{
    /// <summary>One group per administrative level (cấp tỉnh, cấp huyện, cấp xã): <c>LevelIndicators.Totals</c>.</summary>
    Level,

    /// <summary>One group per one-stop department (Bộ phận Một cửa), level by level: <c>LevelIndicators.ByOneStopDepartment</c>.</summary>
    Unit,

    /// <summary>One group per procedure field (lĩnh vực) with dossiers, level by level: <c>LevelIndicators.ByField</c>.</summary>
    Field,
}
