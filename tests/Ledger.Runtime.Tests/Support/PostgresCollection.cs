using Ledger.Testing;

namespace Ledger.Runtime.Tests.Support;

/// <summary>Test classes in this collection share the one PostgreSQL server of the test run; each test takes a
/// database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
