using OneStop.Metrics.Cli.Arguments;
using OneStop.Metrics.Samples;

namespace OneStop.Metrics.Cli.Sources;

/// <summary>A built-in sample (<c>--sample NAME</c>), computed under the sample's own scope and options.</summary>
internal sealed class SampleSource : IReportSource
{
    private readonly Sample _sample;

    private SampleSource(Sample sample) => _sample = sample;

    /// <summary>Finds a built-in sample by name.</summary>
    /// <param name="name">The name given to <c>--sample</c>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="UsageException">No built-in sample has that name.</exception>
    public static SampleSource Named(string name) =>
        BuiltInSamples.TryGet(name, out var sample)
            ? new SampleSource(sample)
            : throw new UsageException(
                $"unknown sample {ArgumentText.Quote(name)} ({ArgumentText.ExpectedOneOf(BuiltInSamples.Names)})");

    public ReportInput Load() => new(_sample.Compute(), _sample.Heading, Accounting: null);
}
