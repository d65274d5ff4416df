using System.Runtime.CompilerServices;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// The counters of one cell while dossiers are being added: the dossier counters as 32-bit counts and the two
/// result-document sums as 64-bit sums — 152 bytes instead of the 264 of a <see cref="CounterBuffer"/>, so that
/// a tally's working set (cells × counters) stays in cache while the dossiers stream through. Not thread-safe.
/// </summary>
/// <remarks>
/// A dossier adds at most 1 to each dossier counter, so 32 bits hold the counts of up to 4,294,967,295 dossiers:
/// a <see cref="Columnar.DossierBatch"/> has fewer than 2^31 rows, and <see cref="DossierTallyBuilder"/> folds its
/// counts into 64-bit totals every 2^31 dossiers. Adding is therefore unchecked on the hot path, without loss.
/// </remarks>
internal struct CellCounters
{
    private DossierCounterValues _dossiers;
    private long _documentsIssued;
    private long _documentsDigitized;

    /// <summary>Adds 0 or 1 to a dossier counter (any counter but the two result-document sums).</summary>
    /// <param name="counter">The counter; a defined value, not a result-document sum.</param>
    /// <param name="amount">0 or 1.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(TallyCounter counter, int amount)
    {
        unchecked
        {
            // No bounds check: the classifier adds to defined counters only, all below CounterBuffer.Length.
            // No overflow: see the remarks.
            Unsafe.Add(ref Unsafe.As<DossierCounterValues, uint>(ref _dossiers), (int)counter) += (uint)amount;
        }
    }

    /// <summary>Adds to the two result-document sums.</summary>
    /// <param name="issued">Result documents issued, 0 to 65,535.</param>
    /// <param name="digitized">Of which digitized, 0 to 65,535.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddDocuments(int issued, int digitized)
    {
        unchecked
        {
            // No overflow: reaching 2^63 takes more than 2^47 dossiers.
            _documentsIssued += issued;
            _documentsDigitized += digitized;
        }
    }

    /// <summary>Adds these counters to 64-bit totals, counter by counter (checked).</summary>
    /// <param name="totals">The totals.</param>
    public readonly void AddTo(ref CounterBuffer totals)
    {
        for (var i = 0; i < CounterBuffer.Length; i++)
        {
            totals[i] = checked(totals[i] + _dossiers[i]);
        }

        totals[(int)TallyCounter.ResultDocumentsIssued] = checked(totals[(int)TallyCounter.ResultDocumentsIssued] + _documentsIssued);
        totals[(int)TallyCounter.ResultDocumentsDigitized] = checked(totals[(int)TallyCounter.ResultDocumentsDigitized] + _documentsDigitized);
    }

    /// <summary>32-bit storage for every counter; the two result-document sums' places stay 0.</summary>
    [InlineArray(CounterBuffer.Length)]
    private struct DossierCounterValues
    {
        private uint _first;
    }
}
