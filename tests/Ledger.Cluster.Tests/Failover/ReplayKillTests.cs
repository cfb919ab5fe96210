using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ledger.Cluster.Tests.Support;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.Failover;

/// <summary>
/// A replay through the Orleans client (gateways found in the membership table, as a .NET front-end finds them) into
/// three Orleans silo processes, with one silo killed (SIGKILL) at a seeded point and started again later on the same
/// ports, either once the others have declared it dead or at once (it then finds its previous run's entry, still
/// active, and declares it dead itself instead of waiting for the others). The client retries calls that failed
/// in transit by command id, so the replay goes on; whatever it
/// answered is the expected outcome list so far (a completed one, all of it); replaying the whole stream again (the
/// ids make that safe) gives exactly the conformance outcomes and snapshot, and <c>ledger verify</c> passes.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplayKillTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const string StreamName = "mixed-small";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData(1, false)]
    [InlineData(4, true)]
    public async Task Replay_SiloKilledMidStreamAndRestarted_ReplayingAgainGivesTheExpectedFiles(int seed,
        bool restartAtOnce)
    {
        var random = new Random(seed);
        var killAfter = random.Next(300, 1201);
        var clock = Stopwatch.StartNew();
        var database = await postgres.CreateDatabaseAsync();
        await using var cluster = await ProcessCluster.StartAsync(database, silos: 3);
        var entry = cluster.Silos[0];
        var victim = cluster.Silos[1 + random.Next(2)];
        await using var connection = await Replays.ConnectAsync(database);
        var sink = Replays.Sink(connection, database);
        var expected = File.ReadAllLines(StreamFiles.Path($"{StreamName}.outcomes.jsonl"));
        output.WriteLine($"cluster up at {clock.Elapsed}; {victim.SiloId} dies after {killAfter} outcomes");

        var outcomes = new OutcomeLines();
        using var giveUp = new CancellationTokenSource(Deadline);
        using var stream = new StreamReader(StreamFiles.Stream(StreamName), Encoding.UTF8);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var replay = Replays.ReplayAsync(sink, stream, outcomes, giveUp.Token, summary =>
        {
            if (summary.Records >= killAfter)
            {
                reached.TrySetResult();
            }
        });
        await Poll.WithinAsync(Task.WhenAny(reached.Task, replay), Deadline, $"The replay up to {killAfter} outcomes");
        Assert.False(replay.IsCompleted, $"The replay ended before the kill point: {replay.Exception}");
        await victim.KillAsync();
        var killedAt = clock.Elapsed;
        output.WriteLine($"killed {victim.SiloId} after {outcomes.Lines.Count} outcomes at {killedAt}");
        var survivors = cluster.Silos.Where(s => s.SiloId != victim.SiloId).ToList();
        if (!restartAtOnce)
        {
            var declared = await ProcessCluster.WaitForActiveAsync(survivors);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{victim.SiloId} declared dead {declared.TotalSeconds:F1} s after the kill"));
        }

        var restartedAt = clock.Elapsed;
        await cluster.StartSiloAsync(victim.SiloId);
        var joined = await ProcessCluster.WaitForActiveAsync(cluster.Silos);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"restarted {victim.SiloId} on its ports: active {(clock.Elapsed - restartedAt).TotalSeconds:F1} s after "
            + $"its start ({joined.TotalSeconds:F1} s after it answered /health)"));
        var failure = await Record.ExceptionAsync(() => Poll.WithinAsync(replay, Deadline, "The first replay"));
        output.WriteLine($"first replay {(failure is null ? "completed" : "failed: " + failure)} with "
            + $"{outcomes.Lines.Count} outcomes at {clock.Elapsed}; retries: {sink.Retries}");

        Assert.Null(failure);
        Assert.Equal(expected, outcomes.Lines);
        var (again, snapshot) = await Replays.ReplayFileAsync(sink, StreamFiles.Stream(StreamName), Deadline);
        output.WriteLine($"replayed the whole stream again at {clock.Elapsed}");
        StreamFiles.AssertSameBytes($"{StreamName}.outcomes.jsonl", again);
        StreamFiles.AssertSameBytes($"{StreamName}.snapshot.json", snapshot);
        await Tools.AssertVerifiedAsync(entry.BaseAddress, cluster.ApiKey);
        // The killed run's entry is dead and the new one active, however soon the silo came back.
        var entries = await ClusterApi.SilosAsync(entry.Http);
        Assert.Equal(new[] { "active", "stopped" }, entries.Where(e => e.SiloId == victim.SiloId)
            .Select(e => e.Status).Order(StringComparer.Ordinal).ToArray());
    }
}
