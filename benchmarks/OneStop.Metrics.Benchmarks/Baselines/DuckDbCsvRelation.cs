using System;
using System.Collections.Generic;
using System.Linq;
using OneStop.Metrics.Csv;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Benchmarks.Baselines;

/// <summary>
/// A data folder's <c>dossiers.csv</c>, read by DuckDB's <c>read_csv</c> and joined with <c>procedures.csv</c> for the
/// online-service flag, as the relation <see cref="DuckDbTally.Query"/> reads: what an analyst would write to ask
/// DuckDB the library's question straight from the export.
/// </summary>
public static class DuckDbCsvRelation
{
    /// <summary>The parenthesised subquery over the folder's files (the writer's canonical words; ISO dates, first 10 characters).</summary>
    public static string Of(DataFolder folder)
    {
        var channel = Case("d.channel", Enum.GetValues<IntakeChannel>()
            .Select(c => (DossierCsvSchema.WordOf(c), (int)c)));
        var kind = Case("d.outcome", Enum.GetValues<OutcomeKind>().Select(k => (DossierCsvSchema.WordOf(k), (int)k)));
        return $"""
            (SELECT d.receiving_department_code AS receiving,
                    coalesce(d.resolving_department_code, '') AS resolving,
                    d.procedure_code AS procedure,
                    {channel} AS channel,
                    {kind} AS kind,
                    CAST(substr(d.received_at, 1, 10) AS DATE) AS received,
                    CAST(substr(d.due_at, 1, 10) AS DATE) AS due,
                    CAST(substr(d.ended_at, 1, 10) AS DATE) AS ended,
                    p.online_service <> 'none' AS online_service,
                    d.subject_to_digitization = 'true' AS subject,
                    d.digitized_at_intake = 'true' AS digitized,
                    d.reused_digitized_data = 'true' AS reused,
                    d.received_regardless_of_boundary = 'true' AS boundary,
                    CAST(d.result_documents AS INTEGER) AS result_docs,
                    CAST(d.digitized_result_documents AS INTEGER) AS digitized_docs
             FROM read_csv('{folder.DossiersPath}', header = true, all_varchar = true) d
             JOIN read_csv('{folder.ProceduresPath}', header = true, all_varchar = true) p ON p.code = d.procedure_code)
            """;
    }

    private static string Case(string column, IEnumerable<(string Word, int Value)> words) =>
        $"CASE {column} {string.Join(" ", words.Select(w => $"WHEN '{w.Word}' THEN {w.Value}"))} END";
}
