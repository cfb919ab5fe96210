using Ledger.Domain;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.Activations;

/// <summary>Handing a partition over to the silo balance prefers: it waits while the partition is busy, and when the
/// silos change before it finishes (the taker misses its heartbeats, or leaves) and the partition turns out to
/// stay here after all, this silo serves it again instead of refusing it for good.</summary>
public sealed class HandOverTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(5);

    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    /// <summary>Upkeep runs only when the test calls it: the timer's period outlasts the test.</summary>
    private static RuntimeOptions Options(string siloId) => EngineHarness.Options(o =>
    {
        (o.SiloId, o.Endpoint) = (siloId, $"http://{siloId}.test");
        o.LeaseDuration = Lease;
        o.UpkeepPeriod = TimeSpan.FromHours(1);
    });

    [Fact]
    public async Task Balance_TakerGoneBeforeABusyPartitionIsHandedOver_TheOwnerServesItAgain()
    {
        var (a, recording) = await _harness.StartDecoratedAsync(s => new RecordingStore(s), Options("silo-a"));
        await a.SubmitOkAsync(SetBusinessDate(Day1));
        var (b, _) = await _harness.StartAsync(Options("silo-b"));
        // With both silos live, partition p belongs to the (p mod 2)-th silo by id: odd ones to silo-b. silo-a,
        // which took every partition alone, still holds them.
        var borrower = Enumerable.Range(0, 1_000).Select(i => $"B{i}").First(x => a.PartitionOf(x) % 2 == 1);
        var partition = a.PartitionOf(borrower);
        Assert.True(a.Serves(partition));

        // A command whose activation is still loading keeps the partition busy.
        recording.HoldLoads();
        var busy = a.SubmitAsync(OpenBorrower(borrower), EngineHarness.Ct);
        await LedgerReads.WaitUntilAsync(() => recording.LoadsWaiting == 1, "the activation waits for its load");
        await a.UpkeepOnceAsync(EngineHarness.Ct);
        Assert.False(a.Serves(partition)); // The handover has begun: no new turns.

        // silo-b stops heartbeating: two passes later its heartbeat is older than a lease, so silo-a is the only
        // live silo and every partition, this one included, stays with it.
        for (var pass = 0; pass < 2; pass++)
        {
            _harness.Time.Advance(Lease * 0.6);
            await a.UpkeepOnceAsync(EngineHarness.Ct);
        }

        recording.ReleaseLoads();
        Assert.Equal(CommandOutcome.Accepted, await busy);
        Assert.True(a.Serves(partition), "The partition kept after all is still refused by its owner.");
        await a.SubmitOkAsync(OpenLine(borrower, "L1"));
        Assert.False(b.Serves(partition));
        Assert.Equal(EngineHarness.PartitionCount, a.GetStatus().PartitionsOwned);
    }
}
