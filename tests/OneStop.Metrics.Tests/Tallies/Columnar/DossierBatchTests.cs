using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tallies.Columnar;
using OneStop.Metrics.Tests.Seed;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Tallies.Columnar;

/// <summary><see cref="DossierBatch"/>: building, edge cases, argument checks, the seed sample and allocations.</summary>
public class DossierBatchTests
{
    private static readonly TallyOptions WithIds = new() { RecordDossierIds = true };

    // ----- The seed sample ------------------------------------------------------------------------------------------

    [Fact]
    public void The_Tu_Ky_sample_tallies_as_the_object_path_on_any_number_of_threads()
    {
        var sample = BuiltInSamples.TuKy2023;
        var expected = DossierTally.Build(sample.Reference, sample.Scope, sample.Dossiers, WithIds);
        var batch = DossierBatch.Create(sample.Reference, sample.Dossiers, DossierBatchOptions.For(sample.Scope, keepDossierIds: true));

        Assert.Equal(sample.Dossiers.Length, batch.Count);
        Assert.Empty(batch.Rejections);
        foreach (var threads in new[] { 1, 2, 3, 8 })
        {
            Assert.Equal(expected, batch.Tally(sample.Scope, threads, WithIds));
        }
    }

    [Fact]
    public void The_Tu_Ky_sample_through_the_batch_prints_every_seed_figure()
    {
        var sample = BuiltInSamples.TuKy2023;
        var tally = DossierBatch.Create(sample.Reference, sample.Dossiers).Tally(sample.Scope, degreeOfParallelism: 2);

        Assert.Equal(DossierTally.Build(sample.Reference, sample.Scope, sample.Dossiers), tally);
        var printed = ReportPrinter.Print(IndicatorReport.Compute(tally, sample.Options), sample.Heading);
        Assert.All(SeedFigures.All, figure => Assert.Equal(figure.Text, printed.Figure(figure.Key).Text));
        Assert.All(SeedFigures.Lines, line => Assert.Contains(line, printed.Sections.SelectMany(s => s.Lines)));
    }

    // ----- Empty batches ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void An_empty_batch_gives_the_empty_tally(int threads)
    {
        var batch = DossierBatch.Create(Reference, [], new DossierBatchOptions { KeepDossierIds = true });

        Assert.Equal(0, batch.Count);
        Assert.Equal(0, batch.CellCount);
        Assert.Equal(0, batch.DossiersAdded);
        Assert.Equal(DossierTally.Empty(Reference, Scope), batch.Tally(Scope, threads));
        Assert.Equal(DossierTally.Empty(Reference, Scope, WithIds), batch.Tally(Scope, threads, WithIds));
    }

    [Fact]
    public void A_batch_of_rejected_dossiers_only_has_no_rows_and_lists_them()
    {
        var dossiers = new[] { NewDossier("B", At(2023, 3, 1)) with { ProcedureCode = "P9" }, NewDossier("A", At(2023, 3, 1)) with { Channel = (IntakeChannel)0 } };

        var batch = DossierBatch.Create(Reference, dossiers);

        Assert.Equal(0, batch.Count);
        Assert.Equal(2, batch.DossiersAdded);
        Assert.Equal(["A", "B"], batch.Rejections.Select(r => r.DossierId));
        Assert.Equal(DossierTally.Build(Reference, Scope, dossiers), batch.Tally(Scope, 3));
    }

    // ----- Argument checks --------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_degree_of_parallelism_below_one_is_refused(int threads)
    {
        var batch = DossierBatch.Create(Reference, [NewDossier("A", At(2023, 3, 1))]);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => batch.Tally(Scope, threads));

        Assert.Equal("degreeOfParallelism", ex.ParamName);
        Assert.StartsWith($"The degree of parallelism must be at least 1; was {threads}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scope_asking_for_computed_due_dates_is_refused_by_a_batch_of_stored_ones()
    {
        var batch = DossierBatch.Create(Reference, [NewDossier("A", At(2023, 3, 1))]);
        var computed = TallyScope.For(ReportPeriod, dueDates: DueDateSource.Computed);

        var ex = Assert.Throws<ArgumentException>(() => batch.Tally(computed));

        Assert.Equal("scope", ex.ParamName);
        Assert.StartsWith(
            "The scope judges timeliness against computed due dates, but this batch holds the stored due dates; "
            + "build the batch with DossierBatchOptions.For(scope) (or DueDates and Deadlines equal to the scope's).",
            ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scope_asking_for_stored_due_dates_is_refused_by_a_batch_of_computed_ones()
    {
        var computed = TallyScope.For(ReportPeriod, dueDates: DueDateSource.Computed);
        var batch = DossierBatch.Create(Reference, [NewDossier("A", At(2023, 3, 1))], DossierBatchOptions.For(computed));

        var ex = Assert.Throws<ArgumentException>(() => batch.Tally(Scope));

        Assert.Equal("scope", ex.ParamName);
        Assert.StartsWith("The scope judges timeliness against the stored due dates, but this batch holds computed due dates; ",
            ex.Message, StringComparison.Ordinal);
        Assert.Equal(DossierTally.Build(Reference, computed, [NewDossier("A", At(2023, 3, 1))]), batch.Tally(computed));
    }

    [Fact]
    public void A_scope_computing_due_dates_under_other_rules_is_refused()
    {
        var batch = DossierBatch.Create(Reference, [NewDossier("A", At(2023, 3, 1))],
            new DossierBatchOptions { DueDates = DueDateSource.Computed });
        var otherRules = TallyScope.For(ReportPeriod, dueDates: DueDateSource.Computed,
            deadlines: new DeadlineRules { InPersonCutOff = new LocalTime(15, 0) });

        var ex = Assert.Throws<ArgumentException>(() => batch.Tally(otherRules));

        Assert.Equal("scope", ex.ParamName);
        Assert.StartsWith(
            "The scope computes due dates under other DeadlineRules than this batch's due dates were computed under; "
            + "build the batch with DossierBatchOptions.For(scope) (or Deadlines equal to the scope's).",
            ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Drill_down_is_refused_by_a_batch_without_ids()
    {
        var batch = DossierBatch.Create(Reference, [NewDossier("A", At(2023, 3, 1))]);

        var ex = Assert.Throws<ArgumentException>(() => batch.Tally(Scope, 1, WithIds));

        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith("The tally options ask for dossier ids, but this batch was built without them; "
                          + "build it with DossierBatchOptions.KeepDossierIds = true to drill down.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => DossierBatch.Create(null!, []));
        Assert.Throws<ArgumentNullException>(() => DossierBatch.Create(Reference, null!));
        Assert.Throws<ArgumentNullException>(() => DossierBatch.Create(Reference, [null!]));
        Assert.Throws<ArgumentNullException>(() => DossierBatch.Create(Reference, []).Tally(null!));
        Assert.Throws<ArgumentNullException>(() => new DossierBatch.Builder(null!));
        Assert.Throws<ArgumentNullException>(() => DossierBatchOptions.For(null!));
        Assert.Throws<ArgumentNullException>(() => new DossierBatchOptions { Deadlines = null! });
    }

    [Fact]
    public void Options_refuse_an_undefined_due_date_source()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DossierBatchOptions { DueDates = (DueDateSource)7 });

        Assert.StartsWith("The due-date source must be Stored or Computed; was 7.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_for_a_scope_take_its_due_dates_and_rules()
    {
        var rules = new DeadlineRules { InPersonCutOff = new LocalTime(15, 0) };
        var options = DossierBatchOptions.For(TallyScope.For(ReportPeriod, dueDates: DueDateSource.Computed, deadlines: rules), true);

        Assert.Equal(DueDateSource.Computed, options.DueDates);
        Assert.Same(rules, options.Deadlines);
        Assert.True(options.KeepDossierIds);
        Assert.Equal(new DossierBatchOptions(), DossierBatchOptions.Default);
        Assert.Equal(DueDateSource.Stored, DossierBatchOptions.Default.DueDates);
        Assert.False(DossierBatchOptions.Default.KeepDossierIds);
    }

    // ----- The builder ------------------------------------------------------------------------------------------

    [Fact]
    public void The_builder_counts_stored_and_rejected_dossiers_and_ends_when_built()
    {
        var builder = new DossierBatch.Builder(Reference, capacity: 2);
        Assert.True(builder.Add(NewDossier("A", At(2023, 3, 1))));
        Assert.False(builder.Add(NewDossier("B", At(2023, 3, 1)) with { ReceivingDepartmentCode = "TP" }));
        for (var i = 0; i < 40; i++)
        {
            Assert.True(builder.Add(NewDossier($"C{i}", At(2023, 3, 1)) with { ProcedureCode = i % 2 == 0 ? "P1" : "P2" }));
        }

        Assert.Equal(42, builder.Added);
        Assert.Equal(41, builder.Count);
        Assert.Equal(1, builder.Rejected);

        var batch = builder.Build();

        Assert.Equal(41, batch.Count);
        Assert.Equal(2, batch.CellCount);
        Assert.Equal(42, batch.DossiersAdded);
        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.Add(NewDossier("D", At(2023, 3, 1))));
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Count);
        Assert.Equal("This builder has already built its batch; create a new builder for more dossiers.", ex.Message);
    }

    [Fact]
    public void The_builder_refuses_a_negative_capacity()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierBatch.Builder(Reference, capacity: -1));
    }

    [Fact]
    public void Rejections_from_fields_read_as_the_object_paths()
    {
        var dossiers = new[]
        {
            NewDossier("R1", At(2023, 3, 1)) with { ProcedureCode = "P9" },
            NewDossier("R2", At(2023, 3, 1)) with { ReceivingDepartmentCode = "ZZ" },
            NewDossier("R3", At(2023, 3, 1)) with { ReceivingDepartmentCode = "TNMT" },
            NewDossier("R4", At(2023, 3, 1)) with { ResolvingDepartmentCode = "QQ" },
            NewDossier("R5", At(2023, 3, 1)) with { ResolvingDepartmentCode = "MC-X" },
            NewDossier("R6", At(2023, 3, 1)) with { Channel = (IntakeChannel)9 },
            NewDossier("R7", new LocalDateTime(2023, 3, 1, 9, 0, CalendarSystem.Julian)),
            NewDossier("R8", At(2023, 3, 1)) with { DueAt = new LocalDateTime(2023, 3, 10, 17, 0, CalendarSystem.Julian) },
            NewDossier("R9", At(2023, 3, 1)) with { ProcedureCode = string.Empty },
        };

        var fromFields = BatchInput.FromFields(Reference, dossiers);
        var expected = DossierTally.Build(Reference, Scope, dossiers).Rejections.ToArray();

        // ImmutableArray's own Equals compares array references: compare the elements.
        Assert.Equal(expected, fromFields.Rejections.ToArray());
        Assert.Equal(expected, DossierBatch.Create(Reference, dossiers).Rejections.ToArray());
        Assert.Equal("Dossier 'R1': ProcedureCode 'P9' is not in the procedure catalogue.", fromFields.Rejections[0].Message);
        Assert.Equal("Dossier 'R6': Channel '9' is not a defined intake channel (InPerson, Online, Postal).", fromFields.Rejections[5].Message);
        Assert.Equal("Dossier 'R9': ProcedureCode '' is not in the procedure catalogue.", fromFields.Rejections[8].Message);
    }

    [Fact]
    public void Adding_with_resolved_indices_stores_and_rejects_as_adding_with_codes()
    {
        var dossiers = new[]
        {
            NewDossier("A", At(2023, 3, 1)),
            NewDossier("B", At(2023, 3, 2)) with { ProcedureCode = "P3", ReceivingDepartmentCode = "MC-X", ResolvingDepartmentCode = null },
            NewDossier("C", At(2023, 3, 3)) with { ReceivingDepartmentCode = "TNMT" },
            NewDossier("D", At(2023, 3, 4)) with { ResolvingDepartmentCode = "MC-X" },
            NewDossier("E", At(2023, 3, 5)) with { Channel = (IntakeChannel)9, Outcome = DossierOutcome.Resolved(At(2023, 3, 6)) },
            NewDossier("F", At(2023, 3, 7)) with { ResolvingDepartmentCode = "MC-H" }, // the department at index 0
        };
        var rejected = DossierTally.Build(Reference, Scope, dossiers).Rejections.Select(r => r.DossierId).ToHashSet();
        var builder = new DossierBatch.Builder(Reference, new DossierBatchOptions { KeepDossierIds = true });
        foreach (var dossier in dossiers)
        {
            var fields = new DossierFields
            {
                Id = dossier.Id,
                Channel = dossier.Channel,
                ReceivedAt = dossier.ReceivedAt,
                DueAt = dossier.DueAt,
                Outcome = dossier.Outcome,
                Digitization = dossier.Digitization,
            };
            var accepted = builder.AddResolved(fields, Index(dossier.ProcedureCode, Reference.Procedures.Select(p => p.Code)),
                Index(dossier.ReceivingDepartmentCode, Reference.Departments.Select(d => d.Code)),
                dossier.ResolvingDepartmentCode is { } resolving ? Index(resolving, Reference.Departments.Select(d => d.Code)) : -1);
            Assert.True(accepted != rejected.Contains(dossier.Id), dossier.Id);
        }

        Assert.InRange(rejected.Count, 1, dossiers.Length - 1);

        var batch = builder.Build();

        Assert.Equal(DossierTally.Build(Reference, Scope, dossiers, WithIds), batch.Tally(Scope, 2, WithIds));
        Assert.Equal(DossierTally.Build(Reference, Scope, dossiers).Rejections.ToArray(), batch.Rejections.ToArray());

        static int Index(string code, IEnumerable<string> codes) => codes.ToList().IndexOf(code);
    }

    [Theory]
    [InlineData(-1, 0, -1)]
    [InlineData(3, 0, -1)]
    [InlineData(0, -1, -1)]
    [InlineData(0, 4, -1)]
    [InlineData(0, 0, -2)]
    [InlineData(0, 0, 4)]
    public void Resolved_indices_outside_the_reference_data_are_refused(int procedure, int receiving, int resolving)
    {
        var builder = new DossierBatch.Builder(Reference);

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddResolved(new DossierFields(), procedure, receiving, resolving));
    }

    [Fact]
    public void An_empty_resolving_department_code_in_fields_means_none()
    {
        var dossier = NewDossier("A", At(2023, 3, 1)) with { ResolvingDepartmentCode = null };

        var batch = BatchInput.FromFields(Reference, [dossier]);

        Assert.Equal(DossierTally.Build(Reference, Scope, [dossier]), batch.Tally(Scope));
        Assert.Equal(1, batch.Tally(Scope).Count(new TallyFilter { ResolvingDepartmentCode = null, OneStopDepartmentCode = "MC-H" }).ReceivedInPeriod);
    }

    [Fact]
    public void Fields_default_like_a_dossier()
    {
        var fields = new DossierFields();

        Assert.Equal(DigitizationFacts.None, fields.Digitization);
        Assert.Equal(DossierOutcome.InProgress, fields.Outcome);
        Assert.True(fields.Supplements.IsEmpty);
        Assert.True(fields.Reappointments.IsEmpty);
        Assert.True(fields.ResolvingDepartmentCode.IsEmpty);
    }

    [Fact]
    public void A_dossier_with_more_result_documents_than_a_row_holds_throws_as_in_the_object_path()
    {
        var dossier = NewDossier("A", At(2023, 3, 1)) with
        {
            Outcome = DossierOutcome.Resolved(At(2023, 3, 2)),
            Digitization = DigitizationFacts.None with { ResultDocuments = 70_000 },
        };

        Assert.Throws<OverflowException>(() => DossierTally.Build(Reference, Scope, [dossier]));
        Assert.Throws<OverflowException>(() => DossierBatch.Create(Reference, [dossier]));
    }

    // ----- Threads ----------------------------------------------------------------------------------------------

    [Fact]
    public void More_threads_than_rows_and_concurrent_tallies_of_one_batch_agree()
    {
        var sample = BuiltInSamples.TuKy2023;
        var few = sample.Dossiers.Take(3).ToArray();
        var small = DossierBatch.Create(sample.Reference, few);
        Assert.Equal(DossierTally.Build(sample.Reference, sample.Scope, few), small.Tally(sample.Scope, 16));

        var batch = DossierBatch.Create(sample.Reference, sample.Dossiers);
        var expected = batch.Tally(sample.Scope);
        var tallies = new DossierTally[8];
        Parallel.For(0, tallies.Length, i => tallies[i] = batch.Tally(sample.Scope, 1 + (i % 3)));
        Assert.All(tallies, tally => Assert.Equal(expected, tally));
    }

    // ----- Allocations ------------------------------------------------------------------------------------------

    [Fact]
    public void Adding_fields_allocates_nothing_per_stored_row()
    {
        var sample = BuiltInSamples.TuKy2023;
        var dossiers = sample.Dossiers.Take(2000).ToArray();
        var builder = new DossierBatch.Builder(sample.Reference, capacity: 3 * dossiers.Length);
        var buffer = new char[1024];
        foreach (var dossier in dossiers)
        {
            BatchInput.AddAsFields(builder, dossier, buffer); // every cell is created, every code path runs once
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var dossier in dossiers)
        {
            BatchInput.AddAsFields(builder, dossier, buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_single_threaded_tally_allocates_the_same_for_ten_times_the_rows()
    {
        var sample = BuiltInSamples.TuKy2023;
        var small = DossierBatch.Create(sample.Reference, Enumerable.Repeat(sample.Dossiers, 2).SelectMany(d => d));
        var large = DossierBatch.Create(sample.Reference, Enumerable.Repeat(sample.Dossiers, 20).SelectMany(d => d));
        Assert.Equal(small.CellCount, large.CellCount);
        small.Tally(sample.Scope);
        large.Tally(sample.Scope);

        Assert.Equal(AllocatedBy(() => small.Tally(sample.Scope)), AllocatedBy(() => large.Tally(sample.Scope)));
    }

    [Fact]
    public void ToString_summarises_the_batch()
    {
        var batch = DossierBatch.Create(Reference, [NewDossier("A", At(2023, 3, 1)), NewDossier("B", At(2023, 3, 1)) with { ProcedureCode = "P9" }],
            new DossierBatchOptions { KeepDossierIds = true });

        Assert.Equal("DossierBatch: 1 rows in 1 cells, 1 rejected, stored due dates, with ids", batch.ToString());
    }

    [Fact]
    public void ToString_names_computed_due_dates_and_no_ids()
    {
        var computed = TallyScope.For(ReportPeriod, dueDates: DueDateSource.Computed);
        var batch = DossierBatch.Create(Reference, [NewDossier("A", At(2023, 3, 1))], DossierBatchOptions.For(computed));

        Assert.Equal("DossierBatch: 1 rows in 1 cells, 0 rejected, computed due dates", batch.ToString());
    }

    /// <summary>
    /// A due date computed past the working-day calendar (received at the end of 2100, ten working days to go) is a
    /// rejection on both paths, never an exception; the other dossiers are counted.
    /// </summary>
    [Fact]
    public void A_due_date_computed_past_the_calendar_is_a_rejection_on_both_paths()
    {
        var procedures = Reference.Procedures.Select(p => p.Code == "P1" ? p with { TimeLimit = TimeLimit.WorkingDays(10) } : p);
        var reference = new ReferenceData(Reference.Units, Reference.Departments, Reference.Fields, procedures);
        var scope = TallyScope.For(ReportPeriod, dueDates: DueDateSource.Computed);
        Dossier[] dossiers = [NewDossier("A", At(2023, 3, 1)), NewDossier("LATE", At(2100, 12, 28))];

        var tally = DossierTally.Build(reference, scope, dossiers);
        var batch = DossierBatch.Create(reference, dossiers, DossierBatchOptions.For(scope));

        var rejection = Assert.Single(tally.Rejections);
        Assert.Equal(("LATE", RejectionReason.DueDateOutsideCalendar), (rejection.DossierId, rejection.Reason));
        Assert.Equal((1L, 1L), (tally.DossiersCounted, tally.DossiersRejected));
        Assert.Equal(tally, batch.Tally(scope));
        var builder = new DossierBatch.Builder(reference, DossierBatchOptions.For(scope));
        Assert.Equal((true, false), (builder.Add(dossiers[0]), builder.Add(dossiers[1])));

        var byIndex = new DossierBatch.Builder(reference, DossierBatchOptions.For(scope));
        var late = new DossierFields { Id = "LATE", Channel = IntakeChannel.InPerson, ReceivedAt = dossiers[1].ReceivedAt };
        Assert.False(byIndex.AddResolved(late, procedureIndex: 0, receivingDepartmentIndex: 0, resolvingDepartmentIndex: 1));
        var byIndexRejection = Assert.Single(byIndex.Build().Rejections);
        Assert.Equal(rejection, byIndexRejection);
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
