using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Ledger.Client;
using Ledger.Cluster.Tests.Support;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.Drain;

/// <summary>
/// Draining a silo while a replay runs through the partition-aware client: the silo hands its partitions over,
/// marks itself stopped and exits by itself, and the replay sees no error at all; its outcomes and the snapshot are
/// exactly those of a dry run of the same stream. Three child-process silos, 2 s leases; the stream is generated
/// (mixed, 200 borrowers, three business days) so that the replay outlasts the drain.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class DrainTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Records = 12_000;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan ExitDeadline = TimeSpan.FromSeconds(45);

    private static readonly Lazy<Task<(string Stream, string Outcomes, string Snapshot)>> Reference =
        new(() => Replays.MixedReferenceAsync(seed: 1, Records));

    [Fact]
    public async Task Drain_RequestedWithTheCliDuringAReplay_SiloExitsByItselfAndTheReplaySeesNoError() =>
        await DrainDuringReplayAsync("ledger cluster drain", async (cluster, entry, silo) =>
        {
            var run = await Tools.LedgerAsync(entry.BaseAddress, cluster.ApiKey, "cluster", "drain", silo.SiloId);
            Assert.True(run.ExitCode == 0, $"ledger cluster drain: {run}");
        });

    [Fact]
    public async Task Drain_SigtermDuringAReplay_SiloExitsByItselfAndTheReplaySeesNoError() =>
        await DrainDuringReplayAsync("SIGTERM", (_, _, silo) => silo.SignalAsync("TERM"));

    private async Task DrainDuringReplayAsync(string how,
        Func<ProcessCluster, ProcessSilo, ProcessSilo, Task> requestDrain)
    {
        var (stream, expectedOutcomes, expectedSnapshot) = await Reference.Value;
        await using var cluster = await ProcessCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 3,
            leaseSeconds: 2);
        var (entry, drained) = (cluster.Silos[0], cluster.Silos[2]);
        using var client = entry.CreateClient(cluster.ApiKey, new LedgerClientOptions { RouteToOwners = true });
        var outcomes = new OutcomeLines();
        using var giveUp = new CancellationTokenSource(Deadline);

        var clock = Stopwatch.StartNew();
        var replay = await Replays.StartUntilAsync(client, stream, outcomes, Records / 3, Deadline, giveUp.Token);
        Assert.False(replay.IsCompleted, $"The replay ended before the drain: {replay.Exception}\n{cluster.Output}");
        var requested = clock.Elapsed;
        await requestDrain(cluster, entry, drained);
        var acknowledged = clock.Elapsed;
        await drained.WaitForExitAsync(ExitDeadline);
        var exited = clock.Elapsed;
        var replayRunning = !replay.IsCompleted;
        await Poll.WithinAsync(replay, Deadline, "The replay");
        var finished = clock.Elapsed;

        var siloSays = DrainedLog().Match(drained.Output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{how}: requested at {requested.TotalSeconds:F2} s into the replay ({outcomes.Lines.Count} of {Records} "
            + $"outcomes by the end); acknowledged after {(acknowledged - requested).TotalSeconds:F2} s; process exited "
            + $"{(exited - requested).TotalSeconds:F2} s after the request (exit code {drained.ExitCode}; the silo "
            + $"logged: drained in {(siloSays.Success ? siloSays.Groups[1].Value : "?")} ms); replay done at "
            + $"{finished.TotalSeconds:F2} s"));
        Assert.True(replayRunning, "The replay was over before the drained silo exited: the stream is too short.");
        Assert.Equal(0, drained.ExitCode);
        Assert.Equal(expectedOutcomes, outcomes.Text);
        Assert.Equal(expectedSnapshot, await client.GetSnapshotAsync());
        var survivors = cluster.Silos.Where(s => s != drained).ToList();
        await cluster.WaitForEvenSpreadAsync(survivors);
        Assert.Equal("stopped", (await ClusterApi.SilosAsync(entry.Http)).Single(s => s.SiloId == drained.SiloId).Status);
        await Tools.AssertVerifiedAsync(entry.BaseAddress, cluster.ApiKey);
    }

    [GeneratedRegex(@"drained in ([0-9.,]+) ms")]
    private static partial Regex DrainedLog();
}
