using System;
using System.Linq;
using FsCheck.Xunit;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Generators;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Tallies;

/// <summary>The algebra of <see cref="DossierTally"/> as FsCheck properties over random dossiers.</summary>
public partial class DossierTallyTests
{
    private static readonly TallyOptions WithIds = new() { RecordDossierIds = true };

    private static readonly TallyCounter[] ScopeCounters =
    [
        TallyCounter.CarriedOver, TallyCounter.ReceivedInPeriod, TallyCounter.ReceivedAfterPeriod, TallyCounter.EndedBeforePeriod,
    ];

    private static readonly TallyCounter[] StatusCounters =
        [.. Enumerable.Range((int)TallyCounter.ResolvedEarly, 15).Select(i => (TallyCounter)i)];

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void Merge_is_associative(Dossier[] a, Dossier[] b, Dossier[] c, TallyScope scope, bool recordIds)
    {
        var options = recordIds ? WithIds : TallyOptions.Default;
        var (ta, tb, tc) = (Build(a, scope, options), Build(b, scope, options), Build(c, scope, options));

        Assert.Equal(ta.Merge(tb).Merge(tc), ta.Merge(tb.Merge(tc)));
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void Merge_is_commutative(Dossier[] a, Dossier[] b, TallyScope scope, bool recordIds)
    {
        var options = recordIds ? WithIds : TallyOptions.Default;
        var (ta, tb) = (Build(a, scope, options), Build(b, scope, options));

        Assert.Equal(ta.Merge(tb), tb.Merge(ta));
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void The_empty_tally_is_the_identity_of_merge(Dossier[] dossiers, TallyScope scope, bool recordIds)
    {
        var options = recordIds ? WithIds : TallyOptions.Default;
        var tally = Build(dossiers, scope, options);
        var empty = DossierTally.Empty(Reference, scope, options);

        Assert.Equal(tally, empty.Merge(tally));
        Assert.Equal(tally, tally.Merge(empty));
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void Merging_the_tallies_of_a_partition_gives_the_tally_of_the_whole(DossierSplit split, TallyScope scope)
    {
        var whole = Build(split.Whole, scope, TallyOptions.Default);
        var parts = split.Parts.Select(part => Build(part, scope, TallyOptions.Default)).ToArray();

        var merged = DossierTally.Merge(parts[0], parts[1..]);

        Assert.Equal(whole, merged);
        Assert.Equal(whole.Rejections.ToArray(), merged.Rejections.ToArray());
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void Merging_the_tallies_of_a_partition_gives_the_tally_of_the_whole_with_dossier_ids(DossierSplit split, TallyScope scope)
    {
        var whole = Build(split.Whole, scope, WithIds);
        var parts = split.Parts.Select(part => Build(part, scope, WithIds)).ToArray();

        var merged = DossierTally.Merge(parts[0], parts[1..]);

        Assert.Equal(whole, merged);
        foreach (var counter in Enum.GetValues<TallyCounter>())
        {
            Assert.Equal(whole.DossierIds(counter), merged.DossierIds(counter));
        }
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void The_order_of_the_dossiers_never_changes_the_tally(DossierPermutation permutation, TallyScope scope)
    {
        Assert.Equal(Build(permutation.Original, scope, WithIds), Build(permutation.Shuffled, scope, WithIds));
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)])]
    public void Every_dossier_given_is_seen_and_exactly_the_faulty_ones_are_rejected(Dossier[] dossiers, TallyScope scope)
    {
        var tally = Build(dossiers, scope, TallyOptions.Default);
        var faulty = dossiers.Where(MustBeRejected).Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(dossiers.Length, tally.DossiersSeen);
        Assert.Equal(faulty, tally.Rejections.Select(r => r.DossierId));
        Assert.Equal(dossiers.Length - faulty.Length, tally.DossiersCounted);
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)])]
    public void Every_counted_dossier_is_in_exactly_one_scope_counter(Dossier[] dossiers, TallyScope scope)
    {
        var all = Build(dossiers, scope, TallyOptions.Default).Count(TallyFilter.All);
        Assert.Equal(dossiers.Count(d => !MustBeRejected(d)), ScopeCounters.Sum(c => all[c]));

        foreach (var dossier in dossiers)
        {
            var counts = Build([dossier], scope, TallyOptions.Default).Count(TallyFilter.All);
            if (MustBeRejected(dossier))
            {
                Assert.Equal(DossierCounts.Zero, counts);
                continue;
            }

            Assert.Equal(1, ScopeCounters.Sum(c => counts[c]));
            // In the period: exactly one status. Outside it: nothing else at all.
            Assert.Equal(counts.Total, StatusCounters.Sum(c => counts[c]));
            if (counts.OutsidePeriod == 1)
            {
                Assert.Equal(1, Enum.GetValues<TallyCounter>().Sum(c => counts[c]));
            }
        }
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)])]
    public void The_levels_partition_the_tally(Dossier[] dossiers, TallyScope scope)
    {
        var tally = Build(dossiers, scope, TallyOptions.Default);

        var byLevel = Enum.GetValues<AdministrativeLevel>()
            .Select(level => tally.Count(TallyFilter.ForLevel(level)))
            .Aggregate(DossierCounts.Zero, (sum, counts) => sum + counts);

        Assert.Equal(tally.Count(TallyFilter.All), byLevel);
        Assert.Equal(tally.Count(TallyFilter.All), tally.Cells.Aggregate(DossierCounts.Zero, (sum, cell) => sum + cell.Counts));
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)])]
    public void Drill_down_lists_as_many_dossiers_as_each_dossier_counter_counts(Dossier[] dossiers, TallyScope scope)
    {
        var tally = Build(dossiers, scope, WithIds);
        var filter = new TallyFilter { OneStopDepartmentCode = "MC-H" };
        var counts = tally.Count(filter);

        foreach (var counter in Enum.GetValues<TallyCounter>().Except(
                     [TallyCounter.ResultDocumentsIssued, TallyCounter.ResultDocumentsDigitized]))
        {
            var ids = tally.DossierIds(counter, filter);
            Assert.Equal(counts[counter], ids.Count);
            Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        }
    }

    private static DossierTally Build(Dossier[] dossiers, TallyScope scope, TallyOptions options) =>
        DossierTally.Build(Reference, scope, dossiers, options);
}
