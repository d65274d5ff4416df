using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// The counts behind every indicator for a set of dossiers, kept per cell (receiving one-stop department ×
/// resolving department × procedure), so that any grouping — level, unit, field, procedure — can be added up
/// afterwards. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// Tallies merge: <see cref="Merge(DossierTally)"/> is associative and commutative, the empty tally is its
/// identity, and merging the tallies of the parts of any partition of a dossier set gives exactly the tally of the
/// whole set. Work can therefore be split across threads or machines and combined without loss.
/// </para>
/// <para>
/// Every dossier given to a tally is either counted (in exactly one of carried over, received in the period,
/// received after it, ended before it) or listed in <see cref="Rejections"/>: <see cref="DossiersSeen"/> =
/// <see cref="DossiersCounted"/> + <see cref="DossiersRejected"/>.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class DossierTally : IEquatable<DossierTally>
{
    private readonly long[] _keys;
    private readonly DossierCounts[] _counts;
    private readonly IReadOnlyDictionary<DrillKey, string[]>? _ids;
    private IReadOnlyList<TallyCell>? _cells;

    internal DossierTally(ReferenceData reference, TallyScope scope, long[] keys, DossierCounts[] counts,
        ImmutableArray<TallyRejection> rejections, IReadOnlyDictionary<DrillKey, string[]>? ids)
    {
        Reference = reference;
        Scope = scope;
        _keys = keys;
        _counts = counts;
        Rejections = rejections;
        _ids = ids;
    }

    /// <summary>The reference data the dossiers were read against.</summary>
    public ReferenceData Reference { get; }

    /// <summary>The period, as-of date and comparison rule the dossiers were counted under.</summary>
    public TallyScope Scope { get; }

    /// <summary>Whether the tally keeps the dossier ids behind each count (see <see cref="TallyOptions.RecordDossierIds"/>).</summary>
    public bool RecordsDossierIds => _ids is not null;

    /// <summary>The dossiers that could not be counted, with reasons, ordered by dossier id.</summary>
    public ImmutableArray<TallyRejection> Rejections { get; }

    /// <summary>The number of dossiers rejected.</summary>
    public long DossiersRejected => Rejections.Length;

    /// <summary>The number of dossiers counted, inside or outside the period.</summary>
    public long DossiersCounted
    {
        get
        {
            var all = Count(TallyFilter.All);
            return checked(all.Total + all.OutsidePeriod);
        }
    }

    /// <summary>The number of dossiers given to the tally: counted + rejected.</summary>
    public long DossiersSeen => checked(DossiersCounted + DossiersRejected);

    /// <summary>The non-empty cells, ordered by receiving department, resolving department and procedure (catalogue order).</summary>
    public IReadOnlyList<TallyCell> Cells => _cells ??= CreateCells();

    /// <summary>Creates the empty tally for a scope: the identity of <see cref="Merge(DossierTally)"/>.</summary>
    /// <param name="reference">The reference data.</param>
    /// <param name="scope">The scope.</param>
    /// <param name="options">Options; <see cref="TallyOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The empty tally.</returns>
    public static DossierTally Empty(ReferenceData reference, TallyScope scope, TallyOptions? options = null) =>
        new DossierTallyBuilder(reference, scope, options).ToTally();

    /// <summary>Counts a sequence of dossiers in one pass.</summary>
    /// <param name="reference">The reference data the dossiers' codes resolve against.</param>
    /// <param name="scope">The period, as-of date and comparison rule.</param>
    /// <param name="dossiers">The dossiers.</param>
    /// <param name="options">Options; <see cref="TallyOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or a dossier is <see langword="null"/>.</exception>
    public static DossierTally Build(ReferenceData reference, TallyScope scope, IEnumerable<Dossier> dossiers,
        TallyOptions? options = null)
    {
        var builder = new DossierTallyBuilder(reference, scope, options);
        builder.AddRange(dossiers);
        return builder.ToTally();
    }

    /// <summary>Adds up the cells that match a filter.</summary>
    /// <param name="filter">Which cells; <see cref="TallyFilter.All"/> for the whole tally.</param>
    /// <returns>The sum of their counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The filter names a code that is not in the reference data.</exception>
    public DossierCounts Count(TallyFilter filter)
    {
        var matcher = new CellMatcher(Reference, filter);
        var sum = DossierCounts.Zero;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (matcher.Matches(_keys[i]))
            {
                sum += _counts[i];
            }
        }

        return sum;
    }

    /// <summary>Lists the ids of the dossiers behind one counter, in the cells that match a filter (drill-down).</summary>
    /// <param name="counter">The counter.</param>
    /// <param name="filter">Which cells; all when <see langword="null"/>.</param>
    /// <returns>The ids in ordinal order. For the result-document counters, each dossier is listed once.</returns>
    /// <exception cref="InvalidOperationException">The tally was built without <see cref="TallyOptions.RecordDossierIds"/>.</exception>
    /// <exception cref="ArgumentException">The filter names a code that is not in the reference data.</exception>
    public IReadOnlyList<string> DossierIds(TallyCounter counter, TallyFilter? filter = null)
    {
        if (_ids is null)
        {
            throw new InvalidOperationException(
                "This tally does not keep dossier ids; build it with TallyOptions.RecordDossierIds = true to drill down.");
        }

        var matcher = new CellMatcher(Reference, filter ?? TallyFilter.All);
        var ids = new List<string>();
        foreach (var key in _keys)
        {
            if (matcher.Matches(key) && _ids.TryGetValue(new DrillKey(key, counter), out var list))
            {
                ids.AddRange(list);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Merges two tallies of the same reference data and scope: the tally of both dossier sets together.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The merged tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The tallies were built against different reference data instances, under different scopes, or one keeps
    /// dossier ids and the other does not.
    /// </exception>
    public DossierTally Merge(DossierTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(Reference, other.Reference))
        {
            throw new ArgumentException("Tallies merge only when built against the same ReferenceData instance.", nameof(other));
        }

        if (Scope != other.Scope)
        {
            throw new ArgumentException($"Tallies merge only under the same scope; this is {Scope}, the other is {other.Scope}.", nameof(other));
        }

        if (RecordsDossierIds != other.RecordsDossierIds)
        {
            throw new ArgumentException("Tallies merge only when both keep dossier ids or neither does.", nameof(other));
        }

        var keys = new List<long>(_keys.Length + other._keys.Length);
        var counts = new List<DossierCounts>(keys.Capacity);
        int i = 0, j = 0;
        while (i < _keys.Length || j < other._keys.Length)
        {
            if (j == other._keys.Length || (i < _keys.Length && _keys[i] < other._keys[j]))
            {
                keys.Add(_keys[i]);
                counts.Add(_counts[i++]);
            }
            else if (i == _keys.Length || other._keys[j] < _keys[i])
            {
                keys.Add(other._keys[j]);
                counts.Add(other._counts[j++]);
            }
            else
            {
                keys.Add(_keys[i]);
                counts.Add(_counts[i++] + other._counts[j++]);
            }
        }

        var rejections = Rejections.AddRange(other.Rejections).Sort(TallyRejection.CanonicalOrder);
        return new DossierTally(Reference, Scope, keys.ToArray(), counts.ToArray(), rejections, MergeIds(_ids, other._ids));
    }

    /// <summary>Merges any number of tallies (see <see cref="Merge(DossierTally)"/>).</summary>
    /// <param name="first">The first tally.</param>
    /// <param name="others">The others.</param>
    /// <returns>The merged tally.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The tallies cannot be merged.</exception>
    public static DossierTally Merge(DossierTally first, IEnumerable<DossierTally> others)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(others);
        return others.Aggregate(first, (merged, next) => merged.Merge(next));
    }

    /// <summary>
    /// Whether two tallies hold the same counts in the same cells, the same rejections and the same dossier ids,
    /// under the same reference data instance and scope.
    /// </summary>
    /// <param name="other">The other tally.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(DossierTally? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return ReferenceEquals(Reference, other.Reference)
               && Scope == other.Scope
               && _keys.AsSpan().SequenceEqual(other._keys)
               && _counts.AsSpan().SequenceEqual(other._counts)
               && Rejections.SequenceEqual(other.Rejections)
               && IdsEqual(_ids, other._ids);
    }

    /// <summary>Whether two tallies are equal, as <see cref="Equals(DossierTally)"/> says; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DossierTally? left, DossierTally? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two tallies differ (the negation of <c>==</c>).</summary>
    /// <param name="left">The first, or <see langword="null"/>.</param>
    /// <param name="right">The second, or <see langword="null"/>.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DossierTally? left, DossierTally? right) => !(left == right);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DossierTally);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Scope);
        hash.Add(_keys.Length);
        hash.Add(Rejections.Length);
        for (var i = 0; i < _keys.Length; i++)
        {
            hash.Add(_keys[i]);
            hash.Add(_counts[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Summarises the tally, e.g. <c>DossierTally 2023-01-01..2023-08-31 …: 38 cells, 36131 counted, 0 rejected</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"DossierTally {Scope}: {_keys.Length} cells, {DossiersCounted} counted, {DossiersRejected} rejected");

    internal int CellCount => _keys.Length;

    internal long KeyAt(int index) => _keys[index];

    internal DossierCounts CountsAt(int index) => _counts[index];

    private TallyCell[] CreateCells()
    {
        var cells = new TallyCell[_keys.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var key = _keys[i];
            var resolving = CellKey.Resolving(key);
            cells[i] = new TallyCell(Reference.Departments[CellKey.OneStop(key)],
                resolving < 0 ? null : Reference.Departments[resolving],
                Reference.Procedures[CellKey.Procedure(key)], _counts[i]);
        }

        return cells;
    }

    private static Dictionary<DrillKey, string[]>? MergeIds(IReadOnlyDictionary<DrillKey, string[]>? left,
        IReadOnlyDictionary<DrillKey, string[]>? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        var merged = new Dictionary<DrillKey, string[]>(left.Count + right.Count);
        foreach (var (key, ids) in left)
        {
            merged[key] = ids;
        }

        foreach (var (key, ids) in right)
        {
            if (merged.TryGetValue(key, out var existing))
            {
                var both = new string[existing.Length + ids.Length];
                existing.CopyTo(both, 0);
                ids.CopyTo(both, existing.Length);
                Array.Sort(both, StringComparer.Ordinal);
                merged[key] = both;
            }
            else
            {
                merged[key] = ids;
            }
        }

        return merged;
    }

    private static bool IdsEqual(IReadOnlyDictionary<DrillKey, string[]>? left, IReadOnlyDictionary<DrillKey, string[]>? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, ids) in left)
        {
            if (!right.TryGetValue(key, out var other) || !ids.AsSpan().SequenceEqual(other))
            {
                return false;
            }
        }

        return true;
    }
}
