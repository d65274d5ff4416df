using System;
using System.Globalization;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>The failures of what <see cref="LineGuard"/> found (<c>OSM9017</c>–<c>OSM9020</c>), for the dossier file and the reference files alike.</summary>
internal static class GuardFailures
{
    /// <summary>How many characters of a line a message shows before <c>…</c>.</summary>
    private const int ExcerptShown = 40;

    /// <summary>The failure of a row the guard rejected or warned of.</summary>
    /// <param name="found">What the guard found.</param>
    /// <param name="label">The row's label: <c>Row at line 4</c>, <c>Header (line 1)</c>, <c>Administrative unit at line 4</c>.</param>
    /// <param name="maxRowChars">The row limit the guard applied.</param>
    /// <returns>The failure, with the row's line.</returns>
    public static IntakeFailure Of(in GuardEvent found, string label, int maxRowChars)
    {
        var excerpt = found.Excerpt.Length > ExcerptShown
            ? PrintableText.Of(found.Excerpt.AsSpan(0, ExcerptShown)) + "…"
            : PrintableText.Of(found.Excerpt);
        var (code, message) = found.Kind switch
        {
            GuardEventKind.QuoteNotClosed => (CsvErrorCodes.QuoteNotClosed, string.Create(CultureInfo.InvariantCulture,
                $"{label}: a quote opened at line {found.DetailLine}, column {found.Column} is not closed on that line ('{excerpt}'); the row is rejected and reading goes on at line {found.Line + found.Lines}.")),
            GuardEventKind.RowTooLong => (CsvErrorCodes.RowTooLong, string.Create(CultureInfo.InvariantCulture,
                $"{label}: {found.Length:N0} characters, more than the limit of {maxRowChars:N0}; the row is rejected ('{excerpt}').")),
            GuardEventKind.InvalidText => (CsvErrorCodes.InvalidText, string.Create(CultureInfo.InvariantCulture,
                $"{label}: bytes at line {found.DetailLine}, column {found.Column} are not valid in the file's encoding ('{excerpt}'); the row is rejected.")),
            _ => (CsvErrorCodes.MultiLineRow, string.Create(CultureInfo.InvariantCulture,
                $"{label} spans lines {found.Line}–{found.Line + found.Lines - 1}: a quoted cell opened at line {found.DetailLine}, column {found.Column} holds a line break.")),
        };
        return new IntakeFailure(code, CsvErrorCodes.SeverityOf(code), "Row", excerpt, message, null, found.Line, null);
    }
}
