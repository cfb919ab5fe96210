using Ledger.Storage;
using Ledger.Storage.Postgres;
using static Ledger.Storage.Tests.LedgerRows;
using Ledger.Testing;
using Npgsql;

namespace Ledger.Storage.Tests;

/// <summary>The contract, against a fresh database per test on the run's shared PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLedgerStoreTests(PostgresFixture postgres) : LedgerStoreContractTests
{
    private string _connectionString = "";

    protected override async Task CreateLocationAsync() =>
        _connectionString = await postgres.CreateDatabaseAsync();

    protected override ILedgerStore CreateStore(TimeProvider timeProvider) =>
        new PostgresLedgerStore(_connectionString, timeProvider);

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How long a test waits for PostgreSQL to reach a state before it fails.</summary>
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A raw transaction holding ledger_meta FOR SHARE, as a commit that has proven the business date
    /// does until it ends.</summary>
    private async Task<InFlightCommit> OpenInFlightCommitAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        var holder = new InFlightCommit(connection, transaction);
        await using var prove = new NpgsqlCommand(
            "SELECT business_date, eod_running FROM ledger_meta FOR SHARE", connection);
        await using var reader = await prove.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(Day1, reader.GetFieldValue<DateOnly>(0));
        Assert.True(reader.IsDBNull(1));
        return holder;
    }

    /// <summary>Waits until at least <paramref name="count"/> sessions of this test's database wait for a lock
    /// another session holds or has queued for: the state itself is observed, so no test depends on timing.
    /// </summary>
    private async Task WaitUntilBlockedAsync(int count)
    {
        const string Sql = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND cardinality(pg_blocking_pids(pid)) > 0
            """;
        var deadline = DateTime.UtcNow + TestTimeout;
        while ((await QueryAsync(Sql, r => r.GetInt64(0)))[0] < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Fewer than {count} session(s) got blocked.");
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }

    private sealed class InFlightCommit(NpgsqlConnection connection, NpgsqlTransaction transaction)
        : IAsyncDisposable
    {
        public NpgsqlConnection Connection => connection;

        public Task CommitAsync() => transaction.CommitAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    [Fact]
    public async Task InitializeAsync_ManyStoresAtOnce_ApplyEachMigrationOnce()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => OpenStore()).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync(Partitions, Ct))));

        Assert.Equal(
            [1, 2, 3, 4], await QueryAsync("SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt32(0)));
        Assert.Equal([1L], await QueryAsync("SELECT count(*) FROM ledger_meta", r => r.GetInt64(0)));
    }

    [Fact]
    public async Task InitializeAsync_Version1Ledger_MigratesKeepingItsData()
    {
        await using (var dataSource = NpgsqlDataSource.Create(_connectionString))
        {
            await PostgresSchema.MigrateAsync(dataSource, Partitions, Time.GetUtcNow(), Ct, targetVersion: 1);
        }

        await ExecuteSqlAsync($"""
            UPDATE ledger_meta SET business_date = '{Day1:yyyy-MM-dd}';
            INSERT INTO silos (silo_id, endpoint, started_at, status, heartbeat_at)
            VALUES ('{SiloA}', 'http://a', now(), 'active', now());
            """);

        var store = await OpenLedgerAsync();

        Assert.Equal(
            [1, 2, 3, 4], await QueryAsync("SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt32(0)));
        Assert.Equal(new LedgerState(Day1, null), await store.GetLedgerStateAsync(Ct));
        Assert.Equal(SiloStatus.Active, Assert.Single(await store.GetSilosAsync(Ct)).Status);
        Assert.True(await store.BeginEndOfDayAsync(Day1, Ct));
        Assert.Equal(
            ["fillfactor=70"],
            await QueryAsync("SELECT unnest(reloptions) FROM pg_class WHERE relname = 'grains'", r => r.GetString(0)));
    }

    [Fact]
    public async Task BeginEndOfDayAsync_CommitInFlightHasProvenTheDate_WaitsForItToCommit()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var fence = await AcquireAsync(store, 0);
        // A commit in flight, as CommitAsync runs it: the business date proven FOR SHARE, rows still to write.
        await using var holder = await OpenInFlightCommitAsync();

        var endOfDay = store.BeginEndOfDayAsync(Day1, Ct);
        await WaitUntilBlockedAsync(1);
        await using (var write = new NpgsqlCommand(
            $"""
            INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, updated_at)
            VALUES ('B1', 1, '', {fence.PartitionId}, 1, decode('00', 'hex'), now())
            """, holder.Connection))
        {
            await write.ExecuteNonQueryAsync();
        }

        Assert.False(endOfDay.IsCompleted);
        await holder.CommitAsync();
        Assert.True(await endOfDay.WaitAsync(TestTimeout));
        Assert.Equal(new LedgerState(Day1, Day1), await store.GetLedgerStateAsync(Ct));
        Assert.Single((await store.LoadBorrowerAsync("B1", Ct)).Grains);
    }

    [Fact]
    public async Task CommitAsync_StartedWhileEndOfDayWaits_QueuesBehindItAndIsRefused()
    {
        // PostgreSQL grants FOR SHARE past a waiting UPDATE; without the end of day's table lock this commit
        // would prove the date at once, and a steady stream of such commits could hold the end of day off.
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var fence = await AcquireAsync(store, 0);
        await using var holder = await OpenInFlightCommitAsync();
        var endOfDay = store.BeginEndOfDayAsync(Day1, Ct);
        await WaitUntilBlockedAsync(1);

        var later = OpenStore().CommitAsync(SiloA, BookedBatch(fence, Day1), Ct);
        await WaitUntilBlockedAsync(2);

        Assert.False(endOfDay.IsCompleted);
        Assert.False(later.IsCompleted);
        await holder.CommitAsync();
        Assert.True(await endOfDay.WaitAsync(TestTimeout));
        await Assert.ThrowsAsync<BusinessDateChangedException>(() => later.WaitAsync(TestTimeout));
        await AssertNoRowsWrittenAsync(store);
    }

    [Fact]
    public async Task BeginEndOfDayAsync_DoesNotBlockPlainReads()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        await using var holder = await OpenInFlightCommitAsync();
        var endOfDay = store.BeginEndOfDayAsync(Day1, Ct);
        await WaitUntilBlockedAsync(1);

        var state = await OpenStore().GetLedgerStateAsync(Ct).WaitAsync(TestTimeout);

        Assert.Equal(new LedgerState(Day1, null), state);
        Assert.False(endOfDay.IsCompleted);
        await holder.CommitAsync();
        Assert.True(await endOfDay.WaitAsync(TestTimeout));
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_UsesNativeTypesForTimesMoneyDatesAndBlobs()
    {
        await OpenLedgerAsync();

        var types = await QueryAsync(
            """
            SELECT table_name || '.' || column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name IN
                ('amount_minor', 'business_date', 'lease_expires_at', 'state', 'content_hash', 'recorded_at')
            """,
            r => (r.GetString(0), r.GetString(1)));

        Assert.Contains(("journal_postings.amount_minor", "bigint"), types);
        Assert.Contains(("journal_postings.business_date", "date"), types);
        Assert.Contains(("ledger_meta.business_date", "date"), types);
        Assert.Contains(("partitions.lease_expires_at", "timestamp with time zone"), types);
        Assert.Contains(("command_outcomes.recorded_at", "timestamp with time zone"), types);
        Assert.Contains(("grains.state", "bytea"), types);
        Assert.Contains(("command_outcomes.content_hash", "bytea"), types);
    }

    [Fact]
    public async Task StoreConnections_PlanEachPreparedStatementOnce()
    {
        await using var connection = new NpgsqlConnection(PostgresLedgerStore.Settings(_connectionString).ConnectionString);
        await connection.OpenAsync();
        await using var show = new NpgsqlCommand("SHOW plan_cache_mode", connection);

        Assert.Equal("force_generic_plan", await show.ExecuteScalarAsync());
    }

    [Fact]
    public async Task FenceQuery_GenericPlan_LooksEachPartitionUpByItsKey()
    {
        await OpenLedgerAsync(partitionCount: 256);
        await using var connection = new NpgsqlConnection(PostgresLedgerStore.Settings(_connectionString).ConnectionString);
        await connection.OpenAsync();
        await using (var prepare = new NpgsqlCommand(
            $"PREPARE fence(integer[], bigint[], text) AS {PostgresCommit.FenceSql}", connection))
        {
            await prepare.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand(
            "EXPLAIN (COSTS OFF) EXECUTE fence('{3,200}', '{1,1}', 'silo-a')", connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        var text = string.Join("\n", plan);
        Assert.Contains("Index Scan using partitions_pkey on partitions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on partitions", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_Truncate_IsRefusedByTheDatabase()
    {
        await OpenLedgerAsync();

        await Assert.ThrowsAsync<PostgresException>(() => ExecuteSqlAsync("TRUNCATE journal_postings"));
    }

    [Fact]
    public async Task CommitAsync_DatabaseUnreachable_ThrowsNpgsqlExceptionNamingTheBatch()
    {
        var store = await OpenLedgerAsync();
        var batch = LedgerRows.Batch(await AcquireAsync(store, 0));
        batch.Grains.Add(LedgerRows.NewGrain(0, "B1"));
        var unreachable = new NpgsqlConnectionStringBuilder(_connectionString) { Database = "no_such_db" };
        await using var broken = new PostgresLedgerStore(unreachable.ConnectionString, Time);

        var error = await Assert.ThrowsAnyAsync<NpgsqlException>(() => broken.CommitAsync(SiloA, batch, Ct));

        Assert.Contains("partitions [0]", error.Message, StringComparison.Ordinal);
        Assert.IsType<PostgresException>(error.InnerException);
    }
}
