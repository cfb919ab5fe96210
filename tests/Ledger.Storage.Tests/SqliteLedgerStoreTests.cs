using Ledger.Storage;
using Ledger.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Tests;

/// <summary>The contract, against a SQLite file in a fresh temp directory per test.</summary>
public sealed class SqliteLedgerStoreTests : LedgerStoreContractTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_directory, "data", "ledger.db");

    protected override Task CreateLocationAsync() => Task.CompletedTask;

    protected override ILedgerStore CreateStore(TimeProvider timeProvider) =>
        new SqliteLedgerStore(DatabasePath, timeProvider);

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = OpenRawConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override Task DeleteLocationAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task InitializeAsync_NewFile_UsesWriteAheadLogAndRecordsTheMigration()
    {
        await OpenLedgerAsync();

        await using var connection = OpenRawConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "SELECT group_concat(version ORDER BY version) FROM schema_migrations";
        Assert.Equal("1,2", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task InitializeAsync_Version1Ledger_MigratesKeepingItsData()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using (var connection = OpenRawConnection())
        {
            await connection.OpenAsync();
            await SqliteSchema.MigrateAsync(connection, Partitions, 0, Ct, targetVersion: 1);
        }

        await ExecuteSqlAsync($"""
            UPDATE ledger_meta SET business_date = '{LedgerRows.Day1:yyyy-MM-dd}';
            INSERT INTO silos (silo_id, endpoint, started_at, status, heartbeat_at)
            VALUES ('{SiloA}', 'http://a', 1, 'active', 2);
            """);

        var store = await OpenLedgerAsync();

        Assert.Equal(new LedgerState(LedgerRows.Day1, null), await store.GetLedgerStateAsync(Ct));
        var silo = Assert.Single(await store.GetSilosAsync(Ct));
        Assert.Equal(
            (SiloA, SiloStatus.Active, 2L), (silo.SiloId, silo.Status, SqliteValues.ToMicros(silo.HeartbeatAt)));
        Assert.True(await store.BeginEndOfDayAsync(LedgerRows.Day1, Ct));
        await Assert.ThrowsAsync<SqliteException>(() => ExecuteSqlAsync("UPDATE silos SET status = 'zombie'"));
    }

    private SqliteConnection OpenRawConnection() => new(new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath,
        Pooling = false,
    }.ToString());
}
