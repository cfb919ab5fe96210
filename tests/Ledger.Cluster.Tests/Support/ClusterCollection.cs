using Ledger.Testing;

namespace Ledger.Cluster.Tests.Support;

/// <summary>Every test class of this project: one PostgreSQL server for the run, each test a fresh database of its
/// own. One collection, so the tests run one after another: they start several silos each and measure failover
/// and drain times, which tests running alongside on a small machine would distort.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Cluster";
}
