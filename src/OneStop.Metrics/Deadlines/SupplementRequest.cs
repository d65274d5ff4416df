using System;
using System.Globalization;
using NodaTime;

namespace OneStop.Metrics.Deadlines;

/// <summary>A request for supplements (yêu cầu bổ sung, hoàn thiện hồ sơ) and, once answered, when the dossier became complete.</summary>
public sealed record SupplementRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="requestedAt">When the one-stop department asked for supplements (local time).</param>
    /// <param name="completedAt">When the completed supplement was received, or <see langword="null"/> while unanswered.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completedAt"/> is before <paramref name="requestedAt"/>.</exception>
    public SupplementRequest(LocalDateTime requestedAt, LocalDateTime? completedAt = null)
    {
        if (completedAt < requestedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(completedAt), completedAt,
                string.Create(CultureInfo.InvariantCulture,
                    $"A supplement cannot be completed ({completedAt:uuuu-MM-ddTHH:mm}) before it was requested ({requestedAt:uuuu-MM-ddTHH:mm})."));
        }

        RequestedAt = requestedAt;
        CompletedAt = completedAt;
    }

    /// <summary>When supplements were requested.</summary>
    public LocalDateTime RequestedAt { get; }

    /// <summary>When the completed supplement was received, or <see langword="null"/> while the applicant has not answered.</summary>
    public LocalDateTime? CompletedAt { get; }

    /// <summary>Whether the applicant has not answered yet.</summary>
    public bool IsUnanswered => CompletedAt is null;
}
