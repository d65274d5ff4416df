using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;
using OneStop.Metrics.Cli.Sources;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>report (--sample NAME | [DIR] --from DATE --to DATE [--as-of DATE] [file options] [--rejected FILE])
/// [--by level|unit|field] [--format text|json|csv] [--lang vi|en]</c>: computes a report from one source — a built-in
/// sample, or CSV files (a data folder as <c>generate</c> writes it, each file replaceable by its option) — and prints
/// it whole or grouped.
/// </summary>
internal sealed class ReportCommand : ICommand
{
    private static readonly OptionSpec Sample = new("--sample", "NAME",
        "The built-in sample to report on (instead of DIR or the file options; see 'samples')", BuiltInSamples.Names);

    private static readonly ChoiceOption<ReportFormat> Format = new("--format", "FORMAT",
        "text (default): the report's wording; json: every figure with its key and exact numbers; csv: the same as rows",
        ("text", ReportFormat.Text), ("json", ReportFormat.Json), ("csv", ReportFormat.Csv));

    private static readonly ChoiceOption<ReportLanguage> Language = new("--lang", "LANG",
        "vi (default): Vietnamese words and numbers; en: English words, invariant numbers",
        ("vi", ReportLanguage.Vietnamese), ("en", ReportLanguage.English));

    private static readonly ChoiceOption<GroupBy> By = new("--by", "GROUP",
        "Instead of the report, its indicators by administrative level, one-stop unit or field, one row per group",
        ("level", GroupBy.Level), ("unit", GroupBy.Unit), ("field", GroupBy.Field));

    private static readonly OptionSpec From = new("--from", "DATE", "With data files: first day of the period, yyyy-MM-dd", []);
    private static readonly OptionSpec To = new("--to", "DATE", "With data files: last day of the period, yyyy-MM-dd", []);
    private static readonly OptionSpec AsOf = new("--as-of", "DATE",
        "With data files: the day in-progress dossiers are judged (default: the period's last day)", []);

    private static readonly OptionSpec Rejected = new("--rejected", "FILE",
        "With data files: write every rejected dossier row to FILE as CSV: line,id,codes,messages", []);

    private static readonly OptionSpec Encoding = new("--encoding", "NAME",
        "With data files: the files' encoding when they have no byte order mark (default utf-8, checked)", CsvEncodings.Names);

    private static readonly ChoiceOption<CsvDateOrder> DateOrder = new("--date-order", "ORDER",
        "With data files: day-first (default, dd/MM/yyyy) or month-first (MM/dd/yyyy, Excel under US settings)",
        ("day-first", CsvDateOrder.DayFirst), ("month-first", CsvDateOrder.MonthFirst));

    private static readonly OptionSpec MaxRejected = new("--max-rejected", "LIMIT",
        "With data files: exit with code 3 when more dossier rows are rejected: a share (default 1%) or a count (0)", []);

    /// <summary>The options that only apply to data read from files.</summary>
    private static readonly IReadOnlyList<OptionSpec> DataOptions =
        [From, To, AsOf, .. DataFileOptions.All, Rejected, Encoding, DateOrder.Spec, MaxRejected];

    public string Name => "report";

    public string Synopsis =>
        "(--sample NAME | [DIR] --from DATE --to DATE [--as-of DATE] [--dossiers|--units|--departments|--fields|--procedures FILE] [--rejected FILE] [--encoding NAME] [--date-order day-first|month-first] [--max-rejected LIMIT]) [--by level|unit|field] [--format text|json|csv] [--lang vi|en]";

    public string Summary => "Compute the indicators and print the report";

    public IReadOnlyList<OptionSpec> Options { get; } =
        [Sample, Format.Spec, Language.Spec, By.Spec, From, To, AsOf, .. DataFileOptions.All, Rejected, Encoding, DateOrder.Spec, MaxRejected];

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
        GroupBy? by = arguments.Value(By.Spec) is null ? null : By.Read(arguments);
        var source = Source(arguments, folder, context, language);

        var input = source.Load();
        var options = ReportWriter.PrintOptions(language);
        var printed = ReportPrinter.Print(input.Report, input.Heading, options);
        if (by is { } grouping)
        {
            var groups = ReportGroup.Of(input.Report, grouping, options.Wording);
            GroupWriter.Write(printed, groups, grouping, format, language, input.Accounting, context.Out);
        }
        else
        {
            ReportWriter.Write(printed, format, input.Accounting, context.Out);
        }

        var limit = arguments.Value(MaxRejected) is { } maxRejected ? RejectedLimit.Parse(maxRejected, MaxRejected) : RejectedLimit.Default;
        if (input.Accounting?.Rows is { } rows && limit.IsExceeded(rows))
        {
            context.Out.Flush();
            ErrorLine.Write(context.Error, string.Create(CultureInfo.InvariantCulture,
                $"{rows.Rejected} of {rows.RowsRead} dossier rows were rejected, more than --max-rejected {limit} allows; the counts by code are above ('--rejected FILE' lists every row)"));
            return Program.TooManyRejected;
        }

        return Program.Success;
    }

    /// <summary>Chooses the one source the arguments name: a built-in sample, or data files with a period.</summary>
    private static IReportSource Source(ParsedArguments arguments, string? folder, CliContext context, ReportLanguage language)
    {
        var sample = arguments.Value(Sample);
        if (sample is not null && folder is not null)
        {
            throw new UsageException($"give either --sample or a data folder, not both (got --sample {ArgumentText.Quote(sample)} and {ArgumentText.Quote(folder)})");
        }

        if (sample is not null)
        {
            if (DataOptions.FirstOrDefault(o => arguments.Value(o) is not null) is { } dataOption)
            {
                throw new UsageException($"option {ArgumentText.Quote(dataOption.Name)} applies to data files, not to --sample");
            }

            return SampleSource.Named(sample);
        }

        var files = DataFileOptions.Read(arguments, folder)
                    ?? throw new UsageException(
                        $"missing option '--sample' (report needs a data source: --sample NAME, one of: {string.Join(", ", BuiltInSamples.Names)}, or a data folder DIR)");

        var (from, to) = ValueOptions.Range(arguments, From, To, new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31));
        LocalDate? asOf = arguments.Value(AsOf) is { } text ? ValueOptions.Date(text, AsOf) : null;
        if (asOf is { } day && day < to)
        {
            throw new UsageException($"option '--as-of' must not be before '--to' ({to.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})");
        }

        var scope = TallyScope.For(ReportingPeriod.Custom(from, to), asOf);
        var encodingName = arguments.Value(Encoding);
        System.Text.Encoding? encoding = null;
        if (encodingName is not null && !CsvEncodings.TryGet(encodingName, out encoding))
        {
            throw new UsageException(
                $"invalid value {ArgumentText.Quote(encodingName)} for option '--encoding' (expected one of: {string.Join(", ", CsvEncodings.Names)})");
        }

        if (arguments.Value(MaxRejected) is { } limit)
        {
            RejectedLimit.Parse(limit, MaxRejected);
        }

        var read = CsvReadOptions.Default with { Encoding = encoding, DateOrder = DateOrder.Read(arguments) };
        return new DataFilesSource(files, scope, arguments.Value(Rejected), context.ErrorIsTerminal ? context.Error : null, language, read);
    }
}
