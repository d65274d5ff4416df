using System.Linq;
using OneStop.Metrics.Csv;

namespace OneStop.Metrics.Cli.Output;

/// <summary>How the data files of a report were read: the dossier rows and the reference entries.</summary>
/// <param name="Rows">The dossier file's accounting.</param>
/// <param name="Reference">The reference files' result: the entries the report used and those left out, with why.</param>
internal sealed record DataAccounting(CsvTallyResult Rows, ReferenceCsvResult Reference)
{
    /// <summary>The reference entries given to the screen (rows read as entries, valid or not).</summary>
    public long ReferenceEntries =>
        Reference.UnitLines.Length + Reference.DepartmentLines.Length + Reference.FieldLines.Length + Reference.ProcedureLines.Length;

    /// <summary>The reference entries rejected by the screen (each with its dependants).</summary>
    public long ReferenceRejected =>
        Reference.Intake.RejectedUnits.Length + Reference.Intake.RejectedDepartments.Length
        + Reference.Intake.RejectedFields.Length + Reference.Intake.RejectedProcedures.Length;

    /// <summary>The reference rows left out before the screen: the wrong number of cells, a stray quote, an overlong row, bad bytes.</summary>
    public long ReferenceRowsLeftOut => Reference.CsvFailures.Count(f => f.Code is CsvErrorCodes.WrongCellCount
        or CsvErrorCodes.QuoteNotClosed or CsvErrorCodes.RowTooLong or CsvErrorCodes.InvalidText);
}
