using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Indicators;
using OneStop.Metrics.Printing;

namespace OneStop.Metrics.Cli.Output;

/// <summary>One group of <c>report --by</c>: a level, a one-stop department or a field at a level, with its indicators.</summary>
/// <param name="Level">The level's key: <c>province</c>, <c>district</c> or <c>commune</c>.</param>
/// <param name="LevelName">The level in the report's language, e.g. <c>Cấp huyện</c>.</param>
/// <param name="Code">The department's or field's code; for a level, its key.</param>
/// <param name="Name">The department's or field's name; for a level, its name.</param>
/// <param name="Indicators">The group's indicators, as the library computed them.</param>
internal sealed record ReportGroup(string Level, string LevelName, string Code, string Name, GroupIndicators Indicators)
{
    /// <summary>
    /// The groups of a report, level by level from the top down, in reference-data order within a level. The groups of
    /// each kind partition the dossiers of the report: the counts of the groups add up to those of
    /// <see cref="IndicatorReport.Totals"/>.
    /// </summary>
    /// <param name="report">The indicators.</param>
    /// <param name="by">How to group.</param>
    /// <param name="words">The wording, for the level names.</param>
    /// <returns>The groups.</returns>
    public static ImmutableArray<ReportGroup> Of(IndicatorReport report, GroupBy by, ReportWording words) =>
        report.Levels.SelectMany(level =>
        {
            var terms = words.Terms(level.Level);
            return by switch
            {
                GroupBy.Unit => level.ByOneStopDepartment.Select(d =>
                    new ReportGroup(terms.Key, terms.Tier, d.Department.Code, d.Department.Name, d.Indicators)),
                GroupBy.Field => level.ByField.Select(f =>
                    new ReportGroup(terms.Key, terms.Tier, f.Field.Code, f.Field.Name, f.Indicators)),
                _ => [new ReportGroup(terms.Key, terms.Tier, terms.Key, terms.Tier, level.Totals)],
            };
        }).ToImmutableArray();
}
