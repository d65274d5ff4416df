using System;
using System.Collections.Generic;
using System.Linq;

namespace OneStop.Metrics.Package.Tests.Feed;

/// <summary>How a process ended: its exit code, everything it wrote, how long it took, whether it was killed.</summary>
/// <param name="Command">The command line, for messages.</param>
/// <param name="ExitCode">The exit code; -1 when the process was killed on timeout.</param>
/// <param name="Stdout">Standard output, lines ending with <c>\n</c>.</param>
/// <param name="Stderr">Standard error, lines ending with <c>\n</c>.</param>
/// <param name="Elapsed">Wall-clock time from start to exit.</param>
/// <param name="TimedOut">Whether the process outlived its timeout and was killed.</param>
public sealed record ProcessResult(string Command, int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, bool TimedOut)
{
    /// <summary>Standard output split into lines, without the empty piece after the last line break.</summary>
    public IReadOnlyList<string> StdoutLines => Stdout.Split('\n').SkipLast(Stdout.EndsWith('\n') ? 1 : 0).ToList();

    /// <summary>Returns this result when the process exited with code 0 in time; throws otherwise.</summary>
    /// <returns>This result.</returns>
    /// <exception cref="InvalidOperationException">The process failed or timed out; the message holds its output.</exception>
    public ProcessResult EnsureSuccess() =>
        ExitCode == 0 && !TimedOut ? this : throw new InvalidOperationException(Describe());

    /// <summary>The command, how it ended and its whole output, for failure messages.</summary>
    /// <returns>A multi-line description.</returns>
    public string Describe() =>
        $"`{Command}` {(TimedOut ? "timed out" : $"exited with {ExitCode}")} after {Elapsed.TotalSeconds:0.0} s\n" +
        $"--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
