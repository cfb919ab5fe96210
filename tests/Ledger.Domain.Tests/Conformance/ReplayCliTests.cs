using System.Diagnostics;
using System.Text;

namespace Ledger.Domain.Tests.Conformance;

/// <summary>The real command line of the load-test tool (<c>dotnet Ledger.LoadTest.dll replay ...</c>), run as a
/// child process so that its console and exit code are its own.</summary>
public sealed class ReplayCliTests : IDisposable
{
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _workDirectory = Directory.CreateTempSubdirectory("ledger-replay-cli-");

    public void Dispose() => _workDirectory.Delete(recursive: true);

    [Fact]
    public async Task Replay_MissingStreamFile_ExitsNonZeroNamingTheFile()
    {
        var missing = Path.Combine(_workDirectory.FullName, "no-such-stream.jsonl");

        var run = await RunAsync("replay", missing, "--target", "dry-run");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(missing, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_OutcomesPathInMissingDirectory_ExitsNonZeroWithClearMessage()
    {
        var unwritable = Path.Combine(_workDirectory.FullName, "no-such-directory", "outcomes.jsonl");

        var run = await RunAsync(
            "replay", StreamFiles.Path("mixed-small.jsonl"), "--target", "dry-run", "--outcomes", unwritable);

        Assert.NotEqual(0, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
        Assert.Contains(unwritable, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("records=", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_GoodStream_ExitsZeroWritesConformingFilesAndEndsWithSummary()
    {
        var outcomes = Path.Combine(_workDirectory.FullName, "outcomes.jsonl");
        var snapshot = Path.Combine(_workDirectory.FullName, "snapshot.json");

        var run = await RunAsync("replay", StreamFiles.Path("seed-jd-broiler.jsonl"), "--target", "dry-run",
            "--outcomes", outcomes, "--snapshot", snapshot);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        var lastLine = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().TrimEnd('\r');
        Assert.StartsWith("records=137 ", lastLine, StringComparison.Ordinal);
        StreamFiles.AssertSameBytes("seed-jd-broiler.outcomes.jsonl", await File.ReadAllTextAsync(outcomes));
        StreamFiles.AssertSameBytes("seed-jd-broiler.snapshot.json", await File.ReadAllTextAsync(snapshot));
    }

    [Fact]
    public async Task Replay_TraceOfADryRun_ExitsWithUsageError()
    {
        var trace = Path.Combine(_workDirectory.FullName, "trace.csv");

        var run = await RunAsync("replay", StreamFiles.Path("seed-jd-broiler.jsonl"), "--target", "dry-run",
            "--trace", trace);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--trace needs a silo target", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(trace));
    }

    private sealed record ProcessRun(int ExitCode, string Stdout, string Stderr);

    private static async Task<ProcessRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ledger.LoadTest.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(ProcessDeadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The replay tool did not exit within {ProcessDeadline}.");
        }

        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The dotnet host running these tests (testhost runs under it), else the one the SDK names, else
    /// <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
