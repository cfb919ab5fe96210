using System.Diagnostics;
using System.Text;
using Ledger.Client;
using Ledger.Cluster.Tests.Support;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.Failover;

/// <summary>
/// A replay into a 3-silo cluster (child processes, 2 s leases) through the partition-aware client, with one silo
/// killed (SIGKILL) at a seeded point and started again later. The replay may fail or complete; what it answered is
/// the expected outcome list so far (a completed one, all of it); replaying the whole stream again (the ids make
/// that safe) gives exactly the conformance outcomes and snapshot, and <c>ledger verify</c> passes.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplayKillTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string StreamName = "mixed-small";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Replay_SiloKilledMidStreamAndRestarted_ReplayingAgainGivesTheExpectedFiles(int seed)
    {
        var random = new Random(seed);
        var killAfter = random.Next(300, 1501);
        var clock = Stopwatch.StartNew();
        await using var cluster = await ProcessCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 3,
            leaseSeconds: 2);
        var entry = cluster.Silos[0];
        var victim = cluster.Silos[1 + random.Next(2)];
        using var client = entry.CreateClient(cluster.ApiKey, new LedgerClientOptions { RouteToOwners = true });
        var expected = File.ReadAllLines(StreamFiles.Path($"{StreamName}.outcomes.jsonl"));
        output.WriteLine($"cluster up at {clock.Elapsed}; {victim.SiloId} dies after {killAfter} outcomes");

        var outcomes = new OutcomeLines();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var giveUp = new CancellationTokenSource(Deadline);
        using var stream = new StreamReader(StreamFiles.Stream(StreamName), Encoding.UTF8);
        var replay = Replays.ReplayAsync(client, stream, outcomes, giveUp.Token, summary =>
        {
            if (summary.Records >= killAfter)
            {
                reached.TrySetResult();
            }
        });
        await Poll.WithinAsync(Task.WhenAny(reached.Task, replay), Deadline, $"The replay up to {killAfter} outcomes");
        Assert.False(replay.IsCompleted, $"The replay ended before the kill point: {replay.Exception}");
        await victim.KillAsync();
        output.WriteLine($"killed {victim.SiloId} after {outcomes.Lines.Count} outcomes at {clock.Elapsed}");
        var survivors = cluster.Silos.Where(s => s.SiloId != victim.SiloId).ToList();
        var spread = await cluster.WaitForEvenSpreadAsync(survivors);
        output.WriteLine($"survivors own everything {spread.TotalSeconds:F1} s after the kill");
        await cluster.StartSiloAsync(victim.SiloId);
        output.WriteLine($"restarted {victim.SiloId} at {clock.Elapsed}");
        var failure = await Record.ExceptionAsync(() => Poll.WithinAsync(replay, Deadline, "The first replay"));
        output.WriteLine($"first replay {(failure is null ? "completed" : "failed: " + failure.Message)} with "
            + $"{outcomes.Lines.Count} outcomes at {clock.Elapsed}");

        Assert.True(failure is null or LedgerClientException, failure?.ToString());
        Assert.Equal(expected.Take(outcomes.Lines.Count), outcomes.Lines);
        Assert.True(failure is not null || outcomes.Lines.Count == expected.Length);
        await cluster.WaitForEvenSpreadAsync(cluster.Silos);
        var (again, snapshot) = await Replays.ReplayFileAsync(client, StreamFiles.Stream(StreamName), Deadline);
        output.WriteLine($"replayed the whole stream again at {clock.Elapsed}");
        StreamFiles.AssertSameBytes($"{StreamName}.outcomes.jsonl", again);
        StreamFiles.AssertSameBytes($"{StreamName}.snapshot.json", snapshot);
        await Tools.AssertVerifiedAsync(entry.BaseAddress, cluster.ApiKey);
    }
}
