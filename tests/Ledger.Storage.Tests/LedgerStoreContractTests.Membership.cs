using System.Data.Common;
using Ledger.Storage;

namespace Ledger.Storage.Tests;

public abstract partial class LedgerStoreContractTests
{
    private const string EndpointA = "http://10.0.0.1:5000";
    private const string EndpointA2 = "http://10.0.0.9:5000";

    private static async Task<SiloRecord> GetSiloAsync(ILedgerStore store, string siloId) =>
        Assert.Single(await store.GetSilosAsync(Ct), s => s.SiloId == siloId);

    [Fact]
    public async Task GetSilosAsync_NewLedger_IsEmpty()
    {
        var store = await OpenLedgerAsync();

        Assert.Empty(await store.GetSilosAsync(Ct));
    }

    [Fact]
    public async Task HeartbeatSiloAsync_NewSilo_RegistersItStartedNow()
    {
        var store = await OpenLedgerAsync();
        var now = Time.GetUtcNow();

        Assert.Equal(SiloStatus.Active, await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct));

        Assert.Equal(
            new SiloRecord(SiloA, EndpointA, now, SiloStatus.Active, now),
            Assert.Single(await store.GetSilosAsync(Ct)));
    }

    [Fact]
    public async Task HeartbeatSiloAsync_KnownSilo_RefreshesHeartbeatAndEndpointButNotStart()
    {
        var store = await OpenLedgerAsync();
        var started = Time.GetUtcNow();
        await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct);
        Time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(SiloStatus.Active, await store.HeartbeatSiloAsync(SiloA, EndpointA2, SiloStatus.Active, Ct));

        Assert.Equal(
            new SiloRecord(SiloA, EndpointA2, started, SiloStatus.Active, started.AddSeconds(5)),
            await GetSiloAsync(store, SiloA));
    }

    [Fact]
    public async Task HeartbeatSiloAsync_ActiveWhileAskedToDrain_StaysDraining()
    {
        var store = await OpenLedgerAsync();
        await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct);
        Assert.True(await store.SetSiloStatusAsync(SiloA, SiloStatus.Draining, Ct));
        Time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(SiloStatus.Draining, await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct));

        var silo = await GetSiloAsync(store, SiloA);
        Assert.Equal(SiloStatus.Draining, silo.Status);
        Assert.Equal(Time.GetUtcNow(), silo.HeartbeatAt);
    }

    [Fact]
    public async Task HeartbeatSiloAsync_StoppedAfterDraining_IsStopped()
    {
        var store = await OpenLedgerAsync();
        await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct);
        await store.SetSiloStatusAsync(SiloA, SiloStatus.Draining, Ct);

        Assert.Equal(SiloStatus.Stopped, await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Stopped, Ct));

        Assert.Equal(SiloStatus.Stopped, (await GetSiloAsync(store, SiloA)).Status);
    }

    [Fact]
    public async Task HeartbeatSiloAsync_ActiveAfterStopped_IsActiveAgain()
    {
        // A restarted silo keeps its id; only a drain request outlives an "active" heartbeat.
        var store = await OpenLedgerAsync();
        await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Stopped, Ct);

        Assert.Equal(SiloStatus.Active, await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct));
    }

    [Fact]
    public async Task GetSilosAsync_SeveralSilos_OrderedOrdinallyById()
    {
        var store = await OpenLedgerAsync();
        string[] ids = ["silo-b", "silo-a-2", "Silo-c", "silo-a", "silo-a.1"];
        foreach (var id in ids)
        {
            await store.HeartbeatSiloAsync(id, $"http://{id}", SiloStatus.Active, Ct);
        }

        var silos = await store.GetSilosAsync(Ct);

        Assert.Equal(ids.Order(StringComparer.Ordinal), silos.Select(s => s.SiloId));
        Assert.All(silos, s => Assert.Equal($"http://{s.SiloId}", s.Endpoint));
    }

    [Fact]
    public async Task SetSiloStatusAsync_KnownSilo_SetsOnlyTheStatus()
    {
        var store = await OpenLedgerAsync();
        await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct);
        var before = await GetSiloAsync(store, SiloA);
        Time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(await store.SetSiloStatusAsync(SiloA, SiloStatus.Draining, Ct));

        Assert.Equal(before with { Status = SiloStatus.Draining }, await GetSiloAsync(store, SiloA));
    }

    [Fact]
    public async Task SetSiloStatusAsync_UnknownSilo_ReturnsFalseAndRegistersNothing()
    {
        var store = await OpenLedgerAsync();
        await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct);

        Assert.False(await store.SetSiloStatusAsync(SiloB, SiloStatus.Draining, Ct));

        Assert.Equal([SiloA], (await store.GetSilosAsync(Ct)).Select(s => s.SiloId));
    }

    [Fact]
    public async Task SiloStatus_UnknownValue_IsRefusedByTheDatabase()
    {
        var store = await OpenLedgerAsync();
        await store.HeartbeatSiloAsync(SiloA, EndpointA, SiloStatus.Active, Ct);

        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteSqlAsync("UPDATE silos SET status = 'zombie'"));

        Assert.Equal(SiloStatus.Active, (await GetSiloAsync(store, SiloA)).Status);
    }
}
