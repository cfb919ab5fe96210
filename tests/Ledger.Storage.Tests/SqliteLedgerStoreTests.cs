using Ledger.Runtime.Storage;
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
        command.CommandText = "SELECT group_concat(version) FROM schema_migrations";
        Assert.Equal("1", await command.ExecuteScalarAsync());
    }

    private SqliteConnection OpenRawConnection() => new(new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath,
        Pooling = false,
    }.ToString());
}
