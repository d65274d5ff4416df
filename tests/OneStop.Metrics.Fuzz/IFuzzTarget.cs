using System.Collections.Generic;

namespace OneStop.Metrics.Fuzz;

/// <summary>One reader under fuzzing: its seed corpus, its dictionary of tokens, and the check of one input.</summary>
public interface IFuzzTarget
{
    /// <summary>The target's name on the command line, e.g. <c>dossier-csv</c>.</summary>
    string Name { get; }

    /// <summary>Valid inputs made from real files, which the mutator starts from.</summary>
    IReadOnlyList<byte[]> Seeds { get; }

    /// <summary>Tokens the mutator inserts: header names and aliases, value words, JSON property names.</summary>
    IReadOnlyList<string> Dictionary { get; }

    /// <summary>Reads one input and checks every invariant.</summary>
    /// <param name="input">The bytes of the file (or files) to read.</param>
    /// <returns>The first violated invariant, or <see langword="null"/>. An exception the reader does not document escapes.</returns>
    Violation? Check(byte[] input);
}

/// <summary>A violated invariant: a stable signature (to group inputs that fail alike) and what was seen.</summary>
/// <param name="Signature">E.g. <c>invariant rows-read-equals-accepted-plus-rejected</c> or <c>exception ArgumentException at SepReaderHeader.Parse</c>.</param>
/// <param name="Message">The details of this input.</param>
public sealed record Violation(string Signature, string Message);

/// <summary>An invariant of a reader's result: a name and a check that gives the problem, or <see langword="null"/>.</summary>
/// <typeparam name="T">The result of the read.</typeparam>
/// <param name="Name">A short kebab-case name, part of the violation's signature.</param>
/// <param name="Problem">Given the input and the result, what is wrong, or <see langword="null"/> when the invariant holds.</param>
public sealed record Invariant<T>(string Name, System.Func<byte[], T, string?> Problem);
