using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies.Columnar;

/// <summary>
/// Many dossiers read against one <see cref="ReferenceData"/>, stored column by column (struct of arrays) for fast,
/// parallel tallies: per row a dense cell id, the received day, the due day and second, the end day and second,
/// the outcome kind, the channel, the flags and the result documents — 31 bytes, plus a string reference when
/// dossier ids are kept. Immutable and safe to share between threads; any number of tallies may run on it at once.
/// </summary>
/// <remarks>
/// <para>
/// Build a batch with <see cref="Create"/> from <see cref="Dossier"/> objects, or with a <see cref="Builder"/> row by
/// row (a streaming reader's path: <see cref="Builder.Add(in DossierFields)"/> allocates nothing per accepted row).
/// Dossiers whose references do not resolve are not stored: they become the same <see cref="TallyRejection"/>s
/// the object path produces, kept in <see cref="Rejections"/> and repeated in every tally.
/// </para>
/// <para>
/// <see cref="Tally(TallyScope, int, TallyOptions?)"/> classifies every row with the same rules as <see cref="DossierTally.Build"/> (one shared
/// classifier) and returns a tally equal to it, rejections and drill-down ids included. Rows store the due dates
/// chosen by <see cref="DossierBatchOptions.DueDates"/> at build time, so a batch serves any period, as-of date and
/// comparison rule, but only the due-date source (and rules) it was built with.
/// </para>
/// </remarks>
public sealed partial class DossierBatch
{
    private readonly BatchColumns _columns;
    private readonly long[] _cellKeys;
    private readonly long[] _sortedCellKeys;
    private readonly int[] _cellsInKeyOrder;

    private DossierBatch(ReferenceData reference, DossierBatchOptions options, BatchColumns columns, long[] cellKeys,
        ImmutableArray<TallyRejection> rejections)
    {
        Reference = reference;
        Options = options;
        _columns = columns;
        _cellKeys = cellKeys;
        Rejections = rejections;

        // Tallies list cells in key order; sort the (few) cells once here rather than in every tally.
        _sortedCellKeys = (long[])cellKeys.Clone();
        _cellsInKeyOrder = new int[cellKeys.Length];
        for (var i = 0; i < _cellsInKeyOrder.Length; i++)
        {
            _cellsInKeyOrder[i] = i;
        }

        Array.Sort(_sortedCellKeys, _cellsInKeyOrder);
    }

    /// <summary>The reference data the dossiers were read against; tallies of the batch are built against this instance.</summary>
    public ReferenceData Reference { get; }

    /// <summary>The options the batch was built with: which due dates it stores, whether it keeps dossier ids.</summary>
    public DossierBatchOptions Options { get; }

    /// <summary>The number of rows: dossiers stored (accepted), not counting rejected ones. At most <see cref="Array.MaxLength"/>.</summary>
    public int Count => _columns.Count;

    /// <summary>The dossiers given when the batch was built: rows + rejections.</summary>
    public long DossiersAdded => (long)Count + Rejections.Length;

    /// <summary>The number of distinct cells (receiving department × resolving department × procedure) among the rows.</summary>
    public int CellCount => _cellKeys.Length;

    /// <summary>The dossiers that could not be stored, with reasons, in a tally's order (by dossier id, reason, message).</summary>
    public ImmutableArray<TallyRejection> Rejections { get; }

    /// <summary>The columns (for the tally, tests and benchmarks).</summary>
    internal BatchColumns Columns => _columns;

    /// <summary>The packed cell key (see <see cref="CellKey"/>) of each dense cell id.</summary>
    internal ReadOnlySpan<long> CellKeys => _cellKeys;

    /// <summary>Stores dossier objects in a batch.</summary>
    /// <param name="reference">The reference data the dossiers' codes resolve against.</param>
    /// <param name="dossiers">The dossiers; enumerated once.</param>
    /// <param name="options">Options; <see cref="DossierBatchOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The batch. O(n) time; memory 31 bytes per accepted dossier (39 with ids), plus amortised growth.</returns>
    /// <exception cref="ArgumentNullException">An argument or a dossier is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The reference data has more departments or procedures than a tally supports (2,097,150), or a computed due
    /// date falls outside the working-day calendar's range (as <see cref="DossierTally.Build"/> would throw).
    /// </exception>
    /// <exception cref="OverflowException">A dossier issues more than 65,535 result documents (as <see cref="DossierTally.Build"/> would throw).</exception>
    /// <exception cref="InvalidOperationException">More than <see cref="Array.MaxLength"/> dossiers are accepted.</exception>
    public static DossierBatch Create(ReferenceData reference, IEnumerable<Dossier> dossiers, DossierBatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var capacity = dossiers.TryGetNonEnumeratedCount(out var count) ? Math.Min(count, Array.MaxLength) : 0;
        var builder = new Builder(reference, options, capacity);
        foreach (var dossier in dossiers)
        {
            builder.Add(dossier);
        }

        return builder.Build();
    }

    /// <summary>Returns e.g. <c>DossierBatch: 1000000 rows in 412 cells, 12 rejected, stored due dates</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FormattableString.Invariant(
            $"DossierBatch: {Count} rows in {CellCount} cells, {Rejections.Length} rejected, {(Options.DueDates == DueDateSource.Stored ? "stored" : "computed")} due dates{(Options.KeepDossierIds ? ", with ids" : string.Empty)}");
}
