using System;
using System.Collections.Generic;
using System.Linq;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>
/// A small, strict reader of a command's arguments: only the declared options, each at most once, each with a
/// value (<c>--name VALUE</c> or <c>--name=VALUE</c>) except flags, which take none (<c>--force</c>);
/// <c>-h</c>/<c>--help</c> anywhere asks for help. Anything
/// else — an unknown option, a missing value, a positional argument — is a <see cref="UsageException"/>.
/// Option names and values are case-sensitive.
/// </summary>
internal sealed class ArgumentReader
{
    private readonly string _owner;
    private readonly IReadOnlyList<OptionSpec> _options;

    /// <summary>Creates a reader for the options of a command.</summary>
    /// <param name="owner">The command (or global option) the arguments follow, for messages.</param>
    /// <param name="options">The options it accepts, besides <c>-h</c>/<c>--help</c>.</param>
    public ArgumentReader(string owner, IReadOnlyList<OptionSpec> options)
    {
        _owner = owner;
        _options = options;
    }

    /// <summary>Whether a token is written like an option (<c>-x</c>, <c>--name</c>); a lone <c>-</c> is not.</summary>
    public static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    /// <summary>Throws unless there are no more arguments.</summary>
    /// <param name="owner">What takes no arguments (e.g. <c>--version</c>), for the message.</param>
    /// <param name="args">The remaining arguments.</param>
    /// <exception cref="UsageException">An argument is left.</exception>
    public static void ExpectNone(string owner, IReadOnlyList<string> args)
    {
        if (args.Count > 0)
        {
            throw UsageException.UnexpectedArgument(owner, args[0], []);
        }
    }

    /// <summary>Reads the arguments after a command name.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options given.</returns>
    /// <exception cref="UsageException">The arguments do not fit the declared options.</exception>
    public ParsedArguments Read(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a is "-h" or "--help"))
        {
            return new ParsedArguments(new Dictionary<string, string>(StringComparer.Ordinal), helpRequested: true);
        }

        var names = _options.Select(o => o.Name).ToArray();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (!LooksLikeOption(token) || token == "--")
            {
                throw UsageException.UnexpectedArgument(_owner, token, names);
            }

            var equals = token.StartsWith("--", StringComparison.Ordinal) ? token.IndexOf('=', StringComparison.Ordinal) : -1;
            var name = equals < 0 ? token : token[..equals];
            var option = _options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal))
                         ?? throw UsageException.UnknownOption(_owner, name, names);

            string? value;
            if (option.IsFlag)
            {
                value = equals < 0
                    ? "true"
                    : throw new UsageException($"option {ArgumentText.Quote(option.Name)} takes no value");
            }
            else if (equals >= 0)
            {
                value = token[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !LooksLikeOption(args[i + 1]))
            {
                value = args[++i];
            }
            else
            {
                value = null;
            }

            if (string.IsNullOrEmpty(value))
            {
                throw new UsageException(option.Choices.Count == 0
                    ? $"option {ArgumentText.Quote(option.Name)} needs a value ({option.ValueName})"
                    : $"option {ArgumentText.Quote(option.Name)} needs a value ({ArgumentText.ExpectedOneOf(option.Choices)})");
            }

            if (!values.TryAdd(option.Name, value))
            {
                throw new UsageException($"option {ArgumentText.Quote(option.Name)} is given more than once");
            }
        }

        return new ParsedArguments(values, helpRequested: false);
    }
}
