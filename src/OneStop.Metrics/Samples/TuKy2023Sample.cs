using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Samples;

/// <summary>
/// Builds a synthetic dossier set from which, under the default <see cref="Indicators.MetricsOptions"/>, the
/// library computes every figure of sections 1, 2 and 4 of the Tứ Kỳ district report (September 2023, period
/// 01/01/2023–31/08/2023). Which data attribute reproduces which figure is written next to each quota and in
/// <c>docs/sample-tu-ky-2023.md</c>.
/// </summary>
internal static class TuKy2023Sample
{
    public static readonly LocalDate PeriodStart = new(2023, 1, 1);
    public static readonly LocalDate PeriodEnd = new(2023, 8, 31);

    /// <summary>District received in the period by field, as printed in section 4: field code, received, online.</summary>
    private static readonly (string Field, int Received, int Online)[] DistrictIntake =
    [
        ("H-TCKH", 591, 591),
        ("H-NV", 390, 390),
        ("H-TP", 700, 700),
        ("H-TNMT", 761, 761),
        ("H-KTHT", 75, 71),
        ("H-VHTT", 13, 13),
        ("H-LDTBXH", 2, 2),
    ];

    public static IReadOnlyList<Dossier> Build(ReferenceData reference, SampleVariation variation)
    {
        var random = new SampleRandom(variation.Seed);
        var plans = new List<DossierPlan>();
        plans.AddRange(PlanLevel(DistrictQuota(reference), random));
        plans.AddRange(PlanLevel(CommuneQuota(reference), random));

        var dossiers = new DossierFactory(random);
        var result = plans.Select(dossiers.Create).ToList();
        result.AddRange(Outside(reference, variation, dossiers, random));
        random.Shuffle(result);
        return result;
    }

    /// <summary>
    /// District (UBND cấp huyện): 28 carried over + 2.532 received = 2.560; 2.461 early or on time + 1 overdue =
    /// 2.462 resolved; 74 in progress; 22 returned; 2 cancelled. Intake digitization 2.498/2.531: 29 of the 2.560
    /// dossiers handled are not subject to digitization. Results 2.406/2.463: one resolved dossier issues two
    /// result documents; 57 documents are not digitized. Every received dossier is for a procedure with an online
    /// service (so the online rate 2.528/2.532 is over all received); 4 Kinh tế - Hạ tầng dossiers came in person.
    /// Five carried-over dossiers are of Giáo dục và Đào tạo, so eight departments digitize (08/11).
    /// </summary>
    private static LevelQuota DistrictQuota(ReferenceData reference)
    {
        string[] oneStop = [TuKy2023Reference.DistrictOneStop];
        var departmentOf = TuKy2023Reference.DistrictDepartments.ToDictionary(d => d.Field, d => d.Department);
        IntakeGroup Group(string field, int count, int inPerson) =>
            new(OnlineProcedures(reference, field), oneStop, departmentOf[field], count, inPerson);

        return new LevelQuota
        {
            Intake = DistrictIntake.Select(f => Group(f.Field, f.Received, f.Received - f.Online)).ToList(),
            CarriedOver =
            [
                Group("H-GDDT", 5, 2), Group("H-TNMT", 9, 3), Group("H-TP", 6, 1), Group("H-TCKH", 5, 0), Group("H-NV", 3, 1),
            ],
            ResolvedEarlyOrOnTime = 2461,
            ResolvedOverdue = 1,
            InProgress = 74,
            Returned = 22,
            Cancelled = 2,
            NotSubjectToDigitization = 29,
            DigitizedAtIntake = 2498,
            ExtraResultDocuments = 1,
            DigitizedResultDocuments = 2406,
            CoverageByResolvingDepartment = true,
        };
    }

    /// <summary>
    /// Communes (UBND cấp xã, 23 one-stop departments added up): 149 carried over + 33.384 received = 33.533;
    /// 33.100 early or on time + 21 overdue = 33.121 resolved; 204 in progress; 29 returned; 179 cancelled.
    /// Intake digitization 32.104/33.394: 139 of the 33.533 dossiers handled are not subject to digitization.
    /// Results 32.109/33.184: 63 resolved dossiers issue two result documents; 1.075 documents are not digitized.
    /// Online 32.953/33.024: 360 received dossiers are for procedures with no online service (in person), and 71
    /// of the 33.024 others came in person. The two interlinked groups of Scheme 06 reuse digitized data.
    /// </summary>
    private static LevelQuota CommuneQuota(ReferenceData reference)
    {
        var communes = Enumerable.Range(1, TuKy2023Reference.Communes).Select(TuKy2023Reference.CommuneOneStop).ToList();
        var commune = reference.ProceduresAt(AdministrativeLevel.Commune).ToList();
        var online = commune.Where(p => p.OnlineService != OnlineServiceKind.None
                                        && p.Code is not (TuKy2023Reference.BirthGroup or TuKy2023Reference.DeathGroup))
            .Select(p => p.Code).ToList();
        var offline = commune.Where(p => p.OnlineService == OnlineServiceKind.None).Select(p => p.Code).ToList();
        string[] birth = [TuKy2023Reference.BirthGroup];
        string[] death = [TuKy2023Reference.DeathGroup];

        return new LevelQuota
        {
            Intake =
            [
                new IntakeGroup(offline, communes, null, 360, 360),
                new IntakeGroup(birth, communes, null, 1480, 0),
                new IntakeGroup(death, communes, null, 655, 0),
                new IntakeGroup(online, communes, null, 33024 - 1480 - 655, 71),
            ],
            CarriedOver = [new IntakeGroup(online, communes, null, 119, 30), new IntakeGroup(offline, communes, null, 30, 30)],
            ResolvedEarlyOrOnTime = 33100,
            ResolvedOverdue = 21,
            InProgress = 204,
            Returned = 29,
            Cancelled = 179,
            NotSubjectToDigitization = 139,
            DigitizedAtIntake = 32104,
            ExtraResultDocuments = 63,
            DigitizedResultDocuments = 32109,
            ReusingProcedures = [TuKy2023Reference.BirthGroup, TuKy2023Reference.DeathGroup],
            CoverageByResolvingDepartment = false,
        };
    }

    private static List<string> OnlineProcedures(ReferenceData reference, string field) =>
        reference.Procedures.Where(p => p.FieldCode == field && p.OnlineService != OnlineServiceKind.None)
            .Select(p => p.Code).ToList();

    private static List<DossierPlan> PlanLevel(LevelQuota quota, SampleRandom random)
    {
        var received = Expand(quota.Intake, carriedOver: false, random);
        var carried = Expand(quota.CarriedOver, carriedOver: true, random);
        var all = carried.Concat(received).ToList();

        ProtectOnePerUnit(all, quota.CoverageByResolvingDepartment);
        AssignOutcomes(quota, received, carried, random);
        AssignDigitization(quota, all, random);
        AssignResults(quota, all, random);
        AssignReuse(quota, received, random);
        return all;
    }

    /// <summary>Creates the dossiers of each intake group, the first ones round-robin over the one-stop departments so each has some.</summary>
    private static List<DossierPlan> Expand(IReadOnlyList<IntakeGroup> groups, bool carriedOver, SampleRandom random)
    {
        var plans = new List<DossierPlan>();
        foreach (var group in groups)
        {
            var channels = Enumerable.Repeat(IntakeChannel.InPerson, group.InPerson)
                .Concat(Enumerable.Repeat(IntakeChannel.Online, group.Count - group.InPerson)).ToList();
            random.Shuffle(channels);
            for (var i = 0; i < group.Count; i++)
            {
                var oneStop = i < group.OneStops.Count ? group.OneStops[i] : Skewed(group.OneStops, random);
                plans.Add(new DossierPlan(carriedOver, Skewed(group.Procedures, random), oneStop, group.Resolving, channels[i]));
            }
        }

        return plans;
    }

    /// <summary>Picks an element as the smaller of two uniform draws: earlier elements are likelier, a long tail like real volumes.</summary>
    private static string Skewed(IReadOnlyList<string> items, SampleRandom random)
    {
        var a = random.Next(items.Count);
        var b = random.Next(items.Count);
        return items[Math.Min(a, b)];
    }

    private static void ProtectOnePerUnit(List<DossierPlan> plans, bool byResolving)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (seen.Add((byResolving ? plan.Resolving : plan.OneStop) ?? string.Empty))
            {
                plan.Protected = true;
            }
        }
    }

    /// <summary>
    /// In-progress dossiers are drawn from those received in the period; the other statuses are dealt at random
    /// over the rest, and a random share of the early-or-on-time ones is on time.
    /// </summary>
    private static void AssignOutcomes(LevelQuota quota, List<DossierPlan> received, List<DossierPlan> carried, SampleRandom random)
    {
        var order = received.ToList();
        random.Shuffle(order);
        foreach (var plan in order.Take(quota.InProgress))
        {
            plan.Outcome = OutcomeKind.InProgress;
        }

        var ended = order.Skip(quota.InProgress).Concat(carried).ToList();
        var onTime = random.Between(0, quota.ResolvedEarlyOrOnTime);
        var statuses = new List<(OutcomeKind Kind, int Timeliness)>();
        statuses.AddRange(Enumerable.Repeat((OutcomeKind.Resolved, 0), onTime));
        statuses.AddRange(Enumerable.Repeat((OutcomeKind.Resolved, -1), quota.ResolvedEarlyOrOnTime - onTime));
        statuses.AddRange(Enumerable.Repeat((OutcomeKind.Resolved, 1), quota.ResolvedOverdue));
        statuses.AddRange(Enumerable.Repeat((OutcomeKind.ReturnedIneligible, -1), quota.Returned));
        statuses.AddRange(Enumerable.Repeat((OutcomeKind.Cancelled, -1), quota.Cancelled));
        if (statuses.Count != ended.Count)
        {
            throw new InvalidOperationException(
                $"Sample quota mismatch: {statuses.Count} ended statuses for {ended.Count} dossiers.");
        }

        random.Shuffle(statuses);
        for (var i = 0; i < ended.Count; i++)
        {
            (ended[i].Outcome, ended[i].Timeliness) = statuses[i];
        }
    }

    private static void AssignDigitization(LevelQuota quota, List<DossierPlan> plans, SampleRandom random)
    {
        var candidates = plans.Where(p => !p.Protected).ToList();
        random.Shuffle(candidates);
        var notSubject = quota.NotSubjectToDigitization;
        var notDigitized = plans.Count - notSubject - quota.DigitizedAtIntake;
        for (var i = 0; i < candidates.Count; i++)
        {
            candidates[i].Subject = i >= notSubject;
            candidates[i].Digitized = i >= notSubject + notDigitized;
        }
    }

    private static void AssignResults(LevelQuota quota, List<DossierPlan> plans, SampleRandom random)
    {
        var resolved = plans.Where(p => p.Outcome == OutcomeKind.Resolved).ToList();
        random.Shuffle(resolved);
        foreach (var plan in resolved.Take(quota.ExtraResultDocuments))
        {
            plan.ResultDocuments = 2;
        }

        var slots = resolved.SelectMany(p => Enumerable.Repeat(p, p.ResultDocuments)).ToList();
        foreach (var plan in resolved)
        {
            plan.DigitizedResultDocuments = plan.ResultDocuments;
        }

        random.Shuffle(slots);
        foreach (var plan in slots.Take(slots.Count - quota.DigitizedResultDocuments))
        {
            plan.DigitizedResultDocuments--;
        }
    }

    private static void AssignReuse(LevelQuota quota, List<DossierPlan> received, SampleRandom random)
    {
        foreach (var procedure in quota.ReusingProcedures)
        {
            var first = true;
            foreach (var plan in received.Where(p => p.Procedure == procedure))
            {
                plan.Reused = first || random.Next(10) < 8;
                first = false;
            }
        }
    }

    /// <summary>Dossiers outside the period, which must not change any figure.</summary>
    private static IEnumerable<Dossier> Outside(ReferenceData reference, SampleVariation variation, DossierFactory factory,
        SampleRandom random)
    {
        var district = reference.ProceduresAt(AdministrativeLevel.District).Select(p => p.Code).ToList();
        var departmentOf = reference.Procedures.ToDictionary(p => p.Code,
            p => TuKy2023Reference.DistrictDepartments.FirstOrDefault(d => d.Field == p.FieldCode).Department);
        for (var i = 0; i < variation.ReceivedAfterPeriod + variation.EndedBeforePeriod; i++)
        {
            var procedure = district[random.Next(district.Count)];
            var channel = reference.TryGetProcedure(procedure, out var p) && p.OnlineService != OnlineServiceKind.None
                ? IntakeChannel.Online
                : IntakeChannel.InPerson;
            var plan = new DossierPlan(false, procedure, TuKy2023Reference.DistrictOneStop, departmentOf[procedure], channel);
            yield return i < variation.ReceivedAfterPeriod ? factory.CreateAfter(plan) : factory.CreateBefore(plan);
        }
    }
}
