using Xunit;

namespace OneStop.Metrics.Package.Tests.Feed;

/// <summary>
/// The test collection sharing one <see cref="PackageFeed"/>: mark a test class with
/// <c>[Collection(PackageFeedCollection.Name)]</c> and take a <see cref="PackageFeed"/> in its constructor. The
/// classes of one collection run one after another, so the feed is packed once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    /// <summary>The collection's name: <c>package feed</c>.</summary>
    public const string Name = "package feed";
}
