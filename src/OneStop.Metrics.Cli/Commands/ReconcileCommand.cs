using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Cli.Output;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Cli.Commands;

/// <summary>
/// <c>reconcile (FILE | --sample NAME) [--against-sample NAME] [--format text|json]</c>: checks a published report
/// (a JSON file in the schema of <c>docs/reconciliation.md</c>, or a shipped one) for inconsistencies and, with
/// <c>--against-sample</c>, compares it with the report computed from a built-in sample. Findings are output, not
/// failure: the exit code is 0 whenever the checks ran.
/// </summary>
internal sealed class ReconcileCommand : ICommand
{
    private static readonly OptionSpec Sample = new("--sample", "NAME",
        "Check a shipped published report instead of FILE", PublishedReports.Names);

    private static readonly OptionSpec AgainstSample = new("--against-sample", "NAME",
        "Also compare the report with the one computed from this built-in sample", BuiltInSamples.Names);

    private static readonly ChoiceOption<ReportFormat> Format = new("--format", "FORMAT",
        "text (default): one line per finding and a count; json: an array of findings (with --against-sample, an object of findings and differences)",
        ("text", ReportFormat.Text), ("json", ReportFormat.Json));

    public string Name => "reconcile";

    public string Synopsis => "(FILE | --sample NAME) [--against-sample NAME] [--format text|json]";

    public string Summary => "Check a published report's figures against each other (and a computed report)";

    public IReadOnlyList<OptionSpec> Options { get; } = [Sample, AgainstSample, Format.Spec];

    public int Run(IReadOnlyList<string> args, CliContext context)
    {
        var (file, optionArgs) = PositionalArgument.Split(Name, args, Options);
        var arguments = new ArgumentReader(Name, Options).Read(optionArgs);
        if (arguments.HelpRequested)
        {
            UsageText.Write(context.Out, context.Commands);
            return Program.Success;
        }

        var format = Format.Read(arguments);
        var against = arguments.Value(AgainstSample) is { } sampleName
            ? BuiltInSamples.TryGet(sampleName, out var sample)
                ? sample
                : throw new UsageException(
                    $"unknown sample {ArgumentText.Quote(sampleName)} for option '--against-sample' ({ArgumentText.ExpectedOneOf(BuiltInSamples.Names)})")
            : null;
        var published = Published(file, arguments.Value(Sample));

        var findings = ReportChecker.Check(published);
        ImmutableArray<FigureDifference>? differences = against is null
            ? null
            : ReportComparison.Compare(published, ReportPrinter.Print(against.Compute(), against.Heading));
        if (format == ReportFormat.Json)
        {
            FindingWriter.WriteJson(context.Out, findings, differences);
        }
        else
        {
            FindingWriter.WriteText(context.Out, findings, differences, against?.Name);
        }

        return Program.Success;
    }

    private static PublishedReport Published(string? file, string? sample)
    {
        if (file is not null && sample is not null)
        {
            throw new UsageException($"give either FILE ({ArgumentText.Quote(file)}) or --sample NAME, not both");
        }

        if (sample is not null)
        {
            return PublishedReports.TryGet(sample, out var shipped)
                ? shipped
                : throw new UsageException($"unknown sample {ArgumentText.Quote(sample)} ({ArgumentText.ExpectedOneOf(PublishedReports.Names)})");
        }

        if (file is null)
        {
            throw new UsageException(
                $"missing FILE (reconcile needs a published report: FILE, a JSON file, or --sample NAME, one of: {string.Join(", ", PublishedReports.Names)})");
        }

        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"cannot read {ArgumentText.Quote(file)}: no such file", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read {ArgumentText.Quote(file)}: {e.Message}", e);
        }

        try
        {
            return PublishedReport.Parse(text);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new UsageException($"{ArgumentText.Quote(file)}: {e.Message}", e);
        }
    }
}
