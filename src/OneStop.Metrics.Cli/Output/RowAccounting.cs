using System.Globalization;
using System.Linq;
using OneStop.Metrics.Cli.Commands;
using OneStop.Metrics.Csv;

namespace OneStop.Metrics.Cli.Output;

/// <summary>
/// The accounting of a data-folder report on stderr: rejected rows by error code, the first failures, then the closing line
/// <c>rows read: N, accepted: A, rejected: R</c> (plain digits), all on standard output, so every row is accounted for.
/// </summary>
internal static class RowAccounting
{
    public static void Write(CsvTallyResult result, CliContext context)
    {
        foreach (var (code, count) in result.RejectedByCode.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            context.Out.Write(string.Create(CultureInfo.InvariantCulture, $"rejected {count} row(s) with {code}\n"));
        }

        foreach (var failure in result.Failures.Take(5))
        {
            context.Out.Write(failure.Code + " " + failure.Message + "\n");
        }

        context.Out.Write(string.Create(CultureInfo.InvariantCulture,
            $"rows read: {result.RowsRead}, accepted: {result.Accepted}, rejected: {result.Rejected}\n"));
    }
}
