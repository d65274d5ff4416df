using System.Collections.Generic;

namespace OneStop.Metrics.Tallies;

/// <summary>A dossier that a tally did not count, with the reason and a message naming the field and value.</summary>
public sealed record TallyRejection
{
    /// <summary>Creates a rejection.</summary>
    /// <param name="dossierId">The rejected dossier's id.</param>
    /// <param name="reason">Why it was rejected.</param>
    /// <param name="message">A message naming the dossier, the field and the value.</param>
    public TallyRejection(string dossierId, RejectionReason reason, string message)
    {
        DossierId = dossierId;
        Reason = reason;
        Message = message;
    }

    /// <summary>The rejected dossier's id.</summary>
    public string DossierId { get; }

    /// <summary>Why the dossier was rejected.</summary>
    public RejectionReason Reason { get; }

    /// <summary>A message naming the dossier, the field and the offending value.</summary>
    public string Message { get; }

    /// <summary>Orders rejections by dossier id, then reason, then message (ordinal): the order of a tally's list.</summary>
    internal static IComparer<TallyRejection> CanonicalOrder { get; } = Comparer<TallyRejection>.Create((a, b) =>
    {
        var byId = string.CompareOrdinal(a.DossierId, b.DossierId);
        if (byId != 0)
        {
            return byId;
        }

        var byReason = a.Reason.CompareTo(b.Reason);
        return byReason != 0 ? byReason : string.CompareOrdinal(a.Message, b.Message);
    });

    /// <summary>Returns the message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
