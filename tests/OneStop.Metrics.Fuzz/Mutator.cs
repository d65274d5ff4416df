using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OneStop.Metrics.Fuzz;

/// <summary>
/// A deterministic mutator over bytes: from a seed entry of the corpus and a <see cref="FuzzRandom"/>, one to four
/// stacked mutations — bit and byte flips, byte runs inserted, deleted, duplicated or repeated, CSV and JSON
/// punctuation, line breaks, NUL, invalid UTF-8 (<c>0xFF</c>, a lone <c>0xC3</c>), byte order marks, tokens of the
/// target's dictionary, lines spliced from another corpus entry, lines duplicated, deleted or swapped, a
/// truncation, and header names mangled (emptied, repeated, replaced by an alias of the dictionary).
/// </summary>
public sealed class Mutator
{
    /// <summary>The longest input made; longer results are cut.</summary>
    public const int MaxLength = 64 * 1024;

    private static readonly byte[][] Specials =
    [
        [(byte)'"'], [(byte)','], [(byte)';'], [(byte)'\t'], [(byte)'|'], [(byte)'\r'], [(byte)'\n'], [(byte)'\r', (byte)'\n'],
        [0], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [(byte)'"', (byte)'"'],
        [(byte)' '], [0xE1, 0xBB, 0x87], [(byte)'-'], [(byte)'9'], [(byte)'0'], [(byte)'/'], [(byte)':'], [(byte)'T'],
    ];

    private readonly IReadOnlyList<byte[]> _corpus;
    private readonly IReadOnlyList<byte[]> _dictionary;

    /// <summary>A mutator over a corpus, with a target's dictionary of tokens (header aliases, value words, JSON names).</summary>
    public Mutator(IReadOnlyList<byte[]> corpus, IReadOnlyList<string> dictionary)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(dictionary);
        if (corpus.Count == 0)
        {
            throw new ArgumentException("The corpus is empty.", nameof(corpus));
        }

        _corpus = corpus;
        _dictionary = [.. dictionary.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>The next input: a corpus entry with one to four mutations.</summary>
    public byte[] Next(FuzzRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var data = new List<byte>(random.Pick(_corpus));
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            Mutate(data, random);
        }

        if (data.Count > MaxLength)
        {
            data.RemoveRange(MaxLength, data.Count - MaxLength);
        }

        return [.. data];
    }

    private void Mutate(List<byte> data, FuzzRandom random)
    {
        var at = random.Next(data.Count + 1);
        switch (random.Next(16))
        {
            case 0 when data.Count > 0:
                data[at % data.Count] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[at % data.Count] = (byte)random.Next(256);
                break;
            case 2:
                for (var n = 1 + random.Next(8); n > 0; n--)
                {
                    data.Insert(at, (byte)random.Next(256));
                }

                break;
            case 3 when data.Count > 0:
                data.RemoveRange(at % data.Count, Math.Min(1 + random.Next(16), data.Count - (at % data.Count)));
                break;
            case 4 when data.Count > 0:
                {
                    var start = at % data.Count;
                    var run = data.GetRange(start, Math.Min(1 + random.Next(64), data.Count - start));
                    data.InsertRange(random.Next(data.Count + 1), run);
                    break;
                }

            case 5:
            case 6:
                data.InsertRange(at, random.Pick(Specials));
                break;
            case 7 when _dictionary.Count > 0:
                data.InsertRange(at, random.Pick(_dictionary));
                break;
            case 8:
                Splice(data, random);
                break;
            case 9 when data.Count > 0:
                data.RemoveRange(at % data.Count, data.Count - (at % data.Count));
                break;
            case 10:
                DuplicateLine(data, random);
                break;
            case 11:
                DeleteLine(data, random);
                break;
            case 12:
                SwapLines(data, random);
                break;
            case 13:
                MangleHeader(data, random);
                break;
            case 14 when data.Count > 0:
                {
                    // A run repeated many times: long cells, long rows, deep nesting.
                    var start = at % data.Count;
                    var run = data.GetRange(start, Math.Min(1 + random.Next(4), data.Count - start));
                    for (var n = random.Next(16, 2048); n > 0 && data.Count < MaxLength; n--)
                    {
                        data.InsertRange(start, run);
                    }

                    break;
                }

            default:
                data.InsertRange(at, random.Pick(Specials));
                break;
        }
    }

    private void Splice(List<byte> data, FuzzRandom random)
    {
        var other = random.Pick(_corpus);
        var lines = Lines(other);
        var first = random.Next(lines.Count);
        var last = Math.Min(lines.Count - 1, first + random.Next(3));
        var piece = other[lines[first].Start..lines[last].End];
        var targetLines = Lines([.. data]);
        data.InsertRange(targetLines[random.Next(targetLines.Count)].Start, piece);
    }

    private static void DuplicateLine(List<byte> data, FuzzRandom random)
    {
        var lines = Lines([.. data]);
        var (start, end) = lines[random.Next(lines.Count)];
        data.InsertRange(end, data.GetRange(start, end - start));
    }

    private static void DeleteLine(List<byte> data, FuzzRandom random)
    {
        var lines = Lines([.. data]);
        var (start, end) = lines[random.Next(lines.Count)];
        data.RemoveRange(start, end - start);
    }

    private static void SwapLines(List<byte> data, FuzzRandom random)
    {
        var lines = Lines([.. data]);
        if (lines.Count < 2)
        {
            return;
        }

        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        var (first, second) = a < b ? (lines[a], lines[b]) : (lines[b], lines[a]);
        if (first.Start == second.Start)
        {
            return;
        }

        var one = data.GetRange(first.Start, first.End - first.Start);
        var two = data.GetRange(second.Start, second.End - second.Start);
        data.RemoveRange(second.Start, two.Count);
        data.InsertRange(second.Start, one);
        data.RemoveRange(first.Start, one.Count);
        data.InsertRange(first.Start, two);
    }

    /// <summary>Replaces, empties or repeats a cell of the first line (the header of a CSV file).</summary>
    private void MangleHeader(List<byte> data, FuzzRandom random)
    {
        var end = data.IndexOf((byte)'\n');
        end = end < 0 ? data.Count : end;
        var cells = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= end; i++)
        {
            if (i == end || data[i] is (byte)',' or (byte)';' or (byte)'\t')
            {
                cells.Add((start, i));
                start = i + 1;
            }
        }

        var (cellStart, cellEnd) = cells[random.Next(cells.Count)];
        var (otherStart, otherEnd) = cells[random.Next(cells.Count)];
        byte[] replacement = random.Next(3) switch
        {
            0 => [],
            1 => [.. data.GetRange(otherStart, otherEnd - otherStart)],
            _ => _dictionary.Count > 0 ? random.Pick(_dictionary) : [],
        };
        data.RemoveRange(cellStart, cellEnd - cellStart);
        data.InsertRange(cellStart, replacement);
    }

    /// <summary>The lines of a text as (start, end) with the end past the line feed; at least one (empty) line.</summary>
    internal static List<(int Start, int End)> Lines(byte[] data)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == (byte)'\n')
            {
                lines.Add((start, i + 1));
                start = i + 1;
            }
        }

        if (start < data.Length || lines.Count == 0)
        {
            lines.Add((start, data.Length));
        }

        return lines;
    }
}
