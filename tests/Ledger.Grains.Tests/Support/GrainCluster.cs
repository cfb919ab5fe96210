using System.Text;
using Ledger.Grains;
using Ledger.Storage;
using Ledger.Storage.Books;
using Ledger.Storage.Postgres;
using Ledger.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace Ledger.Grains.Tests.Support;

/// <summary>An Orleans cluster of in-process silos hosting the ledger's grains on one ledger store: each silo has a
/// store session and a group commit of its own, as separate silo processes would.</summary>
/// <remarks>A cluster serves one ledger (a database): its grains hold that ledger's books in memory, and a ledger's
/// business date is set once. So a test that needs a fresh ledger starts a cluster of its own, and the tests that
/// can share one ledger share one cluster (<see cref="SharedClusterFixture"/>).</remarks>
internal sealed class GrainCluster : IAsyncDisposable
{
    /// <summary>Fewer than the default 256: outcomes and books must not depend on the count, and the store's reads
    /// by partition stay short.</summary>
    private const int PartitionCount = 16;

    private readonly InProcessTestCluster _cluster;
    private readonly Func<ILedgerStore> _openStore;

    private GrainCluster(InProcessTestCluster cluster, Func<ILedgerStore> openStore)
    {
        _cluster = cluster;
        _openStore = openStore;
    }

    public IClusterClient Client => _cluster.Client;

    /// <summary>Each live silo's ledger services (its store session and group commit).</summary>
    public IReadOnlyList<LedgerServices> Silos =>
    [
        .. _cluster.GetActiveSilos().Cast<InProcessSiloHandle>()
            .Select(s => s.ServiceProvider.GetRequiredService<LedgerServices>()),
    ];

    /// <summary>The grain factory of the live silo at <paramref name="silo"/>: calls made through it start in that
    /// silo, as the HTTP API's do.</summary>
    public IGrainFactory GrainFactoryOf(SiloAddress silo) => _cluster.GetActiveSilos().Cast<InProcessSiloHandle>()
        .Single(s => s.SiloAddress.Equals(silo)).ServiceProvider.GetRequiredService<IGrainFactory>();

    /// <summary>The ledger services of the live silo at <paramref name="silo"/>.</summary>
    public LedgerServices ServicesOf(SiloAddress silo) => _cluster.GetActiveSilos().Cast<InProcessSiloHandle>()
        .Single(s => s.SiloAddress.Equals(silo)).ServiceProvider.GetRequiredService<LedgerServices>();

    /// <summary>The addresses of the live silos.</summary>
    public IReadOnlyList<SiloAddress> SiloAddresses => [.. _cluster.GetActiveSilos().Select(s => s.SiloAddress)];

    /// <summary>The silo an activation of <paramref name="grain"/> lives on, or null when it has none.</summary>
    public SiloAddress? SiloOf(IAddressable grain) =>
        _cluster.TryGetGrainContext(grain.GetGrainId(), out var context) ? context.Address.SiloAddress : null;

    /// <summary>A cluster of <paramref name="silos"/> on one PostgreSQL ledger. <paramref name="decorate"/>, when
    /// given, wraps each silo's store session (a test's own reads through <see cref="OpenStore"/> are not wrapped).
    /// </summary>
    public static Task<GrainCluster> StartPostgresAsync(string connectionString, short silos = 3,
        Func<ILedgerStore, ILedgerStore>? decorate = null) =>
        StartAsync(silos, () => new PostgresLedgerStore(connectionString, TimeProvider.System), decorate);

    /// <summary>The embedded store: one silo, as the embedded silo runs alone.</summary>
    public static Task<GrainCluster> StartSqliteAsync(string databasePath,
        Func<ILedgerStore, ILedgerStore>? decorate = null) =>
        StartAsync(1, () => new SqliteLedgerStore(databasePath, TimeProvider.System), decorate);

    private static async Task<GrainCluster> StartAsync(short silos, Func<ILedgerStore> openStore,
        Func<ILedgerStore, ILedgerStore>? decorate)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((options, silo) => silo.Services.AddLedgerGrains(
            new LedgerGrainOptions(options.SiloName, PartitionCount),
            _ => decorate is null ? openStore() : decorate(openStore())));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new GrainCluster(cluster, openStore);
    }

    /// <summary>Deactivates every grain of the cluster that is not running a call (as idle collection would after
    /// a long pause), so that the next command or read loads its book from the store.</summary>
    public Task CollectIdleGrainsAsync() =>
        Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    /// <summary>The sweep service of the silo <paramref name="silo"/> (an index into <see cref="Silos"/>): a pass
    /// runs when the test calls <see cref="BookSweep.SweepOnceAsync"/> (through the sweep's coordinator grain, whose
    /// work items run on the silos holding the partitions), or in the background once started.</summary>
    public BookSweep Sweep(int silo, BookSweepOptions options) =>
        new(Silos[silo], options, Client, NullLogger<BookSweep>.Instance);

    /// <summary>Stops the silo <paramref name="silo"/> (an index into <see cref="Silos"/>): it leaves the cluster, and
    /// what it hosted activates on the others when next called.</summary>
    public async Task StopSiloAsync(int silo) =>
        await _cluster.StopSiloAsync(_cluster.GetActiveSilos().ElementAt(silo));

    /// <summary>A store session of the test's own, outside every silo (for what the store holds).</summary>
    public ILedgerStore OpenStore() => _openStore();

    /// <summary>The snapshot of stream-format.md, from one consistent read of the store.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var store = OpenStore();
        await using var view = await store.OpenReadViewAsync(CancellationToken.None);
        var text = new StringBuilder();
        await LedgerSnapshot.WriteAsync(view, (chunk, _) =>
        {
            text.Append(chunk);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
