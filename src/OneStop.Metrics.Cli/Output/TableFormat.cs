namespace OneStop.Metrics.Cli.Output;

/// <summary>How a day-by-day listing prints: for people or for scripts.</summary>
internal enum TableFormat
{
    /// <summary>Lines for people.</summary>
    Text,

    /// <summary>Comma-separated values with a header row.</summary>
    Csv,
}
