using Xunit;

namespace OneStop.Metrics.Package.Tests.Notebooks;

/// <summary>
/// The harness tests that start their own kernels without the feed. Their collection runs alone, never beside the
/// notebook runs, because .NET Interactive's formatter registry is one per process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookKernelCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "notebook kernel";
}
