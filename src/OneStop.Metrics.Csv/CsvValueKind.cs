namespace OneStop.Metrics.Csv;

/// <summary>What a dossier column's cells hold, which decides how they are read and which code a bad cell gets.</summary>
public enum CsvValueKind
{
    /// <summary>Free text (the dossier's id), taken as it is after trimming; never a cell failure.</summary>
    Text = 0,

    /// <summary>A code looked up in the reference data (procedure, department), compared ordinally; never a cell failure (an unknown code is the validators' <c>6xxx</c> failure).</summary>
    Code = 1,

    /// <summary>A local date and time, ISO 8601 or <c>dd/MM/yyyy[ HH:mm[:ss]]</c>; a bad cell is <see cref="CsvErrorCodes.UnparsableDate"/>.</summary>
    DateTime = 2,

    /// <summary>An intake channel word; a bad cell is <see cref="CsvErrorCodes.UnknownChannel"/>.</summary>
    Channel = 3,

    /// <summary>An outcome word; a bad cell is <see cref="CsvErrorCodes.UnknownOutcome"/>.</summary>
    Outcome = 4,

    /// <summary>A yes/no word; a bad cell is <see cref="CsvErrorCodes.UnparsableBoolean"/>.</summary>
    Boolean = 5,

    /// <summary>A whole number up to 65,535; a bad cell is <see cref="CsvErrorCodes.UnparsableNumber"/>.</summary>
    Count = 6,
}
