using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DuckDB.NET.Data;
using NodaTime;
using OneStop.Metrics.Benchmarks.Data;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;

namespace OneStop.Metrics.Benchmarks.Baselines;

/// <summary>
/// The library's counters as one DuckDB <c>GROUP BY</c> with a <c>count(*) FILTER (WHERE …)</c> per counter, over
/// any relation with the columns <c>receiving, resolving, procedure</c> (the cell), <c>channel, kind</c> (the
/// <see cref="IntakeChannel"/> and <see cref="OutcomeKind"/> numbers), <c>received, due, ended</c> (DATE; due and
/// ended may be NULL), <c>online_service, subject, digitized, reused, boundary</c> (BOOLEAN) and
/// <c>result_docs, digitized_docs</c> (INTEGER). Dates are compared by calendar date, as the benchmark scopes do.
/// </summary>
public static class DuckDbTally
{
    /// <summary>The query over <paramref name="relation"/> (a table name or a parenthesised subquery).</summary>
    public static string Query(string relation, TallyScope scope)
    {
        var s = Date(scope.Period.Start);
        var e = Date(scope.Period.End);
        var asOf = Date(scope.AsOf);
        var inPeriod = $"received BETWEEN {s} AND {e}";
        var carried = $"received < {s} AND (ended IS NULL OR ended >= {s})";
        var counted = $"(({inPeriod}) OR ({carried}))";
        var endedInPeriod = $"{counted} AND ended <= {e}";
        var inProgress = $"{counted} AND (ended IS NULL OR ended > {e})";
        string Kind(OutcomeKind kind) => $"{endedInPeriod} AND kind = {(int)kind}";
        const string early = "due IS NOT NULL AND ended < due";
        const string onTime = "(due IS NULL OR ended = due)";
        const string overdue = "ended > due";
        var received = $"{inPeriod} AND";

        var counters = new (TallyCounter Counter, string Aggregate)[]
        {
            (TallyCounter.CarriedOver, Count(carried)),
            (TallyCounter.ReceivedInPeriod, Count(inPeriod)),
            (TallyCounter.ReceivedAfterPeriod, Count($"received > {e}")),
            (TallyCounter.EndedBeforePeriod, Count($"received < {s} AND ended < {s}")),
            (TallyCounter.ReceivedInPerson, Count($"{received} channel = {(int)IntakeChannel.InPerson}")),
            (TallyCounter.ReceivedOnline, Count($"{received} channel = {(int)IntakeChannel.Online}")),
            (TallyCounter.ReceivedByPost, Count($"{received} channel = {(int)IntakeChannel.Postal}")),
            (TallyCounter.ReceivedForOnlineService, Count($"{received} online_service")),
            (TallyCounter.ReceivedOnlineForOnlineService, Count($"{received} online_service AND channel = {(int)IntakeChannel.Online}")),
            (TallyCounter.ResolvedEarly, Count($"{Kind(OutcomeKind.Resolved)} AND {early}")),
            (TallyCounter.ResolvedOnTime, Count($"{Kind(OutcomeKind.Resolved)} AND {onTime}")),
            (TallyCounter.ResolvedOverdue, Count($"{Kind(OutcomeKind.Resolved)} AND {overdue}")),
            (TallyCounter.ReturnedEarly, Count($"{Kind(OutcomeKind.ReturnedIneligible)} AND {early}")),
            (TallyCounter.ReturnedOnTime, Count($"{Kind(OutcomeKind.ReturnedIneligible)} AND {onTime}")),
            (TallyCounter.ReturnedOverdue, Count($"{Kind(OutcomeKind.ReturnedIneligible)} AND {overdue}")),
            (TallyCounter.RefusedEarly, Count($"{Kind(OutcomeKind.Refused)} AND {early}")),
            (TallyCounter.RefusedOnTime, Count($"{Kind(OutcomeKind.Refused)} AND {onTime}")),
            (TallyCounter.RefusedOverdue, Count($"{Kind(OutcomeKind.Refused)} AND {overdue}")),
            (TallyCounter.WithdrawnEarly, Count($"{Kind(OutcomeKind.Withdrawn)} AND {early}")),
            (TallyCounter.WithdrawnOnTime, Count($"{Kind(OutcomeKind.Withdrawn)} AND {onTime}")),
            (TallyCounter.WithdrawnOverdue, Count($"{Kind(OutcomeKind.Withdrawn)} AND {overdue}")),
            (TallyCounter.Cancelled, Count(Kind(OutcomeKind.Cancelled))),
            (TallyCounter.InProgressWithinDeadline, Count($"{inProgress} AND (due IS NULL OR due >= {asOf})")),
            (TallyCounter.InProgressPastDeadline, Count($"{inProgress} AND due < {asOf}")),
            (TallyCounter.SubjectToDigitizationReceived, Count($"{received} subject")),
            (TallyCounter.DigitizedAtIntakeReceived, Count($"{received} subject AND digitized")),
            (TallyCounter.SubjectToDigitizationCarriedOver, Count($"{carried} AND subject")),
            (TallyCounter.DigitizedAtIntakeCarriedOver, Count($"{carried} AND subject AND digitized")),
            (TallyCounter.ResultDocumentsIssued, $"CAST(coalesce(sum(result_docs) FILTER (WHERE {Kind(OutcomeKind.Resolved)}), 0) AS BIGINT)"),
            (TallyCounter.ResultDocumentsDigitized, $"CAST(coalesce(sum(digitized_docs) FILTER (WHERE {Kind(OutcomeKind.Resolved)}), 0) AS BIGINT)"),
            (TallyCounter.ResolvedWithDigitizedResult, Count($"{Kind(OutcomeKind.Resolved)} AND digitized_docs > 0")),
            (TallyCounter.ReusedDigitizedData, Count($"{received} reused")),
            (TallyCounter.ReceivedRegardlessOfBoundary, Count($"{received} boundary")),
        };
        if (counters.Length != CounterTable.CounterCount || counters.Select((c, i) => (int)c.Counter == i).Contains(false))
        {
            throw new InvalidOperationException("The query must list every counter, in the order of their numbers.");
        }

        return $"""
                SELECT receiving, resolving, procedure,
                       {string.Join(",\n       ", counters.Select(c => $"{c.Aggregate} AS c{(int)c.Counter}"))}
                FROM {relation}
                GROUP BY receiving, resolving, procedure
                """;
    }

    /// <summary>
    /// Runs <paramref name="query"/> (from <see cref="Query"/>) and reads every row; <paramref name="keyOf"/> turns
    /// the first three columns into the cell's codes.
    /// </summary>
    public static CounterTable Run(DuckDBConnection connection, string query, Func<DuckDBDataReader, CellCodes> keyOf)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyOf);
        var table = new CounterTable();
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = (DuckDBDataReader)command.ExecuteReader();
        while (reader.Read())
        {
            var counters = table[keyOf(reader)];
            for (var i = 0; i < counters.Length; i++)
            {
                counters[i] = reader.GetInt64(3 + i);
            }
        }

        return table;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public static void Execute(DuckDBConnection connection, string statement)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }

    private static string Count(string condition) => $"count(*) FILTER (WHERE {condition})";

    private static string Date(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"DATE '{date:yyyy-MM-dd}'");
}
