using System;
using System.IO;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Composes decoded Windows-1258 text line block by line block (<see cref="VietnameseComposition"/>): the code page
/// writes Vietnamese tone marks as combining characters (<c>o</c> + U+0301), which names and headers must not keep.
/// A block is cut after its last line break, so a letter and its mark are never split.
/// </summary>
internal sealed class ComposingReader : RefillingReader
{
    private readonly TextReader _inner;
    private char[] _pending = new char[1 << 16];
    private int _pendingCount;
    private bool _innerDone;
    private string _ready = string.Empty;
    private int _position;

    public ComposingReader(TextReader inner) => _inner = inner;

    /// <inheritdoc/>
    protected override ReadOnlySpan<char> Available => _ready.AsSpan(_position);

    /// <inheritdoc/>
    protected override void Consume(int count) => _position += count;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc/>
    protected override bool Advance()
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
