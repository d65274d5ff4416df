using System;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The seam between the CSV reader and the core's tallies: accepted rows go in one at a time, the tally of all of
/// them comes out. Implementations keep memory bounded by the tally's cells, not by the rows.
/// </summary>
internal interface IDossierFold
{
    /// <summary>Adds one accepted row (one that passed the validation: its codes resolve, its values are defined).</summary>
    /// <param name="parsed">The row's values.</param>
    /// <param name="id">The row's id cell.</param>
    void Add(in ParsedDossier parsed, ReadOnlySpan<char> id);

    /// <summary>Returns the tally of every row added.</summary>
    DossierTally Finish();
}
