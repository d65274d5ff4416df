using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Benchmarks.Data;

/// <summary>
/// Every counter of every cell, by cell codes, as plain numbers: the common ground on which the library's tally,
/// the LINQ baseline and DuckDB's query are checked to count the same thing before any of them is timed.
/// </summary>
public sealed class CounterTable
{
    /// <summary>How many counters a cell has (every <see cref="TallyCounter"/>).</summary>
    public static readonly int CounterCount = Enum.GetValues<TallyCounter>().Length;

    private readonly Dictionary<CellCodes, long[]> _cells = [];

    /// <summary>The counters of a cell, created as zeros on first use.</summary>
    public long[] this[CellCodes key]
    {
        get
        {
            if (!_cells.TryGetValue(key, out var counters))
            {
                _cells[key] = counters = new long[CounterCount];
            }

            return counters;
        }
    }

    /// <summary>The library's tally as a table.</summary>
    public static CounterTable From(DossierTally tally)
    {
        var table = new CounterTable();
        foreach (var cell in tally.Cells)
        {
            var counters = table[new CellCodes(cell.OneStopDepartment.Code, cell.ResolvingDepartment?.Code ?? "", cell.Procedure.Code)];
            foreach (var counter in Enum.GetValues<TallyCounter>())
            {
                counters[(int)counter] += cell.Counts[counter];
            }
        }

        return table;
    }

    /// <summary>
    /// Throws unless <paramref name="actual"/> has the same non-zero counters in the same cells as this table,
    /// naming the first difference.
    /// </summary>
    /// <exception cref="InvalidOperationException">The tables differ.</exception>
    public void MustEqual(CounterTable actual, string actualName)
    {
        foreach (var key in _cells.Keys.Union(actual._cells.Keys))
        {
            var expected = _cells.GetValueOrDefault(key) ?? new long[CounterCount];
            var got = actual._cells.GetValueOrDefault(key) ?? new long[CounterCount];
            for (var i = 0; i < CounterCount; i++)
            {
                if (expected[i] != got[i])
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"{actualName} counts {got[i]} for {(TallyCounter)i} in cell {key}; the library counts {expected[i]}."));
                }
            }
        }
    }
}
