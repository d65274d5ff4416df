namespace OneStop.Metrics.Deadlines;

/// <summary>What a request for supplements (yêu cầu bổ sung hồ sơ) does to the deadline. Both are in use.</summary>
public enum SupplementPolicy
{
    /// <summary>
    /// The clock pauses from the request until the completed supplement arrives, and the deadline moves by the
    /// time paused (the National Public Service Portal, Decision 766/QĐ-TTg). The default.
    /// </summary>
    PauseClock = 0,

    /// <summary>
    /// The deadline restarts from zero once the dossier is complete: the time limit is counted again from the
    /// completed supplement (Decree 61/2018/NĐ-CP Art. 19(4)).
    /// </summary>
    RestartDeadline = 1,
}
