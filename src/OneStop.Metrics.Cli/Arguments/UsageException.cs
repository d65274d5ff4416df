using System;
using System.Collections.Generic;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>
/// The command line is not valid. The message is the text after <c>onestop-metrics: error: </c>; the tool prints
/// it as one line and exits with code 2.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// <c>unknown option '--frmat' (expected one of: --sample, --format, --lang)</c>, or
    /// <c>unknown option '--x' ('samples' takes no options)</c>.
    /// </summary>
    public static UsageException UnknownOption(string owner, string token, IReadOnlyCollection<string> expected) =>
        new(expected.Count == 0
            ? $"unknown option {ArgumentText.Quote(token)} ({ArgumentText.Quote(owner)} takes no options)"
            : $"unknown option {ArgumentText.Quote(token)} ({ArgumentText.ExpectedOneOf(expected)})");

    /// <summary>
    /// <c>unexpected argument 'data' (expected one of: --sample, --format, --lang)</c>, or
    /// <c>unexpected argument 'me' ('help' takes no arguments)</c>.
    /// </summary>
    public static UsageException UnexpectedArgument(string owner, string token, IReadOnlyCollection<string> expected) =>
        new(expected.Count == 0
            ? $"unexpected argument {ArgumentText.Quote(token)} ({ArgumentText.Quote(owner)} takes no arguments)"
            : $"unexpected argument {ArgumentText.Quote(token)} ({ArgumentText.ExpectedOneOf(expected)})");
}
