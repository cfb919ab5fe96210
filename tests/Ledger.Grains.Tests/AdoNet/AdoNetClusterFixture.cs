using Ledger.Storage.Postgres;
using Ledger.Testing;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Ledger.Grains.Tests.AdoNet;

/// <summary>A 2-silo <see cref="TestCluster"/> whose membership, reminders and grain storage are Orleans' ADO.NET
/// providers on a PostgreSQL database migrated by the ledger store (the silo's own path: the store's
/// InitializeAsync), shared by the tests of <see cref="AdoNetClusterCollection"/>.</summary>
/// <remarks>The classic <see cref="TestClusterBuilder"/>, since the in-process builder always puts its own
/// membership table in; with <c>UseTestClusterMembership</c> off, silos and client find each other only through
/// the database.</remarks>
public sealed class AdoNetClusterFixture : IAsyncLifetime
{
    public const string StorageName = "adonet";

    private const string ConnectionStringKey = "LedgerTestPostgres";

    private readonly PostgresFixture _postgres = new();
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await _postgres.CreateDatabaseAsync();
        await using (var store = new PostgresLedgerStore(ConnectionString, TimeProvider.System))
        {
            await store.InitializeAsync(16, CancellationToken.None);
        }

        var builder = new TestClusterBuilder(2);
        builder.Options.UseTestClusterMembership = false;
        builder.Properties[ConnectionStringKey] = ConnectionString;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        _postgres.Dispose();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connectionString = siloBuilder.Configuration[ConnectionStringKey];
            siloBuilder
                .UseAdoNetClustering(o =>
                {
                    o.Invariant = OrleansSchema.Invariant;
                    o.ConnectionString = connectionString;
                })
                .UseAdoNetReminderService(o =>
                {
                    o.Invariant = OrleansSchema.Invariant;
                    o.ConnectionString = connectionString;
                })
                .AddAdoNetGrainStorage(StorageName, o =>
                {
                    o.Invariant = OrleansSchema.Invariant;
                    o.ConnectionString = connectionString;
                });
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAdoNetClustering(o =>
            {
                o.Invariant = OrleansSchema.Invariant;
                o.ConnectionString = configuration[ConnectionStringKey];
            });
    }
}

[CollectionDefinition(Name)]
public sealed class AdoNetClusterCollection : ICollectionFixture<AdoNetClusterFixture>
{
    public const string Name = "ADO.NET grain cluster";
}
