namespace Ledger.Testing;

/// <summary>
/// The shared <see cref="PostgresServer"/> as an xunit collection fixture: declare a collection with
/// <c>ICollectionFixture&lt;PostgresFixture&gt;</c> in the test project (xunit looks for collection definitions
/// in the test assembly only) and take the fixture as a constructor parameter. Constructing it starts the
/// server (a server that cannot start fails the collection's tests with the reason); xunit disposes it after
/// the collection's last test, and the last fixture of the run stops the server.
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    public PostgresServer Server { get; } = PostgresServer.AcquireShared();

    /// <summary>A fresh, empty database for one test; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default) =>
        Server.CreateDatabaseAsync(cancellationToken);

    public void Dispose() => PostgresServer.ReleaseShared(Server);
}
