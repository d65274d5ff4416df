using System;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// Names the formatter source of a type for .NET Interactive notebooks, by convention: the kernel looks for an
/// attribute of this name on the type of a displayed value, reads <see cref="FormatterSourceType"/>, creates it and
/// calls its public <c>CreateTypeFormatters()</c>; each formatter returned has a public <c>MimeType</c> and a
/// public <c>bool Format(object instance, TextWriter writer)</c>. Matching by name keeps the library free of any
/// dependency on the .NET Interactive packages.
/// </summary>
/// <param name="formatterSourceType">The formatter source: a class with a public parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The formatter source's type.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>
    /// The MIME types a notebook keeps for a displayed value, richest first: the HTML table and its plain-text twin.
    /// </summary>
    public string[] PreferredMimeTypes { get; } = [NotebookFormatting.HtmlMimeType, NotebookFormatting.PlainTextMimeType];
}
