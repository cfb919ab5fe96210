namespace Ledger.Testing;

/// <summary>
/// The shared <see cref="PostgresServer"/> as an xunit collection fixture: declare a collection with
/// <c>ICollectionFixture&lt;PostgresFixture&gt;</c> in the test project (xunit looks for collection definitions
/// in the test assembly only) and take the fixture as a constructor parameter. Constructing it starts the
/// server, so a server that cannot start fails the collection's tests with the reason.
/// </summary>
public sealed class PostgresFixture
{
    public PostgresServer Server { get; } = PostgresServer.Shared;

    /// <summary>A fresh, empty database for one test; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default) =>
        Server.CreateDatabaseAsync(cancellationToken);
}
