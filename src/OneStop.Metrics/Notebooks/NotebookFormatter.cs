using System;
using System.IO;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// One convention-based notebook formatter: writes a value of a rendered type as <see cref="MimeType"/>, in the
/// language of <see cref="NotebookFormatting.Language"/> at the time of the call.
/// </summary>
internal sealed class NotebookFormatter
{
    public NotebookFormatter(string mimeType)
    {
        if (mimeType is not (NotebookFormatting.HtmlMimeType or NotebookFormatting.PlainTextMimeType))
        {
            throw new ArgumentException($"Notebook formatters write text/html or text/plain; was '{mimeType}'.", nameof(mimeType));
        }

        MimeType = mimeType;
    }

    /// <summary>The MIME type written: <c>text/html</c> or <c>text/plain</c>.</summary>
    public string MimeType { get; }

    /// <summary>Writes <paramref name="instance"/>, or returns <see langword="false"/> for a type not rendered.</summary>
    /// <param name="instance">The displayed value.</param>
    /// <param name="writer">Where to write.</param>
    /// <returns>Whether the value was written.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is null)
        {
            return false;
        }

        var style = NotebookStyle.Current;
        return MimeType == NotebookFormatting.HtmlMimeType
            ? NotebookHtml.TryWrite(instance, style, writer)
            : NotebookText.TryWrite(instance, style, writer);
    }
}
