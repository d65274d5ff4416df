using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// The switch and entry points of the notebook formatters that OneStop.Metrics ships for .NET Interactive
/// (Polyglot Notebooks, Jupyter with the .NET kernel). After <c>#r "nuget: OneStop.Metrics, …"</c> a cell that
/// ends with a <see cref="Rates.Ratio"/>, an <see cref="Indicators.IndicatorReport"/>, a
/// <see cref="Tallies.DossierTally"/>, a <see cref="Printing.PrintedReport"/>, a reconciliation finding, a
/// <see cref="Calendars.Lunar.LunarDate"/> or one of the view types of this namespace (<see cref="IndicatorTable"/>,
/// <see cref="RateChart"/>, <see cref="CalendarMonthView"/>, <see cref="ReconciliationView"/>) is shown as an HTML
/// table (<c>text/html</c>) with a plain-text twin (<c>text/plain</c>), with no extra package: the kernel finds the
/// formatters by convention.
/// </summary>
/// <remarks>
/// <para>
/// The tables are written in <see cref="Language"/>, Vietnamese by default: Vietnamese numbers (<c>2.498/2.531</c>,
/// <c>98,70%</c>) and the report's Vietnamese wording. Set <c>NotebookFormatting.Language =
/// NotebookLanguage.English;</c> in a cell to show the following outputs in English with invariant numbers
/// (<c>2,498/2,531</c>, <c>98.70%</c>). To render one value in a given language without changing the switch, call
/// <see cref="ToHtml(object, NotebookLanguage)"/> or <see cref="ToText(object, NotebookLanguage)"/>.
/// </para>
/// <para>
/// Numbers are printed by <see cref="Printing.NumberFormatter"/> with the <see cref="Printing.NumberStyle"/> of the
/// language's <see cref="Printing.ReportPrintOptions"/>, so a table shows exactly what the printed report shows;
/// every text in the HTML is encoded with <see cref="System.Net.WebUtility.HtmlEncode(string)"/>.
/// </para>
/// </remarks>
public static class NotebookFormatting
{
    /// <summary>The MIME type of the HTML rendering.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The MIME type of the plain-text rendering.</summary>
    public const string PlainTextMimeType = "text/plain";

    private static int _language = (int)NotebookLanguage.Vietnamese;

    /// <summary>
    /// Gets or sets the language of the notebook outputs rendered from now on, for the whole process (one notebook
    /// kernel); <see cref="NotebookLanguage.Vietnamese"/> until set. Reads and writes are atomic.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined <see cref="NotebookLanguage"/>.</exception>
    public static NotebookLanguage Language
    {
        get => (NotebookLanguage)Volatile.Read(ref _language);
        set
        {
            NotebookStyle.For(value);
            Volatile.Write(ref _language, (int)value);
        }
    }

    /// <summary>Returns whether <paramref name="value"/> is of a type these formatters render.</summary>
    /// <param name="value">Any value, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> for the types listed in <see cref="NotebookFormatting"/>; otherwise <see langword="false"/>.</returns>
    public static bool CanFormat(object? value) => value is not null && NotebookHtml.Handles(value);

    /// <summary>Renders a value as the HTML the notebook shows, in the current <see cref="Language"/>.</summary>
    /// <param name="value">A value of a type listed in <see cref="NotebookFormatting"/>.</param>
    /// <returns>The HTML fragment (tables, or an inline SVG chart).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of a type these formatters do not render.</exception>
    public static string ToHtml(object value) => ToHtml(value, Language);

    /// <summary>Renders a value as the HTML the notebook shows, in the given language.</summary>
    /// <param name="value">A value of a type listed in <see cref="NotebookFormatting"/>.</param>
    /// <param name="language">The language of the words and numbers.</param>
    /// <returns>The HTML fragment (tables, or an inline SVG chart).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of a type these formatters do not render.</exception>
    public static string ToHtml(object value, NotebookLanguage language) =>
        Render(value, language, NotebookHtml.TryWrite);

    /// <summary>Renders a value as the plain text the notebook keeps beside the HTML, in the given language.</summary>
    /// <remarks>
    /// An <see cref="Indicators.IndicatorReport"/> is printed by <see cref="Printing.ReportPrinter"/> in the
    /// language's wording; a <see cref="Printing.PrintedReport"/> is its own text; every other value is its
    /// <c>ToString()</c>.
    /// </remarks>
    /// <param name="value">A value of a type listed in <see cref="NotebookFormatting"/>.</param>
    /// <param name="language">The language of the words and numbers.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of a type these formatters do not render.</exception>
    public static string ToText(object value, NotebookLanguage language) =>
        Render(value, language, NotebookText.TryWrite);

    private static string Render(object value, NotebookLanguage language, Func<object, NotebookStyle, TextWriter, bool> write)
    {
        ArgumentNullException.ThrowIfNull(value);
        var style = NotebookStyle.For(language);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (!write(value, style, writer))
        {
            throw new ArgumentException(
                $"The notebook formatters do not render a {value.GetType().FullName}; see NotebookFormatting for the types they render.",
                nameof(value));
        }

        return writer.ToString();
    }
}
