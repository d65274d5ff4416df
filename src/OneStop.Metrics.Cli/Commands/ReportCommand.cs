using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;
using OneStop.Metrics.Cli.Sources;
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

    public string Synopsis => "--sample NAME [--format text|json] [--lang vi|en]";

    public string Summary => "Compute the indicators and print the report";

    public IReadOnlyList<OptionSpec> Options { get; } = [Sample, Format.Spec, Language.Spec];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var arguments = new ArgumentReader(Name, Options).Read(args);
        if (arguments.HelpRequested)
        {
            UsageText.Write(context.Out, context.Commands);
            return Program.Success;
        }

        var format = Format.Read(arguments);
        var language = Language.Read(arguments);
        var source = Source(arguments);

        var input = source.Load();
        var printed = ReportPrinter.Print(input.Report, input.Heading, ReportWriter.PrintOptions(language));
        ReportWriter.Write(printed, format, context.Out);
        return Program.Success;
    }

    /// <summary>Chooses the one source the arguments name. A data folder will be chosen here too.</summary>
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance",
        Justification = "The interface is the extension point for the data-folder source that comes next.")]
    private static IReportSource Source(ParsedArguments arguments) =>
        arguments.Value(Sample) is { } name
            ? SampleSource.Named(name)
            : throw new UsageException(
                $"missing option '--sample' (report needs a data source: --sample NAME, one of: {string.Join(", ", BuiltInSamples.Names)})");
}
