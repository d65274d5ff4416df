using OneStop.Metrics.Cli.Output;

namespace OneStop.Metrics.Cli.Arguments;

/// <summary>The options of the day-by-day listing commands (<c>calendar</c>, <c>lunar</c>): a date range and a table format.</summary>
internal static class DateRangeOptions
{
    /// <summary>The first day.</summary>
    public static OptionSpec From { get; } = new("--from", "DATE", "First day, yyyy-MM-dd (required)", []);

    /// <summary>The last day.</summary>
    public static OptionSpec To { get; } = new("--to", "DATE", "Last day, yyyy-MM-dd (required)", []);

    /// <summary>The synopsis shared by the listing commands.</summary>
    public const string Synopsis = "--from DATE --to DATE [--format text|csv]";

    /// <summary>A text-or-CSV format option with the command's own description.</summary>
    public static ChoiceOption<TableFormat> Format(string description) =>
        new("--format", "FORMAT", description, ("text", TableFormat.Text), ("csv", TableFormat.Csv));
}
