using Ledger.Storage;
using Ledger.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static Ledger.Storage.Tests.LedgerRows;

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
        Assert.Equal("1,2,5,7,8", await SchemaVersionsAsync());
    }

    [Fact]
    public async Task GrainState_WrittenReadBackAndCleared_AWriteOnAStaleVersionIsRefused()
    {
        var store = (SqliteLedgerStore)await OpenLedgerAsync();

        Assert.Null(await store.ReadGrainStateAsync("schedule", "sched/ledger", CancellationToken.None));
        var first = await store.WriteGrainStateAsync("schedule", "sched/ledger", [1, 2], null, CancellationToken.None);
        var second = await store.WriteGrainStateAsync("schedule", "sched/ledger", [3], first, CancellationToken.None);
        var staleInsert = await store.WriteGrainStateAsync("schedule", "sched/ledger", [4], null,
            CancellationToken.None);
        var staleUpdate = await store.WriteGrainStateAsync("schedule", "sched/ledger", [5], first,
            CancellationToken.None);
        var read = await store.ReadGrainStateAsync("schedule", "sched/ledger", CancellationToken.None);
        var cleared = await store.WriteGrainStateAsync("schedule", "sched/ledger", null, second,
            CancellationToken.None);
        var afterClear = await store.ReadGrainStateAsync("schedule", "sched/ledger", CancellationToken.None);

        Assert.Equal((1L, 2L), (first, second));
        Assert.Null(staleInsert);
        Assert.Null(staleUpdate);
        Assert.Equal([(byte)3], read!.Value.Payload!);
        Assert.Equal(2L, read.Value.Version);
        Assert.Equal(3L, cleared);
        Assert.Equal((null, 3L), (afterClear!.Value.Payload, afterClear.Value.Version));
        Assert.Null(await store.ReadGrainStateAsync("schedule", "other", CancellationToken.None));
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

        await ExecuteSqlAsync($"UPDATE ledger_meta SET business_date = '{Day1:yyyy-MM-dd}'");

        var store = await OpenLedgerAsync();

        Assert.Equal(new LedgerState(Day1, Day0), await store.GetLedgerStateAsync(Ct));
        await store.CommitAsync(SiloA, BookedBatch(0, Day1), Ct);
    }

    /// <summary>Builds this test's file as the release before schema version 5 left it (SQLite has no versions
    /// 3 and 4: asking for 4 stops at 2): business date <see cref="LedgerRows.Day2"/>, two books (borrower rows
    /// with a line and an order), a partition day recorded, and with <paramref name="endOfDayRunning"/> the end of
    /// day of Day2 left running.</summary>
    private async Task CreateVersion4LedgerAsync(bool endOfDayRunning)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using (var connection = OpenRawConnection())
        {
            await connection.OpenAsync();
            await SqliteSchema.MigrateAsync(connection, Partitions, 0, Ct, targetVersion: 4);
        }

        var running = endOfDayRunning ? $"'{Day2:yyyy-MM-dd}'" : "NULL";
        await ExecuteSqlAsync($"""
            UPDATE ledger_meta SET business_date = '{Day2:yyyy-MM-dd}', eod_running = {running};
            INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, updated_at) VALUES
                ('B1', 1, '', 0, 3, x'01', 1),
                ('B1', 2, 'L1', 0, 2, x'02', 1),
                ('B2', 1, '', 1, 1, x'03', 1),
                ('B2', 3, 'O1', 1, 1, x'04', 1);
            INSERT INTO eod_partitions_done (partition_id, business_date, done_at)
            VALUES (0, '{Day1:yyyy-MM-dd}', 1);
            """);
    }

    [Fact]
    public async Task InitializeAsync_Version4Ledger_ClosesEveryBookAndTheLedgerThroughTheDayBeforeTheBusinessDate()
    {
        await CreateVersion4LedgerAsync(endOfDayRunning: false);
        Assert.Equal("1,2", await SchemaVersionsAsync());

        var store = await OpenLedgerAsync();

        Assert.Equal("1,2,5,7,8", await SchemaVersionsAsync());
        Assert.Equal(new LedgerState(Day2, Day1), await store.GetLedgerStateAsync(Ct));
        Assert.Equal(
            [("B1", GrainKind.Borrower, 3L, Day1), ("B1", GrainKind.Line, 2L, null)],
            (await store.LoadBorrowerAsync("B1", Ct)).Grains.Select(g => (g.BorrowerId, g.Kind, g.Version,
                g.ClosedThrough)));
        Assert.Equal(
            [("B2", GrainKind.Borrower, 1L, Day1), ("B2", GrainKind.Order, 1L, null)],
            (await store.LoadBorrowerAsync("B2", Ct)).Grains.Select(g => (g.BorrowerId, g.Kind, g.Version,
                g.ClosedThrough)));
        Assert.Equal(new ClosingProgress(2, 2), await store.GetClosingProgressAsync(Day1, Ct));
        Assert.Empty(await store.LoadBooksToCloseAsync(0, Day1, "", 10, [], Ct));
        Assert.Equal(
            ["B1", "B1"], (await store.LoadBooksToCloseAsync(0, Day2, "", 10, [], Ct)).Select(g => g.BorrowerId));
        Assert.Equal(0L, await ScalarAsync("""
            SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'eod_partitions_done')
                + (SELECT count(*) FROM pragma_table_info('ledger_meta') WHERE name = 'eod_running')
            """));
    }

    [Fact]
    public async Task InitializeAsync_Version4LedgerWithAnEndOfDayRunning_IsRefusedInOneLineAndKeepsItsSchema()
    {
        await CreateVersion4LedgerAsync(endOfDayRunning: true);

        // A refused migration, not a fault: the silo prints this one line and exits 5.
        var error = await Assert.ThrowsAsync<SchemaMigrationRefusedException>(
            () => OpenStore().InitializeAsync(Partitions, Ct));

        Assert.Equal(
            $"An end of day for {Day2:yyyy-MM-dd} was left running by the previous release: finish it with that "
            + "release (send the same EndOfDay again), then upgrade.", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal("1,2", await SchemaVersionsAsync());
        Assert.Equal(Day2.ToString("O"), await ScalarAsync("SELECT eod_running FROM ledger_meta"));
        Assert.Equal(
            0L, await ScalarAsync("SELECT count(*) FROM pragma_table_info('grains') WHERE name = 'closed_through'"));
    }

    [Fact]
    public async Task InitializeAsync_Version4LedgerWithBorrowersButNoBusinessDate_IsRefusedInOneLine()
    {
        await CreateVersion4LedgerAsync(endOfDayRunning: false);
        await ExecuteSqlAsync("UPDATE ledger_meta SET business_date = NULL");

        var error = await Assert.ThrowsAsync<SchemaMigrationRefusedException>(
            () => OpenStore().InitializeAsync(Partitions, Ct));

        Assert.Equal(
            "The ledger has borrowers but no business date, which no release writes; refusing to migrate it.",
            error.Message);
        Assert.Equal("1,2", await SchemaVersionsAsync());
    }

    private async Task<string?> SchemaVersionsAsync() =>
        (string?)await ScalarAsync("SELECT group_concat(version ORDER BY version) FROM schema_migrations");

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = OpenRawConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private SqliteConnection OpenRawConnection() => new(new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath,
        Pooling = false,
    }.ToString());
}
