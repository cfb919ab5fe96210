using Ledger.Domain;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>End of day needs every partition. A silo that owns only some refuses it, and since it then did
/// nothing, it must go on serving the partitions it owns.</summary>
public sealed class EndOfDayOwnershipTests : IAsyncLifetime
{
    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    [Fact]
    public async Task EndOfDay_SiloOwnsOnlySomePartitions_IsRefusedAndLeavesBorrowerCommandsServed()
    {
        // Another silo holds one partition before this one starts, so this one takes the other seven.
        var other = _harness.OpenStore();
        await other.InitializeAsync(EngineHarness.PartitionCount, EngineHarness.Ct);
        var borrower = Enumerable.Range(0, 100).Select(i => $"B{i}")
            .First(b => PartitionHasher.PartitionOf(b, EngineHarness.PartitionCount) != 0);
        Assert.NotNull(await other.TryAcquirePartitionAsync(0, "silo-2", TimeSpan.FromMinutes(5), EngineHarness.Ct));
        var (engine, store) = await _harness.StartAsync();
        Assert.Equal(EngineHarness.PartitionCount - 1, engine.GetStatus().PartitionsOwned);
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        await engine.OpenBorrowerWithLineAsync(borrower);

        // Bounded: a refusal is expected at once, and a wait for the missing partition must fail, not hang.
        var refused = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(EndOfDay(Day1), EngineHarness.Ct).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("NOT_OWNER", refused.Status);
        Assert.Empty(await store.GetPartitionsDoneAsync(Day1, EngineHarness.Ct));
        Assert.Equal(Day1, await store.GetBusinessDateAsync(EngineHarness.Ct));
        // Nothing was interrupted: the silo must not hold its borrowers' commands as if an end of day were
        // half done.
        Assert.Equal(CommandOutcome.Accepted,
            await engine.SubmitAsync(Draw(borrower, "L1", 1_000, "d1"), EngineHarness.Ct));
        Assert.False(engine.GetStatus().EndOfDayPending);
    }
}
