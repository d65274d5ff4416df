using System.Collections.Generic;
using NodaTime;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;
using OneStop.Metrics.Cli.Sources;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>report --sample NAME [--format text|json] [--lang vi|en]</c>: computes a report and prints it. The data
/// comes from exactly one source; today the only source is <c>--sample</c>.
/// </summary>
internal sealed class ReportCommand : ICommand
{
    private static readonly OptionSpec Sample = new("--sample", "NAME",
        "The built-in sample to report on (required; see 'samples')", BuiltInSamples.Names);

    private static readonly ChoiceOption<ReportFormat> Format = new("--format", "FORMAT",
        "text (default): the report's wording; json: every figure with its key and exact numbers",
        ("text", ReportFormat.Text), ("json", ReportFormat.Json));

    private static readonly ChoiceOption<ReportLanguage> Language = new("--lang", "LANG",
        "vi (default): Vietnamese words and numbers; en: English words, invariant numbers",
        ("vi", ReportLanguage.Vietnamese), ("en", ReportLanguage.English));

    public string Name => "report";

    public string Synopsis => "(--sample NAME | DIR --from DATE --to DATE [--as-of DATE]) [--format text|json] [--lang vi|en]";

    public string Summary => "Compute the indicators and print the report";

    private static readonly OptionSpec From = new("--from", "DATE", "With DIR: first day of the period, yyyy-MM-dd", []);
    private static readonly OptionSpec To = new("--to", "DATE", "With DIR: last day of the period, yyyy-MM-dd", []);
    private static readonly OptionSpec AsOf = new("--as-of", "DATE",
        "With DIR: the day in-progress dossiers are judged (default: the period's last day)", []);

    public IReadOnlyList<OptionSpec> Options { get; } = [Sample, Format.Spec, Language.Spec, From, To, AsOf];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var (folder, optionArgs) = PositionalArgument.Split(Name, args, Options);
        var arguments = new ArgumentReader(Name, Options).Read(optionArgs);
        if (arguments.HelpRequested)
        {
            UsageText.Write(context.Out, context.Commands);
            return Program.Success;
        }

        var format = Format.Read(arguments);
        var language = Language.Read(arguments);
        var source = Source(arguments, folder);

        var input = source.Load();
        var printed = ReportPrinter.Print(input.Report, input.Heading, ReportWriter.PrintOptions(language));
        ReportWriter.Write(printed, format, context.Out);
        if (source is DataFolderSource { Result: { } csv })
        {
            RowAccounting.Write(csv, context);
        }

        return Program.Success;
    }

    /// <summary>Chooses the one source the arguments name: a built-in sample, or a data folder with a period.</summary>
    private static IReportSource Source(ParsedArguments arguments, string? folder)
    {
        var sample = arguments.Value(Sample);
        if (sample is not null && folder is not null)
        {
            throw new UsageException($"give either --sample or a data folder, not both (got --sample {ArgumentText.Quote(sample)} and {ArgumentText.Quote(folder)})");
        }

        if (sample is not null)
        {
            return SampleSource.Named(sample);
        }

        if (folder is null)
        {
            throw new UsageException(
                $"missing option '--sample' (report needs a data source: --sample NAME, one of: {string.Join(", ", BuiltInSamples.Names)}, or a data folder DIR)");
        }

        var (from, to) = ValueOptions.Range(arguments, From, To, new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31));
        LocalDate? asOf = arguments.Value(AsOf) is { } text ? ValueOptions.Date(text, AsOf) : null;
        return new DataFolderSource(folder, ReportingPeriod.Custom(from, to), asOf);
    }
}
