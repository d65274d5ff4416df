using System;
using System.Linq;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>An option whose value is one of a fixed list of words, each standing for a value of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">What the words stand for.</typeparam>
internal sealed class ChoiceOption<T>
{
    private readonly (string Word, T Value)[] _choices;

    /// <summary>Creates the option; the first choice is the default.</summary>
    public ChoiceOption(string name, string valueName, string description, params (string Word, T Value)[] choices)
    {
        if (choices.Length == 0)
        {
            throw new ArgumentException("A choice option needs at least one choice.", nameof(choices));
        }

        _choices = choices;
        Spec = new OptionSpec(name, valueName, description, choices.Select(c => c.Word).ToArray());
    }

    /// <summary>The option as the reader and the usage text see it.</summary>
    public OptionSpec Spec { get; }

    /// <summary>The value when the option is not given: the first choice.</summary>
    public T Default => _choices[0].Value;

    /// <summary>Returns the value of the option in <paramref name="arguments"/>, or <see cref="Default"/>.</summary>
    /// <exception cref="UsageException">The word given is not one of the choices.</exception>
    public T Read(ParsedArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var word = arguments.Value(Spec);
        if (word is null)
        {
            return Default;
        }

        foreach (var (choice, value) in _choices)
        {
            if (string.Equals(choice, word, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new UsageException(
            $"invalid value {ArgumentText.Quote(word)} for option {ArgumentText.Quote(Spec.Name)} ({ArgumentText.ExpectedOneOf(Spec.Choices)})");
    }
}
