using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Accumulates dossiers into a <see cref="DossierTally"/> in one pass. A builder is mutable and owned by one
/// thread; build one per partition and merge the tallies to use several threads.
/// </summary>
/// <remarks>
/// Every dossier added is counted in exactly one scope counter (carried over, received in the period, received
/// after it, ended before it) or rejected with a <see cref="TallyRejection"/>; data faults never throw.
/// </remarks>
public sealed class DossierTallyBuilder
{
    private readonly CellTable _cells = new();
    private readonly CodeLookup _codes;
    private readonly List<TallyRejection> _rejections = new();
    private readonly Dictionary<DrillKey, List<string>>? _ids;
    private readonly ReferenceData _reference;
    private readonly TallyScope _scope;
    private readonly ScopeDays _scopeDays;
    private readonly TallyOptions _options;
    private CellCounters[] _counters = new CellCounters[64];
    private CounterBuffer[]? _totals;
    private int _countedSinceFold;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="reference">The reference data the dossiers' codes resolve against.</param>
    /// <param name="scope">The period, as-of date and comparison rule.</param>
    /// <param name="options">Options; <see cref="TallyOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> or <paramref name="scope"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The reference data has more departments or procedures than a tally supports (2,097,150).</exception>
    public DossierTallyBuilder(ReferenceData reference, TallyScope scope, TallyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(scope);
        CellKey.EnsureFits(reference.Departments.Length, "departments");
        CellKey.EnsureFits(reference.Procedures.Length, "procedures");
        _reference = reference;
        _codes = new CodeLookup(reference);
        _scope = scope;
        _scopeDays = new ScopeDays(scope);
        _options = options ?? TallyOptions.Default;
        if (_options.RecordDossierIds)
        {
            _ids = new Dictionary<DrillKey, List<string>>();
        }
    }

    /// <summary>The number of dossiers added so far, counted or rejected.</summary>
    public long Added { get; private set; }

    /// <summary>Adds one dossier: counts it, or records why it cannot be counted.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is <see langword="null"/>.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)] // so that the JIT's inlining budget goes to what Add calls
    public void Add(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        Added++;
        if (!TryResolve(dossier, out var key))
        {
            return;
        }

        var procedure = _reference.Procedures[CellKey.Procedure(key)];
        var due = _scope.DueOf(dossier, procedure, out var outsideCalendar);
        if (outsideCalendar)
        {
            _rejections.Add(DossierResolver.Reject(RejectionReason.DueDateOutsideCalendar, dossier));
            return;
        }

        var row = DossierRow.From(dossier, procedure.OnlineService, due);
        var slot = Slot(key); // first: it may grow _counters
        if (_ids is null)
        {
            var sink = new CountingSink(ref _counters[slot]);
            DossierClassifier.Classify(row, _scopeDays, ref sink);
        }
        else
        {
            var sink = new ListingSink(ref _counters[slot], _ids, key, dossier.Id);
            DossierClassifier.Classify(row, _scopeDays, ref sink);
        }

        if (++_countedSinceFold == FoldEvery)
        {
            Fold();
        }
    }

    /// <summary>Adds every dossier of a sequence, in order.</summary>
    /// <param name="dossiers">The dossiers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dossiers"/> or one of its elements is <see langword="null"/>.</exception>
    public void AddRange(IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        switch (dossiers)
        {
            // The common in-memory collections, walked without an enumerator's interface calls.
            case Dossier[] array:
                AddSpan(array);
                break;
            case ImmutableArray<Dossier> immutable:
                AddSpan(immutable.AsSpan());
                break;
            case List<Dossier> list:
                AddSpan(CollectionsMarshal.AsSpan(list));
                break;
            default:
                foreach (var dossier in dossiers)
                {
                    Add(dossier);
                }

                break;
        }
    }

    /// <summary>Returns an immutable tally of what has been added; the builder can go on being used.</summary>
    /// <returns>The tally.</returns>
    public DossierTally ToTally()
    {
        var cells = _cells.Count;
        var order = new int[cells];
        var keys = new long[cells];
        for (var i = 0; i < cells; i++)
        {
            order[i] = i;
            keys[i] = _cells.Keys[i];
        }

        Array.Sort(keys, order);
        var counts = new DossierCounts[cells];
        for (var i = 0; i < cells; i++)
        {
            var cell = order[i];
            var totals = _totals is not null && cell < _totals.Length ? _totals[cell] : default;
            _counters[cell].AddTo(ref totals);
            counts[i] = new DossierCounts(totals);
        }

        var rejections = _rejections.ToArray();
        Array.Sort(rejections, TallyRejection.CanonicalOrder);

        Dictionary<DrillKey, string[]>? ids = null;
        if (_ids is not null)
        {
            ids = new Dictionary<DrillKey, string[]>(_ids.Count);
            foreach (var (drill, list) in _ids)
            {
                var sorted = list.ToArray();
                Array.Sort(sorted, StringComparer.Ordinal);
                ids.Add(drill, sorted);
            }
        }

        return new DossierTally(_reference, _scope, keys, counts, ImmutableArray.Create(rejections), ids);
    }

    /// <summary>
    /// How many counted dossiers the 32-bit counters (<see cref="CellCounters"/>) take before they are folded into
    /// the 64-bit totals: 2^31 − 1, below their 2^32 limit. Lowered by tests to exercise the fold.
    /// </summary>
    internal int FoldEvery { get; init; } = int.MaxValue;

    private void AddSpan(ReadOnlySpan<Dossier> dossiers)
    {
        foreach (var dossier in dossiers)
        {
            Add(dossier);
        }
    }

    private int Slot(long key)
    {
        var slot = _cells.IdOf(key);
        if (slot == _counters.Length)
        {
            Array.Resize(ref _counters, slot * 2);
        }

        return slot;
    }

    /// <summary>Adds the 32-bit counters into the 64-bit totals and clears them. O(cells); once per 2^31 − 1 dossiers.</summary>
    private void Fold()
    {
        if (_totals is null || _totals.Length < _counters.Length)
        {
            Array.Resize(ref _totals, _counters.Length);
        }

        for (var cell = 0; cell < _cells.Count; cell++)
        {
            _counters[cell].AddTo(ref _totals[cell]);
            _counters[cell] = default;
        }

        _countedSinceFold = 0;
    }

    private bool TryResolve(Dossier dossier, out long key)
    {
        if (DossierResolver.Check(_codes, dossier, out var procedure, out var receiving, out var resolving) is { } reason)
        {
            _rejections.Add(DossierResolver.Reject(reason, dossier));
            key = 0;
            return false;
        }

        key = CellKey.Pack(receiving, resolving, procedure);
        return true;
    }

    /// <summary>Adds a dossier's counters to its cell's counters.</summary>
    private readonly ref struct CountingSink : ICounterSink
    {
        private readonly ref CellCounters _counters;

        public CountingSink(ref CellCounters counters) => _counters = ref counters;

        public void Add(TallyCounter counter, int amount) => _counters.Add(counter, amount);

        public void AddDocuments(int issued, int digitized) => _counters.AddDocuments(issued, digitized);
    }

    /// <summary>Adds a dossier's counters to its cell's counters and its id to the list of each counter it adds a positive amount to.</summary>
    private readonly ref struct ListingSink : ICounterSink
    {
        private readonly ref CellCounters _counters;
        private readonly Dictionary<DrillKey, List<string>> _ids;
        private readonly long _key;
        private readonly string _id;

        public ListingSink(ref CellCounters counters, Dictionary<DrillKey, List<string>> ids, long key, string id)
        {
            _counters = ref counters;
            _ids = ids;
            _key = key;
            _id = id;
        }

        public void Add(TallyCounter counter, int amount)
        {
            _counters.Add(counter, amount);
            List(counter, amount);
        }

        public void AddDocuments(int issued, int digitized)
        {
            _counters.AddDocuments(issued, digitized);
            List(TallyCounter.ResultDocumentsIssued, issued);
            List(TallyCounter.ResultDocumentsDigitized, digitized);
        }

        private void List(TallyCounter counter, int amount)
        {
            if (amount > 0)
            {
                var drill = new DrillKey(_key, counter);
                if (!_ids.TryGetValue(drill, out var list))
                {
                    list = new List<string>();
                    _ids.Add(drill, list);
                }

                list.Add(_id);
            }
        }
    }
}
