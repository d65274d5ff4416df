using System.IO;
using System.Net;

namespace OneStop.Metrics.Notebooks;

/// <summary>Small HTML writing helpers shared by the notebook renderings.</summary>
internal static class Html
{
    /// <summary>Writes text, HTML-encoded.</summary>
    public static void Write(TextWriter writer, string text) => writer.Write(WebUtility.HtmlEncode(text));

    /// <summary>Writes a paragraph of text, HTML-encoded, optionally in bold.</summary>
    public static void Paragraph(TextWriter writer, string text, bool bold = false)
    {
        writer.Write(bold ? "<p style=\"font-weight:bold\">" : "<p>");
        Write(writer, text);
        writer.Write("</p>");
    }

    /// <summary>Writes an opening <c>div</c> that groups one value's tables.</summary>
    public static void Open(TextWriter writer) => writer.Write("<div class=\"onestop-metrics\">");

    /// <summary>Closes what <see cref="Open"/> opened.</summary>
    public static void Close(TextWriter writer) => writer.Write("</div>");
}
