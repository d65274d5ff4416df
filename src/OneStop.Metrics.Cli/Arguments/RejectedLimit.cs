using System.Globalization;
using OneStop.Metrics.Csv;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>
/// <c>--max-rejected</c>: the most rejected dossier rows a report accepts before it exits with
/// <see cref="Program.TooManyRejected"/> — a share of the rows read (<c>1%</c>, the default; <c>0.5%</c>) or a
/// count (<c>0</c>, <c>250</c>). Compared exactly: rejected × 100 &gt; share × rows read.
/// </summary>
internal sealed record RejectedLimit(decimal? Percent, long? Count)
{
    /// <summary>The default: 1% of the rows read.</summary>
    public static RejectedLimit Default { get; } = new(1m, null);

    /// <summary>Reads the option's value: a share ending in <c>%</c> (0 to 100) or a whole count.</summary>
    /// <exception cref="UsageException">The value is neither.</exception>
    public static RejectedLimit Parse(string text, OptionSpec option)
    {
        var value = text.Trim();
        if (value.EndsWith('%')
            && decimal.TryParse(value[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            && percent <= 100m)
        {
            return new RejectedLimit(percent, null);
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return new RejectedLimit(null, count);
        }

        throw new UsageException(
            $"invalid value {ArgumentText.Quote(text)} for option {ArgumentText.Quote(option.Name)} (expected a share such as 1% or 0.5%, from 0% to 100%, or a whole number of rows such as 0 or 250)");
    }

    /// <summary>Whether the read rejected more rows than allowed.</summary>
    public bool IsExceeded(CsvTallyResult rows) =>
        Count is { } count ? rows.Rejected > count : rows.Rejected * 100m > Percent!.Value * rows.RowsRead;

    /// <summary>The limit as the option writes it: <c>1%</c>, <c>250</c>.</summary>
    public override string ToString() =>
        Count is { } count ? count.ToString(CultureInfo.InvariantCulture) : Percent!.Value.ToString(CultureInfo.InvariantCulture) + "%";
}
