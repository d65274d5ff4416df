using System;
using System.Linq;
using FsCheck.Xunit;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tests.Generators;
using OneStop.Metrics.Validation;
using Xunit;
using static OneStop.Metrics.Tests.Validation.ValidationFixtures;

namespace OneStop.Metrics.Tests.Validation;

/// <summary>The intake's guarantees as FsCheck properties over valid dossier sets with injected faults.</summary>
public class IntakePropertyTests
{
    private static ReferenceData Reference => DossierGenerators.Reference;

    [Property(Arbitrary = [typeof(ValidationArbitraries)], MaxTest = 200)]
    public void Accepted_plus_rejected_is_the_input(FaultySet set, IntakePolicy policy)
    {
        var result = DossierIntake.Screen(Reference, set.Records, policy);

        Assert.Equal(set.Records.Length, result.Read);
        Assert.Equal(result.Read, result.Accepted.Length + result.Rejected.Length);
        var positions = result.Rejected.Select(r => r.Position).ToHashSet();
        Assert.Equal(result.Rejected.Length, positions.Count);
    }

    [Property(Arbitrary = [typeof(ValidationArbitraries)], MaxTest = 200)]
    public void Every_injected_fault_is_reported_with_its_code_on_its_record(FaultySet set, IntakePolicy policy)
    {
        var result = DossierIntake.Screen(Reference, set.Records, policy);

        foreach (var (position, injector) in set.Faults)
        {
            var failures = FailuresAt(result, position);
            Assert.Contains(failures, f => f.Code == injector.Code);
            var rejected = result.Rejected.Any(r => r.Position == position);
            if (!injector.IsSoft || policy.SoftChecks == SoftCheckPolicy.Reject)
            {
                Assert.True(rejected, $"position {position} ({injector.Code}) was accepted");
            }

            Assert.All(failures, f => Assert.Equal(set.Records[position].Line, f.Line));
        }
    }

    [Property(Arbitrary = [typeof(ValidationArbitraries)], MaxTest = 200)]
    public void Valid_records_are_never_rejected_nor_warned_about(FaultySet set, IntakePolicy policy)
    {
        var result = DossierIntake.Screen(Reference, set.Records, policy);

        var clean = Enumerable.Range(0, set.Records.Length).Where(i => !set.Faults.ContainsKey(i)).ToArray();
        foreach (var position in clean)
        {
            Assert.Empty(FailuresAt(result, position));
        }

        var acceptedIds = result.Accepted.Select(d => d.Id).ToHashSet();
        Assert.All(clean, i => Assert.Contains(set.Records[i].Id!, acceptedIds));
        Assert.Equal(clean.Select(i => set.Valid[i].ToDossier()), result.Accepted.Where(d => clean.Any(i => set.Records[i].Id == d.Id)),
            DossierComparer.Instance);
    }

    [Property(Arbitrary = [typeof(ValidationArbitraries)], MaxTest = 200)]
    public void The_tally_counts_every_accepted_dossier(FaultySet set, IntakePolicy policy)
    {
        var result = DossierIntake.Screen(Reference, set.Records, policy);

        foreach (var scope in DossierGenerators.Scopes)
        {
            var tally = DossierTally.Build(Reference, scope, result.Accepted);
            Assert.Equal(0, tally.DossiersRejected);
            Assert.Equal(result.Accepted.Length, tally.DossiersCounted);
        }
    }

    [Property(Arbitrary = [typeof(ValidationArbitraries)], MaxTest = 200)]
    public void Counts_by_code_count_records(FaultySet set, IntakePolicy policy)
    {
        var result = DossierIntake.Screen(Reference, set.Records, policy);

        var rejected = result.Rejected.SelectMany(r => r.Failures.Select(f => f.Code).Distinct())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => (long)g.Count());
        var warned = result.Warnings.GroupBy(w => w.Position).SelectMany(g => g.Select(f => f.Code).Distinct())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(rejected.OrderBy(p => p.Key, StringComparer.Ordinal), result.RejectedByCode);
        Assert.Equal(warned.OrderBy(p => p.Key, StringComparer.Ordinal), result.WarningsByCode);
        Assert.All(result.Warnings, w => Assert.Equal(IntakeSeverity.Warning, w.Severity));
        Assert.All(result.Rejected, r => Assert.Contains(r.Failures,
            f => f.Severity == IntakeSeverity.Error || policy.SoftChecks == SoftCheckPolicy.Reject));
    }

    [Property(Arbitrary = [typeof(ValidationArbitraries)], MaxTest = 200)]
    public void Valid_dossiers_are_all_accepted_as_the_same_instances(Dossier[] dossiers, IntakePolicy policy)
    {
        var result = DossierIntake.Screen(Reference, dossiers, policy);

        Assert.Empty(result.Rejected);
        Assert.Empty(result.Warnings);
        Assert.Equal(dossiers.Length, result.Accepted.Length);
        Assert.All(dossiers.Zip(result.Accepted), pair => Assert.Same(pair.First, pair.Second));
    }

    [Property(Arbitrary = [typeof(ValidationArbitraries)], MaxTest = 200)]
    public void A_dossier_round_trips_through_its_record(Dossier[] dossiers)
    {
        Assert.Equal(dossiers, dossiers.Select(d => DossierRecord.From(d).ToDossier()), DossierComparer.Instance);
    }

    [Property(Arbitrary = [typeof(DossierArbitraries)], MaxTest = 200)]
    public void On_the_tally_generators_dossiers_the_intake_rejects_at_least_what_the_tally_rejects(Dossier[] dossiers)
    {
        var result = DossierIntake.Screen(Reference, dossiers);
        var tally = DossierTally.Build(Reference, DossierGenerators.Scope, dossiers);

        var rejectedIds = result.Rejected.Select(r => r.Record.Id).ToHashSet();
        Assert.All(tally.Rejections, r => Assert.Contains(r.DossierId, rejectedIds));
        Assert.Equal(0, DossierTally.Build(Reference, DossierGenerators.Scope, result.Accepted).DossiersRejected);
        Assert.Equal(dossiers.Length, result.Accepted.Length + result.Rejected.Length);
    }

    [Property(Arbitrary = [typeof(ValidationArbitraries)], MaxTest = 300)]
    public void Reference_screening_never_throws_and_keeps_every_entry_accounted_for(RandomReference lists)
    {
        var result = ReferenceIntake.Screen(lists.Units, lists.Departments, lists.Fields, lists.Procedures);

        Assert.Equal(lists.Units.Length, result.Reference.Units.Length + result.RejectedUnits.Length);
        Assert.Equal(lists.Departments.Length, result.Reference.Departments.Length + result.RejectedDepartments.Length);
        Assert.Equal(lists.Fields.Length, result.Reference.Fields.Length + result.RejectedFields.Length);
        Assert.Equal(lists.Procedures.Length, result.Reference.Procedures.Length + result.RejectedProcedures.Length);
        Assert.All(result.RejectedUnits, r => Assert.NotEmpty(r.Failures));
        Assert.All(result.RejectedDepartments, r => Assert.NotEmpty(r.Failures));
        Assert.All(result.RejectedProcedures, r => Assert.NotEmpty(r.Failures));

        // What was accepted is clean on its own and as a set: screening it again changes nothing.
        var again = ReferenceIntake.Screen(result.Reference.Units, result.Reference.Departments, result.Reference.Fields,
            result.Reference.Procedures);
        Assert.True(again.IsComplete, string.Join(Environment.NewLine, again.Failures));
    }
}
