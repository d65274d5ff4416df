using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;

namespace OneStop.Metrics.Csv;

/// <summary>
/// The physical-line guard between the decoded text and Sep (người gác dòng): it reads the text line by line,
/// follows quotes as Sep does (every <c>"</c> toggles a quoted cell), and hands Sep only rows that cannot swallow
/// other rows. A row is rejected — its text replaced by as many empty lines as it covered, so Sep's line numbers
/// stay those of the file — when a quote opened in it stays open past <see cref="GuardLimits.MaxRowLines"/> lines or
/// would give the row another number of cells than the header; when it is longer than
/// <see cref="GuardLimits.MaxRowChars"/> characters (its text is then dropped as it is read, never held); or when
/// it holds U+FFFD, the mark of bytes the decoder could not read. Reading goes on at the line after the quote's
/// line. Every rejection and every row that legitimately spans lines is an <see cref="GuardEvent"/>, queued in line
/// order for the reader. Memory: one buffer of 64 K characters, growing to hold one row at most.
/// </summary>
/// <remarks>
/// Line breaks are those of Sep: <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c>, which the guard hands on as <c>\n</c>
/// (Sep 0.17.1 miscounts a lone CR at the edge of its read blocks). The first row is the header: it gives
/// the separator (when not given: the most frequent of <c>;</c> tab <c>|</c> <c>,</c> outside quotes, ties in that
/// order, as Sep detects it; <c>,</c> when none) and the number of cells a multi-line row must have.
/// </remarks>
internal sealed class LineGuard : RefillingReader
{
    /// <summary>The most characters of a line an event keeps.</summary>
    public const int ExcerptChars = 200;

    /// <summary>
    /// The buffer's first size, in characters: more than a 64 KiB <see cref="StreamReader"/> decodes at once, so
    /// that it decodes straight into the free part of the buffer instead of through its own (one copy less).
    /// </summary>
    private const int InitialCapacity = 1 << 17;
    private static readonly SearchValues<char> Specials = SearchValues.Create("\"\n\r\uFFFD");
    private static readonly SearchValues<char> QuotedSpecials = SearchValues.Create("\"\n\r\uFFFD");
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r");
    private static readonly SearchValues<char> PlainStops = SearchValues.Create("\"\r\uFFFD");

    private readonly TextReader _source;
    private readonly GuardLimits _limits;
    private readonly Queue<GuardEvent> _events = new();
    private char[] _buffer = new char[InitialCapacity];
    private int _start;
    private int _ready;
    private int _end;
    private bool _sourceDone;
    private bool _finished;

    // The row being scanned begins at _ready, on line _line.
    private long _line = 1;
    private int _position;
    private int _lineStart;
    private bool _inQuote;
    private int _quoteAt;
    private long _quoteLine;
    private int _quoteColumn;
    private int _spanAt = -1;
    private long _spanLine;
    private int _spanColumn;
    private int _rowBreaks;
    private int _badAt = -1;
    private long _badLine;
    private int _badColumn;
    private bool _header = true;

    // A row too long to hold: its text is dropped up to its end.
    private bool _skipping;
    private long _skippedChars;
    private string? _skippedExcerpt;

    /// <summary>Creates a guard over decoded text.</summary>
    /// <param name="source">The text; read to its end, not closed.</param>
    /// <param name="separator">The separator, or <see langword="null"/> to detect it from the header.</param>
    /// <param name="limits">The bounds.</param>
    public LineGuard(TextReader source, char? separator, GuardLimits limits)
    {
        _source = source;
        Separator = separator;
        _limits = limits;
    }

    /// <summary>The separator, given or detected (known once the header has been read).</summary>
    public char? Separator { get; private set; }

    /// <summary>The header's number of cells (known once the header has been read), or -1.</summary>
    public int HeaderCells { get; private set; } = -1;

    /// <summary>How many physical lines the text has (complete once Sep has read to the end).</summary>
    public long PhysicalLines => _line - 1;

    /// <summary>How many empty lines the guard wrote in place of rejected rows' text (Sep reads them as empty rows).</summary>
    public long BlankedLines { get; private set; }

    /// <summary>Takes the next event if its row starts before <paramref name="line"/>.</summary>
    public bool TryTakeBefore(long line, out GuardEvent found) =>
        TakeIf(_events.TryPeek(out found) && found.Line < line, ref found);

    /// <summary>Takes the next event if it is a warning (a row over several lines) about the row that starts on <paramref name="line"/>.</summary>
    public bool TryTakeWarningAt(long line, out GuardEvent found) =>
        TakeIf(_events.TryPeek(out found) && found.Line == line && !found.Rejects, ref found);

    /// <summary>Takes the next event if it is about the row that starts on <paramref name="line"/>.</summary>
    public bool TryTakeAt(long line, out GuardEvent found) =>
        TakeIf(_events.TryPeek(out found) && found.Line == line, ref found);

    /// <summary>Dequeues the peeked event <paramref name="found"/> when it <paramref name="matches"/>; else clears it.</summary>
    private bool TakeIf(bool matches, ref GuardEvent found)
    {
        if (matches)
        {
            _events.Dequeue();
            return true;
        }

        found = default;
        return false;
    }

    /// <inheritdoc/>
    protected override ReadOnlySpan<char> Available => _buffer.AsSpan(_start, _ready - _start);

    /// <inheritdoc/>
    protected override void Consume(int count) => _start += count;

    /// <summary>Reads more text and scans it; <see langword="false"/> when nothing more will be ready.</summary>
    protected override bool Advance()
    {
        if (_finished)
        {
            return false;
        }

        Compact();
        if (_end == _buffer.Length && !_skipping)
        {
            if (_buffer.Length > _limits.MaxRowChars)
            {
                StartSkipping();
            }
            else
            {
                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _limits.MaxRowChars + 2L));
            }
        }

        if (!_sourceDone)
        {
            var read = _source.Read(_buffer.AsSpan(_end));
            if (read == 0)
            {
                _sourceDone = true;
            }
            else
            {
                _end += read;
            }
        }

        if (_skipping)
        {
            Skip();
        }

        if (!_skipping)
        {
            Scan();
            if (!_skipping && _end - _ready > _limits.MaxRowChars + 1 && !_sourceDone)
            {
                StartSkipping();
                Skip();
            }
        }

        if (_sourceDone && !_skipping && _ready == _end && _position == _end)
        {
            _finished = true;
        }
        else if (_sourceDone && _skipping)
        {
            FinishSkipping(0);
            _finished = true;
        }
        else if (_sourceDone && _ready < _end)
        {
            FinishLastRow();
            _finished = true;
        }

        return _ready > _start || !_finished;
    }

    /// <summary>Moves the text not yet handed out to the start of the buffer.</summary>
    private void Compact()
    {
        var shift = _start;
        if (shift == 0)
        {
            return;
        }

        _buffer.AsSpan(shift, _end - shift).CopyTo(_buffer);
        _start -= shift;
        _ready -= shift;
        _end -= shift;
        _position -= shift;
        _lineStart -= shift;
        if (_inQuote)
        {
            _quoteAt -= shift; // only an open quote's place is still needed (a stale one would drift, and overflow)
        }

        if (_spanAt >= 0)
        {
            _spanAt -= shift;
        }

        if (_badAt >= 0)
        {
            _badAt -= shift;
        }
    }

    /// <summary>Scans complete rows from <see cref="_position"/>, moving <see cref="_ready"/> past each.</summary>
    private void Scan()
    {
        while (true)
        {
            // A '\r' at the end of the text read so far may be the first half of "\r\n": wait for the next character.
            var limit = !_sourceDone && _end > _position && _buffer[_end - 1] == '\r' ? _end - 1 : _end;
            if (_position >= limit)
            {
                return;
            }

            if (TakePlainRows(limit))
            {
                continue;
            }

            var rest = _buffer.AsSpan(_position, limit - _position);
            var i = rest.IndexOfAny(_inQuote ? QuotedSpecials : Specials);
            if (i < 0)
            {
                _position = limit;
                return;
            }

            i += _position;
            var c = _buffer[i];
            if (c == '"')
            {
                if (!_inQuote)
                {
                    _quoteAt = i;
                    _quoteLine = _line + _rowBreaks;
                    _quoteColumn = i - _lineStart + 1;
                }

                _inQuote = !_inQuote;
                _position = i + 1;
                continue;
            }

            if (c == '\uFFFD')
            {
                if (_badAt < 0)
                {
                    _badAt = i;
                    _badLine = _line + _rowBreaks;
                    _badColumn = i - _lineStart + 1;
                }

                _position = i + 1;
                continue;
            }

            var length = BreakLength(i);
            if (length == 1 && c == '\r')
            {
                // A lone CR (old Mac line breaks) is handed to Sep as LF: Sep 0.17.1 loses an empty line when one of
                // its read blocks ends with a lone CR and the next begins with one.
                _buffer[i] = '\n';
            }

            var next = i + length;
            if (_inQuote)
            {
                // A line break inside a quoted cell: the row goes on, within its bound.
                if (_spanAt < 0)
                {
                    _spanAt = _quoteAt;
                    _spanLine = _quoteLine;
                    _spanColumn = _quoteColumn;
                }

                _rowBreaks++;
                _lineStart = next;
                _position = next;
                if (_rowBreaks >= _limits.MaxRowLines)
                {
                    RejectSpan();
                }

                continue;
            }

            FinishRow(next, 1);
        }
    }

    /// <summary>
    /// The fast path, for the common text: from a clean row start (not the header, no quote open, nothing found in
    /// the row), the text up to the next quote or U+FFFD holds only plain rows; when it has no CR either, every LF in
    /// it ends a row, so all rows up to its last LF are ready at once (vectorized searches and a count of LFs, no
    /// per-row work). Anything else — a quote, a CR, a possibly long row — is left to the row-by-row scan.
    /// </summary>
    /// <returns>Whether rows were taken.</returns>
    private bool TakePlainRows(int limit)
    {
        if (_inQuote || _header || _spanAt >= 0 || _badAt >= 0 || _rowBreaks != 0)
        {
            return false;
        }

        var rest = _buffer.AsSpan(_position, limit - _position);
        var special = rest.IndexOfAny(PlainStops);
        var plain = special < 0 ? rest : rest[..special];
        var last = plain.LastIndexOf('\n');
        if (last < 0 || _position + last - _ready > _limits.MaxRowChars)
        {
            return false;
        }

        _line += plain[..(last + 1)].Count('\n');
        _ready = _position + last + 1;
        StartRow(_ready);
        return true;
    }

    /// <summary>The length of the line break at <paramref name="i"/>: 2 for <c>\r\n</c>, else 1.</summary>
    private int BreakLength(int i) => _buffer[i] == '\r' && i + 1 < _end && _buffer[i + 1] == '\n' ? 2 : 1;

    /// <summary>The row from <see cref="_ready"/> ends at <paramref name="rowEnd"/> (after <paramref name="trailingBreaks"/> line break, 0 or 1).</summary>
    private void FinishRow(int rowEnd, int trailingBreaks)
    {
        var lines = _rowBreaks + 1;
        if (_header)
        {
            _header = false;
            ReadHeader(rowEnd);
            if (_badAt >= 0)
            {
                Reject(GuardEventKind.InvalidText, rowEnd, trailingBreaks, _badLine, _badColumn, _badAt);
                return;
            }

            if (_spanAt >= 0)
            {
                Event(GuardEventKind.MultiLineRow, lines, _spanLine, _spanColumn, rowEnd - _ready, _spanAt);
            }
        }
        else if (_badAt >= 0)
        {
            Reject(GuardEventKind.InvalidText, rowEnd, trailingBreaks, _badLine, _badColumn, _badAt);
            return;
        }
        else if (rowEnd - _ready - trailingBreaks > _limits.MaxRowChars)
        {
            Reject(GuardEventKind.RowTooLong, rowEnd, trailingBreaks, _line, 1, _ready);
            return;
        }
        else if (_spanAt >= 0)
        {
            if (CountCells(_ready, rowEnd) != HeaderCells)
            {
                RejectSpan();
                return;
            }

            Event(GuardEventKind.MultiLineRow, lines, _spanLine, _spanColumn, rowEnd - _ready, _spanAt);
        }

        // The last line of a text that ends without a line break is a physical line all the same.
        _line += _rowBreaks + (trailingBreaks == 0 ? 1 : trailingBreaks);
        _ready = rowEnd;
        StartRow(rowEnd);
    }

    /// <summary>The text ended without a line break after the last row.</summary>
    private void FinishLastRow()
    {
        if (_inQuote && _rowBreaks > 0)
        {
            // A quote left open across lines to the end of the text: never a legitimate cell.
            RejectSpan();
            Scan();
            if (_ready < _end)
            {
                FinishLastRow();
            }

            return;
        }

        FinishRow(_end, 0);
    }

    /// <summary>
    /// Rejects the lines from the row's start to the end of the line where the quote that spans lines opened, and
    /// goes on with the next line as a new row (the quote is taken as the row's fault, not as a cell's start).
    /// </summary>
    private void RejectSpan()
    {
        var breakAt = _buffer.AsSpan(_spanAt, _end - _spanAt).IndexOfAny(Breaks) + _spanAt;
        var rejectEnd = breakAt + BreakLength(breakAt);
        var lines = _spanLine - _line + 1;
        var excerptStart = _buffer.AsSpan(_ready, _spanAt - _ready).LastIndexOfAny(Breaks) + 1 + _ready;
        _events.Enqueue(new GuardEvent(GuardEventKind.QuoteNotClosed, _line, lines, _spanLine, _spanColumn,
            rejectEnd - _ready, Excerpt(excerptStart, breakAt)));
        Blank(rejectEnd, (int)lines);
    }

    /// <summary>Rejects the whole row from <see cref="_ready"/> to <paramref name="rowEnd"/>.</summary>
    private void Reject(GuardEventKind kind, int rowEnd, int trailingBreaks, long detailLine, int column, int at)
    {
        var excerptStart = _buffer.AsSpan(_ready, at - _ready).LastIndexOfAny(Breaks) + 1 + _ready;
        var excerptEnd = _buffer.AsSpan(at, rowEnd - at).IndexOfAny(Breaks);
        Event(kind, _rowBreaks + 1, detailLine, column, rowEnd - _ready - trailingBreaks, excerptStart,
            excerptEnd < 0 ? rowEnd : excerptEnd + at);
        Blank(rowEnd, _rowBreaks + trailingBreaks);
        if (trailingBreaks == 0)
        {
            _line++;
        }
    }

    private void Event(GuardEventKind kind, long lines, long detailLine, int column, long length, int excerptStart, int excerptEnd = -1)
    {
        if (excerptEnd < 0)
        {
            var end = _buffer.AsSpan(excerptStart, _end - excerptStart).IndexOfAny(Breaks);
            excerptEnd = end < 0 ? _end : end + excerptStart;
        }

        _events.Enqueue(new GuardEvent(kind, _line, lines, detailLine, column, length, Excerpt(excerptStart, excerptEnd)));
    }

    private string Excerpt(int from, int to) => new(_buffer.AsSpan(from, Math.Min(to - from, ExcerptChars)));

    /// <summary>Replaces the text from <see cref="_ready"/> to <paramref name="end"/> with <paramref name="lines"/> empty lines and starts a new row after them.</summary>
    private void Blank(int end, int lines)
    {
        WriteEmptyLines(end, lines);
        _line += lines;
        StartRow(_ready);
    }

    /// <summary>
    /// Replaces the text from <see cref="_ready"/> to <paramref name="end"/> with <paramref name="lines"/> empty
    /// lines, each <c>\r\n</c>: a lone <c>\r</c> before them or a <c>\n</c> after them cannot merge with one into a
    /// single line break, so Sep sees exactly that many empty rows. Moves <see cref="_ready"/> past them.
    /// </summary>
    private void WriteEmptyLines(int end, int lines)
    {
        var size = 2 * lines;
        var tail = _end - end;
        if (_ready + size + tail > _buffer.Length)
        {
            Array.Resize(ref _buffer, _ready + size + tail);
        }

        _buffer.AsSpan(end, tail).CopyTo(_buffer.AsSpan(_ready + size));
        for (var i = 0; i < lines; i++)
        {
            _buffer[_ready + (2 * i)] = '\r';
            _buffer[_ready + (2 * i) + 1] = '\n';
        }

        _end = _ready + size + tail;
        _ready += size;
        BlankedLines += lines;
    }

    private void StartRow(int at)
    {
        _position = at;
        _lineStart = at;
        _inQuote = false;
        _spanAt = -1;
        _rowBreaks = 0;
        _badAt = -1;
    }

    /// <summary>The row being read is longer than the limit: its text is dropped up to its end.</summary>
    private void StartSkipping()
    {
        _skipping = true;
        _skippedExcerpt = Excerpt(_ready, _end);
        _skippedChars = _end - _ready;
        _end = _ready;
        _position = _ready;
    }

    private void Skip()
    {
        var found = _buffer.AsSpan(_ready, _end - _ready).IndexOfAny(Breaks);
        if (found < 0)
        {
            // Keep a '\r' at the end: it may be followed by '\n'.
            var keep = !_sourceDone && _end > _ready && _buffer[_end - 1] == '\r' ? 1 : 0;
            _skippedChars += _end - _ready - keep;
            if (keep == 1)
            {
                _buffer[_ready] = '\r';
            }

            _end = _ready + keep;
            return;
        }

        var at = found + _ready;
        if (_buffer[at] == '\r' && at + 1 == _end && !_sourceDone)
        {
            _skippedChars += at - _ready;
            _buffer[_ready] = '\r';
            _end = _ready + 1;
            return;
        }

        _skippedChars += at - _ready;
        var after = at + BreakLength(at);
        _buffer.AsSpan(after, _end - after).CopyTo(_buffer.AsSpan(_ready));
        _end = _ready + (_end - after);
        FinishSkipping(1);
        Scan();
    }

    private void FinishSkipping(int trailingBreaks)
    {
        _skipping = false;
        _events.Enqueue(new GuardEvent(GuardEventKind.RowTooLong, _line, _rowBreaks + 1, _line, 1, _skippedChars,
            _skippedExcerpt ?? string.Empty));
        WriteEmptyLines(_ready, _rowBreaks + trailingBreaks);
        _line += _rowBreaks + 1;
        _skippedExcerpt = null;
        StartRow(_ready);
    }

    /// <summary>Detects the separator (when not given) and counts the header's cells.</summary>
    private void ReadHeader(int rowEnd)
    {
        var text = _buffer.AsSpan(_ready, rowEnd - _ready);
        if (Separator is null)
        {
            Span<int> counts = stackalloc int[4];
            var quoted = false;
            foreach (var c in text)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted)
                {
                    var k = CandidateIndex(c);
                    if (k >= 0)
                    {
                        counts[k]++;
                    }
                }
            }

            var best = 3;
            for (var k = 0; k < 4; k++)
            {
                if (counts[k] > counts[best] || (counts[k] == counts[best] && k < best && counts[k] > 0))
                {
                    best = k;
                }
            }

            Separator = Candidates[best];
        }

        HeaderCells = CountCells(_ready, rowEnd);
    }

    private const string Candidates = ";\t|,";

    private static int CandidateIndex(char c) => Candidates.IndexOf(c, StringComparison.Ordinal);

    /// <summary>The number of cells of the text from <paramref name="from"/> to <paramref name="to"/>: separators outside quotes, plus one.</summary>
    private int CountCells(int from, int to)
    {
        var separator = Separator ?? ',';
        var cells = 1;
        var quoted = false;
        foreach (var c in _buffer.AsSpan(from, to - from))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                cells++;
            }
        }

        return cells;
    }
}

/// <summary>The bounds of <see cref="LineGuard"/>.</summary>
/// <param name="MaxRowLines">The most physical lines a row may span (a quoted cell's line breaks), at least 1.</param>
/// <param name="MaxRowChars">The most characters a row may have, line breaks not counted.</param>
internal readonly record struct GuardLimits(int MaxRowLines, int MaxRowChars);
