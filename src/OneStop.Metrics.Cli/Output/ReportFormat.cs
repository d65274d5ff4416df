namespace OneStop.Metrics.Cli.Output;

/// <summary>How <c>report</c> (and <c>reconcile</c>, which offers text and JSON) writes its result (<c>--format</c>).</summary>
internal enum ReportFormat
{
    /// <summary>The report's wording, section by section (<c>text</c>, the default).</summary>
    Text,

    /// <summary>Every figure with its key and exact numbers (<c>json</c>).</summary>
    Json,

    /// <summary>Comma-separated values with a header row, exact numbers in plain digits (<c>csv</c>).</summary>
    Csv,
}
