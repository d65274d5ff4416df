namespace OneStop.Metrics.Cli.Output;

/// <summary>How <c>report</c> writes its result (<c>--format</c>).</summary>
internal enum ReportFormat
{
    /// <summary>The report's wording, section by section (<c>text</c>, the default).</summary>
    Text,

    /// <summary>Every figure with its key and exact numbers (<c>json</c>).</summary>
    Json,
}
