using System;
using System.Collections.Generic;
using System.Linq;
using DuckDB.NET.Data;
using NodaTime;
using OneStop.Metrics.Benchmarks.Data;
using OneStop.Metrics.Domain;

namespace OneStop.Metrics.Benchmarks.Baselines;

/// <summary>
/// Dossier objects loaded into an in-memory DuckDB table <c>dossiers</c> with the columns <see cref="DuckDbTally"/>
/// reads. The cell's codes are stored as integer indices (as a columnar store would dictionary-encode them) and
/// the procedure's online-service flag is copied into each row, so that DuckDB's query needs neither string keys
/// nor a join: the strongest form of the baseline.
/// </summary>
public sealed class DuckDbDossierTable : IDisposable
{
    private readonly string[] _departments;
    private readonly string[] _procedures;

    private DuckDbDossierTable(DuckDBConnection connection, string[] departments, string[] procedures)
    {
        Connection = connection;
        _departments = departments;
        _procedures = procedures;
    }

    /// <summary>The open in-memory connection holding the table.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>The table's name.</summary>
    public const string Name = "dossiers";

    /// <summary>Creates an in-memory database and appends every dossier (they must fit <paramref name="reference"/>).</summary>
    public static DuckDbDossierTable Load(ReferenceData reference, IEnumerable<Dossier> dossiers)
    {
        var departments = reference.Departments.Select(d => d.Code).ToArray();
        var procedures = reference.Procedures.Select(p => p.Code).ToArray();
        var departmentIndex = departments.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);
        var procedureIndex = procedures.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);
        var onlineService = reference.Procedures.Select(p => p.OnlineService != OnlineServiceKind.None).ToArray();

        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        DuckDbTally.Execute(connection, $"""
            CREATE TABLE {Name} (
              receiving INTEGER, resolving INTEGER, procedure INTEGER, channel INTEGER, kind INTEGER,
              received DATE, due DATE, ended DATE,
              online_service BOOLEAN, subject BOOLEAN, digitized BOOLEAN, reused BOOLEAN, boundary BOOLEAN,
              result_docs INTEGER, digitized_docs INTEGER)
            """);
        using (var appender = connection.CreateAppender(Name))
        {
            foreach (var d in dossiers)
            {
                var procedure = procedureIndex[d.ProcedureCode];
                var facts = d.Digitization;
                appender.CreateRow()
                    .AppendValue(departmentIndex[d.ReceivingDepartmentCode])
                    .AppendValue(d.ResolvingDepartmentCode is { } resolving ? departmentIndex[resolving] : -1)
                    .AppendValue(procedure)
                    .AppendValue((int)d.Channel)
                    .AppendValue((int)d.Outcome.Kind)
                    .AppendValue(DateOf(d.ReceivedAt))
                    .AppendValue(d.DueAt is { } due ? DateOf(due) : null)
                    .AppendValue(d.Outcome.At is { } ended ? DateOf(ended) : null)
                    .AppendValue(onlineService[procedure])
                    .AppendValue(facts.SubjectToDigitization)
                    .AppendValue(facts.DigitizedAtIntake)
                    .AppendValue(facts.ReusedDigitizedData)
                    .AppendValue(d.ReceivedRegardlessOfBoundary)
                    .AppendValue(facts.ResultDocuments)
                    .AppendValue(facts.DigitizedResultDocuments)
                    .EndRow();
            }
        }

        return new DuckDbDossierTable(connection, departments, procedures);
    }

    /// <summary>The cell codes of a result row of <see cref="DuckDbTally.Query"/> over this table.</summary>
    public CellCodes KeyOf(DuckDBDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var resolving = reader.GetInt32(1);
        return new CellCodes(_departments[reader.GetInt32(0)], resolving < 0 ? "" : _departments[resolving],
            _procedures[reader.GetInt32(2)]);
    }

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();

    private static DateOnly? DateOf(LocalDateTime value) => value.Date.ToDateOnly();
}
