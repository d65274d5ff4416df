using System;

namespace OneStop.Metrics.Tallies;

/// <summary>The yes/no facts of a <see cref="DossierRow"/>, packed into one byte.</summary>
[Flags]
internal enum RowFlags : byte
{
    None = 0,
    SubjectToDigitization = 1,
    DigitizedAtIntake = 2,
    ReusedDigitizedData = 4,
    RegardlessOfBoundary = 8,
    HasDue = 16,
    OnlineService = 32,
}
