using System.Runtime.CompilerServices;

namespace OneStop.Metrics.Tallies;

/// <summary>Inline storage for one value of every <see cref="TallyCounter"/>.</summary>
[InlineArray(Length)]
internal struct CounterBuffer
{
    /// <summary>The number of counters: one more than the largest <see cref="TallyCounter"/> value.</summary>
    public const int Length = (int)TallyCounter.ReceivedRegardlessOfBoundary + 1;

    private long _first;
}
