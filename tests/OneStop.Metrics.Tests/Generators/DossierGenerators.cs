using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Periods;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Tests.Generators;

/// <summary>
/// Shared test data: a tiny fixed reference data set (one district with its one-stop department and two
/// specialised departments, one commune with its one-stop department, two fields, three procedures), the
/// reporting scope 2023-01-01..2023-08-31, and FsCheck generators of random dossiers read against them.
/// </summary>
/// <remarks>
/// Codes: units <c>H</c> (district), <c>X</c> (commune of H); departments <c>MC-H</c> (one-stop, H),
/// <c>TP</c> and <c>TNMT</c> (specialised, H), <c>MC-X</c> (one-stop, X); fields <c>TPH</c>, <c>DD</c>;
/// procedures <c>P1</c> (TPH, district, full-process), <c>P2</c> (DD, district, partial), <c>P3</c> (TPH,
/// commune, no online service).
/// </remarks>
public static class DossierGenerators
{
    public static readonly LocalDate PeriodStart = new(2023, 1, 1);
    public static readonly LocalDate PeriodEnd = new(2023, 8, 31);

    /// <summary>The fixed small reference data set (one shared instance: tallies merge only on the same instance).</summary>
    public static ReferenceData Reference { get; } = CreateReference();

    /// <summary>The reporting period 2023-01-01..2023-08-31.</summary>
    public static ReportingPeriod ReportPeriod { get; } = ReportingPeriod.Custom(PeriodStart, PeriodEnd);

    /// <summary>The fixed scope: the period, as of its last day, compared by date.</summary>
    public static TallyScope Scope { get; } = TallyScope.For(ReportPeriod);

    /// <summary>The scopes the property tests vary over: both comparisons, as of the period's end or later.</summary>
    public static IReadOnlyList<TallyScope> Scopes { get; } =
    [
        Scope,
        TallyScope.For(ReportPeriod, null, TimelinessComparison.ByInstant),
        TallyScope.For(ReportPeriod, new LocalDate(2023, 9, 15)),
        TallyScope.For(ReportPeriod, new LocalDate(2023, 9, 15), TimelinessComparison.ByInstant),
    ];

    /// <summary>Creates a new (equal but distinct) instance of the fixed reference data.</summary>
    public static ReferenceData CreateReference() => new(
        [
            new AdministrativeUnit { Code = "H", Name = "huyện Tứ Kỳ", Level = AdministrativeLevel.District },
            new AdministrativeUnit { Code = "X", Name = "xã Quang Phục", Level = AdministrativeLevel.Commune, ParentCode = "H" },
        ],
        [
            new Department { Code = "MC-H", Name = "Bộ phận Một cửa huyện", UnitCode = "H", Kind = DepartmentKind.OneStop },
            new Department { Code = "TP", Name = "Tư pháp", UnitCode = "H", Kind = DepartmentKind.Specialised },
            new Department { Code = "TNMT", Name = "Tài nguyên và Môi trường", UnitCode = "H", Kind = DepartmentKind.Specialised },
            new Department { Code = "MC-X", Name = "Bộ phận Một cửa xã", UnitCode = "X", Kind = DepartmentKind.OneStop },
        ],
        [
            new ProcedureField { Code = "TPH", Name = "Tư pháp" },
            new ProcedureField { Code = "DD", Name = "Đất đai" },
        ],
        [
            new Procedure
            {
                Code = "P1", Name = "Cấp bản sao trích lục hộ tịch", FieldCode = "TPH",
                Level = AdministrativeLevel.District, OnlineService = OnlineServiceKind.FullProcess,
            },
            new Procedure
            {
                Code = "P2", Name = "Đăng ký biến động đất đai", FieldCode = "DD",
                Level = AdministrativeLevel.District, OnlineService = OnlineServiceKind.Partial,
            },
            new Procedure
            {
                Code = "P3", Name = "Chứng thực chữ ký", FieldCode = "TPH",
                Level = AdministrativeLevel.Commune, OnlineService = OnlineServiceKind.None,
            },
        ]);

    /// <summary>A dossier received in person at the district one-stop department for P1, in progress, without due date.</summary>
    public static Dossier NewDossier(string id, LocalDateTime receivedAt) => new()
    {
        Id = id,
        ProcedureCode = "P1",
        ReceivingDepartmentCode = "MC-H",
        ResolvingDepartmentCode = "TP",
        Channel = IntakeChannel.InPerson,
        ReceivedAt = receivedAt,
    };

    /// <summary>Shorthand for a local date and time.</summary>
    public static LocalDateTime At(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute);

    /// <summary>Builds a <see cref="DossierCounts"/> from (counter, value) pairs; repeated counters add up.</summary>
    public static DossierCounts CountsOf(params (TallyCounter Counter, long Value)[] values)
    {
        var buffer = default(CounterBuffer);
        foreach (var (counter, value) in values)
        {
            buffer[(int)counter] += value;
        }

        return new DossierCounts(buffer);
    }

    /// <summary>Codes that are not in the reference data, used to provoke rejections.</summary>
    public const string UnknownCode = "ZZ";

    private static readonly LocalDate FirstReceived = new(2022, 10, 1);
    private static readonly LocalDate LastReceived = new(2023, 10, 31);

    /// <summary>Dates at and around the period's edges, generated more often than chance would.</summary>
    private static readonly LocalDate[] EdgeDates =
    [
        new(2022, 12, 31), new(2023, 1, 1), new(2023, 8, 31), new(2023, 9, 1),
    ];

    /// <summary>A random time of day (minute resolution) on working-ish hours, sometimes at the day's edges.</summary>
    private static Gen<LocalTime> TimeOfDay { get; } = Gen.Frequency(
        (8, from hour in Gen.Choose(7, 17) from minute in Gen.Elements(0, 15, 30, 45, 59) select new LocalTime(hour, minute)),
        (1, Gen.Elements(LocalTime.Midnight, new LocalTime(23, 59))));

    private static Gen<LocalDate> ReceivedDate { get; } = Gen.Frequency(
        (6, Gen.Choose(0, DaysBetween(FirstReceived, LastReceived)).Select(FirstReceived.PlusDays)),
        (1, Gen.Elements(EdgeDates)));

    private static Gen<LocalDateTime?> Due(LocalDateTime received) => Gen.Frequency(
        (1, Gen.Constant((LocalDateTime?)null)),
        (6, from days in Gen.Choose(0, 40)
            from time in TimeOfDay
            select (LocalDateTime?)received.Date.PlusDays(days).At(time)));

    private static Gen<DossierOutcome> Outcome(LocalDateTime received, LocalDateTime? due)
    {
        var endTimes = Gen.Frequency(
            (4, Gen.Choose(0, 60 * 24 * 60).Select(minutes => received.PlusMinutes(minutes))),
            (1, due is { } dueAt && dueAt >= received
                ? Gen.Elements(dueAt, dueAt.PlusMinutes(1), dueAt.PlusMinutes(-1)).Select(t => t < received ? received : t)
                : Gen.Constant(received)));
        var kinds = Gen.Frequency(
            (3, Gen.Constant(OutcomeKind.InProgress)),
            (6, Gen.Constant(OutcomeKind.Resolved)),
            (4, Gen.Elements(OutcomeKind.ReturnedIneligible, OutcomeKind.Refused, OutcomeKind.Withdrawn, OutcomeKind.Cancelled)));
        return from kind in kinds
               from at in endTimes
               select kind == OutcomeKind.InProgress ? DossierOutcome.InProgress : DossierOutcome.Ended(kind, at);
    }

    private static Gen<DigitizationFacts> Digitization { get; } =
        from subject in Gen.Elements(true, false)
        from digitized in Gen.Elements(true, false)
        from reused in Gen.Elements(true, false)
        from documents in Gen.Choose(0, 3)
        from digitizedDocuments in Gen.Choose(0, documents)
        select DigitizationFacts.Create(subject, subject && digitized, false, reused)
            .WithResultDocuments(documents, digitizedDocuments);

    private static Gen<string> ProcedureCode { get; } =
        Gen.Frequency((12, Gen.Elements("P1", "P2", "P3")), (1, Gen.Constant("P9")));

    private static Gen<string> ReceivingCode { get; } =
        Gen.Frequency((20, Gen.Elements("MC-H", "MC-X")), (1, Gen.Elements("TP", UnknownCode)));

    private static Gen<string?> ResolvingCode { get; } =
        Gen.Frequency((20, Gen.Elements<string?>(null, "TP", "TNMT")), (1, Gen.Elements<string?>("MC-X", "QQ")));

    private static Gen<IntakeChannel> Channel { get; } =
        Gen.Frequency((30, Gen.Elements(IntakeChannel.InPerson, IntakeChannel.Online, IntakeChannel.Postal)),
            (1, Gen.Constant((IntakeChannel)9)));

    /// <summary>One random dossier with a placeholder id (ids are assigned by position in <see cref="Dossiers"/>).</summary>
    public static Gen<Dossier> OneDossier { get; } =
        from date in ReceivedDate
        from time in TimeOfDay
        let received = date.At(time)
        from due in Due(received)
        from outcome in Outcome(received, due)
        from procedure in ProcedureCode
        from receiving in ReceivingCode
        from resolving in ResolvingCode
        from channel in Channel
        from facts in Digitization
        from boundary in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Dossier
        {
            Id = "?",
            ProcedureCode = procedure,
            ReceivingDepartmentCode = receiving,
            ResolvingDepartmentCode = resolving,
            Channel = channel,
            ReceivedAt = received,
            DueAt = due,
            Outcome = outcome,
            Digitization = facts,
            ReceivedRegardlessOfBoundary = boundary,
        };

    /// <summary>Random dossiers with unique ids <c>D000</c>, <c>D001</c>, … in order; up to 60 of them.</summary>
    public static Gen<Dossier[]> Dossiers { get; } =
        Gen.Sized(size => Gen.Choose(0, Math.Min(size, 60)))
            .SelectMany(length => Gen.ArrayOf(OneDossier, length))
            .Select(WithIds);

    /// <summary>Whether the tally must reject a dossier of <see cref="OneDossier"/>, decided independently of the library.</summary>
    public static bool MustBeRejected(Dossier dossier) =>
        dossier.ProcedureCode is not ("P1" or "P2" or "P3")
        || dossier.ReceivingDepartmentCode is not ("MC-H" or "MC-X")
        || dossier.ResolvingDepartmentCode is not (null or "TP" or "TNMT")
        || !Enum.IsDefined(dossier.Channel);

    /// <summary>Shrinks a dossier array by dropping halves, then single dossiers (ids stay unique).</summary>
    public static IEnumerable<Dossier[]> Shrink(Dossier[] dossiers)
    {
        if (dossiers.Length == 0)
        {
            yield break;
        }

        var half = dossiers.Length / 2;
        if (half > 0)
        {
            yield return dossiers[..half];
            yield return dossiers[half..];
        }

        for (var i = 0; i < dossiers.Length; i++)
        {
            yield return [.. dossiers[..i], .. dossiers[(i + 1)..]];
        }
    }

    private static Dossier[] WithIds(Dossier[] dossiers) =>
        dossiers.Select((d, i) => d with { Id = $"D{i:D3}" }).ToArray();

    private static int DaysBetween(LocalDate first, LocalDate last) => NodaTime.Period.DaysBetween(first, last);
}

/// <summary>A dossier set and a partition of it into parts (some possibly empty).</summary>
public sealed record DossierSplit(Dossier[] Whole, Dossier[][] Parts)
{
    public override string ToString() =>
        $"{Whole.Length} dossiers in {Parts.Length} parts of {string.Join(", ", Parts.Select(p => p.Length))}: "
        + string.Join("; ", Whole.Select(d => d.ToString()));
}

/// <summary>A dossier set and a permutation of it.</summary>
public sealed record DossierPermutation(Dossier[] Original, Dossier[] Shuffled)
{
    public override string ToString() =>
        $"{Original.Length} dossiers, shuffled to {string.Join(", ", Shuffled.Select(d => d.Id))}: "
        + string.Join("; ", Original.Select(d => d.ToString()));
}

/// <summary>The FsCheck arbitraries of the tally and indicator properties.</summary>
public static class DossierArbitraries
{
    /// <summary>Random dossiers read against <see cref="DossierGenerators.Reference"/>, some of them rejected.</summary>
    public static Arbitrary<Dossier[]> Dossiers() => Arb.From(DossierGenerators.Dossiers, DossierGenerators.Shrink);

    /// <summary>One of <see cref="DossierGenerators.Scopes"/>.</summary>
    public static Arbitrary<TallyScope> Scopes() => Arb.From(Gen.Elements(DossierGenerators.Scopes.ToArray()));

    /// <summary>A dossier set split into 1 to 5 random parts.</summary>
    public static Arbitrary<DossierSplit> Splits() => Arb.From(
        from whole in DossierGenerators.Dossiers
        from partCount in Gen.Choose(1, 5)
        from assignment in Gen.ArrayOf(Gen.Choose(0, partCount - 1), whole.Length)
        select new DossierSplit(whole,
            Enumerable.Range(0, partCount).Select(part => whole.Where((_, i) => assignment[i] == part).ToArray()).ToArray()));

    /// <summary>A dossier set and a random permutation of it.</summary>
    public static Arbitrary<DossierPermutation> Permutations() => Arb.From(
        from original in DossierGenerators.Dossiers
        from shuffled in Gen.Shuffle(original)
        select new DossierPermutation(original, shuffled));

    /// <summary>Random counts, each counter 0 to 10^12 (far from overflow when a few are added).</summary>
    public static Arbitrary<DossierCounts> Counts() => Arb.From(
        from values in Gen.ArrayOf(
            from high in Gen.Choose(0, 1_000_000)
            from low in Gen.Choose(0, 999_999)
            select (long)high * 1_000_000 + low,
            CounterBuffer.Length)
        select DossierGenerators.CountsOf(values.Select((v, i) => ((TallyCounter)i, v)).ToArray()));
}
