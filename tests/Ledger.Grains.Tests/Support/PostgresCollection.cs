using Ledger.Testing;

namespace Ledger.Grains.Tests.Support;

/// <summary>Test classes in this collection share the one PostgreSQL server of the test run; each cluster takes a
/// database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
