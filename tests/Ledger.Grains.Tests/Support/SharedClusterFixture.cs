using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;
using Ledger.Testing;

namespace Ledger.Grains.Tests.Support;

/// <summary>One 3-silo cluster on one PostgreSQL ledger whose business date is set, shared by the tests of a
/// collection (each test uses borrowers of its own), so the suite does not start a cluster per test.</summary>
public sealed class SharedClusterFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2025, 3, 3);

    private readonly PostgresFixture _postgres = new();
    private GrainCluster? _cluster;

    internal GrainCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not started.");

    public async Task InitializeAsync()
    {
        _cluster = await GrainCluster.StartPostgresAsync(await _postgres.CreateDatabaseAsync());
        var result = await _cluster.Client.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger)
            .SetBusinessDateAsync(new SetBusinessDateCommand { Id = "d0", Date = Today });
        Assert.True(result.IsAccepted, $"SetBusinessDate: {result.Outcome}");
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _postgres.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedClusterCollection : ICollectionFixture<SharedClusterFixture>
{
    public const string Name = "Shared grain cluster";
}
