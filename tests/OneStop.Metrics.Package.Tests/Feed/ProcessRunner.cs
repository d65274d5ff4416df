using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OneStop.Metrics.Package.Tests.Feed;

/// <summary>
/// Runs a process without a console, capturing standard output and error as UTF-8, killing it (and its children)
/// when it outlives its timeout. Child <c>dotnet</c> processes get an environment that keeps them independent of
/// the test run: no MSBuild variables inherited from <c>dotnet test</c>, no node reuse, no build servers, no
/// telemetry, no first-run text.
/// </summary>
public static class ProcessRunner
{
    /// <summary>The timeout when none is given: 3 minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    private static readonly KeyValuePair<string, string?>[] DotnetEnvironment =
    [
        new("DOTNET_CLI_TELEMETRY_OPTOUT", "1"),
        new("DOTNET_NOLOGO", "1"),
        new("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1"),
        new("DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER", "1"),
        new("DOTNET_CLI_UI_LANGUAGE", "en"),
        new("MSBUILDDISABLENODEREUSE", "1"),
        new("MSBUILDTERMINALLOGGER", "off"),
        new("UseSharedCompilation", "false"),
    ];

    /// <summary>The <c>dotnet</c> executable: the one running the tests' SDK when known, else <c>dotnet</c> on the PATH.</summary>
    public static string DotnetExecutable { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : "dotnet";

    /// <summary>
    /// The .NET installation folder of <see cref="DotnetExecutable"/> when known, else this process's
    /// <c>DOTNET_ROOT</c>, else <see langword="null"/>; give it as <c>DOTNET_ROOT</c> to an app host (a tool's command).
    /// </summary>
    public static string? DotnetRoot { get; } =
        DotnetExecutable != "dotnet" ? Path.GetDirectoryName(DotnetExecutable) : Environment.GetEnvironmentVariable("DOTNET_ROOT");

    /// <summary>Runs <c>dotnet</c> with the given arguments (see <see cref="RunAsync"/>).</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="arguments">The arguments, each passed as one argument (no shell quoting).</param>
    /// <param name="timeout">How long to wait; <see cref="DefaultTimeout"/> when <see langword="null"/>.</param>
    /// <returns>How the process ended.</returns>
    public static Task<ProcessResult> RunDotnetAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null) =>
        RunAsync(DotnetExecutable, arguments, workingDirectory, timeout);

    /// <summary>
    /// Runs a program and waits for it to exit or for the timeout, whichever comes first. Standard input is closed;
    /// the environment is this process's minus variables starting with <c>MSBuild</c> (any case), plus the
    /// settings listed on the class and <paramref name="environment"/>.
    /// </summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">The arguments, each passed as one argument (no shell quoting).</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="timeout">How long to wait; <see cref="DefaultTimeout"/> when <see langword="null"/>.</param>
    /// <param name="environment">Further variables; a <see langword="null"/> value removes the variable.</param>
    /// <returns>How the process ended; on timeout the process tree is killed and <see cref="ProcessResult.TimedOut"/> is set.</returns>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan? timeout = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in DotnetEnvironment.Concat(environment ?? new Dictionary<string, string?>()))
        {
            start.Environment[name] = value;
        }

        var command = string.Join(' ', new[] { fileName }.Concat(start.ArgumentList));
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start `{command}`.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        return new ProcessResult(command, timedOut ? -1 : process.ExitCode,
            Normalize(await stdout.ConfigureAwait(false)), Normalize(await stderr.ConfigureAwait(false)),
            stopwatch.Elapsed, timedOut);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");
}
