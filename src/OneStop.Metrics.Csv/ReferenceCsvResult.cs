using System.Collections.Immutable;
using System.Linq;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Validation;

namespace OneStop.Metrics.Csv;

/// <summary>
/// What <see cref="ReferenceCsv.Read"/> made of the four reference files (kết quả đọc danh mục): the core's
/// <see cref="ReferenceIntakeResult"/> (a consistent <see cref="ReferenceData"/> of the valid entries and the
/// entries left out, with the <c>1xxx</c>–<c>4xxx</c> codes), the files' own failures (<c>9xxx</c>), and the line
/// of each entry the screen saw.
/// </summary>
public sealed class ReferenceCsvResult
{
    internal ReferenceCsvResult(ReferenceIntakeResult intake, ImmutableArray<IntakeFailure> csvFailures,
        ImmutableArray<long> unitLines, ImmutableArray<long> departmentLines, ImmutableArray<long> fieldLines,
        ImmutableArray<long> procedureLines)
    {
        Intake = intake;
        CsvFailures = csvFailures;
        UnitLines = unitLines;
        DepartmentLines = departmentLines;
        FieldLines = fieldLines;
        ProcedureLines = procedureLines;
    }

    /// <summary>The screen's result: <see cref="ReferenceIntakeResult.Reference"/>, the rejected entries and their failures (positions index the rows given to the screen: see <see cref="UnitLines"/>).</summary>
    public ReferenceIntakeResult Intake { get; }

    /// <summary>The reference data of the accepted entries (<see cref="ReferenceIntakeResult.Reference"/>).</summary>
    public ReferenceData Reference => Intake.Reference;

    /// <summary>
    /// The files' own failures, units first, then departments, fields, procedures, each in line order: header
    /// failures (warnings <c>OSM9001</c>, <c>OSM9021</c>; errors <c>OSM9002</c>, <c>OSM9009</c>, <c>OSM9022</c>,
    /// <c>OSM9014</c>, which leave the file unread), rows with the wrong number of cells
    /// (<c>OSM9008</c>, left out), and cells that cannot be read (<c>OSM9010</c>–<c>OSM9013</c>; the entry is then
    /// also rejected by the screen). Each has its line.
    /// </summary>
    public ImmutableArray<IntakeFailure> CsvFailures { get; }

    /// <summary>The line of each unit given to the screen, by position.</summary>
    public ImmutableArray<long> UnitLines { get; }

    /// <summary>The line of each department given to the screen, by position.</summary>
    public ImmutableArray<long> DepartmentLines { get; }

    /// <summary>The line of each procedure field given to the screen, by position.</summary>
    public ImmutableArray<long> FieldLines { get; }

    /// <summary>The line of each procedure given to the screen, by position.</summary>
    public ImmutableArray<long> ProcedureLines { get; }

    /// <summary>Whether every row of every file was read and accepted: no CSV failure (not even a warning) and <see cref="ReferenceIntakeResult.IsComplete"/>.</summary>
    public bool IsComplete => CsvFailures.IsEmpty && Intake.IsComplete;

    /// <summary>Whether every file's header was accepted (no <see cref="IntakeSeverity.Error"/> on a header line).</summary>
    public bool HeadersAccepted => !CsvFailures.Any(f => f.Position is null && f.Line == 1 && f.Severity == IntakeSeverity.Error);
}
