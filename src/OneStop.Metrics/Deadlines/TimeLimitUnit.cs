namespace OneStop.Metrics.Deadlines;

/// <summary>The unit of a procedure's time limit (thời hạn giải quyết).</summary>
public enum TimeLimitUnit
{
    /// <summary>Working days (ngày làm việc): most procedures. The intake day is not counted (Civil Code 2015 Art. 147(2)).</summary>
    WorkingDays = 1,

    /// <summary>
    /// Calendar days (ngày): counted from the day after intake; a period ending on a day off ends at the end of the
    /// next working day (Civil Code 2015 Art. 148(5)).
    /// </summary>
    CalendarDays = 2,

    /// <summary>Working hours (giờ làm việc), counted within the working hours of working days.</summary>
    WorkingHours = 3,
}
