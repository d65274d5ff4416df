namespace OneStop.Metrics.Domain;

/// <summary>
/// The online public service (dịch vụ công trực tuyến) a procedure offers, as defined by Decree 42/2022/NĐ-CP.
/// A procedure offered at both kinds counts at the higher one.
/// </summary>
public enum OnlineServiceKind
{
    /// <summary>No online public service: dossiers are received in person or by post only.</summary>
    None = 0,

    /// <summary>
    /// Partial online public service (dịch vụ công trực tuyến một phần): any online service that is not
    /// full-process (formerly "level 3").
    /// </summary>
    Partial = 1,

    /// <summary>
    /// Full-process online public service (dịch vụ công trực tuyến toàn trình): all information is provided, the
    /// whole procedure is done and resolved online, and the result is returned online or by public postal service
    /// (formerly "level 4").
    /// </summary>
    FullProcess = 2,
}
