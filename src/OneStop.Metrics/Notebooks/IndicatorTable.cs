using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Indicators;

namespace OneStop.Metrics.Notebooks;

/// <summary>
/// A table of <see cref="GroupIndicators"/>, one row per group (a field, a department, a unit, or any grouping a
/// notebook makes), shown in notebooks with the same columns everywhere: dossiers to handle, received, resolved,
/// early or on time and overdue (ratio and rate), in progress past the deadline, online intake, intake and result
/// digitization (ratio and rate).
/// </summary>
/// <remarks>
/// Build one with <see cref="Of"/> from any rows — for example the ten one-stop departments with the highest overdue
/// rate — or with <see cref="ByField"/>, <see cref="ByOneStopDepartment"/> and <see cref="ByResolvingDepartment"/>
/// from a level. The table is an immutable view; it computes nothing.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class IndicatorTable
{
    private IndicatorTable(string? title, AdministrativeLevel? level, IndicatorGrouping grouping,
        ImmutableArray<(string Label, GroupIndicators Indicators)> rows)
    {
        Title = title;
        Level = level;
        Grouping = grouping;
        Rows = rows;
    }

    /// <summary>
    /// Gets the caption given to <see cref="Of"/>, or <see langword="null"/> for a table made from a level, whose
    /// caption names the level and the grouping in the notebook's language.
    /// </summary>
    public string? Title { get; }

    /// <summary>Gets the rows in display order: a label (field, department or any name) and the group's indicators.</summary>
    public ImmutableArray<(string Label, GroupIndicators Indicators)> Rows { get; }

    /// <summary>The level of a table made from a level; <see langword="null"/> for one made by <see cref="Of"/>.</summary>
    internal AdministrativeLevel? Level { get; }

    /// <summary>What the rows are, which names the label column.</summary>
    internal IndicatorGrouping Grouping { get; }

    /// <summary>Creates a table of any rows.</summary>
    /// <param name="title">The caption.</param>
    /// <param name="rows">The rows, in display order: a label and the indicators of that group.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="rows"/>, a label or a row's indicators is <see langword="null"/>.</exception>
    public static IndicatorTable Of(string title, IEnumerable<(string Label, GroupIndicators Indicators)> rows)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Create(title, null, IndicatorGrouping.Custom, rows);
    }

    /// <summary>Creates the table of a level's fields (lĩnh vực), in the reference data's order.</summary>
    /// <param name="level">The level's indicators.</param>
    /// <returns>One row per field of the level's catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is <see langword="null"/>.</exception>
    public static IndicatorTable ByField(LevelIndicators level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return Create(null, level.Level, IndicatorGrouping.Field, level.ByField.Select(f => (f.Field.Name, f.Indicators)));
    }

    /// <summary>Creates the table of a level's one-stop departments (Bộ phận Một cửa), in the reference data's order.</summary>
    /// <param name="level">The level's indicators.</param>
    /// <returns>One row per one-stop department of the level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is <see langword="null"/>.</exception>
    public static IndicatorTable ByOneStopDepartment(LevelIndicators level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return Create(null, level.Level, IndicatorGrouping.OneStopDepartment,
            level.ByOneStopDepartment.Select(d => (d.Department.Name, d.Indicators)));
    }

    /// <summary>
    /// Creates the table of a level's specialised departments (cơ quan, phòng chuyên môn) that resolve dossiers, in
    /// the reference data's order.
    /// </summary>
    /// <param name="level">The level's indicators.</param>
    /// <returns>One row per resolving department of the level (none for a level whose one-stop departments resolve everything).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is <see langword="null"/>.</exception>
    public static IndicatorTable ByResolvingDepartment(LevelIndicators level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return Create(null, level.Level, IndicatorGrouping.ResolvingDepartment,
            level.ByResolvingDepartment.Select(d => (d.Department.Name, d.Indicators)));
    }

    /// <summary>
    /// Returns the rows as invariant text, one per line: the label, the dossiers to handle, the early-or-on-time and
    /// overdue ratios with their rates (see <see cref="Rates.Ratio.ToString"/>).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(Title))
        {
            text.Append(Title).Append('\n');
        }

        foreach (var (label, indicators) in Rows)
        {
            var timeliness = indicators.Timeliness;
            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {timeliness.Total} dossiers, on time {timeliness.EarlyOrOnTimeRate}, overdue {timeliness.OverdueRate}\n"));
        }

        return text.ToString();
    }

    private static IndicatorTable Create(string? title, AdministrativeLevel? level, IndicatorGrouping grouping,
        IEnumerable<(string Label, GroupIndicators Indicators)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToImmutableArray();
        if (list.Any(r => r.Label is null || r.Indicators is null))
        {
            throw new ArgumentNullException(nameof(rows), "A row's label or indicators is null.");
        }

        return new IndicatorTable(title, level, grouping, list);
    }
}
