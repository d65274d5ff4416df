using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The fingerprint of a dossier id for the duplicate check: two 64-bit hashes of the id's UTF-16 code units, two
/// lanes of XXH64-style rounds (multiply, rotate, multiply) with different seeds and rotations over the same
/// 8-byte words, each finished by XXH64's avalanche. <see cref="Stored"/> is kept in the set; the top 12
/// bits of <see cref="Partition"/> choose the set's partition, so two ids are taken for one only when all 76 bits
/// agree. Deterministic across runs and machines (little-endian reads).
/// </summary>
/// <param name="Stored">The 64-bit hash stored in the set; never 0 (0 marks an empty slot, so a hash of 0 is stored as 1).</param>
/// <param name="Partition">The second 64-bit hash, whose top bits choose the partition.</param>
internal readonly record struct IdFingerprint(ulong Stored, ulong Partition)
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;
    private const ulong SeedA = 0x4F6E6553746F7031UL;
    private const ulong SeedB = 0x6D65747269637321UL;

    /// <summary>Computes the fingerprint of an id: both hashes in one pass over its code units.</summary>
    public static IdFingerprint Of(ReadOnlySpan<char> id)
    {
        var bytes = MemoryMarshal.AsBytes(id);
        unchecked
        {
            var a = SeedA + Prime5 + (ulong)bytes.Length;
            var b = SeedB + Prime5 + (ulong)bytes.Length;
            var i = 0;
            for (; i + 8 <= bytes.Length; i += 8)
            {
                var lane = BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..]) * Prime2;
                lane = BitOperations.RotateLeft(lane, 31) * Prime1;
                a = (BitOperations.RotateLeft(a ^ lane, 27) * Prime1) + Prime4;
                b = (BitOperations.RotateLeft(b ^ lane, 29) * Prime3) + Prime2;
            }

            if (i + 4 <= bytes.Length)
            {
                var lane = BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]) * Prime1;
                a = (BitOperations.RotateLeft(a ^ lane, 23) * Prime2) + Prime3;
                b = (BitOperations.RotateLeft(b ^ lane, 19) * Prime4) + Prime1;
                i += 4;
            }

            for (; i < bytes.Length; i++)
            {
                a = BitOperations.RotateLeft(a ^ (bytes[i] * Prime5), 11) * Prime1;
                b = BitOperations.RotateLeft(b ^ (bytes[i] * Prime3), 13) * Prime2;
            }

            var stored = Avalanche(a);
            return new IdFingerprint(stored == 0 ? 1 : stored, Avalanche(b ^ (a >> 7)));
        }
    }

    private static ulong Avalanche(ulong hash)
    {
        unchecked
        {
            hash ^= hash >> 33;
            hash *= Prime2;
            hash ^= hash >> 29;
            hash *= Prime3;
            hash ^= hash >> 32;
            return hash;
        }
    }
}
