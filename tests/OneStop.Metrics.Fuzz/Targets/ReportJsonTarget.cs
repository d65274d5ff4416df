using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using OneStop.Metrics.Reconciliation;

namespace OneStop.Metrics.Fuzz.Targets;

/// <summary>
/// The published-report JSON reader (<c>report-json</c>): <see cref="PublishedReport.Load(Stream)"/> over the bytes.
/// Its documented refusals — <see cref="JsonException"/> (not JSON) and <see cref="FormatException"/> (JSON that
/// is not a report) — are valid outcomes; any other exception is a crash.
/// </summary>
public sealed class ReportJsonTarget : FuzzTarget<PublishedReport>
{
    /// <inheritdoc/>
    public override string Name => "report-json";

    /// <inheritdoc/>
    public override IReadOnlyList<byte[]> Seeds { get; } = MakeSeeds();

    /// <inheritdoc/>
    public override IReadOnlyList<string> Dictionary { get; } =
    [
        "\"title\"", "\"locality\"", "\"period\"", "\"text\"", "\"start\"", "\"end\"", "\"decimalSeparator\"", "\"rounding\"",
        "\"decimals\"", "\"mode\"", "\"definitions\"", "\"figures\"", "\"key\"", "\"kind\"", "\"printed\"", "\"label\"",
        "\"count\"", "\"numerator\"", "\"denominator\"", "\"printedPercentage\"", "\"names\"", "\"onTimeRate\"",
        "\"countedAsResolved\"", "\"intakeDigitization\"", "\"resultDigitization\"", "\"onlineIntake\"", "\"reuseProcedures\"",
        "null", "true", "false", "[]", "{}", "-1", "0", "1e308", "1e400", "0.5", "999999999999999", "1000000000000000",
        "\"half-to-even\"", "\"toward-zero\"", "\"2023-02-29\"", "\"2024-02-29\"", "\"2023-13-01\"", "\"\\u0000\"", "\"\\ud800\"",
        "\".\"", "\",\"", "\"%\"", "\"100,00\"", "\"NaN\"", "2147483648", "-0",
    ];

    /// <summary>The invariants, in order.</summary>
    public override IReadOnlyList<Invariant<PublishedReport>> Invariants { get; } =
    [
        new("a-read-report-round-trips", (_, report) => RoundTripProblem(report)),
    ];

    /// <inheritdoc/>
    protected override PublishedReport Read(byte[] input) => PublishedReport.Load(new MemoryStream(input, writable: false));

    /// <inheritdoc/>
    protected override bool IsDocumented(Exception exception) => exception is JsonException or FormatException;

    /// <summary>A report read from JSON, written and read again, writes the same JSON and is equal.</summary>
    private static string? RoundTripProblem(PublishedReport report)
    {
        var json = report.ToJson();
        PublishedReport again;
        try
        {
            again = PublishedReport.Parse(json);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return $"the report, written, is refused: {e.Message}";
        }

        return again.ToJson() == json && again.Equals(report) ? null : "the report, written and read again, differs";
    }

    private static byte[][] MakeSeeds()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("tu-ky-2023.report.json")
            ?? throw new InvalidOperationException("The embedded tu-ky-2023.report.json is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var file = copy.ToArray();
        var written = Province.Bytes(PublishedReports.TuKy2023.ToJson());
        return [file, written, Province.Bytes("{\"title\":\"t\",\"locality\":\"l\",\"figures\":[]}")];
    }
}
