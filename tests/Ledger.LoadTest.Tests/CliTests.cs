using System.Diagnostics;
using System.Text;

namespace Ledger.LoadTest.Tests;

/// <summary>The real command line of the tool (<c>dotnet Ledger.LoadTest.dll generate|baseline ...</c>), run as a
/// child process so that its console and exit code are its own.</summary>
public sealed class CliTests : IDisposable
{
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _workDirectory = Directory.CreateTempSubdirectory("ledger-generate-cli-");

    public void Dispose() => _workDirectory.Delete(recursive: true);

    [Fact]
    public async Task Generate_DaysAndPerDay_WritesTheFileAndEndsWithSummary()
    {
        var output = Path.Combine(_workDirectory.FullName, "quickloan.jsonl");

        var run = await RunAsync("generate", "--kind", "quickloan", "--seed", "3", "--borrowers", "10", "--days", "4",
            "--per-day", "25", "--out", output);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Matches(@"^records=115 borrowers=10 days=4 seconds=[0-9]+\.[0-9]{3}$", LastLine(run.Stdout));
        Assert.Equal(115, (await File.ReadAllLinesAsync(output)).Length);
    }

    [Fact]
    public async Task Generate_RecordsAndPerDayTogether_ExitsWithUsageError()
    {
        var output = Path.Combine(_workDirectory.FullName, "never.jsonl");

        var run = await RunAsync("generate", "--kind", "mixed", "--borrowers", "10", "--days", "4", "--per-day", "25",
            "--records", "500", "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Generate_UnknownKind_IsRefusedByTheParser()
    {
        var run = await RunAsync("generate", "--kind", "mortgage", "--records", "100", "--out",
            Path.Combine(_workDirectory.FullName, "never.jsonl"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("mortgage", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baseline_MissingStreamFile_ExitsNonZeroNamingTheFile()
    {
        var missing = Path.Combine(_workDirectory.FullName, "no-such-stream.jsonl");

        var run = await RunAsync("baseline", missing, "--postgres", "Host=127.0.0.1;Port=1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_WithoutTarget_IsRefusedInsteadOfADryRun()
    {
        var stream = Path.Combine(_workDirectory.FullName, "one.jsonl");
        await File.WriteAllTextAsync(stream, "{\"type\":\"SetBusinessDate\",\"date\":\"2024-03-01\",\"id\":\"d\"}\n");

        var run = await RunAsync("replay", stream);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--target", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("records=", run.Stdout, StringComparison.Ordinal);
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().TrimEnd('\r');

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
            throw new TimeoutException($"The load-test tool did not exit within {ProcessDeadline}.");
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
