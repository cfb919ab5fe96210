using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ledger.Grains.Tests.Support;
using Ledger.Testing;

namespace Ledger.Grains.Tests.Client;

/// <summary><c>replay --target orleans --gateway HOST:PORT</c>, run as the tool's own process: the stream goes
/// through the Orleans client (Ledger.Client's cluster connection, the path .NET front-ends take) to a silo's
/// gateway, and the outcome list and snapshot are exactly the expected ones.</summary>
public sealed class OrleansReplayToolTests : IDisposable
{
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromMinutes(3);

    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-orleans-replay-").FullName;

    public static TheoryData<string> Streams => new(StreamFiles.Names.Where(n => n != "seed-ccb-quickloan"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Replay_ThroughTheOrleansClient_MatchesOutcomesAndSnapshot(string name)
    {
        var database = Path.Combine(_directory, "ledger.db");
        await using var silo = await StandaloneSilo.StartSqliteAsync(database, clusterId: "ledger");
        var gateway = silo.Gateway;
        var outcomes = Path.Combine(_directory, "outcomes.jsonl");
        var snapshot = Path.Combine(_directory, "snapshot.json");

        var run = await RunToolAsync("replay", StreamFiles.Stream(name), "--target", "orleans", "--gateway",
            string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{gateway.Port}"), "--concurrency", "4",
            "--batch", "16", "--outcomes", outcomes, "--snapshot", snapshot);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        StreamFiles.AssertSameBytes($"{name}.outcomes.jsonl", await File.ReadAllTextAsync(outcomes));
        StreamFiles.AssertSameBytes($"{name}.snapshot.json", await File.ReadAllTextAsync(snapshot));
    }

    /// <summary>Cluster mode: the tool finds the gateway in the membership table of the ledger's database and
    /// reads the snapshot from it.</summary>
    [Fact]
    public async Task Replay_GatewayFoundInThePostgresMembershipTable_MatchesOutcomesAndSnapshot()
    {
        using var postgres = new PostgresFixture();
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var silo = await StandaloneSilo.StartPostgresAsync(connectionString, clusterId: "ledger");
        var outcomes = Path.Combine(_directory, "outcomes.jsonl");
        var snapshot = Path.Combine(_directory, "snapshot.json");

        var run = await RunToolAsync("replay", StreamFiles.Stream("seed-jd-broiler"), "--target", "orleans",
            "--postgres", connectionString, "--concurrency", "4", "--batch", "16", "--outcomes", outcomes,
            "--snapshot", snapshot);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        StreamFiles.AssertSameBytes("seed-jd-broiler.outcomes.jsonl", await File.ReadAllTextAsync(outcomes));
        StreamFiles.AssertSameBytes("seed-jd-broiler.snapshot.json", await File.ReadAllTextAsync(snapshot));
    }

    [Theory]
    [InlineData("orleans", "", "needs --gateway or --postgres")]
    [InlineData("orleans", "--gateway=127.0.0.1:notaport", "is not HOST:PORT")]
    [InlineData("dry-run", "--gateway=127.0.0.1:30000", "are for --target orleans")]
    public async Task Replay_OrleansSettingsWrong_ExitsWithAOneLineUsageError(string target, string extra,
        string says)
    {
        List<string> arguments = ["replay", StreamFiles.Stream("edge-rounding"), "--target", target];
        if (extra.Length > 0)
        {
            arguments.Add(extra);
        }

        var run = await RunToolAsync([.. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(says, run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tlsCa", "no such file")]
    [InlineData("--tlsCertificate", "needs --tlsCa")]
    public async Task Replay_TlsFileMissingOrAlone_ExitsWithAOneLineUsageError(string option, string says)
    {
        var run = await RunToolAsync("replay", StreamFiles.Stream("edge-rounding"), "--target", "orleans",
            "--gateway", "127.0.0.1:30000", option, Path.Combine(_directory, "none.pem"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains(says, run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToolAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuildOutput.AssemblyOf("load-tests/Ledger.LoadTest", "Ledger.LoadTest"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
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
            throw new TimeoutException($"the replay tool did not exit in {ProcessDeadline}: {await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
