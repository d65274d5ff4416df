using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace OneStop.Metrics.Fuzz;

/// <summary>
/// <c>dotnet run -c Release --project tests/OneStop.Metrics.Fuzz -- --target dossier-csv|reference-csv|report-json|all
/// --inputs N --seed S [--minimize] [--out DIR] [--budget-ms MS]</c>, or <c>--replay FILE|DIR --target NAME</c> to
/// check saved inputs. Prints per target the inputs run, the findings, the time and the inputs per second; exit
/// code 0 when nothing was found, 1 otherwise, 2 for a usage error.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: OneStop.Metrics.Fuzz --target dossier-csv|reference-csv|report-json|all [--inputs N] [--seed S] [--minimize] [--out DIR] [--budget-ms MS]\n"
        + "       OneStop.Metrics.Fuzz --target NAME --replay FILE|DIR\n"
        + "       OneStop.Metrics.Fuzz --target NAME --afl|--libfuzzer   (under afl-fuzz or libFuzzer, assemblies instrumented with sharpfuzz)";

    private static int Main(string[] args)
    {
        Dictionary<string, string> options;
        try
        {
            options = Options(args);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("fuzz: error: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var targets = FuzzTargets.Select(options.GetValueOrDefault("--target", "all"));
        var budget = TimeSpan.FromMilliseconds(long.Parse(options.GetValueOrDefault("--budget-ms", "2000"), CultureInfo.InvariantCulture));
        if (options.ContainsKey("--afl") || options.ContainsKey("--libfuzzer"))
        {
            if (targets.Count != 1)
            {
                Console.Error.WriteLine("fuzz: error: --afl and --libfuzzer need one --target");
                return 2;
            }

            if (options.ContainsKey("--afl"))
            {
                SharpFuzzEntry.Afl(targets[0]);
            }
            else
            {
                SharpFuzzEntry.LibFuzzer(targets[0]);
            }

            return 0;
        }

        if (options.TryGetValue("--replay", out var replay))
        {
            return Replay(targets, replay, budget);
        }

        var inputs = long.Parse(options.GetValueOrDefault("--inputs", "10000"), CultureInfo.InvariantCulture);
        var seed = ulong.Parse(options.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture);
        var folder = options.GetValueOrDefault("--out", "fuzz-findings");
        var failed = false;
        foreach (var target in targets)
        {
            var report = FuzzRunner.Run(target, inputs, seed, budget);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Target}: {report.Inputs} inputs (seed {seed}), {report.Findings.Count} distinct findings in {report.FailedInputs} inputs, {report.Elapsed.TotalSeconds:0.0} s, {report.InputsPerSecond:0} inputs/s{(report.Hung ? ", stopped at a hang" : "")}"));
            foreach (var finding in report.Findings)
            {
                failed = true;
                var minimized = options.ContainsKey("--minimize") && finding.Violation.Signature != FuzzRunner.HangSignature
                    ? Minimizer.Minimize(target, finding.Input, finding.Violation.Signature)
                    : null;
                var path = FindingStore.Save(folder, target.Name, finding, minimized);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {finding.Violation.Signature}: {finding.Count} inputs; {(minimized is null ? "" : $"minimized to {minimized.Length} bytes, ")}saved {path}"));
            }
        }

        return failed ? 1 : 0;
    }

    /// <summary>Checks every saved input of a file or folder against the targets; prints each failure.</summary>
    private static int Replay(IReadOnlyList<IFuzzTarget> targets, string path, TimeSpan budget)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.bin").Order(StringComparer.Ordinal).ToArray() : [path];
        var failed = 0;
        foreach (var target in targets)
        {
            foreach (var file in files)
            {
                if (FuzzRunner.Check(target, File.ReadAllBytes(file), budget) is { } violation)
                {
                    failed++;
                    Console.WriteLine($"{target.Name} {file}: {violation.Signature}\n{violation.Message}");
                }
            }
        }

        Console.WriteLine($"replayed {files.Length} inputs on {targets.Count} targets: {failed} failures");
        return failed > 0 ? 1 : 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        string[] flags = ["--minimize", "--afl", "--libfuzzer"];
        string[] valued = ["--target", "--inputs", "--seed", "--out", "--budget-ms", "--replay"];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (flags.Contains(args[i]))
            {
                options[args[i]] = "true";
            }
            else if (valued.Contains(args[i]) && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else
            {
                throw new FormatException($"unexpected argument '{args[i]}'");
            }
        }

        if (options.TryGetValue("--target", out var target) && target != "all" && !FuzzTargets.Names.Contains(target))
        {
            throw new FormatException($"no target '{target}' (expected all, {string.Join(", ", FuzzTargets.Names)})");
        }

        foreach (var number in new[] { "--inputs", "--seed", "--budget-ms" })
        {
            if (options.TryGetValue(number, out var text) && !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new FormatException($"option '{number}' needs a whole number, not '{text}'");
            }
        }

        return options;
    }
}
