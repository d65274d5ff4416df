namespace OneStop.Metrics.Deadlines;

/// <summary>
/// Where a dossier stands against its due date: one of three states for an ended dossier, one of four for an
/// unfinished one. The unfinished states never overlap: a dossier is past its deadline, or due within the
/// near-due window, or within its deadline beyond that window, or waiting for supplements without a deadline.
/// </summary>
public enum DossierTimeliness
{
    /// <summary>Ended before its due date (trước hạn).</summary>
    Early = 1,

    /// <summary>Ended on its due date (đúng hạn).</summary>
    OnTime = 2,

    /// <summary>Ended after its due date, or overdue by rule (quá hạn).</summary>
    Overdue = 3,

    /// <summary>Unfinished, due after the near-due window (trong hạn).</summary>
    WithinDeadline = 4,

    /// <summary>Unfinished and due within the next K working days, not yet past due (sắp đến hạn).</summary>
    NearDue = 5,

    /// <summary>Unfinished and past its due date (quá hạn).</summary>
    PastDeadline = 6,

    /// <summary>Unfinished, waiting for supplements, with no deadline running (chờ bổ sung).</summary>
    AwaitingSupplement = 7,
}
