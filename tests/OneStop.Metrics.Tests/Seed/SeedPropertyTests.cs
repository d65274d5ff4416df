using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Seed;

/// <summary>
/// Properties held against the seed's published figures: every dossier set generated to match the published
/// counts prints the seed's figures, whatever its dates, order, early/on-time split, spread over units and the
/// dossiers outside the period mixed in; and the figures do not depend on how the work is split.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SeedArbitraries) }, MaxTest = 12)]
public sealed class SeedPropertyTests
{
    [Property]
    public void Any_dossier_set_matching_the_published_counts_prints_every_seed_figure(SampleVariation variation)
    {
        var sample = BuiltInSamples.CreateTuKy2023(variation);
        var printed = ReportPrinter.Print(sample.Compute(), sample.Heading);

        foreach (var (key, text) in SeedFigures.All)
        {
            Assert.Equal(text, printed.Figure(key).Text);
        }

        Assert.Equal(variation.ReceivedAfterPeriod + variation.EndedBeforePeriod, printed.Source.DossiersOutsidePeriod);
    }

    [Property]
    public void Shuffling_the_dossiers_never_changes_the_tally(Swaps shuffle)
    {
        var sample = BuiltInSamples.TuKy2023;
        var shuffled = sample.Dossiers.ToArray();
        shuffle.ApplyTo(shuffled);

        Assert.Equal(
            DossierTally.Build(sample.Reference, sample.Scope, sample.Dossiers),
            DossierTally.Build(sample.Reference, sample.Scope, shuffled));
    }

    [Property]
    public void Tallies_of_any_partition_merge_into_the_tally_of_the_whole(PartitionSpec partition)
    {
        var sample = BuiltInSamples.TuKy2023;
        var random = new Random(partition.Seed);
        var parts = Enumerable.Range(0, partition.Parts).Select(_ => new List<Dossier>()).ToArray();
        foreach (var dossier in sample.Dossiers)
        {
            parts[random.Next(partition.Parts)].Add(dossier);
        }

        var tallies = parts.Select(part => DossierTally.Build(sample.Reference, sample.Scope, part)).ToList();
        var merged = DossierTally.Merge(DossierTally.Empty(sample.Reference, sample.Scope), tallies);

        Assert.Equal(DossierTally.Build(sample.Reference, sample.Scope, sample.Dossiers), merged);
    }

    [Fact]
    public void A_shuffle_shrinks_by_dropping_swaps_towards_the_identity()
    {
        var shuffle = new Swaps([(0, 1), (2, 3), (4, 5)]);

        var shrinks = SeedArbitraries.Shuffles().Shrinker(shuffle).ToList();
        var items = new[] { 'a', 'b', 'c', 'd', 'e', 'f' };
        shuffle.ApplyTo(items);

        Assert.Equal(["Swaps((2, 3), (4, 5))", "Swaps((0, 1), (4, 5))", "Swaps((0, 1), (2, 3))"], shrinks.Select(s => s.ToString()));
        Assert.Equal("badcfe", new string(items));
        Assert.Empty(SeedArbitraries.Shuffles().Shrinker(new Swaps([])));
    }
}
