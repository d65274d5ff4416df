using System;
using System.Collections.Generic;
using OneStop.Metrics.Domain;
using OneStop.Metrics.Tallies.Columnar;

namespace OneStop.Metrics.Tests.Tallies.Columnar;

/// <summary>Feeds dossiers to a batch builder the way a streaming reader would: fields as spans into one reused buffer.</summary>
public static class BatchInput
{
    /// <summary>Adds each dossier through <see cref="DossierBatch.Builder.Add(in DossierFields)"/>, copying its codes into a shared buffer first.</summary>
    public static DossierBatch FromFields(ReferenceData reference, IEnumerable<Dossier> dossiers, DossierBatchOptions? options = null)
    {
        var builder = new DossierBatch.Builder(reference, options);
        var buffer = new char[1024];
        foreach (var dossier in dossiers)
        {
            AddAsFields(builder, dossier, buffer);
        }

        return builder.Build();
    }

    /// <summary>Adds one dossier as fields; a null resolving department code becomes an empty span (none).</summary>
    public static bool AddAsFields(DossierBatch.Builder builder, Dossier dossier, char[] buffer)
    {
        var next = 0;
        var fields = new DossierFields
        {
            Id = Copy(dossier.Id, buffer, ref next),
            ProcedureCode = Copy(dossier.ProcedureCode, buffer, ref next),
            ReceivingDepartmentCode = Copy(dossier.ReceivingDepartmentCode, buffer, ref next),
            ResolvingDepartmentCode = Copy(dossier.ResolvingDepartmentCode, buffer, ref next),
            Channel = dossier.Channel,
            ReceivedAt = dossier.ReceivedAt,
            DueAt = dossier.DueAt,
            Outcome = dossier.Outcome,
            Digitization = dossier.Digitization,
            ReceivedRegardlessOfBoundary = dossier.ReceivedRegardlessOfBoundary,
            Supplements = dossier.Supplements,
            Reappointments = dossier.Reappointments,
        };
        return builder.Add(fields);
    }

    private static ReadOnlySpan<char> Copy(string? text, char[] buffer, ref int next)
    {
        if (text is null)
        {
            return ReadOnlySpan<char>.Empty;
        }

        text.CopyTo(0, buffer, next, text.Length);
        var span = new ReadOnlySpan<char>(buffer, next, text.Length);
        next += text.Length;
        return span;
    }
}
