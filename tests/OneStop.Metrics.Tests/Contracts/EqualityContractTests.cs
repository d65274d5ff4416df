using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NodaTime;
using OneStop.Metrics.Calendars.Lunar;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Deadlines;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Printing;
using OneStop.Metrics.Rates;
using OneStop.Metrics.Reconciliation;
using OneStop.Metrics.Samples;
using OneStop.Metrics.Tallies;
using Xunit;

namespace OneStop.Metrics.Tests.Contracts;

/// <summary>
/// The equality contract of every public type of the packages that implements <see cref="IEquatable{T}"/> of itself,
/// found by reflection (a new type is checked without anyone remembering to): <c>==</c> and <c>!=</c> declared,
/// <see cref="object.Equals(object)"/> and <see cref="object.GetHashCode"/> overridden; and, for the hand-written
/// (non-record) ones, on sample values: equal values are <c>==</c>, <c>Equals</c> and hash alike, different values
/// are not, and a class is never equal to <see langword="null"/>.
/// </summary>
public class EqualityContractTests
{
    /// <summary>For each hand-written equatable type: two equal values built separately, and a different one.</summary>
    private static readonly Dictionary<Type, Func<(object A, object SameAsA, object Other)>> Samples = new()
    {
        [typeof(Ratio)] = () => (Ratio.Of(1, 2), Ratio.Of(1, 2), Ratio.Of(2, 4)),
        [typeof(RoundingRule)] = () => (RoundingRule.Create(2, MidpointRounding.AwayFromZero),
            RoundingRule.Create(2, MidpointRounding.AwayFromZero), RoundingRule.Create(2, MidpointRounding.ToEven)),
        [typeof(NumberStyle)] = () => (NumberStyle.Vietnamese,
            new NumberStyle('.', ',', true, true, "\u2014", RoundingRule.Default), NumberStyle.Invariant),
        [typeof(TimeLimit)] = () => (TimeLimit.WorkingDays(5), TimeLimit.Parse(TimeLimit.WorkingDays(5).ToString()),
            TimeLimit.CalendarDays(5)),
        [typeof(ReportingPeriod)] = () => (ReportingPeriod.Month(2023, 1),
            ReportingPeriod.Custom(new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 31)), ReportingPeriod.Month(2023, 2)),
        [typeof(LunarDate)] = () => (LunarDate.Create(2023, 1, 1), LunarDate.FromSolar(new LocalDate(2023, 1, 22)),
            LunarDate.Create(2023, 1, 2)),
        [typeof(DossierOutcome)] = () => (DossierOutcome.Resolved(new LocalDateTime(2023, 3, 1, 9, 0)),
            DossierOutcome.Resolved(new LocalDateTime(2023, 3, 1, 9, 0)), DossierOutcome.Refused(new LocalDateTime(2023, 3, 1, 9, 0))),
        [typeof(DossierTally)] = () => (Tally(), Tally(), DossierTally.Empty(BuiltInSamples.TuKy2023.Reference, BuiltInSamples.TuKy2023.Scope)),
        [typeof(DossierCounts)] = () => (Tally().Count(TallyFilter.All), Tally().Count(TallyFilter.All), DossierCounts.Zero),
        [typeof(PublishedFigure)] = () => (PublishedFigure.OfCount("timeliness.total.district", "10", 10),
            PublishedFigure.OfCount("timeliness.total.district", "10", 10), PublishedFigure.OfCount("timeliness.total.district", "11", 11)),
        [typeof(PublishedReport)] = () => (PublishedReports.TuKy2023, PublishedReport.Parse(PublishedReports.TuKy2023.ToJson()),
            new PublishedReport("T", "L", [PublishedFigure.OfCount("timeliness.total.district", "10", 10)])),
    };

    public static TheoryData<Type> EquatableTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Equatables())
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_packages_have_equatable_types_and_every_hand_written_one_has_samples()
    {
        var types = Equatables().ToList();
        var handWritten = types.Where(t => !IsRecord(t)).ToList();

        Assert.True(types.Count > 30, $"Only {types.Count} equatable types found.");
        Assert.Equal(Samples.Keys.OrderBy(t => t.FullName, StringComparer.Ordinal), handWritten.OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Declares_equality_operators_and_overrides_Equals_and_GetHashCode(Type type)
    {
        Assert.NotNull(type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [type, type]));
        Assert.Equal(type, type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType);
        Assert.Equal(type, type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType);
    }

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Equal_values_compare_and_hash_alike_and_different_ones_do_not(Type type)
    {
        if (!Samples.TryGetValue(type, out var sample))
        {
            Assert.True(IsRecord(type), $"{type} has no samples."); // records: compiler-generated equality
            return;
        }

        var (a, same, other) = sample();
        Assert.NotSame(a, same);
        AssertEquality(type, a, same, expected: true);
        AssertEquality(type, a, other, expected: false);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals(new object()));
        if (!type.IsValueType)
        {
            Assert.False(Operator(type, "op_Equality", a, null));
            Assert.False(Operator(type, "op_Equality", null, a));
            Assert.True(Operator(type, "op_Equality", null, null));
            Assert.True(Operator(type, "op_Inequality", a, null));
        }
    }

    private static void AssertEquality(Type type, object left, object right, bool expected)
    {
        Assert.Equal(expected, left.Equals(right));
        Assert.Equal(expected, right.Equals(left));
        Assert.Equal(expected, (bool)typeof(IEquatable<>).MakeGenericType(type).GetMethod("Equals")!.Invoke(left, [right])!);
        Assert.Equal(expected, Operator(type, "op_Equality", left, right));
        Assert.Equal(!expected, Operator(type, "op_Inequality", left, right));
    }

    private static bool Operator(Type type, string name, object? left, object? right) =>
        (bool)type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type])!.Invoke(null, [left, right])!;

    private static DossierTally Tally()
    {
        var sample = BuiltInSamples.TuKy2023;
        return DossierTally.Build(sample.Reference, sample.Scope, sample.Dossiers);
    }

    private static IEnumerable<Type> Equatables() =>
        new[] { typeof(Ratio).Assembly, typeof(DossierCsv).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsAbstract || t.IsValueType)
            .Where(t => !t.IsGenericTypeDefinition && typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t));

    /// <summary>A record: the compiler writes its equality (it has the <c>EqualityContract</c> property, or is a record struct's <c>PrintMembers</c>).</summary>
    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null
        || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
