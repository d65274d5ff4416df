using System.Globalization;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>Labels and messages of the CSV failures, in the form of the core's: <c>label: field value problem.</c></summary>
internal static class FailureText
{
    /// <summary>
    /// The label of a dossier row, as the core's validators write it for a record with a line:
    /// <c>Dossier 'H-1' (line 12)</c>, or <c>Dossier without id (line 12)</c> when the id is blank.
    /// </summary>
    public static string DossierLabel(string? id, long line) =>
        string.IsNullOrWhiteSpace(id)
            ? string.Create(CultureInfo.InvariantCulture, $"Dossier without id (line {line})")
            : string.Create(CultureInfo.InvariantCulture, $"Dossier '{PrintableText.Of(id)}' (line {line})");

    /// <summary>
    /// The label of a reference entry read from a file: <c>Department 'TP' (line 4)</c>, or
    /// <c>Department at line 4</c> when its code is blank.
    /// </summary>
    public static string EntryLabel(string noun, string? code, long line) =>
        string.IsNullOrWhiteSpace(code)
            ? string.Create(CultureInfo.InvariantCulture, $"{noun} at line {line}")
            : string.Create(CultureInfo.InvariantCulture, $"{noun} '{PrintableText.Of(code)}' (line {line})");

    /// <summary>A cell failure: <c>label: header (column n) 'value' problem.</c> (an error).</summary>
    public static IntakeFailure Cell(string code, string field, string value, string label, string header, int cellIndex,
        string problem, string? recordId, long line, long? position) =>
        new(code, IntakeSeverity.Error, field, value,
            string.Create(CultureInfo.InvariantCulture, $"{label}: {PrintableText.Of(header)} (column {cellIndex + 1}) '{PrintableText.Of(value)}' {problem}."),
            recordId, line, position);
}
