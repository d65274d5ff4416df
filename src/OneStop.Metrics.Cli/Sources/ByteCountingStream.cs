using System;
using System.IO;
using System.Threading;

namespace OneStop.Metrics.Cli.Sources;

/// <summary>
/// A read-only stream over another that counts the bytes read through it, so that another thread (a progress
/// display) can tell how far a file has been read. Seeking, length and position pass through, so a reader that sizes
/// itself from the stream's length still can.
/// </summary>
internal sealed class ByteCountingStream : Stream
{
    private readonly Stream _inner;
    private long _bytesRead;

    /// <summary>Wraps a readable stream; disposing this stream disposes it.</summary>
    /// <param name="inner">The stream to read.</param>
    public ByteCountingStream(Stream inner) => _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>How many bytes have been read so far; safe to read from any thread.</summary>
    public long BytesRead => Volatile.Read(ref _bytesRead);

    /// <summary>The length of the inner stream, or <see langword="null"/> when it cannot seek.</summary>
    public long? KnownLength => _inner.CanSeek ? _inner.Length : null;

    public override bool CanRead => true;

    public override bool CanSeek => _inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set => _inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Counted(_inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(_inner.Read(buffer));

    public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException("The stream is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The stream is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        Interlocked.Add(ref _bytesRead, read);
        return read;
    }
}
