using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace OneStop.Metrics.Fuzz;

/// <summary>One kind of failure a run found: its signature, the first input that showed it, how many inputs did.</summary>
/// <param name="Violation">The violation of the first input.</param>
/// <param name="Input">The first input that failed this way.</param>
/// <param name="Count">How many inputs failed this way.</param>
public sealed record FuzzFinding(Violation Violation, byte[] Input, int Count);

/// <summary>What a run of one target did.</summary>
/// <param name="Target">The target's name.</param>
/// <param name="Inputs">How many inputs were run.</param>
/// <param name="Findings">The distinct failures, by signature, in the order found.</param>
/// <param name="Elapsed">The run's time.</param>
/// <param name="Hung">Whether the run stopped at an input over the time budget (its finding has the signature <c>hang</c>).</param>
public sealed record FuzzReport(string Target, long Inputs, IReadOnlyList<FuzzFinding> Findings, TimeSpan Elapsed, bool Hung)
{
    /// <summary>How many inputs failed.</summary>
    public long FailedInputs => Findings.Sum(f => (long)f.Count);

    /// <summary>Inputs per second.</summary>
    public double InputsPerSecond => Elapsed.TotalSeconds > 0 ? Inputs / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Runs a target over seeded mutations of its corpus (the seeds themselves first), each input under a watchdog:
/// an exception the reader does not document, a violated invariant, or a read longer than the budget is a finding.
/// The same target, seed and count give the same inputs.
/// </summary>
public static class FuzzRunner
{
    /// <summary>The default time budget of one input.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="inputs"/> inputs.</summary>
    public static FuzzReport Run(IFuzzTarget target, long inputs, ulong seed, TimeSpan? budget = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var random = new FuzzRandom(seed);
        var mutator = new Mutator(target.Seeds, target.Dictionary);
        var findings = new List<FuzzFinding>();
        var bySignature = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (long i = 0; i < inputs; i++)
        {
            var input = i < target.Seeds.Count ? target.Seeds[(int)i] : mutator.Next(random);
            var violation = Check(target, input, budget ?? DefaultBudget);
            if (violation is null)
            {
                continue;
            }

            if (bySignature.TryGetValue(violation.Signature, out var index))
            {
                findings[index] = findings[index] with { Count = findings[index].Count + 1 };
            }
            else
            {
                bySignature[violation.Signature] = findings.Count;
                findings.Add(new FuzzFinding(violation, input, 1));
            }

            if (violation.Signature == HangSignature)
            {
                return new FuzzReport(target.Name, i + 1, findings, clock.Elapsed, Hung: true);
            }
        }

        return new FuzzReport(target.Name, inputs, findings, clock.Elapsed, Hung: false);
    }

    /// <summary>The signature of an input over the time budget.</summary>
    public const string HangSignature = "hang";

    /// <summary>
    /// Checks one input under the watchdog: its violation, an escaped exception as a violation, or a hang. The read
    /// runs on a thread of its own and the budget counts from the moment it starts, so a busy thread pool (tests run
    /// in parallel) can delay an input but never make it look hung.
    /// </summary>
    public static Violation? Check(IFuzzTarget target, byte[] input, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(target);
        // Not disposed: after a hang the thread may still finish and signal them (a disposed event would throw on
        // that thread and end the process); they hold no kernel handle unless one is asked for.
        var started = new ManualResetEventSlim();
        var finished = new ManualResetEventSlim();
        Violation? result = null;
        var thread = new Thread(() =>
        {
            started.Set();
            result = CheckCatching(target, input);
            finished.Set();
        }, maxStackSize: 16 << 20) { IsBackground = true, Name = "fuzz input" };
        thread.Start();
        started.Wait();
        return finished.Wait(budget)
            ? result
            : new Violation(HangSignature, $"the read took more than {budget.TotalSeconds:0.###} s");
    }

    private static Violation? CheckCatching(IFuzzTarget target, byte[] input)
    {
        try
        {
            return target.Check(input);
        }
#pragma warning disable CA1031 // Any exception that escapes a reader is the finding.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new Violation($"exception {e.GetType().Name} at {ThrowSite(e)}", e.ToString());
        }
    }

    /// <summary>The first frame of the stack outside the framework's throw helpers: <c>Type.Method</c>.</summary>
    private static string ThrowSite(Exception e)
    {
        var frames = new StackTrace(e).GetFrames();
        var method = frames.Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace is { } ns && !ns.StartsWith("System", StringComparison.Ordinal))
            ?? frames.FirstOrDefault()?.GetMethod();
        return method is null ? "?" : $"{method.DeclaringType?.Name}.{method.Name}";
    }
}
