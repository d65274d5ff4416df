using System;
using System.Collections.Generic;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// A block of parsed rows passed from the reading thread to the folding thread: the parsed values, the lines, the
/// ids' characters, and, for rows that failed the cheap check, their failures so far. Reused once folded.
/// </summary>
internal sealed class RowBlock
{
    /// <summary>The rows per block.</summary>
    public const int Capacity = 4096;

    private char[] _idChars = new char[Capacity * 32];
    private int _idLength;

    public ParsedDossier[] Rows { get; } = new ParsedDossier[Capacity];

    public long[] Lines { get; } = new long[Capacity];

    /// <summary>For the rows that failed the cheap check: their failures (cell and validators, unsorted) and their id.</summary>
    public SlowRow?[] Slow { get; } = new SlowRow?[Capacity];

    private readonly int[] _idStart = new int[Capacity];
    private readonly int[] _idCount = new int[Capacity];

    /// <summary>How many rows the block holds.</summary>
    public int Count { get; set; }

    /// <summary>The 0-based position of the block's first row among the data rows.</summary>
    public long FirstPosition { get; set; }

    /// <summary>On the first block of a stream of known length: how many rows the whole stream likely has (for <see cref="IdSet.Reserve"/>).</summary>
    public long? ExpectedRows { get; set; }

    /// <summary>Keeps a copy of a row's id cell.</summary>
    public void SetId(int row, ReadOnlySpan<char> id)
    {
        if (_idLength + id.Length > _idChars.Length)
        {
            Array.Resize(ref _idChars, Math.Max(_idChars.Length * 2, _idLength + id.Length));
        }

        id.CopyTo(_idChars.AsSpan(_idLength));
        _idStart[row] = _idLength;
        _idCount[row] = id.Length;
        _idLength += id.Length;
    }

    /// <summary>A row's id cell.</summary>
    public ReadOnlySpan<char> Id(int row) => _idChars.AsSpan(_idStart[row], _idCount[row]);

    /// <summary>Empties the block for reuse.</summary>
    public void Clear()
    {
        Array.Clear(Slow, 0, Count);
        Count = 0;
        _idLength = 0;
        ExpectedRows = null;
    }
}

/// <summary>The failures a row that failed the cheap check has before the duplicate check, and its id.</summary>
/// <param name="Failures">Its cell failures and validator failures, unsorted.</param>
/// <param name="Id">Its id as the record has it (<see langword="null"/> when blank).</param>
internal sealed record SlowRow(List<IntakeFailure> Failures, string? Id);
