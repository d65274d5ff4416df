namespace OneStop.Metrics.Notebooks;

/// <summary>The two-column table of labelled values that summaries use (a tally's accounting, an audit's counts).</summary>
internal static class KeyValueTable
{
    public static HtmlTable<(string Label, string Value)> Create(NotebookStyle style) =>
        new HtmlTable<(string Label, string Value)>()
            .Text(style.Words.Item, r => r.Label)
            .Number(style.Words.Value, r => r.Value);
}
