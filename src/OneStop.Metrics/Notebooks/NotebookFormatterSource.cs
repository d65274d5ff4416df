using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on every type the notebooks render:
/// one HTML formatter and one plain-text formatter, both in the language of <see cref="NotebookFormatting.Language"/>
/// at the time a value is displayed.
/// </summary>
[SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes",
    Justification = "Created by the .NET Interactive kernel through Activator.CreateInstance, by convention.")]
internal sealed class NotebookFormatterSource
{
    private readonly NotebookFormatter[] _formatters =
    [
        new(NotebookFormatting.HtmlMimeType),
        new(NotebookFormatting.PlainTextMimeType),
    ];

    /// <summary>Returns the formatters; the kernel reads their <c>MimeType</c> and calls their <c>Format</c>.</summary>
    public IEnumerable<object> CreateTypeFormatters() => _formatters;
}
