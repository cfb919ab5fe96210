using Ledger.Storage;

namespace Ledger.Storage.Tests;

public abstract partial class LedgerStoreContractTests
{
    [Fact]
    public async Task TryAcquirePartitionAsync_FreePartition_TakesItAtEpochOne()
    {
        var store = await OpenLedgerAsync();

        var lease = await store.TryAcquirePartitionAsync(2, SiloA, LeaseDuration, Ct);

        Assert.Equal(new PartitionLease(2, SiloA, 1, Time.GetUtcNow() + LeaseDuration), lease);
        Assert.Equal(lease, (await store.GetPartitionsAsync(Ct))[2]);
    }

    [Fact]
    public async Task TryAcquirePartitionAsync_LiveLeaseOfAnotherSilo_ReturnsNull()
    {
        var store = await OpenLedgerAsync();
        await AcquireAsync(store, 0, SiloA);
        Time.Advance(LeaseDuration - TimeSpan.FromSeconds(1));

        var lease = await store.TryAcquirePartitionAsync(0, SiloB, LeaseDuration, Ct);

        Assert.Null(lease);
        Assert.Equal(SiloA, (await store.GetPartitionsAsync(Ct))[0].Owner);
    }

    [Fact]
    public async Task TryAcquirePartitionAsync_OwnLease_RenewsAtTheSameEpoch()
    {
        var store = await OpenLedgerAsync();
        await AcquireAsync(store, 0, SiloA);
        Time.Advance(TimeSpan.FromSeconds(10));

        var lease = await store.TryAcquirePartitionAsync(0, SiloA, LeaseDuration, Ct);

        Assert.Equal(new PartitionLease(0, SiloA, 1, Time.GetUtcNow() + LeaseDuration), lease);
    }

    [Fact]
    public async Task TryAcquirePartitionAsync_ExpiredLeaseOfAnotherSilo_TakesOverAtEpochPlusOne()
    {
        var store = await OpenLedgerAsync();
        await AcquireAsync(store, 0, SiloA);
        Time.Advance(LeaseDuration + TimeSpan.FromSeconds(1));

        var lease = await store.TryAcquirePartitionAsync(0, SiloB, LeaseDuration, Ct);

        Assert.Equal(new PartitionLease(0, SiloB, 2, Time.GetUtcNow() + LeaseDuration), lease);
    }

    [Fact]
    public async Task TryAcquirePartitionAsync_ManySilosAtOnce_ExactlyOneWins()
    {
        await OpenLedgerAsync();
        var stores = Enumerable.Range(0, 8).Select(_ => OpenStore()).ToList();

        var leases = await Task.WhenAll(stores.Select((s, i) =>
            Task.Run(() => s.TryAcquirePartitionAsync(1, $"silo-{i}", LeaseDuration, Ct))));

        var winner = Assert.Single(leases, l => l is not null);
        Assert.Equal(1, winner!.Epoch);
        Assert.Equal(winner, (await stores[0].GetPartitionsAsync(Ct))[1]);
    }

    [Fact]
    public async Task RenewLeasesAsync_OneLeaseLostToAnotherSilo_RenewsOnlyTheOthers()
    {
        var store = await OpenLedgerAsync();
        var held = new[] { await AcquireAsync(store, 0), await AcquireAsync(store, 1) };
        Time.Advance(LeaseDuration + TimeSpan.FromSeconds(1));
        await AcquireAsync(store, 1, SiloB);

        var renewed = await store.RenewLeasesAsync(SiloA, held, LeaseDuration, Ct);

        Assert.Equal([new PartitionLease(0, SiloA, 1, Time.GetUtcNow() + LeaseDuration)], renewed);
        Assert.Equal(SiloB, (await store.GetPartitionsAsync(Ct))[1].Owner);
    }

    [Fact]
    public async Task RenewLeasesAsync_StaleEpoch_IsNotRenewed()
    {
        var store = await OpenLedgerAsync();
        var fence = await AcquireAsync(store, 0);

        var renewed = await store.RenewLeasesAsync(SiloA, [fence with { Epoch = 7 }], LeaseDuration, Ct);

        Assert.Empty(renewed);
    }

    [Fact]
    public async Task ReleasePartitionAsync_HeldLease_FreesItForTheNextSiloAtEpochPlusOne()
    {
        var store = await OpenLedgerAsync();
        var fence = await AcquireAsync(store, 0);

        await store.ReleasePartitionAsync(0, SiloA, fence.Epoch, Ct);

        Assert.Equal(new PartitionLease(0, null, 1, Time.GetUtcNow()), (await store.GetPartitionsAsync(Ct))[0]);
        Assert.Equal(2, (await AcquireAsync(store, 0, SiloB)).Epoch);
    }

    [Fact]
    public async Task ReleasePartitionAsync_StaleEpoch_LeavesTheLeaseAlone()
    {
        var store = await OpenLedgerAsync();
        var fence = await AcquireAsync(store, 0);

        await store.ReleasePartitionAsync(0, SiloA, fence.Epoch + 1, Ct);
        await store.ReleasePartitionAsync(0, SiloB, fence.Epoch, Ct);

        Assert.Equal(SiloA, (await store.GetPartitionsAsync(Ct))[0].Owner);
    }
}
