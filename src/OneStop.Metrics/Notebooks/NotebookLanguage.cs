namespace OneStop.Metrics.Notebooks;

/// <summary>
/// The language of the tables and charts that OneStop.Metrics shows in .NET Interactive notebooks: the words of the
/// headings and the number style of <see cref="Printing.ReportPrintOptions"/> in that language.
/// </summary>
public enum NotebookLanguage
{
    /// <summary>
    /// Vietnamese (the default): the wording of <see cref="Printing.ReportWording.Vietnamese"/> and the numbers of
    /// <see cref="Printing.NumberStyle.Vietnamese"/>, <c>.</c> for thousands and <c>,</c> for decimals:
    /// <c>2.498/2.531</c>, <c>98,70%</c>.
    /// </summary>
    Vietnamese = 0,

    /// <summary>
    /// English: the wording of <see cref="Printing.ReportWording.English"/> and the numbers of
    /// <see cref="Printing.NumberStyle.Invariant"/>, <c>,</c> for thousands and <c>.</c> for decimals:
    /// <c>2,498/2,531</c>, <c>98.70%</c>.
    /// </summary>
    English = 1,
}
