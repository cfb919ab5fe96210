using Ledger.Testing;

namespace Ledger.LoadTest.Tests;

/// <summary>Test classes in this collection share the one PostgreSQL server of the test run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
