using Ledger.Domain;
using Ledger.Storage;
using Ledger.Runtime.Tests.Support;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.Commit;

/// <summary>A silo that lost a partition to another silo can book nothing more there: its commits are refused by
/// the epoch check in the store, its callers are told to retry elsewhere, and no trace of the refused command is
/// left.</summary>
/// <remarks>Run once per store by the subclasses at the end of this file.</remarks>
public abstract class FencingTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);

    private EngineHarness _harness = null!;

    private protected abstract Task<LedgerLocation> CreateLocationAsync();

    public async Task InitializeAsync() => _harness = new EngineHarness(await CreateLocationAsync());

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    [Fact]
    public async Task SubmitAsync_PartitionTakenByAnotherSilo_FailsNotOwnerAndLeavesNoTrace()
    {
        var (engine, store) = await _harness.StartAsync(EngineHarness.Options(o => o.LeaseDuration = Lease));
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        await engine.OpenBorrowerWithLineAsync("B1");
        await engine.SubmitOkAsync(Draw("B1", "L1", 1_000, "d1"));
        var before = await store.BalancesAsync();

        var (partition, epoch) = await StealPartitionOfAsync("B1");
        var error = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(Draw("B1", "L1", 500, "d2"), EngineHarness.Ct));

        Assert.Equal("NOT_OWNER", error.Status);
        Assert.Equal(2, epoch);
        Assert.DoesNotContain(await store.StoredOutcomesAsync("B1"), o => o.CommandId == "d2");
        Assert.DoesNotContain(await store.WholeJournalAsync(), p => p.CommandId == "d2");
        var book = await store.StoredBookAsync("B1");
        Assert.Equal(1_000, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal(1_000, book.Borrower!.ExposureMinor);
        Assert.Equal(before, await store.BalancesAsync());
        Assert.Equal(partition, PartitionHasher.PartitionOf("B1", EngineHarness.PartitionCount));
    }

    [Fact]
    public async Task SubmitAsync_AfterRenewalFindsThePartitionLost_ThrowsNotOwnerAtOnceAndServesOtherPartitions()
    {
        var (engine, store) = await _harness.StartAsync(EngineHarness.Options(o => o.LeaseDuration = Lease));
        var other = Enumerable.Range(0, 100).Select(i => $"C{i}").First(b =>
            PartitionHasher.PartitionOf(b, EngineHarness.PartitionCount)
            != PartitionHasher.PartitionOf("B1", EngineHarness.PartitionCount));
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        await engine.OpenBorrowerWithLineAsync("B1");
        await engine.OpenBorrowerWithLineAsync(other);

        var (partition, _) = await StealPartitionOfAsync("B1");
        // One renewal period: the engine renews its leases and learns that one of them is gone.
        _harness.Time.Advance(Lease / 3 + TimeSpan.FromSeconds(1));
        await LedgerReads.WaitUntilAsync(
            () => engine.GetStatus().PartitionsOwned == EngineHarness.PartitionCount - 1, "the lost lease is seen");

        var error = await Assert.ThrowsAsync<NotOwnerException>(
            () => engine.SubmitAsync(Draw("B1", "L1", 500, "d2"), EngineHarness.Ct));
        Assert.Equal(partition, error.PartitionId);
        Assert.Equal("NOT_OWNER", error.Status);
        Assert.Equal(CommandOutcome.Accepted,
            await engine.SubmitAsync(Draw(other, "L1", 500, "d2"), EngineHarness.Ct));
        Assert.Equal(0, (await store.StoredBookAsync("B1")).Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal(500, (await store.StoredBookAsync(other)).Lines["L1"].Balance.PrincipalMinor);
    }

    [Fact]
    public async Task SubmitAsync_PartitionsLostAndRegained_ServesTheBookTheOtherSiloWrote()
    {
        var options = EngineHarness.Options(o => o.LeaseDuration = Lease);
        var (engine, store) = await _harness.StartAsync(options);
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        await engine.OpenBorrowerWithLineAsync("B1");
        await engine.SubmitOkAsync(Draw("B1", "L1", 1_000, "d1"));

        // A second silo starts with its clock a minute ahead: every lease of the first looks expired to it.
        var otherClock = new ManualTimeProvider(_harness.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        var (other, _) = await _harness.StartAsync(EngineHarness.Options(o =>
        {
            o.LeaseDuration = Lease;
            o.SiloId = "silo-2";
        }), otherClock);
        Assert.Equal(EngineHarness.PartitionCount, other.GetStatus().PartitionsOwned);
        await other.SubmitOkAsync(Draw("B1", "L1", 20, "d2"));
        var refused = await Assert.ThrowsAnyAsync<RetryableLedgerException>(
            () => engine.SubmitAsync(Draw("B1", "L1", 300, "d3"), EngineHarness.Ct));
        Assert.Equal("NOT_OWNER", refused.Status);
        await other.DisposeAsync();

        // The first silo's next renewal finds every lease gone; the second silo is stopped, and once its leases
        // run out, the first takes every partition back.
        _harness.Time.Advance(Lease / 3 + TimeSpan.FromSeconds(1));
        await LedgerReads.WaitUntilAsync(() => engine.GetStatus().PartitionsOwned == 0, "every lease is seen lost");
        _harness.Time.Advance(TimeSpan.FromMinutes(2));
        await LedgerReads.WaitUntilAsync(() => engine.GetStatus().PartitionsOwned == EngineHarness.PartitionCount,
            "the first silo owns every partition again");
        await engine.SubmitOkAsync(Draw("B1", "L1", 300, "d3"));

        Assert.Equal(1_320, await engine.ReadBorrowerAsync("B1", b => b.Lines["L1"].Balance.PrincipalMinor,
            EngineHarness.Ct));
        var journal = await store.JournalAsync("B1");
        Assert.Equal([(1L, "d1"), (2L, "d2"), (3L, "d3")], journal.Select(p => (p.EntrySeq, p.CommandId!)).Distinct());
        Assert.All(await store.GetPartitionsAsync(EngineHarness.Ct), p => Assert.Equal(3, p.Epoch));
    }

    /// <summary>Another silo, whose clock is a minute ahead (so the engine's lease looks expired to it while the
    /// engine itself never saw time pass, and so never renewed), takes the borrower's partition.</summary>
    private async Task<(int Partition, long Epoch)> StealPartitionOfAsync(string borrower)
    {
        var thiefClock = new ManualTimeProvider(_harness.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        var thief = _harness.OpenStore(thiefClock);
        var partition = PartitionHasher.PartitionOf(borrower, EngineHarness.PartitionCount);
        var lease = await thief.TryAcquirePartitionAsync(partition, "silo-2", Lease, EngineHarness.Ct);
        Assert.NotNull(lease);
        Assert.Equal("silo-2", lease.Owner);
        return (partition, lease.Epoch);
    }
}

public sealed class SqliteFencingTests : FencingTests
{
    private protected override Task<LedgerLocation> CreateLocationAsync() => Task.FromResult(LedgerLocation.Sqlite());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresFencingTests(PostgresFixture postgres) : FencingTests
{
    private protected override async Task<LedgerLocation> CreateLocationAsync() =>
        LedgerLocation.Postgres(await postgres.CreateDatabaseAsync());
}
