using System;
using System.Text;
using OneStop.Metrics.Notebooks;

namespace OneStop.Metrics.Tallies;

/// <summary>
/// The value of every <see cref="TallyCounter"/> for one group of dossiers (a cell of a tally, or any roll-up of
/// cells): the integers behind every indicator. Immutable; adding two values adds each counter.
/// </summary>
/// <remarks>
/// Addition is associative and commutative and <see cref="Zero"/> is its identity, which is what makes tallies
/// mergeable. Arithmetic is checked: an overflow throws <see cref="OverflowException"/> instead of wrapping.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public readonly struct DossierCounts : IEquatable<DossierCounts>
{
    private readonly CounterBuffer _values;

    internal DossierCounts(in CounterBuffer values) => _values = values;

    /// <summary>All counters zero: the identity of <see cref="Add(DossierCounts)"/>.</summary>
    public static DossierCounts Zero => default;

    /// <summary>The value of one counter.</summary>
    /// <param name="counter">The counter.</param>
    /// <returns>Its value (a count of dossiers, or of result documents for the result-document counters).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="counter"/> is not a defined value.</exception>
    public long this[TallyCounter counter]
    {
        get
        {
            var index = (int)counter;
            if (index < 0 || index >= CounterBuffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(counter), counter,
                    $"The counter must be a defined TallyCounter value (0 to {CounterBuffer.Length - 1}); was {index}.");
            }

            return _values[index];
        }
    }

    /// <summary>Dossiers carried over from before the period (kỳ trước chuyển sang).</summary>
    public long CarriedOver => _values[(int)TallyCounter.CarriedOver];

    /// <summary>Dossiers received in the period (tiếp nhận trong kỳ).</summary>
    public long ReceivedInPeriod => _values[(int)TallyCounter.ReceivedInPeriod];

    /// <summary>Dossiers to handle in the period (tổng số hồ sơ tiếp nhận): carried over + received in the period.</summary>
    public long Total => checked(CarriedOver + ReceivedInPeriod);

    /// <summary>Dossiers given to the tally that lie outside the period (received after it, or ended before it).</summary>
    public long OutsidePeriod =>
        checked(_values[(int)TallyCounter.ReceivedAfterPeriod] + _values[(int)TallyCounter.EndedBeforePeriod]);

    /// <summary>Dossiers resolved in the period: early + on time + overdue.</summary>
    public long Resolved => Sum3(TallyCounter.ResolvedEarly);

    /// <summary>Dossiers returned as ineligible in the period, whatever their timeliness.</summary>
    public long Returned => Sum3(TallyCounter.ReturnedEarly);

    /// <summary>Dossiers refused in the period, whatever their timeliness.</summary>
    public long Refused => Sum3(TallyCounter.RefusedEarly);

    /// <summary>Dossiers withdrawn in the period, whatever their timeliness.</summary>
    public long Withdrawn => Sum3(TallyCounter.WithdrawnEarly);

    /// <summary>Dossiers cancelled in the period.</summary>
    public long Cancelled => _values[(int)TallyCounter.Cancelled];

    /// <summary>Dossiers not ended at the period's end: within + past their deadline.</summary>
    public long InProgress =>
        checked(_values[(int)TallyCounter.InProgressWithinDeadline] + _values[(int)TallyCounter.InProgressPastDeadline]);

    /// <summary>Returns the sum of two values, counter by counter.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A counter overflows.</exception>
    public DossierCounts Add(DossierCounts other)
    {
        var sum = default(CounterBuffer);
        for (var i = 0; i < CounterBuffer.Length; i++)
        {
            sum[i] = checked(_values[i] + other._values[i]);
        }

        return new DossierCounts(sum);
    }

    /// <summary>Returns the sum of two values, counter by counter.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A counter overflows.</exception>
    public static DossierCounts operator +(DossierCounts left, DossierCounts right) => left.Add(right);

    /// <inheritdoc />
    public bool Equals(DossierCounts other)
    {
        for (var i = 0; i < CounterBuffer.Length; i++)
        {
            if (_values[i] != other._values[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DossierCounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        for (var i = 0; i < CounterBuffer.Length; i++)
        {
            hash.Add(_values[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two values counter by counter.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether every counter is equal.</returns>
    public static bool operator ==(DossierCounts left, DossierCounts right) => left.Equals(right);

    /// <summary>Compares two values counter by counter.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether any counter differs.</returns>
    public static bool operator !=(DossierCounts left, DossierCounts right) => !left.Equals(right);

    /// <summary>Lists the non-zero counters, e.g. <c>{ CarriedOver = 28, ReceivedInPeriod = 2532, … }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("{ ");
        var first = true;
        for (var i = 0; i < CounterBuffer.Length; i++)
        {
            if (_values[i] == 0)
            {
                continue;
            }

            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append((TallyCounter)i).Append(" = ").Append(_values[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.Append(first ? "}" : " }").ToString();
    }

    private long Sum3(TallyCounter early) =>
        checked(_values[(int)early] + _values[(int)early + 1] + _values[(int)early + 2]);
}
