using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tallies.Columnar;
using OneStop.Metrics.Tests.Generators;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Tallies.Columnar;

/// <summary>The columnar path against the object path, as FsCheck properties over random dossier sets.</summary>
public class DossierBatchPropertyTests
{
    private static readonly TallyOptions WithIds = new() { RecordDossierIds = true };

    /// <summary>The generators' reference data with time limits on P1 and P2 (P3 has none), for computed due dates.</summary>
    private static readonly ReferenceData TimedReference = new(
        Reference.Units, Reference.Departments, Reference.Fields,
        Reference.Procedures.Select(p => p.Code switch
        {
            "P1" => p with { TimeLimit = TimeLimit.WorkingDays(5) },
            "P2" => p with { TimeLimit = TimeLimit.CalendarDays(10) },
            _ => p,
        }));

    private static readonly TallyScope[] ComputedScopes =
    [
        TallyScope.For(ReportPeriod, dueDates: DueDateSource.Computed),
        TallyScope.For(ReportPeriod, null, TimelinessComparison.ByInstant, DueDateSource.Computed,
            new DeadlineRules { InPersonCutOff = new NodaTime.LocalTime(15, 0), OnlineOutsideHoursNextWorkingDay = true }),
    ];

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void For_every_scope_thread_count_and_drill_down_choice_the_batch_tally_equals_the_object_path_tally(Dossier[] dossiers)
    {
        var withIds = DossierBatch.Create(Reference, dossiers, new DossierBatchOptions { KeepDossierIds = true });
        var withoutIds = DossierBatch.Create(Reference, dossiers);
        Assert.Equal(dossiers.Length, withIds.DossiersAdded);

        foreach (var scope in Scopes)
        {
            var expected = DossierTally.Build(Reference, scope, dossiers);
            var expectedWithIds = DossierTally.Build(Reference, scope, dossiers, WithIds);
            for (var threads = 1; threads <= 4; threads++)
            {
                Assert.Equal(expected, withoutIds.Tally(scope, threads));
                Assert.Equal(expected, withIds.Tally(scope, threads));
                Assert.Equal(expectedWithIds, withIds.Tally(scope, threads, WithIds));

                // The same, cut into ranges of a few rows each (up to four per thread, claimed by the workers).
                Assert.Equal(expected, withoutIds.Tally(scope, threads, null, minRowsPerRange: 3));
                Assert.Equal(expectedWithIds, withIds.Tally(scope, threads, WithIds, minRowsPerRange: 1));
            }
        }
    }

    [Property(Arbitrary = [typeof(DossierArbitraries), typeof(ColumnarArbitraries)], MaxTest = 100)]
    public void Rejections_and_drill_down_ids_match_the_object_path_item_by_item(Dossier[] dossiers, TallyScope scope,
        Parallelism threads)
    {
        var expected = DossierTally.Build(Reference, scope, dossiers, WithIds);
        var actual = DossierBatch.Create(Reference, dossiers, DossierBatchOptions.For(scope, keepDossierIds: true))
            .Tally(scope, threads.Value, WithIds, minRowsPerRange: 2);

        // Equals covers these; asserting them one by one makes a failure readable.
        Assert.Equal(expected.Rejections.ToArray(), actual.Rejections.ToArray());
        Assert.Equal(expected.Cells.Select(c => c.Counts), actual.Cells.Select(c => c.Counts));
        foreach (var counter in System.Enum.GetValues<TallyCounter>())
        {
            Assert.Equal(expected.DossierIds(counter), actual.DossierIds(counter));
        }

        Assert.Equal(expected, actual);
    }

    [Property(Arbitrary = [typeof(DossierArbitraries), typeof(ColumnarArbitraries)], MaxTest = 100)]
    public void A_batch_built_from_fields_tallies_as_one_built_from_objects(Dossier[] dossiers, TallyScope scope,
        Parallelism threads, bool recordIds)
    {
        var options = recordIds ? WithIds : TallyOptions.Default;
        var batchOptions = DossierBatchOptions.For(scope, keepDossierIds: recordIds);
        var fromFields = BatchInput.FromFields(Reference, dossiers, batchOptions);

        Assert.Equal(DossierTally.Build(Reference, scope, dossiers, options), fromFields.Tally(scope, threads.Value, options));
        Assert.Equal(DossierTally.Build(Reference, scope, dossiers, options), fromFields.Tally(scope, threads.Value, options, minRowsPerRange: 4));
        Assert.Equal(DossierBatch.Create(Reference, dossiers, batchOptions).Rejections.ToArray(), fromFields.Rejections.ToArray());
    }

    [Property(Arbitrary = [typeof(DossierArbitraries), typeof(ColumnarArbitraries)], MaxTest = 100)]
    public void With_computed_due_dates_the_batch_tally_equals_the_object_path_tally(Dossier[] dossiers, Parallelism threads,
        bool recordIds)
    {
        var options = recordIds ? WithIds : TallyOptions.Default;
        foreach (var scope in ComputedScopes)
        {
            var expected = DossierTally.Build(TimedReference, scope, dossiers, options);
            var batchOptions = DossierBatchOptions.For(scope, keepDossierIds: recordIds);

            Assert.Equal(expected, DossierBatch.Create(TimedReference, dossiers, batchOptions).Tally(scope, threads.Value, options));
            Assert.Equal(expected, BatchInput.FromFields(TimedReference, dossiers, batchOptions).Tally(scope, threads.Value, options));
        }
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 50)]
    public void Merging_the_tallies_of_batches_of_the_parts_gives_the_object_path_tally_of_the_whole(DossierSplit split,
        TallyScope scope)
    {
        var parts = split.Parts.Select(part => DossierBatch.Create(Reference, part).Tally(scope, 2)).ToList();

        Assert.Equal(DossierTally.Build(Reference, scope, split.Whole), DossierTally.Merge(parts[0], parts.Skip(1)));
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 50)]
    public void The_batch_stores_exactly_the_dossiers_the_object_path_counts(Dossier[] dossiers)
    {
        var batch = DossierBatch.Create(Reference, dossiers);

        Assert.Equal(dossiers.Count(d => !MustBeRejected(d)), batch.Count);
        Assert.Equal(dossiers.Where(MustBeRejected).Select(d => d.Id).Order(System.StringComparer.Ordinal),
            batch.Rejections.Select(r => r.DossierId));
        Assert.Equal(new HashSet<long>(Enumerable.Range(0, batch.CellCount).Select(i => batch.CellKeys[i])).Count, batch.CellCount);
    }
}
