using System;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// The finest grain of a tally: receiving one-stop department × resolving department (or none) × procedure,
/// as indices into the reference data, packed into one <see cref="long"/> that sorts in that order.
/// </summary>
internal static class CellKey
{
    public const int Bits = 21;
    public const int MaxIndex = (1 << Bits) - 2;
    private const long Mask = (1L << Bits) - 1;

    public static long Pack(int oneStop, int resolving, int procedure) =>
        ((long)oneStop << (2 * Bits)) | ((long)(resolving + 1) << Bits) | (uint)procedure;

    public static int OneStop(long key) => (int)(key >> (2 * Bits));

    /// <summary>The resolving department's index, or -1 for none.</summary>
    public static int Resolving(long key) => (int)((key >> Bits) & Mask) - 1;

    public static int Procedure(long key) => (int)(key & Mask);

    public static void EnsureFits(int count, string what)
    {
        if (count > MaxIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count,
                $"A tally supports at most {MaxIndex} {what}; the reference data has {count}.");
        }
    }
}
