using System;
using System.Numerics;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// Numbers the distinct packed cell keys (see <see cref="CellKey"/>) 0, 1, 2, … in order of first sight: a
/// linear-probing hash table from <see cref="long"/> keys to dense ids, smaller and faster than a
/// <see cref="System.Collections.Generic.Dictionary{TKey, TValue}"/> on the per-dossier path of both builders.
/// Mutable; owned by one thread.
/// </summary>
internal sealed class CellTable
{
    /// <summary>Marks an empty slot: no packed key is negative (the receiving department's index is never negative).</summary>
    private const long Empty = -1;

    private long[] _keys;
    private int[] _ids;
    private int _shift;

    public CellTable()
    {
        _keys = new long[64];
        _ids = new int[64];
        _keys.AsSpan().Fill(Empty);
        _shift = 64 - 6;
        Keys = new long[16];
    }

    /// <summary>The number of distinct keys seen.</summary>
    public int Count { get; private set; }

    /// <summary>The keys by id: <c>Keys[id]</c> for id &lt; <see cref="Count"/>; the array may be longer.</summary>
    public long[] Keys { get; private set; }

    /// <summary>Returns the id of <paramref name="key"/>, giving it the next id when it is new. Amortised O(1).</summary>
    /// <param name="key">A packed cell key (non-negative).</param>
    /// <returns>The key's dense id.</returns>
    public int IdOf(long key)
    {
        var mask = _keys.Length - 1;
        var slot = Hash(key);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _ids[slot];
            }

            if (found == Empty)
            {
                return Add(key, slot);
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Add(long key, int slot)
    {
        var id = Count;
        if (id == Keys.Length)
        {
            var keys = new long[checked(id * 2)];
            Keys.CopyTo(keys, 0);
            Keys = keys;
        }

        Keys[id] = key;
        Count = id + 1;
        _keys[slot] = key;
        _ids[slot] = id;
        if (Count * 2 > _keys.Length)
        {
            Grow();
        }

        return id;
    }

    /// <summary>Fibonacci hashing: the top bits of the key times 2^64 / φ.</summary>
    private int Hash(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Grow()
    {
        var size = checked(_keys.Length * 2);
        _keys = new long[size];
        _ids = new int[size];
        _keys.AsSpan().Fill(Empty);
        _shift = 64 - BitOperations.Log2((uint)size);
        var mask = size - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = Hash(Keys[id]);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = Keys[id];
            _ids[slot] = id;
        }
    }
}
