using System;
using System.Collections.Generic;

namespace OneStop.Metrics.Fuzz;

/// <summary>
/// A target whose reader gives a result of type <typeparamref name="T"/>: <see cref="Check"/> reads the input,
/// lets the exceptions the reader documents for bad content pass as a valid outcome, and runs
/// <see cref="Invariants"/> in order over the result. A new invariant is one more entry of <see cref="Invariants"/>.
/// </summary>
/// <typeparam name="T">The reader's result.</typeparam>
public abstract class FuzzTarget<T> : IFuzzTarget
    where T : class
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract IReadOnlyList<byte[]> Seeds { get; }

    /// <inheritdoc/>
    public abstract IReadOnlyList<string> Dictionary { get; }

    /// <summary>The invariants checked on every result, in order.</summary>
    public abstract IReadOnlyList<Invariant<T>> Invariants { get; }

    /// <inheritdoc/>
    public Violation? Check(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        T result;
        try
        {
            result = Read(input);
        }
        catch (Exception e) when (IsDocumented(e))
        {
            return null;
        }

        foreach (var invariant in Invariants)
        {
            if (invariant.Problem(input, result) is { } problem)
            {
                return new Violation("invariant " + invariant.Name, problem);
            }
        }

        return null;
    }

    /// <summary>Runs the reader.</summary>
    protected abstract T Read(byte[] input);

    /// <summary>Whether an exception is a documented outcome for bad content (e.g. <c>FormatException</c> of a JSON reader); none by default.</summary>
    protected virtual bool IsDocumented(Exception exception) => false;
}
