using Ledger.Testing;

namespace Ledger.Silo.Tests.Support;

/// <summary>Test classes in this collection share the one PostgreSQL server of the test run; each test takes a
/// fresh database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}

/// <summary>The kill-and-restart tests: on the same shared server, but a collection of their own, so that they run
/// alongside the PostgreSQL conformance tests rather than after them.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresDurabilityCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL durability";
}
