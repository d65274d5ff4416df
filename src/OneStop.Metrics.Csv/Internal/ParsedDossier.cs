using NodaTime;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Csv;

/// <summary>
/// One dossier row reduced to values without allocating: code indices into the reference data, parsed times and
/// flags, the id's fingerprint, and a bit per column whose cell could not be read. What the cheap check
/// (<see cref="IsClean"/>) decides on and what an accepted row is tallied from.
/// </summary>
internal struct ParsedDossier
{
    /// <summary>A code index: the cell is empty or white space (a missing value).</summary>
    public const int Missing = -1;

    /// <summary>A code index: the code is not in the reference data.</summary>
    public const int Unknown = -2;

    /// <summary>A bit per <see cref="DossierColumn"/> whose cell could not be read (a <c>9xxx</c> cell failure).</summary>
    public int FailedCells;

    /// <summary>Whether the row passed the cheap check (<see cref="IsClean"/>), set by the reader.</summary>
    public bool Clean;

    /// <summary>Whether the row has another number of cells than the header (nothing else is then read).</summary>
    public bool WrongCellCount;

    /// <summary>Whether the id cell is not blank.</summary>
    public bool HasId;

    /// <summary>Whether the id or a code cell holds a control character (<c>OSM5021</c>).</summary>
    public bool HasControlCharacter;

    /// <summary>The id's fingerprint for the duplicate check, set by the folding thread (it hashes, the reading thread parses).</summary>
    public IdFingerprint Fingerprint;

    /// <summary>The procedure's index, or <see cref="Missing"/>, or <see cref="Unknown"/>.</summary>
    public int Procedure;

    /// <summary>The receiving department's index, or <see cref="Missing"/>, or <see cref="Unknown"/>.</summary>
    public int Receiving;

    /// <summary>The resolving department's index, or <see cref="Missing"/> for none (an empty cell), or <see cref="Unknown"/>.</summary>
    public int Resolving;

    /// <summary>The channel, or 0 when missing (or unreadable).</summary>
    public IntakeChannel Channel;

    /// <summary>Whether <see cref="Outcome"/> was given and read.</summary>
    public bool HasOutcome;

    public OutcomeKind Outcome;

    public bool HasReceived;

    public LocalDateTime ReceivedAt;

    public bool HasDue;

    public LocalDateTime DueAt;

    public bool HasEnded;

    public LocalDateTime EndedAt;

    public bool SubjectToDigitization;

    public bool DigitizedAtIntake;

    public bool ReusedDigitizedData;

    public bool ReceivedRegardlessOfBoundary;

    public int ResultDocuments;

    public int DigitizedResultDocuments;

    /// <summary>The due time, or <see langword="null"/> when the cell was empty.</summary>
    public readonly LocalDateTime? DueAtOrNull => HasDue ? DueAt : null;

    /// <summary>The outcome of an accepted row: in progress, or ended with its kind at the end time.</summary>
    public readonly DossierOutcome OutcomeValue =>
        Outcome == OutcomeKind.InProgress ? DossierOutcome.InProgress : DossierOutcome.Ended(Outcome, EndedAt);

    /// <summary>The digitization facts of an accepted row.</summary>
    public readonly DigitizationFacts Digitization => new()
    {
        SubjectToDigitization = SubjectToDigitization,
        DigitizedAtIntake = DigitizedAtIntake,
        ReusedDigitizedData = ReusedDigitizedData,
        ResultDocuments = ResultDocuments,
        DigitizedResultDocuments = DigitizedResultDocuments,
    };

    /// <summary>
    /// The cheap check: whether the row is one on which <see cref="Validation.DossierRecordValidator"/> and
    /// <see cref="Validation.DossierReferenceValidator"/> report nothing at all, neither error nor warning (the
    /// duplicate check aside). Each line below is the cheap form of validator rules, named by code; a property test
    /// proves the two agree on every row, so the validators stay the specification and this is only their fast
    /// path. Rows that fail it (rare) go through the validators for their codes and messages.
    /// </summary>
    /// <param name="index">The reference data.</param>
    /// <returns>Whether the row has no failure at all.</returns>
    public readonly bool IsClean(ReferenceIndex index)
    {
        if (FailedCells != 0 || WrongCellCount
            || !HasId // OSM5001
            || HasControlCharacter // OSM5021
            || Procedure < 0 // OSM5002, OSM6002
            || Receiving < 0 // OSM5003, OSM6003
            || Resolving == Unknown // OSM6005
            || Channel == 0 // OSM5004 (OSM5005: a read channel is always defined)
            || !HasReceived // OSM5006
            || !HasOutcome) // OSM5007 (OSM5008: a read outcome is always defined)
        {
            return false;
        }

        var ended = Outcome != OutcomeKind.InProgress;
        if (ended != HasEnded // OSM5009, OSM5010
            || (HasDue && DueAt < ReceivedAt) // OSM5011
            || (HasEnded && EndedAt < ReceivedAt) // OSM5012 (OSM5013: read dates are always ISO)
            || Implausible(ReceivedAt) || (HasDue && Implausible(DueAt)) || (HasEnded && Implausible(EndedAt)) // OSM5014
            || (DigitizedAtIntake && !SubjectToDigitization) // OSM5015
            || (DigitizedResultDocuments > 0 && Outcome != OutcomeKind.Resolved) // OSM5016
            || ResultDocuments < 0 || DigitizedResultDocuments < 0 // OSM5017
            || DigitizedResultDocuments > ResultDocuments) // OSM5018 (OSM5019, OSM5020: no supplements in CSV)
        {
            return false;
        }

        return index.DepartmentKinds[Receiving] == DepartmentKind.OneStop // OSM6004
               && (Resolving == Missing || index.DepartmentKinds[Resolving] == DepartmentKind.Specialised) // OSM6006
               && index.DepartmentLevels[Receiving] == index.ProcedureLevels[Procedure] // OSM6007
               && !(Channel == IntakeChannel.Online && index.ProcedureOnline[Procedure] == OnlineServiceKind.None); // OSM6008
    }

    /// <summary>Outside 2000-01-01..2100-12-31 (whole years), as the validators' plausible range.</summary>
    private static bool Implausible(LocalDateTime value) => value.Year is < 2000 or > 2100;
}
