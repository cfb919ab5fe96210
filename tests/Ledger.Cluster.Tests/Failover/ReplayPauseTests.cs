using System.Diagnostics;
using System.Globalization;
using Ledger.Client;
using Ledger.Cluster.Tests.Support;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.Failover;

/// <summary>
/// A silo that stalls past its lease and comes back, while a replay runs: three child-process silos, 2 s leases,
/// one of them (not the replay's entry) paused with SIGSTOP three times for a little longer than the lease, as long
/// collections or a VM freeze would. Each time the two others count it dead, take its partitions and spread
/// everything between themselves; on waking it finds leases lost, and the partitions spread back over all three.
/// Partitions move again and again, some while busy with the replay's turns. The replay must see no error at all
/// (the client's retries cover every move), and its outcomes and the snapshot must be exactly those of a dry run
/// of the same stream.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplayPauseTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Records = 12_000;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Pause = Lease + TimeSpan.FromSeconds(0.4);
    private static readonly TimeSpan Between = TimeSpan.FromSeconds(1);
    private const int Pauses = 3;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private static readonly Lazy<Task<(string Stream, string Outcomes, string Snapshot)>> Reference =
        new(() => Replays.MixedReferenceAsync(seed: 7, Records));

    [Fact]
    public async Task Replay_SiloPausedPastItsLeaseAndResumed_ReplaySeesNoErrorAndMatchesTheDryRun()
    {
        var (stream, expectedOutcomes, expectedSnapshot) = await Reference.Value;
        await using var cluster = await ProcessCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 3,
            leaseSeconds: Lease.TotalSeconds);
        var (entry, stalled) = (cluster.Silos[0], cluster.Silos[1]);
        using var client = entry.CreateClient(cluster.ApiKey, new LedgerClientOptions { RouteToOwners = true });
        var outcomes = new OutcomeLines();
        using var giveUp = new CancellationTokenSource(Deadline);

        var clock = Stopwatch.StartNew();
        var replay = await Replays.StartUntilAsync(client, stream, outcomes, Records / 3, Deadline, giveUp.Token);
        Assert.False(replay.IsCompleted, $"The replay ended before the pause: {replay.Exception}\n{cluster.Output}");
        var pausedAt = clock.Elapsed;
        for (var n = 0; n < Pauses; n++)
        {
            await stalled.SignalAsync("STOP");
            try
            {
                await Task.Delay(Pause);
            }
            finally
            {
                await stalled.SignalAsync("CONT");
            }

            if (n < Pauses - 1)
            {
                await Task.Delay(Between);
            }
        }

        var resumedAt = clock.Elapsed;
        var replayRunning = !replay.IsCompleted;
        var failure = await Record.ExceptionAsync(() => Poll.WithinAsync(replay, Deadline, "The replay"));
        var finishedAt = clock.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stalled.SiloId} paused {Pauses} times from {pausedAt.TotalSeconds:F2} s into the replay to "
            + $"{resumedAt.TotalSeconds:F2} s; replay done at {finishedAt.TotalSeconds:F2} s with "
            + $"{outcomes.Lines.Count} of {Records} outcomes"));
        Assert.True(failure is null, $"The replay failed: {failure}\n{cluster.Output}");
        Assert.True(replayRunning, "The replay was over before the silo woke: the stream is too short.");
        // The pauses outlasted the lease: the others took the stalled silo's partitions while it slept.
        Assert.Contains("Lost the lease of partition", stalled.Output, StringComparison.Ordinal);
        Assert.Equal(expectedOutcomes, outcomes.Text);
        Assert.Equal(expectedSnapshot, await client.GetSnapshotAsync());
        await cluster.WaitForEvenSpreadAsync(cluster.Silos);
        await Tools.AssertVerifiedAsync(entry.BaseAddress, cluster.ApiKey);
    }
}
