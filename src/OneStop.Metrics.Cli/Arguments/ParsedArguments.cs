using System;
using System.Collections.Generic;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>The options read from a command line, by option name.</summary>
internal sealed class ParsedArguments
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public ParsedArguments(IReadOnlyDictionary<string, string> values, bool helpRequested)
    {
        _values = values;
        HelpRequested = helpRequested;
    }

    /// <summary>Whether <c>-h</c> or <c>--help</c> was given.</summary>
    public bool HelpRequested { get; }

    /// <summary>Whether an option (a flag, usually) was given.</summary>
    public bool Has(OptionSpec option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return _values.ContainsKey(option.Name);
    }

    /// <summary>Returns the value of an option, or <see langword="null"/> when it was not given.</summary>
    public string? Value(OptionSpec option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return _values.TryGetValue(option.Name, out var value) ? value : null;
    }
}
