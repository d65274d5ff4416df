using System.Collections.Generic;
using System.IO;
using NodaTime;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// A command of the form <c>NAME --from DATE --to DATE [--format text|csv]</c> that prints one line (or CSV row) per
/// day of the range: the shared reading of the options, the range's bounds check and the loop over the days.
/// </summary>
internal abstract class DateRangeCommand : ICommand
{
    private readonly ChoiceOption<TableFormat> _format;

    /// <summary>Declares the command.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="summary">One line for help.</param>
    /// <param name="formatHelp">What each format prints.</param>
    protected DateRangeCommand(string name, string summary, string formatHelp)
    {
        Name = name;
        Summary = summary;
        _format = DateRangeOptions.Format(formatHelp);
        Options = [DateRangeOptions.From, DateRangeOptions.To, _format.Spec];
    }

    public string Name { get; }

    public string Synopsis => DateRangeOptions.Synopsis;

    public string Summary { get; }

    public IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>The first and last day the command can print.</summary>
    protected abstract (LocalDate Min, LocalDate Max) Bounds { get; }

    /// <summary>The CSV header's column names.</summary>
    protected abstract string[] CsvHeader { get; }

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = new ArgumentReader(Name, Options).Read(args);
        if (arguments.HelpRequested)
        {
            UsageText.Write(context.Out, context.Commands);
            return Program.Success;
        }

        var format = _format.Read(arguments);
        var (min, max) = Bounds;
        var (from, to) = ValueOptions.Range(arguments, DateRangeOptions.From, DateRangeOptions.To, min, max);
        if (format == TableFormat.Csv)
        {
            CsvLines.WriteRow(context.Out, CsvHeader);
        }

        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            WriteDay(context.Out, day, format);
        }

        if (format == TableFormat.Text)
        {
            WriteTextEnd(context.Out, from, to);
        }

        return Program.Success;
    }

    /// <summary>Writes one day: a CSV row, or (in text) a line when the day has something to say.</summary>
    protected abstract void WriteDay(TextWriter output, LocalDate day, TableFormat format);

    /// <summary>Writes what follows the days in text; nothing by default.</summary>
    protected virtual void WriteTextEnd(TextWriter output, LocalDate from, LocalDate to)
    {
    }
}
