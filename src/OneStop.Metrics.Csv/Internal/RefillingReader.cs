using System;
using System.IO;

namespace OneStop.Metrics.Csv;

/// <summary>
/// A <see cref="TextReader"/> that hands out text a subclass prepares block by block: <see cref="Available"/> is the
/// text ready, <see cref="Consume"/> takes some of it, and <see cref="Advance"/> prepares more. The readers of the
/// package that stand between a decoder and Sep (<see cref="LineGuard"/>, <see cref="ComposingReader"/>) share it.
/// </summary>
internal abstract class RefillingReader : TextReader
{
    /// <summary>The text ready to hand out.</summary>
    protected abstract ReadOnlySpan<char> Available { get; }

    /// <inheritdoc/>
    public sealed override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !HasText())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, Available.Length);
        Available[..count].CopyTo(buffer);
        Consume(count);
        return count;
    }

    /// <inheritdoc/>
    public sealed override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public sealed override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    /// <inheritdoc/>
    public sealed override int Peek() => HasText() ? Available[0] : -1;

    /// <summary>Marks <paramref name="count"/> characters of <see cref="Available"/> as handed out.</summary>
    protected abstract void Consume(int count);

    /// <summary>Prepares more text; <see langword="false"/> when there will be none.</summary>
    protected abstract bool Advance();

    private bool HasText()
    {
        while (Available.IsEmpty)
        {
            if (!Advance())
            {
                return false;
            }
        }

        return true;
    }
}
