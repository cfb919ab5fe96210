using Ledger.Silo.Tests.Support;
using Ledger.Storage.Postgres;
using Ledger.Testing;
using Npgsql;
using static Ledger.Silo.Tests.Settings.SiloCommandLineTests;

namespace Ledger.Silo.Tests.Settings;

/// <summary>The silo executable on a PostgreSQL ledger it must not migrate: one line on stderr, exit code 5, and the
/// schema left as it was (the SQLite counterparts are in <see cref="SiloCommandLineTests"/>).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresUpgradeRefusalTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("ledger-silo-upgrade-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Executable_DatabaseWithAnEndOfDayLeftRunning_IsOneLineAndExitCode5AndChangesNothing()
    {
        // A ledger as the release before schema version 5 left it, its end of day of 2024-05-10 marked running.
        var database = await postgres.CreateDatabaseAsync();
        await using (var dataSource = NpgsqlDataSource.Create(database))
        {
            await PostgresSchema.MigrateAsync(dataSource, 16, DateTimeOffset.UtcNow, CancellationToken.None,
                targetVersion: 4);
            await using var command = dataSource.CreateCommand(
                "UPDATE ledger_meta SET business_date = '2024-05-10', eod_running = '2024-05-10'");
            await command.ExecuteNonQueryAsync();
        }

        TestSilo.WriteKeyFiles(_data);
        var run = await RunSiloAsync("--data", _data, "--postgres", database, "--urls", Url(FreePort.Next()),
            "--siloPort", Port(FreePort.Next()), "--gatewayPort", Port(FreePort.Next()));

        AssertOneLineError(run, 5, "An end of day for 2024-05-10 was left running by the previous release");
        await using var check = NpgsqlDataSource.Create(database);
        await using var versions = check.CreateCommand("SELECT max(version) FROM schema_migrations");
        Assert.Equal(4, await versions.ExecuteScalarAsync());
    }
}
