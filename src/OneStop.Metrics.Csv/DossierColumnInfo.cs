using System.Collections.Immutable;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The description of one column of the dossier CSV schema (mô tả cột): its English header, the aliases also
/// accepted (Vietnamese first of all), what its cells hold, whether a file must have it, and what an empty cell or
/// an absent column means. <see cref="DossierCsvSchema.Columns"/> lists all fifteen.
/// </summary>
/// <param name="Column">The column.</param>
/// <param name="Header">The English header the writer writes and the reader accepts, e.g. <c>received_at</c>.</param>
/// <param name="Aliases">
/// Other headers accepted for the column, as people write them (e.g. <c>ngay_tiep_nhan</c>, <c>ngày tiếp nhận</c>);
/// headers are matched after folding case, Vietnamese diacritics and the gaps between words
/// (<see cref="DossierCsvSchema.NormalizeName"/>).
/// </param>
/// <param name="Kind">What its cells hold.</param>
/// <param name="Required">
/// Whether a file must have the column (<see cref="CsvErrorCodes.MissingColumn"/> otherwise). An empty cell of a
/// required column is a missing value, which the validators report (<c>OSM5001</c>–<c>OSM5007</c>).
/// </param>
/// <param name="Default">What an empty cell, or the column's absence, means, in words (e.g. <c>no</c>, <c>1</c>, <c>none</c>).</param>
public sealed record DossierColumnInfo(
    DossierColumn Column,
    string Header,
    ImmutableArray<string> Aliases,
    CsvValueKind Kind,
    bool Required,
    string Default)
{
    /// <summary>The <see cref="Validation.DossierRecord"/> property the column fills, and the <see cref="Validation.IntakeFailure.Field"/> of failures about it: the member's name, e.g. <c>ReceivedAt</c>.</summary>
    public string Field => Column.ToString();
}
