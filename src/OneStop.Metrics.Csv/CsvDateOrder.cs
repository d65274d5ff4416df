namespace OneStop.Metrics.Csv;

/// <summary>The order of day and month in a file's <c>d/M/yyyy</c> dates (thứ tự ngày và tháng).</summary>
public enum CsvDateOrder
{
    /// <summary>Day first, <c>d/M/yyyy</c>: <c>25/03/2023</c> is 25 March (Vietnamese exports; the default).</summary>
    DayFirst = 0,

    /// <summary>Month first, <c>M/d/yyyy</c>: <c>3/25/2023</c> is 25 March (Excel under US regional settings).</summary>
    MonthFirst = 1,
}
