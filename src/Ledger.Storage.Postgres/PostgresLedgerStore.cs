using System.Diagnostics;
using Ledger.Storage;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// The cluster store: PostgreSQL through one <see cref="NpgsqlDataSource"/> (pooled connections). Several silos
/// share one database; each commit in <see cref="CommitAsync"/> proves the book versions it read and the business
/// date, so two silos' writes to one book never both land. Times come from the injected <see cref="TimeProvider"/>
/// so that every silo and test agrees on one clock source.
/// </summary>
public sealed class PostgresLedgerStore : ILedgerStore
{
    private const string GrainColumns = PostgresReads.GrainColumns;

    private const string PostingColumns = PostgresReads.PostingColumns;

    private const string OutcomeColumns = "scope, command_id, partition_id, content_hash, outcome, business_date";

    /// <summary>The rows of the borrowers $1 (<see cref="LoadBorrowersAsync"/>).</summary>
    internal const string BorrowerGrainsSql =
        $"SELECT {GrainColumns} FROM grains WHERE borrower_id = ANY($1) ORDER BY borrower_id, kind, entity_id";

    /// <summary>The outcomes recorded for the borrowers $1 (<see cref="LoadBorrowersAsync"/>).</summary>
    internal const string BorrowerOutcomesSql =
        $"SELECT {OutcomeColumns} FROM command_outcomes WHERE scope = ANY($1) ORDER BY scope, command_id";


    /// <summary>A chunk of the books of partition $1 behind $2, after borrower $3, at most $4 of them. The borrowers
    /// are read from the sweep's index (partition, borrower, closed day) in its order, from $3 on, the closed day
    /// tested inside the index; so a sweep reads each partition's index once over all its chunks.</summary>
    private static readonly string BooksToCloseSql = PostgresReads.BookRowsSql(
        """
        SELECT borrower_id FROM grains
        WHERE kind = 1 AND partition_id = $1 AND borrower_id > $3 AND closed_through < $2
            AND borrower_id <> ALL ($5::text[])
        ORDER BY borrower_id LIMIT $4
        """);

    /// <summary>Statements Npgsql prepares per connection unless the connection string says otherwise.</summary>
    internal const int DefaultMaxAutoPrepare = 64;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly PostgresReads _reads;

    public PostgresLedgerStore(string connectionString, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _dataSource = NpgsqlDataSource.Create(Settings(connectionString).ConnectionString);
        _time = timeProvider;
        _reads = new PostgresReads(_dataSource.CreateCommand);
    }

    /// <summary>The connection settings the store uses: the caller's, with this store's defaults for what the
    /// caller leaves unsaid.</summary>
    internal static NpgsqlConnectionStringBuilder Settings(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(settings.Options))
        {
            // A silo frozen in the middle of a transaction (SIGSTOP, a VM pause) would hold its row locks (the
            // business date's among them) forever and block every other silo; the server ends such a transaction.
            // And every statement is planned once per prepared statement: the commit's statements take arrays
            // whose lengths change with every batch, and for those the server's default keeps making a fresh
            // plan per execution (a custom plan costed for the exact values always looks cheaper than the
            // generic one), which was a third of its CPU at a few hundred commits a second. The generic plans
            // look every row up by its key; bulk batches plan for their lengths again (PostgresCommit).
            settings.Options = "-c idle_in_transaction_session_timeout=3000 -c plan_cache_mode=force_generic_plan";
        }

        AddAvailabilityDefaults(settings, connectionString);
        if (!Names(connectionString, "Max Auto Prepare"))
        {
            // The same few statements run thousands of times a second (every group commit proves its book versions
            // and the business date and writes its rows with them): prepared once per connection, the server stops
            // parsing and planning each one anew, which took a quarter of its CPU under load.
            settings.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!Names(connectionString, "No Reset On Close"))
        {
            // Every commit takes a pooled connection and gives it back. Reset on return, the next use of it would
            // first run five statements of its own (RESET ALL, DISCARD SEQUENCES and three more), parsed anew each
            // time; this store sets no session state that would need it.
            settings.NoResetOnClose = true;
        }

        return settings;
    }

    /// <summary>The defaults that let a connection ride through a restart or a failover of the server, for what the
    /// caller leaves unsaid: the store's connections and Orleans' membership table's (<see
    /// cref="OrleansSchema.ConnectionString"/>).</summary>
    internal static void AddAvailabilityDefaults(NpgsqlConnectionStringBuilder settings, string connectionString)
    {
        if (!Names(connectionString, "Timeout"))
        {
            // Npgsql waits 15 s for a connection by default; a server that went away without a word (a failover
            // to another host) would then hold a grain call for half of Orleans' 30 s response timeout. A server
            // that restarts refuses at once, and one that answers connects in milliseconds.
            settings.Timeout = 5;
        }

        if (settings.Host?.Contains(',', StringComparison.Ordinal) == true
            && !Names(connectionString, "Host Recheck Seconds"))
        {
            // Several hosts (a primary and its standbys): Npgsql caches which one is the primary for 10 s by
            // default, so a failover would be seen up to 10 s late. A second is enough to spare the probes.
            settings.HostRecheckSeconds = 1;
        }
    }

    /// <summary>Whether a connection string sets a keyword (case and spaces ignored, as Npgsql reads them).</summary>
    private static bool Names(string connectionString, string keyword)
    {
        static string Normal(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return builder.Keys.Cast<string>().Any(k => Normal(k) == Normal(keyword));
    }

    public async Task<int> InitializeAsync(int partitionCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partitionCount);
        try
        {
            return await PostgresSchema.MigrateAsync(_dataSource, partitionCount, _time.GetUtcNow(), cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw Fault($"Migrating the ledger schema ({partitionCount} partitions requested)", ex);
        }
    }

    public async Task<DateOnly?> GetBusinessDateAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT business_date FROM ledger_meta");
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DateOnly date ? date : null;
    }

    public async Task<BorrowerRecord> LoadBorrowerAsync(string borrowerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(borrowerId);
        // Grains and outcomes in one round trip.
        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"SELECT {GrainColumns} FROM grains WHERE borrower_id = $1 ORDER BY kind, entity_id")
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = borrowerId } },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"SELECT {OutcomeColumns} FROM command_outcomes WHERE scope = $1 ORDER BY command_id")
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = borrowerId } },
        });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var grains = new List<GrainRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            grains.Add(PostgresReads.ReadGrain(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        var outcomes = new List<OutcomeRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            outcomes.Add(ReadOutcome(reader));
        }

        return new BorrowerRecord(grains, outcomes);
    }

    public async Task<IReadOnlyDictionary<string, BorrowerRecord>> LoadBorrowersAsync(
        IReadOnlyCollection<string> borrowerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(borrowerIds);
        var ids = borrowerIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, BorrowerRecord>(StringComparer.Ordinal);
        }

        // Grains and outcomes of every borrower in one round trip, each looked up by its key, planned for this
        // read (WithCustomPlans).
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = WithCustomPlans(connection,
            new NpgsqlBatchCommand(BorrowerGrainsSql)
            {
                Parameters = { new NpgsqlParameter<string[]> { TypedValue = ids } },
            },
            new NpgsqlBatchCommand(BorrowerOutcomesSql)
            {
                Parameters = { new NpgsqlParameter<string[]> { TypedValue = ids } },
            });
        try
        {
            return await ReadBorrowersAsync(batch, ids, cancellationToken);
        }
        catch
        {
            await RollBackAsync(connection);
            throw;
        }
    }

    /// <summary>A read-only transaction of <paramref name="reads"/> in one round trip, each planned for the values
    /// it is given (<c>plan_cache_mode = force_custom_plan</c>) and by key (<c>enable_seqscan = off</c>), for this
    /// transaction only.</summary>
    /// <remarks>The store's sessions otherwise plan each statement once (<c>force_generic_plan</c>,
    /// <see cref="Settings"/>), and a generic plan of <c>key = ANY($1)</c>, made without the array's length and,
    /// in the first minute of a new ledger, on a table that is still small, reads the table whole: such a plan is
    /// kept until autovacuum first analyzes the table, while the table grows. Measured on a fresh 40,000-record
    /// single-command replay (load-tests/README.md, single-bench.sh): the books' reads took ~1.5 ms each, scanning
    /// the outcomes and the grains. Planned for the array at hand, the read is a lookup by key; a book read serves
    /// a group of activations, so planning it each time costs little. Planning for the array is not enough before
    /// the first statistics: without them the planner takes each borrower to match 0.5 % of the rows, so a group of
    /// twenty or more is planned as a read of the table whole (a third of the book reads of a new ledger's first
    /// minute, reading ever more rows as it grows: load-tests/README.md, "Book reads by key before the first
    /// statistics"). These reads only ever look borrowers up, so the table is never to be read whole.</remarks>
    internal static NpgsqlBatch WithCustomPlans(NpgsqlConnection connection, params NpgsqlBatchCommand[] reads)
    {
        var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN READ ONLY"),
                new NpgsqlBatchCommand("SET LOCAL plan_cache_mode = force_custom_plan"),
                new NpgsqlBatchCommand("SET LOCAL enable_seqscan = off"),
            },
        };
        foreach (var read in reads)
        {
            batch.BatchCommands.Add(read);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        return batch;
    }

    /// <summary>Ends a transaction a failed batch left open before the connection goes back to the pool (the
    /// store's connections are not reset on return); a broken connection has ended it with itself.</summary>
    private static async Task RollBackAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The connection broke: the server has rolled the transaction back with it.
        }
    }

    private static async Task<IReadOnlyDictionary<string, BorrowerRecord>> ReadBorrowersAsync(NpgsqlBatch batch,
        string[] ids, CancellationToken cancellationToken)
    {
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var grains = ids.ToDictionary(id => id, _ => new List<GrainRow>(), StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = PostgresReads.ReadGrain(reader);
            grains[row.BorrowerId].Add(row);
        }

        await reader.NextResultAsync(cancellationToken);
        var outcomes = ids.ToDictionary(id => id, _ => new List<OutcomeRecord>(), StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var outcome = ReadOutcome(reader);
            outcomes[outcome.Scope].Add(outcome);
        }

        return ids.ToDictionary(id => id, id => new BorrowerRecord(grains[id], outcomes[id]), StringComparer.Ordinal);
    }

    public async Task<OutcomeRecord?> GetLedgerOutcomeAsync(string commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        await using var command = _dataSource.CreateCommand(
            $"SELECT {OutcomeColumns} FROM command_outcomes WHERE scope = $1 AND command_id = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = CommitBatchRules.LedgerScope });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = commandId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadOutcome(reader) : null;
    }

    public async Task<CommitResult> CommitAsync(string siloId, CommitBatch batch, CancellationToken cancellationToken)
    {
        var validated = CommitBatchRules.Validate(siloId, batch);
        if (batch.IsEmpty)
        {
            return CommitResult.NoTurns;
        }

        var commit = new PostgresCommit(siloId, batch, validated, _time.GetUtcNow());
        try
        {
            return await commit.RunAsync(_dataSource, cancellationToken);
        }
        catch (PostgresException ex) when (PostgresCommit.IsDuplicateRecord(ex))
        {
            throw new VersionConflictException(
                $"{commit.Describe()} recorded something already stored ({ex.ConstraintName}): {ex.MessageText}");
        }
        catch (NpgsqlException ex)
        {
            // The outcome is unknown when the connection broke during COMMIT; the message says which batch.
            throw Fault(commit.Describe() + " failed", ex);
        }
    }

    public IAsyncEnumerable<GrainRow> StreamGrainsAsync(GrainKind kind, CancellationToken cancellationToken) =>
        _reads.StreamGrainsAsync(kind, cancellationToken);

    public async Task<IReadOnlyList<GrainRow>> LoadBooksToCloseAsync(int partitionId, DateOnly closeThrough,
        string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partitionId);
        ArgumentNullException.ThrowIfNull(afterBorrowerId);
        ArgumentNullException.ThrowIfNull(skipping);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBooks);
        await using var command = _dataSource.CreateCommand(BooksToCloseSql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = partitionId });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = closeThrough });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = afterBorrowerId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = maxBooks });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. skipping] });
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<GrainRow>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(PostgresReads.ReadGrain(reader));
            }

            return rows;
        }
        catch (NpgsqlException ex)
        {
            throw Fault($"Loading up to {maxBooks} book(s) of partition {partitionId} to close through "
                + $"{closeThrough:O} after '{afterBorrowerId}'", ex);
        }
    }

    public async Task<IReadOnlyList<string>> CommitClosedBooksAsync(string siloId, int partitionId,
        IReadOnlyList<ClosedBook> books, CancellationToken cancellationToken)
    {
        var grains = CommitBatchRules.ValidateClosedBooks(siloId, partitionId, books);
        if (books.Count == 0)
        {
            return [];
        }

        var commit = new PostgresClosedBooks(siloId, partitionId, books, grains, _time.GetUtcNow());
        try
        {
            return await commit.RunAsync(_dataSource, cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            // The outcome is unknown when the connection broke during COMMIT; the message says which chunk.
            throw Fault(commit.Describe() + " failed", ex);
        }
    }

    public async Task<SweptChunk> SweepChunkAsync(string siloId, int partitionId, DateOnly closeThrough,
        string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
        Func<IReadOnlyList<GrainRow>, IReadOnlyList<ClosedBook>> close, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(siloId);
        ArgumentOutOfRangeException.ThrowIfNegative(partitionId);
        ArgumentNullException.ThrowIfNull(afterBorrowerId);
        ArgumentNullException.ThrowIfNull(skipping);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBooks);
        ArgumentNullException.ThrowIfNull(close);
        var chunk = new PostgresSweepChunk(siloId, partitionId, closeThrough, afterBorrowerId, maxBooks, skipping,
            _time.GetUtcNow());
        try
        {
            return await chunk.RunAsync(_dataSource, close, cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            // The outcome is unknown when the connection broke during COMMIT; the message says which chunk.
            throw Fault(chunk.Describe() + " failed", ex);
        }
    }

    public async Task<IReadOnlyList<PartitionBehind>> GetPartitionsBehindAsync(DateOnly day,
        CancellationToken cancellationToken)
    {
        // A range of the index on the closed day (borrower rows only): cheap when few books are behind, one pass over
        // the behind ones otherwise.
        await using var command = _dataSource.CreateCommand("""
            SELECT partition_id, count(*) FROM grains WHERE kind = 1 AND closed_through < $1
            GROUP BY partition_id ORDER BY 1
            """);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var partitions = new List<PartitionBehind>();
        while (await reader.ReadAsync(cancellationToken))
        {
            partitions.Add(new PartitionBehind(reader.GetInt32(0), reader.GetInt64(1)));
        }

        return partitions;
    }

    public async Task<ClosingProgress> GetClosingProgressAsync(DateOnly day, CancellationToken cancellationToken)
    {
        // Both counts from the index on the closed day (borrower rows only).
        await using var command = _dataSource.CreateCommand(
            "SELECT count(*) FILTER (WHERE closed_through >= $1), count(*) FROM grains WHERE kind = 1");
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new UnreachableException("An aggregate without GROUP BY returned no row.");
        }

        return new ClosingProgress(reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<DateOnly?> RecordClosedThroughAsync(DateOnly day, CancellationToken cancellationToken)
    {
        // One statement: the check that no book is behind and the conditional update share its snapshot, and the
        // answer is the updated value or, when nothing was updated, the stored one. A book's closed day never moves
        // back, and a book opened meanwhile closed the day before the business date, which is after the day
        // recorded; so a book committed after the snapshot cannot make the record false.
        const string Sql = """
            WITH recorded AS (
                UPDATE ledger_meta SET closed_through = $1
                WHERE business_date > $1 AND (closed_through IS NULL OR closed_through < $1)
                    AND NOT EXISTS (SELECT 1 FROM grains WHERE kind = 1 AND closed_through < $1)
                RETURNING closed_through
            )
            SELECT closed_through FROM recorded
            UNION ALL
            SELECT closed_through FROM ledger_meta WHERE NOT EXISTS (SELECT 1 FROM recorded)
            """;
        await using var command = _dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? PostgresReads.ReadDate(reader, 0) : null;
        }
        catch (NpgsqlException ex)
        {
            throw Fault($"Recording the ledger closed through {day:O}", ex);
        }
    }

    public async Task<ILedgerReadView> OpenReadViewAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await PostgresReadView.OpenAsync(_dataSource, cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw Fault("Opening a read view", ex);
        }
    }

    public Task<IReadOnlyList<AccountBalance>> GetAccountBalancesAsync(CancellationToken cancellationToken) =>
        _reads.GetAccountBalancesAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> GetOutcomeCountsAsync(CancellationToken cancellationToken) =>
        _reads.GetOutcomeCountsAsync(cancellationToken);

    public async Task<IReadOnlyList<JournalPosting>> ReadJournalAsync(
        string borrowerId, long afterEntrySeq, int maxEntries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(borrowerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEntries);
        // The page is counted in entries, never cut inside one: take the first N entry numbers, then all of
        // their postings.
        const string Sql = $"""
            SELECT {PostingColumns} FROM journal_postings
            WHERE borrower_id = $1 AND entry_seq IN (
                SELECT DISTINCT entry_seq FROM journal_postings
                WHERE borrower_id = $1 AND entry_seq > $2
                ORDER BY entry_seq LIMIT $3)
            ORDER BY entry_seq, posting_no
            """;
        await using var command = _dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = borrowerId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterEntrySeq });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = maxEntries });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var postings = new List<JournalPosting>();
        while (await reader.ReadAsync(cancellationToken))
        {
            postings.Add(PostgresReads.ReadPosting(reader));
        }

        return postings;
    }

    public IAsyncEnumerable<JournalPosting> StreamJournalAsync(CancellationToken cancellationToken) =>
        _reads.StreamJournalAsync(cancellationToken);

    public Task<LedgerState> GetLedgerStateAsync(CancellationToken cancellationToken) =>
        _reads.GetLedgerStateAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public StoreFailure Classify(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var kind = PostgresFailures.Classify(failure);
        if (kind != StoreFailure.Fault && PostgresFailures.IsConnectionLoss(failure))
        {
            // The server went away (restart, crash, failover): the idle connections of the pool went with it, and
            // Npgsql would hand each one out once more, to fail its next caller. Cleared, the pool opens fresh ones
            // (connections in use are closed when they come back).
            _dataSource.Clear();
            // With several hosts, Npgsql also remembers which of them is the primary, for Host Recheck Seconds: a
            // standby seen while it was being promoted would otherwise be skipped as one until then.
            (_dataSource as NpgsqlMultiHostDataSource)?.ClearDatabaseStates();
            // And the pools of connection strings, which Orleans' membership table (ADO.NET) reads the same
            // database through.
            NpgsqlConnection.ClearAllPools();
        }

        return kind;
    }

    private static NpgsqlException Fault(string context, NpgsqlException inner) =>
        new($"{context}: {inner.Message}", inner);

    private static OutcomeRecord ReadOutcome(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<byte[]>(3),
        reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5));
}
