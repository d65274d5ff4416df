using System.Linq;
using BenchmarkDotNet.Running;

namespace OneStop.Metrics.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter '*'</c>; CI's smoke run adds
/// <c>--job dry --inProcess</c>. Exits 1 when a benchmark fails or a validator reports a critical error.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
