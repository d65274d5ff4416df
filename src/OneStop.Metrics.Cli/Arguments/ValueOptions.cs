using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>Reads typed option values (dates, times, counts), turning a bad value into a one-line usage error.</summary>
internal static class ValueOptions
{
    private static readonly LocalDateTimePattern[] DateTimePatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
    ];

    /// <summary>The value of a required option.</summary>
    public static string Required(ParsedArguments arguments, OptionSpec option) =>
        arguments.Value(option) ?? throw new UsageException($"missing option {ArgumentText.Quote(option.Name)} {option.ValueName}");

    /// <summary>An ISO date (yyyy-MM-dd).</summary>
    public static LocalDate Date(string text, OptionSpec option) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw Invalid(text, option, "a date yyyy-MM-dd");

    /// <summary>An ISO local date and time (yyyy-MM-ddTHH:mm[:ss]).</summary>
    public static LocalDateTime DateTime(string text, OptionSpec option)
    {
        foreach (var pattern in DateTimePatterns)
        {
            if (pattern.Parse(text) is { Success: true } result)
            {
                return result.Value;
            }
        }

        throw Invalid(text, option, "a local time yyyy-MM-ddTHH:mm");
    }

    /// <summary>A time of day (HH:mm).</summary>
    public static LocalTime Time(string text, OptionSpec option) =>
        LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text) is { Success: true } result
            ? result.Value
            : throw Invalid(text, option, "a time HH:mm");

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static int Count(string text, OptionSpec option, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Invalid(text, option, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));

    /// <summary>The inclusive date range of <c>--from</c> and <c>--to</c>, checked to be in order and within bounds.</summary>
    public static (LocalDate From, LocalDate To) Range(ParsedArguments arguments, OptionSpec from, OptionSpec to,
        LocalDate min, LocalDate max)
    {
        var start = Date(Required(arguments, from), from);
        var end = Date(Required(arguments, to), to);
        if (end < start)
        {
            throw new UsageException($"option {ArgumentText.Quote(to.Name)} ({Iso(end)}) is before {ArgumentText.Quote(from.Name)} ({Iso(start)})");
        }

        if (start < min || end > max)
        {
            throw new UsageException($"dates must be from {Iso(min)} to {Iso(max)}; got {Iso(start)} to {Iso(end)}");
        }

        return (start, end);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static UsageException Invalid(string text, OptionSpec option, string expected) =>
        new($"invalid value {ArgumentText.Quote(text)} for option {ArgumentText.Quote(option.Name)} (expected {expected})");
}
