using System;
using System.IO;
using SharpFuzz;

namespace OneStop.Metrics.Fuzz;

/// <summary>
/// The entry points for coverage-guided fuzzers through SharpFuzz (docs/fuzzing.md): <c>--afl</c> under
/// <c>afl-fuzz</c>, <c>--libfuzzer</c> under libFuzzer (<c>libfuzzer-dotnet</c>). Each input goes through the
/// target's <see cref="IFuzzTarget.Check"/>; a violated invariant is thrown, so the fuzzer records it as a crash.
/// The assemblies under test must first be instrumented with the <c>sharpfuzz</c> tool.
/// </summary>
internal static class SharpFuzzEntry
{
    /// <summary>Runs the AFL loop (<see cref="Fuzzer.OutOfProcess.Run(Action{Stream})"/>).</summary>
    public static void Afl(IFuzzTarget target) => Fuzzer.OutOfProcess.Run(stream =>
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Check(target, copy.ToArray());
    });

    /// <summary>Runs the libFuzzer loop (<see cref="Fuzzer.LibFuzzer.Run(ReadOnlySpanAction)"/>).</summary>
    public static void LibFuzzer(IFuzzTarget target) => Fuzzer.LibFuzzer.Run(span => Check(target, span.ToArray()));

    private static void Check(IFuzzTarget target, byte[] input)
    {
        if (target.Check(input) is { } violation)
        {
            throw new InvariantViolationException(violation);
        }
    }
}

/// <summary>A violated invariant, thrown so that a coverage-guided fuzzer records the input as a crash.</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception of a violation.</summary>
    public InvariantViolationException(Violation violation)
        : base($"{violation?.Signature}: {violation?.Message}") => Violation = violation;

    /// <summary>Creates an exception with no violation.</summary>
    public InvariantViolationException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The violation, when the exception carries one.</summary>
    public Violation? Violation { get; }
}
