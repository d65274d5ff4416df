using System;
using System.IO;
using System.Text;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// A one-line progress display for a terminal: <c>[#####---------------]  25%  65.536 dòng  327.680 dòng/s</c> (with
/// <c>--lang en</c>: <c>65,536 rows  327,680 rows/s</c>), redrawn in place with <c>\r</c> at most every
/// <see cref="Interval"/> and erased by <see cref="Clear"/>. The bar and percentage are the share of the file's bytes
/// read (left out when the length is unknown); rows per second are the rows reported over the elapsed time, which
/// the caller measures (the library it reports for never reads a clock).
/// </summary>
/// <remarks>Thread-safe: the CSV reader reports from its folding thread, then once from the calling thread.</remarks>
internal sealed class ProgressLine : IProgress<long>
{
    /// <summary>The shortest time between two drawings: four a second at most.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private const int BarWidth = 20;

    private readonly object _gate = new();
    private readonly TextWriter _writer;
    private readonly NumberStyle _numbers;
    private readonly string _rows;
    private readonly Func<TimeSpan> _elapsed;
    private readonly Func<long> _bytesRead;
    private readonly long? _totalBytes;
    private TimeSpan? _drawnAt;
    private int _drawnWidth;

    /// <summary>Creates the display; nothing is written until the first report.</summary>
    /// <param name="writer">The terminal (standard error).</param>
    /// <param name="language">The words and number style.</param>
    /// <param name="elapsed">The time since the read began.</param>
    /// <param name="bytesRead">How many bytes of the file have been read.</param>
    /// <param name="totalBytes">The file's length in bytes, or <see langword="null"/> when unknown (then no bar is drawn).</param>
    public ProgressLine(TextWriter writer, ReportLanguage language, Func<TimeSpan> elapsed, Func<long> bytesRead, long? totalBytes)
    {
        _writer = writer;
        _numbers = ReportWriter.PrintOptions(language).Numbers.WithPadSingleDigitCounts(false);
        _rows = language == ReportLanguage.English ? "rows" : "dòng";
        _elapsed = elapsed;
        _bytesRead = bytesRead;
        _totalBytes = totalBytes;
    }

    /// <summary>Takes the number of rows read so far; redraws the line unless it was drawn less than <see cref="Interval"/> ago.</summary>
    /// <param name="value">The rows read so far.</param>
    public void Report(long value)
    {
        lock (_gate)
        {
            var now = _elapsed();
            if (_drawnAt is { } drawn && now - drawn < Interval)
            {
                return;
            }

            _drawnAt = now;
            var line = Line(value, now);
            _writer.Write("\r" + line.PadRight(_drawnWidth));
            _writer.Flush();
            _drawnWidth = Math.Max(_drawnWidth, line.Length);
        }
    }

    /// <summary>Erases the line (spaces over it, the cursor back at its start), if one was drawn.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_drawnWidth == 0)
            {
                return;
            }

            _writer.Write("\r" + new string(' ', _drawnWidth) + "\r");
            _writer.Flush();
            _drawnWidth = 0;
            _drawnAt = null;
        }
    }

    /// <summary>The text of the line for a number of rows at a time.</summary>
    private string Line(long rows, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        if (_totalBytes is long total and > 0)
        {
            var percent = (int)Math.Min(100, _bytesRead() * 100 / total);
            var filled = percent * BarWidth / 100;
            text.Append('[').Append('#', filled).Append('-', BarWidth - filled).Append("] ")
                .Append(percent.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(3)).Append("%  ");
        }

        text.Append(NumberFormatter.FormatCount(rows, _numbers)).Append(' ').Append(_rows);
        var milliseconds = (long)elapsed.TotalMilliseconds;
        if (milliseconds > 0)
        {
            text.Append("  ").Append(NumberFormatter.FormatCount(rows * 1000 / milliseconds, _numbers)).Append(' ').Append(_rows).Append("/s");
        }

        return text.ToString();
    }
}
