using Ledger.Storage;
using Ledger.Testing;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="ILedgerStore"/> must have, run once per implementation by a concrete
/// subclass that says how to make a fresh, empty location (file, database) for each test and how to open a
/// store over it. Split over partial files by area: lifecycle (here), leases, commits, reads, business date,
/// closing books.
/// </summary>
public abstract partial class LedgerStoreContractTests : IAsyncLifetime
{
    protected const string SiloA = "silo-a";
    protected const string SiloB = "silo-b";
    protected const int Partitions = 4;

    private readonly List<ILedgerStore> _opened = [];

    protected ManualTimeProvider Time { get; } = new();

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>Makes this test's fresh, empty location (a new file path, a new database).</summary>
    protected abstract Task CreateLocationAsync();

    /// <summary>A new store instance over this test's location.</summary>
    protected abstract ILedgerStore CreateStore(TimeProvider timeProvider);

    /// <summary>Runs raw SQL on this test's location, bypassing the store, to prove database-level rules.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    /// <summary>Removes this test's location once every store over it is closed.</summary>
    protected virtual Task DeleteLocationAsync() => Task.CompletedTask;

    public Task InitializeAsync() => CreateLocationAsync();

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        await DeleteLocationAsync();
    }

    /// <summary>Opens a store that the test's cleanup disposes.</summary>
    protected ILedgerStore OpenStore()
    {
        var store = CreateStore(Time);
        _opened.Add(store);
        return store;
    }

    protected async Task<ILedgerStore> OpenLedgerAsync(int partitionCount = Partitions)
    {
        var store = OpenStore();
        Assert.Equal(partitionCount, await store.InitializeAsync(partitionCount, Ct));
        return store;
    }

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Asserts that no commit left anything behind.</summary>
    protected static async Task AssertNothingWrittenAsync(ILedgerStore store)
    {
        foreach (var kind in Enum.GetValues<GrainKind>())
        {
            Assert.Empty(await ToListAsync(store.StreamGrainsAsync(kind, Ct)));
        }

        Assert.Empty(await ToListAsync(store.StreamJournalAsync(Ct)));
        Assert.Empty(await store.GetOutcomeCountsAsync(Ct));
        Assert.Empty(await store.GetAccountBalancesAsync(Ct));
        Assert.Equal(new LedgerState(null, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task InitializeAsync_NewLedger_HasItsPartitionsAndNoBusinessDate()
    {
        var store = await OpenLedgerAsync();

        Assert.Equal(Partitions, await OpenStore().InitializeAsync(Partitions + 1, Ct));
        Assert.Null(await store.GetBusinessDateAsync(Ct));
        Assert.Empty(await store.GetPartitionsBehindAsync(Day1, Ct));
    }

    [Fact]
    public async Task InitializeAsync_CalledAgainWithAnotherCount_KeepsTheFirstCount()
    {
        var store = await OpenLedgerAsync(partitionCount: 4);

        Assert.Equal(4, await store.InitializeAsync(8, Ct));
        Assert.Equal(4, await OpenStore().InitializeAsync(16, Ct));
    }

    [Fact]
    public async Task InitializeAsync_ManyStoresAtOnce_CreateOneLedger()
    {
        var stores = Enumerable.Range(1, 8).Select(_ => OpenStore()).ToList();

        var counts = await Task.WhenAll(stores.Select((s, i) => Task.Run(() => s.InitializeAsync(i + 1, Ct))));

        Assert.Single(counts.Distinct());
        Assert.Equal(counts[0], await stores[0].InitializeAsync(99, Ct));
    }

    [Fact]
    public async Task DisposeAsync_ThenReopen_KeepsCommittedData()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Grains.Add(NewGrain(0, "B1"));
        batch.Postings.AddRange(Entry(0, "B1", 1, 500));
        await store.CommitAsync(SiloA, batch, Ct);
        await store.DisposeAsync();

        var reopened = await OpenLedgerAsync();

        Assert.Single((await reopened.LoadBorrowerAsync("B1", Ct)).Grains);
        Assert.Equal(2, (await reopened.ReadJournalAsync("B1", 0, 10, Ct)).Count);
    }
}
