using System.IO;
using OneStop.Metrics.Deadlines;

namespace OneStop.Metrics.Notebooks;

/// <summary>HTML of a deadline audit: its accounting, then the first differing dossiers.</summary>
internal static class DeadlineHtml
{
    private const int MismatchesShown = 20;

    public static void WriteAudit(DeadlineAuditReport audit, NotebookStyle style, TextWriter writer)
    {
        var words = style.Words;
        Html.Open(writer);
        KeyValueTable.Create(style).Write(writer, null,
        [
            (words.AuditRead, style.Count(audit.DossiersRead)),
            (words.AuditAgreeing, style.Count(audit.Agreeing)),
            (words.AuditMismatches, style.Count(audit.Mismatches.Length)),
            (words.AuditWithoutTimeLimit, style.Count(audit.WithoutTimeLimit)),
            (words.AuditWithoutStoredDueDate, style.Count(audit.WithoutStoredDueDate)),
            (words.AuditUnknownProcedure, style.Count(audit.UnknownProcedure)),
        ]);
        if (!audit.Mismatches.IsEmpty)
        {
            var shown = audit.Mismatches.Length < MismatchesShown ? audit.Mismatches.Length : MismatchesShown;
            new HtmlTable<DueDateMismatch>()
                .Text(words.Dossier, m => m.DossierId)
                .Text(words.Procedure, m => m.ProcedureCode)
                .Number(words.StoredDue, m => style.DateTime(m.Stored))
                .Number(words.ComputedDue, m => style.DateTime(m.Computed))
                .Count(words.WorkingDaysLate, m => m.WorkingDaysLate, style)
                .Write(writer, NotebookStyle.Format(words.MismatchesShown, style.Count(shown), style.Count(audit.Mismatches.Length)),
                    audit.Mismatches[..shown]);
        }

        Html.Close(writer);
    }
}
