using System.Diagnostics;
using System.Globalization;
using Ledger.Cluster.Tests.Support;
using Ledger.LoadTest.Replay;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.Drain;

/// <summary>
/// Draining one of three Orleans silo processes while a replay runs: the silo stops gracefully (its turns finish and
/// commit, Orleans deactivates its grains and the next call activates them on another silo) and exits by itself
/// with code 0, and the replay sees no error at all (calls a stopping silo rejected are retried by command id):
/// its outcomes and the snapshot are exactly those of a dry run of the same stream. Asked with
/// <c>ledger cluster drain</c> while the replay goes through the Orleans client, and with SIGTERM while it goes
/// through another silo's HTTP API. The stream is generated (mixed, 200 borrowers, three business days) so that the
/// replay outlasts the drain.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class DrainTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Records = 30_000;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan ExitDeadline = TimeSpan.FromSeconds(45);

    private static readonly Lazy<Task<(string Stream, string Outcomes, string Snapshot)>> Reference =
        new(() => Replays.MixedReferenceAsync(seed: 1, Records));

    [Fact]
    public async Task Drain_RequestedWithTheCliDuringAnOrleansClientReplay_SiloExitsByItselfAndTheReplaySeesNoError()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var cluster = await ProcessCluster.StartAsync(database, silos: 3);
        await using var connection = await Replays.ConnectAsync(database);
        await DrainDuringReplayAsync(cluster, Replays.Sink(connection, database), "ledger cluster drain",
            async (entry, silo) =>
            {
                var run = await Tools.LedgerAsync(entry.BaseAddress, cluster.ApiKey, "cluster", "drain", silo.SiloId);
                Assert.True(run.ExitCode == 0, $"ledger cluster drain: {run}");
            });
    }

    [Fact]
    public async Task Drain_SigtermDuringAnHttpReplayThroughAnotherSilo_SiloExitsByItselfAndTheReplaySeesNoError()
    {
        await using var cluster = await ProcessCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 3);
        using var client = cluster.Silos[0].CreateClient(cluster.ApiKey);
        await DrainDuringReplayAsync(cluster, new HttpRecordSink(client), "SIGTERM",
            (_, silo) => silo.SignalAsync("TERM"));
    }

    private async Task DrainDuringReplayAsync(ProcessCluster cluster, IRecordSink sink, string how,
        Func<ProcessSilo, ProcessSilo, Task> requestDrain)
    {
        var (stream, expectedOutcomes, expectedSnapshot) = await Reference.Value;
        var (entry, drained) = (cluster.Silos[0], cluster.Silos[2]);
        var outcomes = new OutcomeLines();
        using var giveUp = new CancellationTokenSource(Deadline);

        var clock = Stopwatch.StartNew();
        var replay = await Replays.StartUntilAsync(sink, stream, outcomes, Records / 3, Deadline, giveUp.Token);
        Assert.False(replay.IsCompleted, $"The replay ended before the drain: {replay.Exception}\n{cluster.Output}");
        var requested = clock.Elapsed;
        await requestDrain(entry, drained);
        var acknowledged = clock.Elapsed;
        await drained.WaitForExitAsync(ExitDeadline);
        var exited = clock.Elapsed;
        var replayRunning = !replay.IsCompleted;
        var failure = await Record.ExceptionAsync(() => Poll.WithinAsync(replay, Deadline, "The replay"));
        var finished = clock.Elapsed;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{how}: requested at {requested.TotalSeconds:F2} s into the replay ({outcomes.Lines.Count} of {Records} "
            + $"outcomes by the end); acknowledged after {(acknowledged - requested).TotalSeconds:F2} s; process exited "
            + $"{(exited - requested).TotalSeconds:F2} s after the request (exit code {drained.ExitCode}; the silo "
            + $"logged: stopped gracefully in {StoppedIn(drained.Output)} ms); replay done at "
            + $"{finished.TotalSeconds:F2} s; retries by command id: {sink.Retries}"));
        Assert.True(failure is null, $"The replay failed: {failure}\n{cluster.Output}");
        Assert.True(replayRunning, "The replay was over before the drained silo exited: the stream is too short.");
        Assert.Equal(0, drained.ExitCode);
        Assert.Equal(expectedOutcomes, outcomes.Text);
        Assert.Equal(expectedSnapshot, await sink.GetSnapshotAsync(CancellationToken.None));
        var survivors = cluster.Silos.Where(s => s != drained).ToList();
        await ProcessCluster.WaitForActiveAsync(survivors);
        Assert.Equal("stopped", (await ClusterApi.SilosAsync(entry.Http)).Single(s => s.SiloId == drained.SiloId).Status);
        await Tools.AssertVerifiedAsync(entry.BaseAddress, cluster.ApiKey);
    }

    private static string StoppedIn(string log) => StoppedLog().Match(log) is { Success: true } match
        ? match.Groups[1].Value
        : "?";

    [System.Text.RegularExpressions.GeneratedRegex(@"stopped gracefully in ([0-9.,]+) ms")]
    private static partial System.Text.RegularExpressions.Regex StoppedLog();
}
