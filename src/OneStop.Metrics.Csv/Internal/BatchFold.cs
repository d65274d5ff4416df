using System;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies;
using OneStop.Metrics.Tallies.Columnar;

namespace OneStop.Metrics.Csv;

/// <summary>
/// Folds accepted rows into a tally with bounded memory: rows go into a columnar
/// <see cref="DossierBatch.Builder"/> (its allocation-free <see cref="DossierBatch.Builder.Add(in DossierFields)"/>),
/// and every <see cref="ChunkRows"/> rows the batch is tallied and merged into the running tally and dropped. The
/// memory is one chunk (31 bytes a row) plus the tally, whatever the number of rows.
/// </summary>
/// <remarks>
/// The seam to the core: only <see cref="Add"/> and <see cref="Finish"/>. The merged tally equals
/// <see cref="DossierTally.Build"/> over the same dossiers because each chunk's tally does and tallies merge
/// exactly (<see cref="DossierTally.Merge(DossierTally)"/>). Mutable, owned by one thread.
/// </remarks>
internal sealed class BatchFold : IDossierFold
{
    /// <summary>The rows per chunk: 131,072 (4 MB of columns).</summary>
    public const int ChunkRows = 1 << 17;

    private readonly ReferenceData _reference;
    private readonly TallyScope _scope;
    private readonly TallyOptions _tallyOptions;
    private readonly DossierBatchOptions _batchOptions;
    private DossierBatch.Builder? _builder;
    private DossierTally? _tally;
    private int _inChunk;

    public BatchFold(ReferenceData reference, TallyScope scope, TallyOptions? tallyOptions)
    {
        _reference = reference;
        _scope = scope;
        _tallyOptions = tallyOptions ?? TallyOptions.Default;
        _batchOptions = DossierBatchOptions.For(scope, _tallyOptions.RecordDossierIds);
    }

    /// <summary>Adds one accepted row.</summary>
    public void Add(in ParsedDossier parsed, ReadOnlySpan<char> id)
    {
        var procedures = _reference.Procedures;
        var departments = _reference.Departments;
        var fields = new DossierFields
        {
            Id = id,
            ProcedureCode = procedures[parsed.Procedure].Code,
            ReceivingDepartmentCode = departments[parsed.Receiving].Code,
            ResolvingDepartmentCode = parsed.Resolving >= 0 ? departments[parsed.Resolving].Code : default,
            Channel = parsed.Channel,
            ReceivedAt = parsed.ReceivedAt,
            DueAt = parsed.DueAtOrNull,
            Outcome = parsed.OutcomeValue,
            Digitization = parsed.Digitization,
            ReceivedRegardlessOfBoundary = parsed.ReceivedRegardlessOfBoundary,
        };

        _builder ??= new DossierBatch.Builder(_reference, _batchOptions, ChunkRows);
        _builder.Add(fields);
        if (++_inChunk == ChunkRows)
        {
            Flush();
        }
    }

    /// <summary>Tallies what is left and returns the tally of everything added.</summary>
    public DossierTally Finish()
    {
        if (_builder is not null)
        {
            Flush();
        }

        return _tally ?? DossierTally.Empty(_reference, _scope, _tallyOptions);
    }

    private void Flush()
    {
        var builder = _builder ?? throw new InvalidOperationException("No chunk to flush.");
        _builder = null;
        _inChunk = 0;
        var tally = builder.Build().Tally(_scope, 1, _tallyOptions);
        _tally = _tally is null ? tally : _tally.Merge(tally);
    }
}
