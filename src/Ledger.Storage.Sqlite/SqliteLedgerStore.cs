using System.Runtime.CompilerServices;
using Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, for a single silo. Every write goes through one long-lived writer
/// connection guarded by a semaphore (SQLite allows one writer at a time anyway; queuing in-process is cheaper
/// than spinning on SQLITE_BUSY), while reads use pooled connections of their own, which WAL mode lets run
/// beside the writer on a consistent snapshot. The reads that a read view also offers share their statements with
/// it (<see cref="SqliteReads"/>).
/// </summary>
public sealed class SqliteLedgerStore : ILedgerStore
{
    private const string OutcomeColumns = "scope, command_id, partition_id, content_hash, outcome, business_date";

    private readonly string _writerConnectionString;
    private readonly string _readerConnectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SqliteConnection? _writer;
    private bool _disposed;

    public SqliteLedgerStore(string databasePath, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        // The writer is opened once and kept, so it skips the pool; readers pool. The two strings differ, so a
        // reader's connection settings never leak into a writer through the pool.
        _writerConnectionString = ConnectionString(fullPath, pooling: false);
        _readerConnectionString = ConnectionString(fullPath, pooling: true);
        _time = timeProvider;
    }

    public Task<int> InitializeAsync(int partitionCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partitionCount);
        return WriteAsync(
            $"Migrating the ledger schema ({partitionCount} partitions requested)",
            writer => SqliteSchema.MigrateAsync(writer, partitionCount, NowMicros(), cancellationToken),
            cancellationToken);
    }

    public async Task<DateOnly?> GetBusinessDateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT business_date FROM ledger_meta";
        return await command.ExecuteScalarAsync(cancellationToken) is string text
            ? SqliteValues.ParseDate(text)
            : null;
    }

    public async Task<BorrowerRecord> LoadBorrowerAsync(string borrowerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(borrowerId);
        await using var connection = await OpenReaderAsync(cancellationToken);
        // One read transaction, so grains and outcomes come from the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$b", borrowerId);
        command.CommandText =
            $"SELECT {SqliteReads.GrainColumns} FROM grains WHERE borrower_id = $b ORDER BY kind, entity_id";
        var grains = await SqliteReads.ReadAllAsync(command, SqliteValues.ReadGrain, cancellationToken);
        command.CommandText = $"SELECT {OutcomeColumns} FROM command_outcomes WHERE scope = $b ORDER BY command_id";
        var outcomes = await SqliteReads.ReadAllAsync(command, SqliteValues.ReadOutcome, cancellationToken);
        return new BorrowerRecord(grains, outcomes);
    }

    public async Task<IReadOnlyDictionary<string, BorrowerRecord>> LoadBorrowersAsync(
        IReadOnlyCollection<string> borrowerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(borrowerIds);
        // The embedded store is in the silo's process: no round trip to save, so one read per borrower, all in one
        // read transaction.
        var records = new Dictionary<string, BorrowerRecord>(StringComparer.Ordinal);
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var parameter = command.Parameters.Add("$b", SqliteType.Text);
        foreach (var borrowerId in borrowerIds)
        {
            ArgumentNullException.ThrowIfNull(borrowerId);
            if (records.ContainsKey(borrowerId))
            {
                continue;
            }

            parameter.Value = borrowerId;
            command.CommandText =
                $"SELECT {SqliteReads.GrainColumns} FROM grains WHERE borrower_id = $b ORDER BY kind, entity_id";
            var grains = await SqliteReads.ReadAllAsync(command, SqliteValues.ReadGrain, cancellationToken);
            command.CommandText =
                $"SELECT {OutcomeColumns} FROM command_outcomes WHERE scope = $b ORDER BY command_id";
            var outcomes = await SqliteReads.ReadAllAsync(command, SqliteValues.ReadOutcome, cancellationToken);
            records[borrowerId] = new BorrowerRecord(grains, outcomes);
        }

        return records;
    }

    public async Task<OutcomeRecord?> GetLedgerOutcomeAsync(string commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {OutcomeColumns} FROM command_outcomes WHERE scope = $scope AND command_id = $id";
        command.Parameters.AddWithValue("$scope", CommitBatchRules.LedgerScope);
        command.Parameters.AddWithValue("$id", commandId);
        var outcomes = await SqliteReads.ReadAllAsync(command, SqliteValues.ReadOutcome, cancellationToken);
        return outcomes.Count == 0 ? null : outcomes[0];
    }

    public Task<CommitResult> CommitAsync(string siloId, CommitBatch batch, CancellationToken cancellationToken)
    {
        var validated = CommitBatchRules.Validate(siloId, batch);
        if (batch.IsEmpty)
        {
            return Task.FromResult(CommitResult.NoTurns);
        }

        var commit = new SqliteCommit(siloId, batch, validated, NowMicros());
        return WriteAsync(commit.Describe(), writer => commit.RunAsync(writer, cancellationToken), cancellationToken);
    }

    public async IAsyncEnumerable<GrainRow> StreamGrainsAsync(
        GrainKind kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await foreach (var row in SqliteReads.StreamGrainsAsync(connection, null, kind, cancellationToken))
        {
            yield return row;
        }
    }

    public async Task<IReadOnlyList<GrainRow>> LoadBooksToCloseAsync(int partitionId, DateOnly closeThrough,
        string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partitionId);
        ArgumentNullException.ThrowIfNull(afterBorrowerId);
        ArgumentNullException.ThrowIfNull(skipping);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBooks);
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await SqliteReads.LoadBooksToCloseAsync(
            connection, partitionId, closeThrough, afterBorrowerId, maxBooks, skipping, cancellationToken);
    }

    public Task<IReadOnlyList<string>> CommitClosedBooksAsync(string siloId, int partitionId,
        IReadOnlyList<ClosedBook> books, CancellationToken cancellationToken)
    {
        var grains = CommitBatchRules.ValidateClosedBooks(siloId, partitionId, books);
        if (books.Count == 0)
        {
            // As CommitAsync with an empty batch: nothing to write, so nothing to prove.
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        var commit = new SqliteClosedBooksCommit(siloId, partitionId, books, grains, NowMicros());
        return WriteAsync(commit.Describe(), writer => commit.RunAsync(writer, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<PartitionBehind>> GetPartitionsBehindAsync(DateOnly day,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // "kind = 1" lets SQLite read the partial closed_through index's range instead of the whole grains table.
        command.CommandText = """
            SELECT partition_id, count(*) FROM grains WHERE kind = 1 AND closed_through < $day
            GROUP BY partition_id ORDER BY 1
            """;
        command.Parameters.AddWithValue("$day", SqliteValues.ToText(day));
        return await SqliteReads.ReadAllAsync(command, r => new PartitionBehind(r.GetInt32(0), r.GetInt64(1)),
            cancellationToken);
    }

    public async Task<ClosingProgress> GetClosingProgressAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // "kind = 1" lets SQLite count over the partial closed_through index instead of the whole grains table.
        command.CommandText =
            "SELECT count(*) FILTER (WHERE closed_through >= $day), count(*) FROM grains WHERE kind = 1";
        command.Parameters.AddWithValue("$day", SqliteValues.ToText(day));
        var rows = await SqliteReads.ReadAllAsync(
            command, r => new ClosingProgress(r.GetInt64(0), r.GetInt64(1)), cancellationToken);
        return rows[0];
    }

    public Task<DateOnly?> RecordClosedThroughAsync(DateOnly day, CancellationToken cancellationToken) =>
        WriteAsync<DateOnly?>($"Recording the ledger closed through {day:O}", async writer =>
        {
            // One transaction holding the write lock: no book can move between the check and the update. A day
            // that is not yet before the business date is not over, whatever the books say.
            await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync(cancellationToken);
            await using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE ledger_meta SET closed_through = $day
                WHERE $day < business_date AND (closed_through IS NULL OR closed_through < $day)
                    AND NOT EXISTS (SELECT 1 FROM grains WHERE kind = 1 AND closed_through < $day)
                """;
            command.Parameters.AddWithValue("$day", SqliteValues.ToText(day));
            await command.ExecuteNonQueryAsync(cancellationToken);
            command.CommandText = "SELECT closed_through FROM ledger_meta";
            var stored = await command.ExecuteScalarAsync(cancellationToken) is string text
                ? SqliteValues.ParseDate(text)
                : (DateOnly?)null;
            await transaction.CommitAsync(cancellationToken);
            return stored;
        }, cancellationToken);

    public async Task<ILedgerReadView> OpenReadViewAsync(CancellationToken cancellationToken) =>
        await SqliteReadView.OpenAsync(await OpenReaderAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<AccountBalance>> GetAccountBalancesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await SqliteReads.ReadAccountBalancesAsync(connection, null, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, long>> GetOutcomeCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await SqliteReads.ReadOutcomeCountsAsync(connection, null, cancellationToken);
    }

    public async Task<IReadOnlyList<JournalPosting>> ReadJournalAsync(
        string borrowerId, long afterEntrySeq, int maxEntries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(borrowerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEntries);
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The page is counted in entries, never cut inside one: take the first N entry numbers, then all of
        // their postings.
        command.CommandText = $"""
            SELECT {SqliteReads.PostingColumns} FROM journal_postings
            WHERE borrower_id = $b AND entry_seq IN (
                SELECT DISTINCT entry_seq FROM journal_postings
                WHERE borrower_id = $b AND entry_seq > $after
                ORDER BY entry_seq LIMIT $max)
            ORDER BY entry_seq, posting_no
            """;
        command.Parameters.AddWithValue("$b", borrowerId);
        command.Parameters.AddWithValue("$after", afterEntrySeq);
        command.Parameters.AddWithValue("$max", maxEntries);
        return await SqliteReads.ReadAllAsync(command, SqliteValues.ReadPosting, cancellationToken);
    }

    public async IAsyncEnumerable<JournalPosting> StreamJournalAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await foreach (var posting in SqliteReads.StreamJournalAsync(connection, null, cancellationToken))
        {
            yield return posting;
        }
    }

    public async Task<LedgerState> GetLedgerStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await SqliteReads.ReadLedgerStateAsync(connection, null, cancellationToken);
    }

    /// <summary>SQLite's only failures that pass are a database busy or locked by another connection (result codes
    /// 5 and 6, and their extended codes) past the busy timeout; I/O errors of the file are not expected to pass.
    /// </summary>
    public StoreFailure Classify(Exception failure) => StoreFailures.Classify(failure, e =>
        e is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) is SqliteBusy or SqliteLocked
            ? StoreFailure.Transient
            : StoreFailure.Fault);

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public async ValueTask DisposeAsync()
    {
        // Waiting for the lock lets an in-flight commit finish before its connection goes away.
        await _writeLock.WaitAsync();
        try
        {
            _disposed = true;
            if (_writer is not null)
            {
                await _writer.DisposeAsync();
                _writer = null;
            }

            await using var reader = new SqliteConnection(_readerConnectionString);
            SqliteConnection.ClearPool(reader);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The stored grain state named <paramref name="stateName"/> of <paramref name="grainId"/>: its payload
    /// (null when cleared) and version, or null when none was ever written. For the embedded silo's grain storage
    /// (state that holds no money).</summary>
    public async Task<(byte[]? Payload, long Version)?> ReadGrainStateAsync(string stateName, string grainId,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload, version FROM grain_state WHERE state_name = $s AND grain_id = $g";
        command.Parameters.AddWithValue("$s", stateName);
        command.Parameters.AddWithValue("$g", grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return (reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0), reader.GetInt64(1));
    }

    /// <summary>Writes a grain state (a null <paramref name="payload"/> clears it) if its stored version is still
    /// <paramref name="expectedVersion"/> (null: none stored yet); returns the new version, or null when another
    /// write came first and nothing was written.</summary>
    public Task<long?> WriteGrainStateAsync(string stateName, string grainId, byte[]? payload, long? expectedVersion,
        CancellationToken cancellationToken) =>
        WriteAsync<long?>($"Writing grain state {stateName} of {grainId}", async writer =>
        {
            await using var command = writer.CreateCommand();
            command.CommandText = expectedVersion is null
                ? """
                  INSERT INTO grain_state (state_name, grain_id, version, payload, updated_at)
                  VALUES ($s, $g, 1, $p, $now) ON CONFLICT DO NOTHING RETURNING version
                  """
                : """
                  UPDATE grain_state SET version = version + 1, payload = $p, updated_at = $now
                  WHERE state_name = $s AND grain_id = $g AND version = $v RETURNING version
                  """;
            command.Parameters.AddWithValue("$s", stateName);
            command.Parameters.AddWithValue("$g", grainId);
            command.Parameters.AddWithValue("$p", (object?)payload ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", NowMicros());
            command.Parameters.AddWithValue("$v", (object?)expectedVersion ?? DBNull.Value);
            return await command.ExecuteScalarAsync(cancellationToken) is long version ? version : null;
        }, cancellationToken);

    private static string ConnectionString(string path, bool pooling) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = pooling,
        DefaultTimeout = SqliteSchema.BusyTimeoutMs / 1000,
    }.ToString();

    private long NowMicros() => SqliteValues.ToMicros(_time.GetUtcNow());

    /// <summary>Runs <paramref name="write"/> on the writer connection under the write lock, opening the
    /// connection on first use; SQLite failures are rethrown with <paramref name="context"/>.</summary>
    private async Task<T> WriteAsync<T>(
        string context, Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writer is null)
            {
                var writer = new SqliteConnection(_writerConnectionString);
                await writer.OpenAsync(cancellationToken);
                await SqliteSchema.ConfigureWriterAsync(writer, cancellationToken);
                _writer = writer;
            }

            return await write(_writer);
        }
        catch (SqliteException ex)
        {
            throw new SqliteStoreException($"{context}: {ex.Message}", ex);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_readerConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {SqliteSchema.BusyTimeoutMs}; PRAGMA query_only = ON;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
