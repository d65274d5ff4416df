namespace OneStop.Metrics.Indicators;

/// <summary>Which dossiers the online intake rate (tỷ lệ hồ sơ tiếp nhận trực tuyến) is taken over.</summary>
public enum OnlineIntakeBasis
{
    /// <summary>
    /// Dossiers received in the period for procedures that offer an online public service (partial or
    /// full-process): the default, as in the seed report, which counts "fields whose dossiers must be done
    /// online" (32.953/33.024 at commune level, of 33.384 received).
    /// </summary>
    ReceivedForOnlineServices = 0,

    /// <summary>All dossiers received in the period (Decision 766/QĐ-TTg indicator 3.3).</summary>
    ReceivedInPeriod = 1,

    /// <summary>All dossiers to handle in the period, carried over included.</summary>
    TotalToHandle = 2,
}
