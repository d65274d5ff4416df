namespace OneStop.Metrics.Cli.Output;

/// <summary>The wording and number style of a printed report (<c>--lang</c>).</summary>
internal enum ReportLanguage
{
    /// <summary>Vietnamese words and numbers, as in the seed report (<c>vi</c>, the default): <c>2.498/2.531 đạt tỷ lệ 98,70%</c>.</summary>
    Vietnamese,

    /// <summary>English words with invariant numbers (<c>en</c>): <c>2,498/2,531 (98.70%)</c>.</summary>
    English,
}
