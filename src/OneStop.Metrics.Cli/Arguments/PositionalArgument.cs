using System;
using System.Collections.Generic;
using System.Linq;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>Takes a command's one positional argument (a FILE or DIR) out of its arguments.</summary>
internal static class PositionalArgument
{
    /// <summary>
    /// Splits the arguments into the one positional argument — a token that is not an option and not the value of
    /// the option before it — and the rest; a second positional argument is a usage error.
    /// </summary>
    public static (string? Value, List<string> Options) Split(string command, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        string? value = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (ArgumentReader.LooksLikeOption(token) && token != "--")
            {
                rest.Add(token);
                var takesValue = !token.Contains('=', StringComparison.Ordinal) && token is not ("-h" or "--help");
                if (takesValue && i + 1 < args.Count && !ArgumentReader.LooksLikeOption(args[i + 1]))
                {
                    rest.Add(args[++i]);
                }
            }
            else if (value is null && token != "--")
            {
                value = token;
            }
            else
            {
                throw UsageException.UnexpectedArgument(command, token, options.Select(o => o.Name).ToArray());
            }
        }

        return (value, rest);
    }
}
