namespace OneStop.Metrics.Indicators;

/// <summary>
/// The online public services (dịch vụ công trực tuyến) a level's procedure catalogue offers (the seed's
/// "152 TTHC theo một phần, 80 TTHC theo toàn trình"). Counts of procedures, from the reference data alone.
/// </summary>
public sealed record OnlineServiceCatalogue
{
    /// <summary>Procedures of the level in the catalogue.</summary>
    public long Procedures { get; init; }

    /// <summary>Procedures offering a partial online service (một phần).</summary>
    public long Partial { get; init; }

    /// <summary>Procedures offering a full-process online service (toàn trình).</summary>
    public long FullProcess { get; init; }

    /// <summary>Procedures offering no online service.</summary>
    public long WithoutOnlineService => checked(Procedures - Partial - FullProcess);
}
