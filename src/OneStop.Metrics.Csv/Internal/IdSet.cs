using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The set of dossier ids seen so far in a stream, kept as <see cref="IdFingerprint"/>s (and, when asked, the low
/// 32 bits of the line each was first seen on): the duplicate check (<c>OSM6001</c>) in about 10 bytes per distinct
/// id (15 with lines).
/// </summary>
/// <remarks>
/// <para>
/// 4,096 partitions chosen by the top 12 bits of <see cref="IdFingerprint.Partition"/>, each an open-addressing
/// table with linear probing over 8-byte fingerprint slots (and a parallel array of 4-byte lines). When the number
/// of ids can be estimated (a file of known length), <see cref="Reserve"/> sizes every partition once for a load
/// of 0.85 and no growth follows. Otherwise a partition grows by half when its load would pass 0.9, so its load
/// stays between 0.6 and 0.9 and a growth copies one small partition, never the whole set: the peak is the set's
/// size, not twice it. Partitions start at slightly different sizes so that they do not all grow at once. Growths
/// cost more than the inserts (fresh memory, copies), which is why a known length is used. The arrays live on the
/// pinned object heap: the GC never copies them (a compacting collection would briefly hold the set twice).
/// </para>
/// <para>
/// A large set misses the caches on every id; <see cref="Prefetch"/> lets a caller ask for the slots of a block of
/// rows before it handles them, so that the misses overlap.
/// </para>
/// <para>Mutable, owned by one thread.</para>
/// </remarks>
internal sealed class IdSet
{
    private const int PartitionBits = 12;
    private const int PartitionCount = 1 << PartitionBits;

    private readonly ulong[]?[] _keys = new ulong[PartitionCount][];
    private readonly uint[]?[]? _lines;
    private readonly int[] _capacities = new int[PartitionCount];
    private readonly int[] _counts = new int[PartitionCount];
    private ulong _sink;

    /// <summary>Creates an empty set.</summary>
    /// <param name="keepLines">Whether to keep the line each id was first seen on (4 more bytes per slot).</param>
    public IdSet(bool keepLines)
    {
        if (keepLines)
        {
            _lines = new uint[PartitionCount][];
        }
    }

    /// <summary>Whether the set keeps first lines.</summary>
    public bool KeepsLines => _lines is not null;

    /// <summary>How many distinct fingerprints the set holds.</summary>
    public long Count { get; private set; }

    /// <summary>The bytes of the slot arrays (not counting object headers): the set's memory.</summary>
    public long SlotBytes { get; private set; }

    /// <summary>The sum of the keys read by <see cref="Prefetch"/> where no prefetch instruction exists (kept so that the reads stay).</summary>
    public ulong Touched => _sink;

    private int SlotSize => _lines is null ? sizeof(ulong) : sizeof(ulong) + sizeof(uint);

    /// <summary>Sizes every partition for about <paramref name="expectedIds"/> ids in all at a load of 0.85; never shrinks.</summary>
    public void Reserve(long expectedIds)
    {
        var perPartition = Math.Min(expectedIds / PartitionCount, Array.MaxLength / 2);
        var capacity = (int)((perPartition * 20 / 17) + 16);
        for (var p = 0; p < PartitionCount; p++)
        {
            if (_capacities[p] < capacity)
            {
                Resize(p, capacity);
            }
        }
    }

    /// <summary>Asks for the cache line of the slot an id's search starts at, so that it is loaded before <see cref="TryAdd"/> needs it.</summary>
    public unsafe void Prefetch(in IdFingerprint fingerprint)
    {
        var partition = (int)(fingerprint.Partition >> (64 - PartitionBits));
        var capacity = _capacities[partition];
        if (capacity == 0)
        {
            return;
        }

        var home = Home(fingerprint.Stored, capacity);
        ref var key = ref _keys[partition]![home];
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref key));
            if (_lines is not null)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _lines[partition]![home]));
            }
        }
        else
        {
            _sink = unchecked(_sink + key);
        }
    }

    /// <summary>Adds an id's fingerprint, or finds it already there.</summary>
    /// <param name="fingerprint">The id's fingerprint.</param>
    /// <param name="line">The line of the row being read.</param>
    /// <param name="firstLine">
    /// When the id was already there and lines are kept, the line it was first seen on (exact while less than 2³²
    /// lines back); otherwise 0.
    /// </param>
    /// <returns><see langword="true"/> when the id is new; <see langword="false"/> when it repeats an earlier one.</returns>
    public bool TryAdd(in IdFingerprint fingerprint, long line, out long firstLine)
    {
        var partition = (int)(fingerprint.Partition >> (64 - PartitionBits));
        var count = _counts[partition];
        var capacity = _capacities[partition];
        if ((long)(count + 1) * 10 > (long)capacity * 9)
        {
            Resize(partition, capacity == 0 ? 16 + ((partition & 7) >> 1) : Math.Max(capacity + 8, capacity + (capacity >> 1)));
            capacity = _capacities[partition];
        }

        var keys = _keys[partition]!;
        var key = fingerprint.Stored;
        var i = Home(key, capacity);
        while (true)
        {
            var slot = keys[i];
            if (slot == 0)
            {
                keys[i] = key;
                if (_lines is not null)
                {
                    _lines[partition]![i] = unchecked((uint)line);
                }

                _counts[partition] = count + 1;
                Count++;
                firstLine = 0;
                return true;
            }

            if (slot == key)
            {
                firstLine = _lines is null ? 0 : line - unchecked((uint)((uint)line - _lines[partition]![i]));
                return false;
            }

            if (++i == capacity)
            {
                i = 0;
            }
        }
    }

    private static int Home(ulong key, int capacity) => (int)(((key >> 32) * (ulong)capacity) >> 32);

    private void Resize(int partition, int capacity)
    {
        var keys = GC.AllocateArray<ulong>(capacity, pinned: true);
        var lines = _lines is null ? null : GC.AllocateArray<uint>(capacity, pinned: true);
        if (_keys[partition] is { } oldKeys)
        {
            var oldLines = _lines?[partition];
            for (var j = 0; j < oldKeys.Length; j++)
            {
                var key = oldKeys[j];
                if (key == 0)
                {
                    continue;
                }

                var i = Home(key, capacity);
                while (keys[i] != 0)
                {
                    if (++i == capacity)
                    {
                        i = 0;
                    }
                }

                keys[i] = key;
                if (lines is not null)
                {
                    lines[i] = oldLines![j];
                }
            }
        }

        SlotBytes += (long)(capacity - _capacities[partition]) * SlotSize;
        _keys[partition] = keys;
        if (_lines is not null)
        {
            _lines[partition] = lines;
        }

        _capacities[partition] = capacity;
    }
}
