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
        await using var prove = new NpgsqlCommand("SELECT business_date FROM ledger_meta FOR SHARE", connection);
        await using var reader = await prove.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(Day1, reader.GetFieldValue<DateOnly>(0));
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

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], await SchemaVersionsAsync());
        Assert.Equal([1L], await QueryAsync("SELECT count(*) FROM ledger_meta", r => r.GetInt64(0)));
    }

    [Fact]
    public async Task InitializeAsync_BookRows_HaveNoForeignKeyToPartitions()
    {
        await OpenLedgerAsync();

        // Schema version 9: a commit proves the partitions of the rows it creates once (the contract's
        // CommitAsync_BookCreatedInAPartitionTheLedgerDoesNotHave_...), instead of a referential check per row.
        Assert.Equal([0L], await QueryAsync(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'grains'::regclass AND contype = 'f'",
            r => r.GetInt64(0)));
    }

    [Fact]
    public async Task InitializeAsync_BorrowerRows_AreOnlyInTheIndexesThatServeThem()
    {
        await OpenLedgerAsync();

        // A borrower update that closes a day is not heap-only (its closed day is indexed), so it adds an entry to
        // every index that holds the row: the key and the two closed-day indexes, not the kind-and-key index (lines
        // and orders only) nor a partition index.
        Assert.Equal(
            [
                "grains_books_to_close_idx WHERE (kind = 1)",
                "grains_closed_through_idx WHERE (kind = 1)",
                "grains_kind_key_idx WHERE (kind <> 1)",
                "grains_pkey",
            ],
            await QueryAsync(
                """
                SELECT i.relname || coalesce(' WHERE ' || pg_get_expr(x.indpred, x.indrelid), '')
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = 'grains'::regclass ORDER BY i.relname
                """,
                r => r.GetString(0)));
    }

    /// <summary>The store's sessions plan each statement once, whenever they first run it (force_generic_plan):
    /// on a new ledger that is while the tables are nearly empty, and the plan is kept as they grow.</summary>
    private async Task<NpgsqlConnection> OpenStoreSessionAsync()
    {
        var connection = new NpgsqlConnection(PostgresLedgerStore.Settings(_connectionString).ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<string> PlanAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    private Task FillAsync(int from, int to) => ExecuteSqlAsync(
        $"""
        INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, closed_through, updated_at)
        SELECT 'B' || i, 1, '', i % {Partitions}, 1, '\x00', DATE '2024-01-01', now()
        FROM generate_series({from}, {to}) AS i;
        INSERT INTO command_outcomes (scope, command_id, partition_id, content_hash, outcome, business_date,
            recorded_at)
        SELECT 'B' || i, 'c' || i, i % {Partitions}, decode(repeat('00', 32), 'hex'), 'ACCEPTED', NULL, now()
        FROM generate_series({from}, {to}) AS i;
        """);

    [Fact]
    public async Task BookProof_PlannedOnANewLedger_LooksEachBorrowerUpByThePrimaryKey()
    {
        await OpenLedgerAsync();
        await using var session = await OpenStoreSessionAsync();
        await ExecuteOnAsync(session,
            $"PREPARE proof(integer[], text[], bigint[], text, smallint) AS {PostgresTurns.BookProofSql}");

        // Planned now, while grains is empty (the session forces the generic plan), and kept as the ledger grows.
        var plan = await PlanAsync(session, "EXPLAIN EXECUTE proof('{1}', '{B1}', '{0}', '0', 1)");

        // Not a partial index on borrower rows led by another column, which a lookup would read whole.
        Assert.Contains("grains_pkey", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("books_to_close", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("closed_through_idx", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadBorrowersAsync_OnALedgerThatGrewSinceTheSessionFirstReadIt_ReadsByKey()
    {
        await OpenLedgerAsync();
        await using var session = await OpenStoreSessionAsync();
        await ExecuteOnAsync(session, $"PREPARE grain_rows(text[]) AS {PostgresLedgerStore.BorrowerGrainsSql}");
        await ExecuteOnAsync(session, $"PREPARE outcome_rows(text[]) AS {PostgresLedgerStore.BorrowerOutcomesSql}");
        // A new ledger's first minute: a few hundred books, analyzed (as autovacuum does early on); the session's
        // generic plans are made at its first reads, here, and kept while the ledger grows.
        await FillAsync(1, 300);
        await ExecuteSqlAsync("ANALYZE grains; ANALYZE command_outcomes");
        await ExecuteOnAsync(session, "EXECUTE grain_rows('{B1}'); EXECUTE outcome_rows('{B1}')");
        await FillAsync(301, 20_000);

        // What the kept plans do now: read both tables whole for three borrowers.
        Assert.Contains("Seq Scan", await PlanAsync(session, "EXPLAIN EXECUTE grain_rows('{B1,B2,B3}')"),
            StringComparison.Ordinal);

        // The store's read runs in a transaction that plans it for the borrowers at hand (WithCustomPlans).
        await AssertStoreReadsByKeyAsync(session, "'{B1,B2,B3}'");
        // And the store reads them, through that transaction.
        var store = CreateStore(Time);
        var books = await store.LoadBorrowersAsync(["B1", "B2", "B20000", "nobody"], Ct);
        Assert.Equal([1, 1, 1, 0], new[] { "B1", "B2", "B20000", "nobody" }.Select(b => books[b].Grains.Count));
        Assert.Equal([1, 1, 1, 0], new[] { "B1", "B2", "B20000", "nobody" }.Select(b => books[b].Outcomes.Count));
    }

    [Fact]
    public async Task LoadBorrowersAsync_AGroupOfBorrowersOnATableNotYetAnalyzed_ReadsByKey()
    {
        // A new ledger's first minute under load: thousands of books, no statistics yet (autovacuum has not come by),
        // and activations arriving together read as one group. Without statistics the planner takes each borrower
        // to match 0.5 % of the rows, so for a group of forty it plans to read both tables whole, each time.
        await OpenLedgerAsync();
        await FillAsync(1, 20_000);
        await using var session = await OpenStoreSessionAsync();
        var group = "'{" + string.Join(',', Enumerable.Range(1, 40).Select(i => $"B{i * 397}")) + "}'";
        await ExecuteOnAsync(session, $"PREPARE grain_rows(text[]) AS {PostgresLedgerStore.BorrowerGrainsSql}");
        await ExecuteOnAsync(session, $"PREPARE outcome_rows(text[]) AS {PostgresLedgerStore.BorrowerOutcomesSql}");

        await AssertStoreReadsByKeyAsync(session, group);
        var store = CreateStore(Time);
        var ids = Enumerable.Range(1, 40).Select(i => $"B{i * 397}").Append("nobody").ToArray();
        var books = await store.LoadBorrowersAsync(ids, Ct);
        Assert.Equal(ids.Select(id => id == "nobody" ? 0 : 1), ids.Select(id => books[id].Grains.Count));
        Assert.Equal(ids.Select(id => id == "nobody" ? 0 : 1), ids.Select(id => books[id].Outcomes.Count));
    }

    /// <summary>Opens the store's read transaction (<see cref="PostgresLedgerStore.WithCustomPlans"/>) on
    /// <paramref name="session"/>, asserts that the prepared <c>grain_rows</c> and <c>outcome_rows</c> read the
    /// borrowers of <paramref name="borrowers"/> (an SQL array literal) by primary key, and commits.</summary>
    private static async Task AssertStoreReadsByKeyAsync(NpgsqlConnection session, string borrowers)
    {
        await using var batch = PostgresLedgerStore.WithCustomPlans(session);
        foreach (NpgsqlBatchCommand statement in batch.BatchCommands)
        {
            if (statement.CommandText != "COMMIT")
            {
                await ExecuteOnAsync(session, statement.CommandText);
            }
        }

        foreach (var read in new[] { "grain_rows", "outcome_rows" })
        {
            var plan = await PlanAsync(session, $"EXPLAIN EXECUTE {read}({borrowers})");
            Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
            Assert.Contains("_pkey", plan, StringComparison.Ordinal);
        }

        await ExecuteOnAsync(session, "COMMIT");
    }

    private static async Task ExecuteOnAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task InitializeAsync_Version1Ledger_MigratesKeepingItsData()
    {
        await using (var dataSource = NpgsqlDataSource.Create(_connectionString))
        {
            await PostgresSchema.MigrateAsync(dataSource, Partitions, Time.GetUtcNow(), Ct, targetVersion: 1);
        }

        await ExecuteSqlAsync($"UPDATE ledger_meta SET business_date = '{Day1:yyyy-MM-dd}'");

        var store = await OpenLedgerAsync();

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], await SchemaVersionsAsync());
        Assert.Equal(new LedgerState(Day1, Day0), await store.GetLedgerStateAsync(Ct));
        await store.CommitAsync(SiloA, BookedBatch(0, Day1), Ct);
        Assert.Equal(
            ["fillfactor=70"],
            await QueryAsync("SELECT unnest(reloptions) FROM pg_class WHERE relname = 'grains'", r => r.GetString(0)));
    }

    [Fact]
    public async Task CommitAsync_DateStepWhileACommitInFlightHasProvenTheOldDate_WaitsForItToCommit()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var partition = 0;
        // A commit in flight, as CommitAsync runs it: the business date proven FOR SHARE, rows still to write.
        await using var holder = await OpenInFlightCommitAsync();

        var step = SetBusinessDateAsync(store, Day2, expected: Day1);
        await WaitUntilBlockedAsync(1);
        await using (var write = new NpgsqlCommand(
            $"""
            INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, updated_at, closed_through)
            VALUES ('B1', 1, '', {partition}, 1, decode('00', 'hex'), now(), '{Day0:yyyy-MM-dd}')
            """, holder.Connection))
        {
            await write.ExecuteNonQueryAsync();
        }

        Assert.False(step.IsCompleted);
        await holder.CommitAsync();
        await step.WaitAsync(TestTimeout);
        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));
        Assert.Equal(Day0, Assert.Single((await store.LoadBorrowerAsync("B1", Ct)).Grains).ClosedThrough);
    }

    [Fact]
    public async Task CommitAsync_RequiringTheOldDateWhileADateStepWaits_QueuesBehindItAndIsRefused()
    {
        // PostgreSQL grants FOR SHARE past a waiting UPDATE; unless the date step queues later commits behind it,
        // this commit would prove the old date at once, and a steady stream of such commits could hold the
        // date step off.
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var partition = 0;
        await using var holder = await OpenInFlightCommitAsync();
        var step = SetBusinessDateAsync(store, Day2, expected: Day1);
        await WaitUntilBlockedAsync(1);

        var later = OpenStore().CommitAsync(SiloA, BookedBatch(partition, Day1), Ct);
        await WaitUntilBlockedAsync(2);

        Assert.False(step.IsCompleted);
        Assert.False(later.IsCompleted);
        await holder.CommitAsync();
        await step.WaitAsync(TestTimeout);
        await Assert.ThrowsAsync<BusinessDateChangedException>(() => later.WaitAsync(TestTimeout));
        await AssertNoRowsWrittenAsync(store);
        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_DateStepWaitingForACommitInFlight_DoesNotBlockPlainReads()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        await using var holder = await OpenInFlightCommitAsync();
        var step = SetBusinessDateAsync(store, Day2, expected: Day1);
        await WaitUntilBlockedAsync(1);

        var state = await OpenStore().GetLedgerStateAsync(Ct).WaitAsync(TestTimeout);
        LedgerState viewState;
        await using (var view = await OpenStore().OpenReadViewAsync(Ct).WaitAsync(TestTimeout))
        {
            viewState = await view.GetLedgerStateAsync(Ct).WaitAsync(TestTimeout);
        }

        Assert.Equal(new LedgerState(Day1, null), state);
        Assert.Equal(new LedgerState(Day1, null), viewState);
        Assert.False(step.IsCompleted);
        await holder.CommitAsync();
        await step.WaitAsync(TestTimeout);
        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task CommitClosedBooksAsync_ABorrowerRowLockedByAnotherTransaction_SkipsThatBookWithoutWaiting()
    {
        // The book's grain is committing (its borrower row locked): the sweep leaves the book to it.
        var store = await CommitGrainsAsync(
        [
            .. Book(1, "B1", Day0, lines: ["L1"]), .. Book(1, "B2", Day0, lines: ["L1"]),
            .. Book(1, "B3", Day0, lines: ["L1"]),
        ]);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand(
            "SELECT version FROM grains WHERE borrower_id = 'B2' AND kind = 1 FOR UPDATE", connection, transaction))
        {
            Assert.Equal(1L, await lockRow.ExecuteScalarAsync());
        }

        using var timeout = new CancellationTokenSource(TestTimeout);
        var written = await store.CommitClosedBooksAsync(
            SiloA, 1, [Closed(1, "B1", 1, Day1, "L1"), Closed(1, "B2", 1, Day1, "L1"),
                Closed(1, "B3", 1, Day1, "L1")], timeout.Token).WaitAsync(TestTimeout);

        Assert.Equal(["B1", "B3"], written);
        await transaction.RollbackAsync();
        Assert.Equal(
            [("B1", 2L, Day1), ("B2", 1L, Day0), ("B3", 2L, Day1)],
            (await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct)))
                .Select(g => (g.BorrowerId, g.Version, g.ClosedThrough)));
        Assert.Equal(
            [("B1", 2L), ("B2", 1L), ("B3", 2L)],
            (await ToListAsync(store.StreamGrainsAsync(GrainKind.Line, Ct))).Select(g => (g.BorrowerId, g.Version)));
        Assert.Equal(["B1", "B3"], (await ToListAsync(store.StreamJournalAsync(Ct))).Select(p => p.BorrowerId)
            .Distinct());
    }

    [Fact]
    public async Task SweepChunkAsync_ABorrowerRowLockedByAnotherTransaction_IsNotReadAndNotWaitedFor()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(1, "B1", Day0, lines: ["L1"]), .. Book(1, "B2", Day0, lines: ["L1"]),
            .. Book(1, "B3", Day0, lines: ["L1"]),
        ]);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand(
            "SELECT version FROM grains WHERE borrower_id = 'B2' AND kind = 1 FOR UPDATE", connection, transaction))
        {
            Assert.Equal(1L, await lockRow.ExecuteScalarAsync());
        }

        var handed = new List<string>();
        var chunk = await store.SweepChunkAsync(SiloA, 1, Day1, "", 10, [], rows =>
        {
            handed.AddRange(rows.Select(r => r.BorrowerId).Distinct());
            return [.. handed.Select(b => Closed(1, b, 1, Day1, "L1"))];
        }, Ct).WaitAsync(TestTimeout);

        Assert.Equal(["B1", "B3"], handed);
        Assert.Equal((2, "B3"), (chunk.BooksRead, chunk.LastBorrowerId));
        Assert.Equal(["B1", "B3"], chunk.Written);
        await transaction.RollbackAsync();
        Assert.Equal(
            [("B1", 2L, Day1), ("B2", 1L, Day0), ("B3", 2L, Day1)],
            (await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct)))
                .Select(g => (g.BorrowerId, g.Version, g.ClosedThrough)));
    }

    [Fact]
    public async Task SweepChunkAsync_AWriterOfABookWhileTheChunkClosesIt_WaitsForTheChunkThenFailsItsVersion()
    {
        // The chunk holds the borrower rows it read until it has written them: a grain committing one of those books
        // meanwhile cannot slip in between the read and the write; it waits, then finds the book moved on.
        var store = await CommitGrainsAsync([.. Book(1, "B1", Day0, lines: ["L1"]), .. Book(1, "B2", Day0)]);
        var writer = OpenStore();
        var grainCommit = Batch();
        grainCommit.Grains.Add(UpdatedGrain(1, "B1", 1, closedThrough: Day1) with { State = State("B1 by its grain") });
        Task? committing = null;
        var finishedWhileClosing = true;

        var chunk = await store.SweepChunkAsync(SiloA, 1, Day1, "", 10, [], rows =>
        {
            committing = Task.Run(() => writer.CommitAsync(SiloB, grainCommit, Ct));
            finishedWhileClosing = committing.Wait(TimeSpan.FromSeconds(1));
            return [Closed(1, "B1", 1, Day1, "L1"), Closed(1, "B2", 1, Day1)];
        }, Ct).WaitAsync(TestTimeout);

        Assert.False(finishedWhileClosing);
        Assert.Equal(["B1", "B2"], chunk.Written);
        await Assert.ThrowsAsync<VersionConflictException>(() => committing!.WaitAsync(TestTimeout));
        Assert.Equal(
            [(GrainKind.Borrower, "", 2L, Day1, "B1/@2"), (GrainKind.Line, "L1", 2L, null, "B1/L1@2")],
            Contents(await store.LoadBorrowerAsync("B1", Ct)));
    }

    [Fact]
    public async Task SweepChunkAsync_CloseReturnsABookItWasNotHanded_RefusesTheChunkAndWritesNothing()
    {
        var store = await CommitGrainsAsync([.. Book(1, "B1", Day0), .. Book(1, "B2", Day1)]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SweepChunkAsync(SiloA, 1, Day1, "", 10, [],
            _ => [Closed(1, "B1", 1, Day1), Closed(1, "B2", 1, Day2)], Ct));

        Assert.Contains("B2", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            [("B1", 1L, Day0), ("B2", 1L, Day1)],
            (await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct)))
                .Select(g => (g.BorrowerId, g.Version, g.ClosedThrough)));
        // The chunk's transaction was ended: its locks are gone, so the book can be swept again.
        var again = await store.SweepChunkAsync(SiloA, 1, Day1, "", 10, [], _ => [Closed(1, "B1", 1, Day1)], Ct)
            .WaitAsync(TestTimeout);
        Assert.Equal(["B1"], again.Written);
    }

    /// <summary>Builds this test's database as a release at schema version 4 left it: business date
    /// <see cref="LedgerRows.Day2"/>, two books (borrower rows with a line and an order), a partition day
    /// recorded, and with <paramref name="endOfDayRunning"/> the end of day of Day2 left running.</summary>
    private async Task CreateVersion4LedgerAsync(bool endOfDayRunning)
    {
        await using (var dataSource = NpgsqlDataSource.Create(_connectionString))
        {
            await PostgresSchema.MigrateAsync(dataSource, Partitions, Time.GetUtcNow(), Ct, targetVersion: 4);
        }

        var running = endOfDayRunning ? $"'{Day2:yyyy-MM-dd}'" : "NULL";
        await ExecuteSqlAsync($"""
            UPDATE ledger_meta SET business_date = '{Day2:yyyy-MM-dd}', eod_running = {running};
            INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, updated_at) VALUES
                ('B1', 1, '', 0, 3, decode('01', 'hex'), now()),
                ('B1', 2, 'L1', 0, 2, decode('02', 'hex'), now()),
                ('B2', 1, '', 1, 1, decode('03', 'hex'), now()),
                ('B2', 3, 'O1', 1, 1, decode('04', 'hex'), now());
            INSERT INTO eod_partitions_done (partition_id, business_date, done_at)
            VALUES (0, '{Day1:yyyy-MM-dd}', now());
            """);
    }

    private Task<List<int>> SchemaVersionsAsync() =>
        QueryAsync("SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt32(0));

    [Fact]
    public async Task InitializeAsync_Version4Ledger_ClosesEveryBookAndTheLedgerThroughTheDayBeforeTheBusinessDate()
    {
        await CreateVersion4LedgerAsync(endOfDayRunning: false);

        var store = await OpenLedgerAsync();

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], await SchemaVersionsAsync());
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
        Assert.Empty(await QueryAsync(
            """
            SELECT table_name FROM information_schema.tables WHERE table_name = 'eod_partitions_done'
            UNION ALL
            SELECT column_name FROM information_schema.columns WHERE column_name = 'eod_running'
            """, r => r.GetString(0)));
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
        Assert.Equal([1, 2, 3, 4], await SchemaVersionsAsync());
        Assert.Equal(
            [Day2], await QueryAsync("SELECT eod_running FROM ledger_meta", r => r.GetFieldValue<DateOnly>(0)));
        Assert.Empty(await QueryAsync(
            "SELECT column_name FROM information_schema.columns WHERE column_name = 'closed_through'",
            r => r.GetString(0)));
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_UsesNativeTypesForTimesMoneyDatesAndBlobs()
    {
        await OpenLedgerAsync();

        var types = await QueryAsync(
            """
            SELECT table_name || '.' || column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name IN
                ('amount_minor', 'business_date', 'state', 'content_hash', 'recorded_at')
            """,
            r => (r.GetString(0), r.GetString(1)));

        Assert.Contains(("journal_postings.amount_minor", "bigint"), types);
        Assert.Contains(("journal_postings.business_date", "date"), types);
        Assert.Contains(("ledger_meta.business_date", "date"), types);
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

    [Theory]
    [InlineData("UPDATE grains SET closed_through = NULL WHERE kind = 1")]
    [InlineData("UPDATE grains SET closed_through = '2025-03-03' WHERE kind = 2")]
    public async Task ClosedThrough_OnlyAndAlwaysOnBorrowerRows_IsEnforcedByTheDatabase(string sql)
    {
        var store = await CommitGrainsAsync([.. Book(0, "B1", Day0, lines: ["L1"])]);

        await Assert.ThrowsAsync<PostgresException>(() => ExecuteSqlAsync(sql));

        Assert.Equal(
            [(GrainKind.Borrower, (DateOnly?)Day0), (GrainKind.Line, null)],
            (await store.LoadBorrowerAsync("B1", Ct)).Grains.Select(g => (g.Kind, g.ClosedThrough)));
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
        var batch = LedgerRows.Batch();
        batch.Grains.Add(LedgerRows.NewGrain(0, "B1"));
        var unreachable = new NpgsqlConnectionStringBuilder(_connectionString) { Database = "no_such_db" };
        await using var broken = new PostgresLedgerStore(unreachable.ConnectionString, Time);

        var error = await Assert.ThrowsAnyAsync<NpgsqlException>(() => broken.CommitAsync(SiloA, batch, Ct));

        Assert.Contains("Commit of silo silo-a (0 turn(s), 1 grain(s)", error.Message, StringComparison.Ordinal);
        Assert.IsType<PostgresException>(error.InnerException);
    }
}
