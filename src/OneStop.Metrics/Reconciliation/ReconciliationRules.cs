using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;
using static OneStop.Metrics.Reconciliation.FigureCatalogue;

namespace OneStop.Metrics.Reconciliation;

/// <summary>Which number of a figure a term reads.</summary>
internal enum Part
{
    /// <summary>The count of a count figure.</summary>
    Count,

    /// <summary>The numerator of a ratio.</summary>
    Numerator,

    /// <summary>The denominator of a ratio.</summary>
    Denominator,
}

/// <summary>How the two sides of a rule must compare.</summary>
internal enum Relation
{
    /// <summary>Left = right.</summary>
    Equal,

    /// <summary>Left ≤ right (a bound implied by declared definitions).</summary>
    AtMost,
}

/// <summary>A number read from one level of a report, with the figures it came from.</summary>
/// <param name="Value">The number.</param>
/// <param name="Figures">The figures read (missing states read as 0 contribute none).</param>
internal sealed record TermValue(long Value, ImmutableArray<PublishedFigure> Figures);

/// <summary>One level of a published report, as the rules read it.</summary>
internal sealed class LevelView
{
    private readonly PublishedReport _report;

    public LevelView(PublishedReport report, AdministrativeLevel level)
    {
        _report = report;
        Level = level;
    }

    public AdministrativeLevel Level { get; }

    public string Name => LevelKey(Level);

    public PublishedFigure? Figure(FigureFamily family) => _report.Find(family.KeyFor(Level, null));

    public IEnumerable<PublishedFigure> Fields(FigureFamily family) =>
        _report.Figures.Where(f => f.Family == family && f.Level == Level);
}

/// <summary>A number a rule reads from a level: a figure's part, a sum over fields, or the dossiers resolved.</summary>
/// <param name="Label">What the number is, in the finding's message.</param>
internal abstract record Term(string Label)
{
    /// <summary>The value, or <see langword="null"/> when the report does not give what it needs.</summary>
    public abstract TermValue? Read(LevelView level);

    protected static long? PartOf(PublishedFigure figure, Part part) => part switch
    {
        Part.Numerator => figure.Numerator,
        Part.Denominator => figure.Denominator,
        _ => figure.Count,
    };
}

/// <summary>A part of one figure of the level; a state the report omits reads as 0 when <paramref name="ZeroWhenOmitted"/>.</summary>
internal sealed record FigureTerm(FigureFamily Family, Part Part, bool ZeroWhenOmitted, string Label) : Term(Label)
{
    public override TermValue? Read(LevelView level)
    {
        var figure = level.Figure(Family);
        if (figure is null)
        {
            return ZeroWhenOmitted ? new TermValue(0, []) : null;
        }

        return PartOf(figure, Part) is { } value ? new TermValue(value, [figure]) : null;
    }
}

/// <summary>The sum of a part over the level's by-field figures; <see langword="null"/> when the level has none.</summary>
internal sealed record FieldSumTerm(FigureFamily Family, Part Part, string Label) : Term(Label)
{
    public override TermValue? Read(LevelView level)
    {
        var figures = level.Fields(Family).ToImmutableArray();
        return figures.IsEmpty ? null : new TermValue(figures.Sum(f => PartOf(f, Part) ?? 0), figures);
    }
}

/// <summary>
/// The dossiers resolved (đã giải quyết), read from the timeliness ratios as the on-time basis defines them: the
/// on-time denominator (over resolved, and when no definitions are declared); that denominator less the dossiers
/// in progress (over resolved and in progress); on time + overdue (over every dossier to handle).
/// </summary>
internal sealed record ResolvedTerm(OnTimeRateBasis Basis) : Term("the number of dossiers resolved")
{
    private static readonly FigureTerm OnTimeDenominator = new(OnTime, Part.Denominator, false, string.Empty);
    private static readonly FigureTerm OnTimeNumerator = new(OnTime, Part.Numerator, false, string.Empty);
    private static readonly FigureTerm OverdueNumerator = new(Overdue, Part.Numerator, false, string.Empty);
    private static readonly FigureTerm InProgressCount = new(InProgress, Part.Count, true, string.Empty);

    public override TermValue? Read(LevelView level) => Basis switch
    {
        OnTimeRateBasis.ResolvedAndInProgress => Combine(OnTimeDenominator.Read(level), InProgressCount.Read(level), -1),
        OnTimeRateBasis.TotalToHandle => Combine(OnTimeNumerator.Read(level), OverdueNumerator.Read(level), 1),
        _ => OnTimeDenominator.Read(level),
    };

    private static TermValue? Combine(TermValue? first, TermValue? second, int sign) =>
        first is null || second is null
            ? null
            : new TermValue(checked(first.Value + (sign * second.Value)), first.Figures.AddRange(second.Figures));
}

/// <summary>
/// A rule checked at every level of a report: the sum of the left terms against the sum of the right terms.
/// Skipped at a level where a term cannot be read, or where <paramref name="SkipWhenPresent"/> is printed.
/// </summary>
/// <param name="Kind">The finding's kind when the rule fails.</param>
/// <param name="Name">What the rule says, for the message.</param>
/// <param name="Left">The terms whose sum is checked.</param>
/// <param name="Relation">How it must compare.</param>
/// <param name="Right">The terms whose sum it is checked against.</param>
/// <param name="SkipWhenPresent">A family whose presence makes a stricter rule apply instead.</param>
internal sealed record Rule(
    ReconciliationKind Kind,
    string Name,
    ImmutableArray<Term> Left,
    Relation Relation,
    ImmutableArray<Term> Right,
    FigureFamily? SkipWhenPresent = null);

/// <summary>A count and the list of names it summarises.</summary>
/// <param name="Count">The count.</param>
/// <param name="List">The list's family.</param>
internal sealed record ListRule(FigureTerm Count, FigureFamily List);

/// <summary>
/// The tables the checker runs: the identities of the Biểu 06 table and the timeliness block, the by-field
/// sums, the coverage bound, the denominators that should agree (chosen by the declared definitions), and the
/// counts that summarise lists.
/// </summary>
internal static class ReconciliationRules
{
    private static readonly FigureTerm TotalTerm = new(Total, Part.Count, false, "the total to handle");
    private static readonly FigureTerm ReceivedTerm = new(Received, Part.Count, false, "the number of dossiers received in the period");

    /// <summary>The identities that hold under every definition (PartsDoNotSum).</summary>
    public static ImmutableArray<Rule> Parts(MetricsOptions? definitions)
    {
        var basis = definitions?.OnTimeRate ?? OnTimeRateBasis.Resolved;
        var resolved = new ResolvedTerm(basis);
        var onTimeDenominator = new FigureTerm(OnTime, Part.Denominator, false, "the on-time denominator");
        var splitSum = ImmutableArray.Create<Term>(
            new FigureTerm(OnTime, Part.Numerator, false, "resolved early or on time"),
            new FigureTerm(Overdue, Part.Numerator, false, "resolved overdue"));
        var rules = new List<Rule>
        {
            new(ReconciliationKind.PartsDoNotSum, "total = carried over + received in the period",
                [TotalTerm], Relation.Equal,
                [new FigureTerm(CarriedOver, Part.Count, false, "carried over"), new FigureTerm(Received, Part.Count, false, "received in the period")]),
            new(ReconciliationKind.PartsDoNotSum, "total = resolved + in progress + returned + refused + withdrawn + cancelled",
                [TotalTerm], Relation.Equal,
                [
                    resolved,
                    new FigureTerm(InProgress, Part.Count, true, "in progress"),
                    new FigureTerm(Returned, Part.Count, true, "returned"),
                    new FigureTerm(Refused, Part.Count, true, "refused"),
                    new FigureTerm(Withdrawn, Part.Count, true, "withdrawn"),
                    new FigureTerm(Cancelled, Part.Count, true, "cancelled"),
                ]),
            basis == OnTimeRateBasis.TotalToHandle
                ? new(ReconciliationKind.PartsDoNotSum, "resolved early or on time + resolved overdue ≤ the on-time denominator (the total to handle)",
                    splitSum, Relation.AtMost, [onTimeDenominator])
                : new(ReconciliationKind.PartsDoNotSum, "the on-time denominator = resolved early or on time + resolved overdue",
                    [onTimeDenominator], Relation.Equal, splitSum),
            new(ReconciliationKind.PartsDoNotSum, "the on-time and overdue rates share their denominator",
                [onTimeDenominator], Relation.Equal, [new FigureTerm(Overdue, Part.Denominator, false, "the overdue denominator")]),
            new(ReconciliationKind.PartsDoNotSum, "in progress = within the deadline + past it",
                [new FigureTerm(InProgress, Part.Count, false, "in progress")], Relation.Equal,
                [new FigureTerm(InProgressWithin, Part.Count, false, "within the deadline"), new FigureTerm(InProgressPast, Part.Count, false, "past the deadline")]),
            new(ReconciliationKind.PartsDoNotSum, "online intake = the sum of its fields (numerators)",
                [new FigureTerm(OnlineIntake, Part.Numerator, false, "the level's online numerator")], Relation.Equal,
                [new FieldSumTerm(OnlineIntakeByField, Part.Numerator, "the sum of the fields' numerators")]),
            new(ReconciliationKind.PartsDoNotSum, "online intake = the sum of its fields (denominators)",
                [new FigureTerm(OnlineIntake, Part.Denominator, false, "the level's online denominator")], Relation.Equal,
                [new FieldSumTerm(OnlineIntakeByField, Part.Denominator, "the sum of the fields' denominators")]),
            new(ReconciliationKind.PartsDoNotSum, "units digitizing + without dossiers + with dossiers but not digitizing = all units",
                [
                    new FigureTerm(Coverage, Part.Numerator, false, "units digitizing"),
                    new FigureTerm(CoverageWithout, Part.Count, true, "without dossiers"),
                    new FigureTerm(CoverageNotDigitizing, Part.Count, false, "not digitizing"),
                ],
                Relation.Equal, [new FigureTerm(Coverage, Part.Denominator, false, "all units")]),
            new(ReconciliationKind.PartsDoNotSum, "units digitizing + without dossiers ≤ all units",
                [new FigureTerm(Coverage, Part.Numerator, false, "units digitizing"), new FigureTerm(CoverageWithout, Part.Count, true, "without dossiers")],
                Relation.AtMost, [new FigureTerm(Coverage, Part.Denominator, false, "all units")], SkipWhenPresent: CoverageNotDigitizing),
        };
        return [.. rules];
    }

    /// <summary>
    /// The denominators that should agree (DenominatorsDisagree): equal under the textbook reading when no
    /// definitions are declared; the bound the declared definitions imply otherwise.
    /// </summary>
    public static ImmutableArray<Rule> Denominators(MetricsOptions? definitions)
    {
        var resolved = new ResolvedTerm(definitions?.OnTimeRate ?? OnTimeRateBasis.Resolved);
        var intake = new FigureTerm(IntakeDigitized, Part.Denominator, false, "the intake digitization denominator");
        var results = new FigureTerm(ResultsDigitized, Part.Denominator, false, "the results digitized denominator");
        var online = new FigureTerm(OnlineIntake, Part.Denominator, false, "the online intake denominator");
        var reuse = new FigureTerm(ReuseDossiers, Part.Denominator, false, "the reuse denominator");
        var rules = new List<Rule>();

        rules.Add(definitions?.IntakeDigitization switch
        {
            null => Denominator("intake digitization is over the dossiers received in the period", intake, Relation.Equal, ReceivedTerm),
            IntakeDigitizationBasis.ReceivedInPeriod =>
                Denominator("intake digitization is over dossiers received in the period (subject to digitization)", intake, Relation.AtMost, ReceivedTerm),
            _ => Denominator("intake digitization is over dossiers handled in the period (subject to digitization)", intake, Relation.AtMost, TotalTerm),
        });

        if (definitions is null)
        {
            rules.Add(Denominator("results digitized are over the dossiers resolved", results, Relation.Equal, resolved));
        }
        else if (definitions.ResultDigitization == ResultDigitizationBasis.Dossiers)
        {
            rules.Add(definitions.CountedAsResolved == EndedOutcomes.None
                ? Denominator("results digitized are over the dossiers resolved", results, Relation.Equal, resolved)
                : Denominator("results digitized are over dossiers resolved (other ended outcomes counted as resolved are not)", results, Relation.AtMost, resolved));
        }

        rules.Add(definitions?.OnlineIntake switch
        {
            null => Denominator("online intake is over the dossiers received in the period", online, Relation.Equal, ReceivedTerm),
            OnlineIntakeBasis.ReceivedInPeriod => Denominator("online intake is over the dossiers received in the period", online, Relation.Equal, ReceivedTerm),
            OnlineIntakeBasis.TotalToHandle => Denominator("online intake is over every dossier to handle", online, Relation.Equal, TotalTerm),
            _ => Denominator("online intake is over dossiers received for procedures with an online service", online, Relation.AtMost, ReceivedTerm),
        });

        rules.Add(Denominator("reuse of digitized data is over the dossiers received in the period", reuse, Relation.Equal, ReceivedTerm));
        return [.. rules];
    }

    /// <summary>The counts and the lists they summarise (CountDoesNotMatchList).</summary>
    public static ImmutableArray<ListRule> Lists { get; } =
    [
        new(new FigureTerm(Coverage, Part.Numerator, false, "units digitizing"), CoverageDigitizing),
        new(new FigureTerm(CoverageWithout, Part.Count, false, "units without dossiers"), CoverageWithoutNames),
        new(new FigureTerm(CoverageNotDigitizing, Part.Count, false, "units not digitizing"), CoverageNotDigitizingNames),
        new(new FigureTerm(ReuseProcedures, Part.Numerator, false, "procedures reusing digitized results"), ReuseProcedureNames),
    ];

    private static Rule Denominator(string name, Term left, Relation relation, Term right) =>
        new(ReconciliationKind.DenominatorsDisagree, name, [left], relation, [right]);
}
