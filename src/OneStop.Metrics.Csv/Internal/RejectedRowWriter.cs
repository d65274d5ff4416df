using System.Globalization;
using System.IO;
using System.Linq;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>Writes rejected rows as CSV: <c>line,id,codes,messages</c>, codes separated by spaces, messages by <c> | </c>.</summary>
internal sealed class RejectedRowWriter
{
    /// <summary>The header line.</summary>
    public const string Header = "line,id,codes,messages";

    private readonly TextWriter _writer;

    public RejectedRowWriter(TextWriter writer)
    {
        _writer = writer;
        _writer.Write(Header);
        _writer.Write('\n');
    }

    public void Write(long line, string? id, IntakeFailure[] failures)
    {
        CsvText.WriteRow(_writer, ',',
            line.ToString(CultureInfo.InvariantCulture),
            id,
            string.Join(' ', failures.Select(f => f.Code).Distinct()),
            string.Join(" | ", failures.Select(f => f.Message)));
    }

    public void Flush() => _writer.Flush();
}
