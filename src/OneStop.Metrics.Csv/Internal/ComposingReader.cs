using System;
using System.IO;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Composes decoded Windows-1258 text line block by line block (<see cref="VietnameseComposition"/>): the code page
/// writes Vietnamese tone marks as combining characters (<c>o</c> + U+0301), which names and headers must not keep.
/// A block is cut after its last line break, so a letter and its mark are never split.
/// </summary>
internal sealed class ComposingReader : TextReader
{
    private readonly TextReader _inner;
    private char[] _pending = new char[1 << 16];
    private int _pendingCount;
    private bool _innerDone;
    private string _ready = string.Empty;
    private int _position;

    public ComposingReader(TextReader inner) => _inner = inner;

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_position == _ready.Length)
        {
            if (!Fill())
            {
                return 0;
            }
        }

        var n = Math.Min(buffer.Length, _ready.Length - _position);
        _ready.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek()
    {
        while (_position == _ready.Length)
        {
            if (!Fill())
            {
                return -1;
            }
        }

        return _ready[_position];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        if (_innerDone && _pendingCount == 0)
        {
            return false;
        }

        if (!_innerDone)
        {
            if (_pendingCount == _pending.Length)
            {
                Array.Resize(ref _pending, _pending.Length * 2);
            }

            var read = _inner.Read(_pending.AsSpan(_pendingCount));
            if (read == 0)
            {
                _innerDone = true;
            }
            else
            {
                _pendingCount += read;
            }
        }

        var cut = _innerDone ? _pendingCount : _pending.AsSpan(0, _pendingCount).LastIndexOfAny('\n', '\r') + 1;
        if (cut > 0)
        {
            var composed = _pending.AsSpan(0, cut).ToArray();
            _ready = new string(composed, 0, VietnameseComposition.Compose(composed));
            _position = 0;
            _pending.AsSpan(cut, _pendingCount - cut).CopyTo(_pending);
            _pendingCount -= cut;
        }

        return true;
    }
}
