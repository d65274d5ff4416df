using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Generators;
using Xunit;
using static OneStop.Metrics.Tests.Generators.DossierGenerators;

namespace OneStop.Metrics.Tests.Tallies.Columnar;

/// <summary>
/// The pieces the fast paths rest on: the enum layouts the classifier computes counters from, the tabulated day
/// numbers, the cell table, the code cache and the 32-bit counters' fold.
/// </summary>
public class FastPathInternalsTests
{
    [Fact]
    public void The_classifier_may_compute_channel_and_outcome_counters_by_addition()
    {
        // DossierClassifier adds the channel's offset to ReceivedInPerson, and 3 × the kind's offset to ResolvedEarly.
        Assert.Equal([IntakeChannel.InPerson, IntakeChannel.Online, IntakeChannel.Postal], Enum.GetValues<IntakeChannel>());
        Assert.Equal([1, 2, 3], Enum.GetValues<IntakeChannel>().Select(c => (int)c));
        Assert.Equal(
            [TallyCounter.ReceivedInPerson, TallyCounter.ReceivedOnline, TallyCounter.ReceivedByPost],
            Enum.GetValues<IntakeChannel>().Select(c => TallyCounter.ReceivedInPerson + (c - IntakeChannel.InPerson)));
        Assert.Equal(
            [TallyCounter.ResolvedEarly, TallyCounter.ReturnedEarly, TallyCounter.RefusedEarly, TallyCounter.WithdrawnEarly],
            new[] { OutcomeKind.Resolved, OutcomeKind.ReturnedIneligible, OutcomeKind.Refused, OutcomeKind.Withdrawn }
                .Select(k => TallyCounter.ResolvedEarly + (3 * (k - OutcomeKind.Resolved))));
        Assert.Equal(TallyCounter.ResolvedEarly + 1, TallyCounter.ResolvedOnTime);
        Assert.Equal(TallyCounter.WithdrawnEarly + 2, TallyCounter.WithdrawnOverdue);
        Assert.Equal(TallyCounter.InProgressWithinDeadline + 1, TallyCounter.InProgressPastDeadline);
    }

    [Fact]
    public void Tabulated_day_numbers_agree_with_the_algorithm_on_every_day_around_and_in_the_table()
    {
        for (var date = new LocalDate(1890, 1, 1); date <= new LocalDate(2170, 12, 31); date = date.PlusDays(1))
        {
            Assert.Equal(DayNumber.Compute(date.Year, date.Month, date.Day), DayNumber.Of(date));
        }

        Assert.Equal(0, DayNumber.Of(new LocalDate(1970, 1, 1)));
        Assert.Equal(19_358, DayNumber.Of(new LocalDate(2023, 1, 1)));
        Assert.Equal(DayNumber.Compute(-9998, 1, 1), DayNumber.Of(new LocalDate(-9998, 1, 1)));
        Assert.Equal(DayNumber.Compute(9999, 12, 31), DayNumber.Of(new LocalDate(9999, 12, 31)));
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(9, 30, 15, 34_215)]
    [InlineData(23, 59, 59, 86_399)]
    public void Seconds_of_the_day_ignore_fractions(int hour, int minute, int second, int expected)
    {
        Assert.Equal(expected, DayNumber.SecondOf(new LocalTime(hour, minute, second)));
        Assert.Equal(expected, DayNumber.SecondOf(new LocalTime(hour, minute, second).PlusNanoseconds(999_999_999)));
    }

    [Fact]
    public void The_cell_table_numbers_keys_densely_in_order_of_first_sight()
    {
        var random = new Random(7);
        var table = new CellTable();
        var expected = new Dictionary<long, int>();
        for (var i = 0; i < 50_000; i++)
        {
            var key = CellKey.Pack(random.Next(300), random.Next(-1, 40), random.Next(3000));
            if (!expected.TryGetValue(key, out var id))
            {
                id = expected.Count;
                expected.Add(key, id);
            }

            Assert.Equal(id, table.IdOf(key));
        }

        Assert.Equal(expected.Count, table.Count);
        Assert.All(expected, pair => Assert.Equal(pair.Key, table.Keys[pair.Value]));
        Assert.Equal(0, new CellTable().IdOf(0));
    }

    [Fact]
    public void The_code_cache_answers_by_content_whatever_the_instance()
    {
        var codes = new CodeLookup(Reference);
        var copies = Enumerable.Range(0, 5000).Select(i => new string(i % 2 == 0 ? "P2" : "MC-X")).ToArray();

        foreach (var copy in copies.Concat(copies))
        {
            Assert.Equal(copy == "P2" ? 1 : -1, codes.Procedure(copy));
            Assert.Equal(copy == "MC-X" ? 3 : -1, codes.Department(copy));
        }

        Assert.Equal(-1, codes.Procedure(null));
        Assert.Equal(-1, codes.Department(null));
        Assert.Equal(-1, codes.Procedure(string.Empty));
        Assert.Equal([DepartmentKind.OneStop, DepartmentKind.Specialised, DepartmentKind.Specialised, DepartmentKind.OneStop],
            codes.DepartmentKinds);
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 100)]
    public void Folding_the_32_bit_counters_into_the_totals_changes_nothing(Dossier[] dossiers, TallyScope scope, bool recordIds)
    {
        var options = new TallyOptions { RecordDossierIds = recordIds };
        var folding = new DossierTallyBuilder(Reference, scope, options) { FoldEvery = 3 };

        folding.AddRange(dossiers);
        var midway = folding.ToTally();
        folding.AddRange(dossiers.Select(d => d with { Id = d.Id + "'" }));

        Assert.Equal(DossierTally.Build(Reference, scope, dossiers, options), midway);
        Assert.Equal(DossierTally.Build(Reference, scope, dossiers.Concat(dossiers.Select(d => d with { Id = d.Id + "'" })), options),
            folding.ToTally());
    }

    [Fact]
    public void The_object_path_walks_arrays_lists_immutable_arrays_and_other_sequences_alike()
    {
        var dossiers = Enumerable.Range(0, 30).Select(i => NewDossier($"D{i:D2}", At(2023, 3, 1 + (i % 28))) with
        {
            ProcedureCode = i % 7 == 0 ? "P9" : "P1",
        }).ToArray();
        var expected = DossierTally.Build(Reference, Scope, dossiers.Select(d => d));

        Assert.Equal(expected, DossierTally.Build(Reference, Scope, dossiers));
        Assert.Equal(expected, DossierTally.Build(Reference, Scope, dossiers.ToList()));
        Assert.Equal(expected, DossierTally.Build(Reference, Scope, dossiers.ToImmutableArray()));
        Assert.Throws<ArgumentNullException>(() => DossierTally.Build(Reference, Scope, new Dossier[] { dossiers[0], null! }));
        Assert.Throws<ArgumentNullException>(() => DossierTally.Build(Reference, Scope, new List<Dossier> { null! }));
    }
}
