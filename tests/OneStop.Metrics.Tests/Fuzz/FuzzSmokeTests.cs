using System;
using System.Linq;
using System.Text;
using OneStop.Metrics.Fuzz;
using Xunit;

namespace OneStop.Metrics.Tests.Fuzz;

/// <summary>
/// The CI smoke of the fuzz harness (docs/fuzzing.md): each reader's target over a few thousand seeded inputs, with
/// no exception the reader does not document, no violated invariant and no input over the time budget.
/// </summary>
public class FuzzSmokeTests
{
    public const ulong Seed = 20261208;

    /// <summary>
    /// The time budget of one input in CI: a read takes milliseconds, but the smoke shares two cores with the rest of
    /// the suite, so the budget only has to tell a loop that never ends from a starved one.
    /// </summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("dossier-csv", 2000)]
    [InlineData("reference-csv", 4000)]
    [InlineData("report-json", 4000)]
    public void A_seeded_run_finds_nothing(string target, int inputs)
    {
        var report = FuzzRunner.Run(FuzzTargets.Create(target), inputs, Seed, Budget);

        Assert.Equal(inputs, report.Inputs);
        Assert.True(report.Findings.Count == 0, Describe(report));
    }

    [Fact]
    public void The_same_seed_gives_the_same_inputs_and_the_mutations_change_them()
    {
        var target = FuzzTargets.Create("reference-csv");
        var first = new Mutator(target.Seeds, target.Dictionary);
        var second = new Mutator(target.Seeds, target.Dictionary);
        var a = new FuzzRandom(7);
        var b = new FuzzRandom(7);

        var inputs = Enumerable.Range(0, 200).Select(_ => first.Next(a)).ToList();

        Assert.All(inputs, input => Assert.Equal(input, second.Next(b)));
        Assert.True(inputs.Count(input => !target.Seeds.Any(s => s.AsSpan().SequenceEqual(input))) > 190);
    }

    [Fact]
    public void The_minimizer_shrinks_a_failing_input_to_what_fails()
    {
        var target = new FailsOnQuote();

        var minimal = Minimizer.Minimize(target, Encoding.UTF8.GetBytes("code,name\nA,\"B\"\n"), "invariant no-quote");

        Assert.Equal("\""u8.ToArray(), minimal);
    }

    internal static string Describe(FuzzReport report) =>
        $"{report.Target}: {report.FailedInputs} of {report.Inputs} inputs failed\n"
        + string.Join("\n", report.Findings.Select(f =>
            $"- {f.Violation.Signature} ({f.Count} inputs), first input: {Escape(f.Input)}\n  {f.Violation.Message.Split('\n')[0]}"));

    private static string Escape(byte[] input) =>
        string.Concat(input.Take(160).Select(b => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:x2}"))
        + (input.Length > 160 ? $"… ({input.Length} bytes)" : string.Empty);

    /// <summary>A target whose only invariant is that the input holds no quote.</summary>
    [Fact]
    public void A_read_over_its_budget_is_a_hang_and_its_late_end_does_no_harm()
    {
        using var release = new System.Threading.ManualResetEventSlim();
        var target = new Blocks(release);

        var violation = FuzzRunner.Check(target, [1], TimeSpan.FromMilliseconds(100));
        release.Set(); // the read ends after the watchdog gave up on it
        System.Threading.SpinWait.SpinUntil(() => target.Ended, TimeSpan.FromSeconds(10));

        Assert.Equal(FuzzRunner.HangSignature, violation?.Signature);
        Assert.True(target.Ended);
        Assert.Null(FuzzRunner.Check(new FailsOnQuote(), [1], TimeSpan.FromSeconds(30)));
    }

    /// <summary>A target whose read waits until it is released.</summary>
    private sealed class Blocks(System.Threading.ManualResetEventSlim release) : IFuzzTarget
    {
        public string Name => "blocks";

        public System.Collections.Generic.IReadOnlyList<byte[]> Seeds { get; } = [[]];

        public System.Collections.Generic.IReadOnlyList<string> Dictionary { get; } = [];

        public bool Ended { get; private set; }

        public Violation? Check(byte[] input)
        {
            release.Wait();
            Ended = true;
            return null;
        }
    }

    private sealed class FailsOnQuote : FuzzTarget<byte[]>
    {
        public override string Name => "fails-on-quote";

        public override System.Collections.Generic.IReadOnlyList<byte[]> Seeds { get; } = [[]];

        public override System.Collections.Generic.IReadOnlyList<string> Dictionary { get; } = [];

        public override System.Collections.Generic.IReadOnlyList<Invariant<byte[]>> Invariants { get; } =
            [new("no-quote", (input, _) => input.Contains((byte)'"') ? "a quote" : null)];

        protected override byte[] Read(byte[] input) => input;
    }
}
