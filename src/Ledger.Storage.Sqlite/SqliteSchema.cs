using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// Versioned migrations of the embedded store: the same tables as the PostgreSQL store, as STRICT tables so
/// that SQLite enforces column types too. Migrations run in a BEGIN IMMEDIATE transaction, which takes the
/// database's write lock up front, so two processes opening the same file cannot both apply one.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>How long a statement waits for another connection's lock before failing with SQLITE_BUSY.</summary>
    internal const int BusyTimeoutMs = 10_000;

    /// <summary>The ordinal key <c>StreamGrainsAsync</c> orders by; shared by the query and its index. SQLite's
    /// BINARY collation compares UTF-8 bytes, which is code point order.</summary>
    internal const string GrainKeyExpression =
        "(CASE WHEN kind = 1 THEN borrower_id ELSE borrower_id || '/' || entity_id END)";

    private const string V1Tables = """
        CREATE TABLE ledger_meta (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            partition_count INTEGER NOT NULL CHECK (partition_count > 0),
            business_date TEXT CHECK (business_date IS NULL OR date(business_date) = business_date),
            created_at INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE partitions (
            partition_id INTEGER PRIMARY KEY CHECK (partition_id >= 0),
            owner TEXT,
            epoch INTEGER NOT NULL CHECK (epoch >= 0),
            lease_expires_at INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE silos (
            silo_id TEXT PRIMARY KEY,
            endpoint TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            status TEXT NOT NULL,
            heartbeat_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE grains (
            borrower_id TEXT NOT NULL,
            kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 3),
            entity_id TEXT NOT NULL,
            partition_id INTEGER NOT NULL REFERENCES partitions,
            version INTEGER NOT NULL CHECK (version > 0),
            state BLOB NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (borrower_id, kind, entity_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX grains_partition_idx ON grains (partition_id, borrower_id, kind, entity_id);
        CREATE TABLE command_outcomes (
            scope TEXT NOT NULL,
            command_id TEXT NOT NULL,
            partition_id INTEGER NOT NULL,
            content_hash BLOB NOT NULL CHECK (length(content_hash) = 32),
            outcome TEXT NOT NULL,
            business_date TEXT CHECK (business_date IS NULL OR date(business_date) = business_date),
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (scope, command_id)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE journal_postings (
            borrower_id TEXT NOT NULL,
            entry_seq INTEGER NOT NULL,
            posting_no INTEGER NOT NULL,
            partition_id INTEGER NOT NULL REFERENCES partitions,
            business_date TEXT NOT NULL CHECK (date(business_date) = business_date),
            entity_kind INTEGER NOT NULL CHECK (entity_kind BETWEEN 1 AND 3),
            entity_id TEXT NOT NULL,
            event TEXT NOT NULL,
            command_id TEXT,
            account TEXT NOT NULL,
            amount_minor INTEGER NOT NULL,
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (borrower_id, entry_seq, posting_no)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE eod_partitions_done (
            partition_id INTEGER NOT NULL REFERENCES partitions,
            business_date TEXT NOT NULL CHECK (date(business_date) = business_date),
            done_at INTEGER NOT NULL,
            PRIMARY KEY (partition_id, business_date)
        ) STRICT, WITHOUT ROWID;
        """;

    private const string V1AppendOnlyJournal = """
        CREATE TRIGGER journal_postings_no_update BEFORE UPDATE ON journal_postings
        BEGIN SELECT RAISE(ABORT, 'journal_postings is append-only: UPDATE refused'); END;
        CREATE TRIGGER journal_postings_no_delete BEFORE DELETE ON journal_postings
        BEGIN SELECT RAISE(ABORT, 'journal_postings is append-only: DELETE refused'); END;
        """;

    private const string V1GrainKeyIndex =
        $"CREATE INDEX grains_kind_key_idx ON grains (kind, {GrainKeyExpression});";

    /// <summary>End of day mark and silo membership. <c>eod_running</c> is the date whose end of day runs (commits
    /// that require a business date are refused meanwhile); it can only name the business date, and the commit
    /// that moves the business date clears it. SQLite cannot add a CHECK to an existing column, so
    /// <c>silos</c> is rebuilt with one (nothing references it, and the migration holds the write lock).</summary>
    private const string V2EndOfDayAndMembership = $"""
        ALTER TABLE ledger_meta ADD COLUMN eod_running TEXT
            CHECK (eod_running IS NULL OR eod_running = business_date);
        CREATE TABLE silos_v2 (
            silo_id TEXT PRIMARY KEY,
            endpoint TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('active', 'draining', 'stopped')),
            heartbeat_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
        INSERT INTO silos_v2 (silo_id, endpoint, started_at, status, heartbeat_at)
            SELECT silo_id, endpoint, started_at, status, heartbeat_at FROM silos;
        DROP TABLE silos;
        ALTER TABLE silos_v2 RENAME TO silos;
        """;

    /// <summary>Books close their own days (the end of day is a date step; a sweep closes the books nobody
    /// touches), so the end of day mark and the partition-done records go. Each borrower row records the last day
    /// its book closed in <c>grains.closed_through</c>, indexed for the sweep (per partition, in key order) and for
    /// ledger-wide counts; both indexes are partial (borrower rows only), which is also why every query meant to
    /// use them says <c>kind = 1</c>. Before this release every end of day closed every book before the date
    /// moved on, so every book, and the ledger, is closed through the day before the business date.
    /// <para>SQLite cannot add a CHECK that existing rows fail, so "set exactly on borrower rows" is not a column
    /// constraint: every write passes <see cref="CommitBatchRules"/>, which enforces it. Dropping
    /// <c>eod_running</c> works despite its CHECK, because that constraint belongs to the column itself (SQLite
    /// refuses only columns named by other columns' or the table's constraints).</para></summary>
    private const string V5BooksCloseTheirOwnDays = """
        ALTER TABLE ledger_meta DROP COLUMN eod_running;
        ALTER TABLE ledger_meta ADD COLUMN closed_through TEXT
            CHECK (closed_through IS NULL OR date(closed_through) = closed_through);
        UPDATE ledger_meta SET closed_through = date(business_date, '-1 day') WHERE business_date IS NOT NULL;
        ALTER TABLE grains ADD COLUMN closed_through TEXT
            CHECK (closed_through IS NULL OR date(closed_through) = closed_through);
        UPDATE grains SET closed_through = (SELECT date(business_date, '-1 day') FROM ledger_meta) WHERE kind = 1;
        CREATE INDEX grains_sweep_idx ON grains (partition_id, closed_through, borrower_id) WHERE kind = 1;
        CREATE INDEX grains_closed_through_idx ON grains (closed_through) WHERE kind = 1;
        DROP TABLE eod_partitions_done;
        """;

    /// <summary>The home-made grain runtime is gone (the embedded silo runs on Orleans): its silos table
    /// (membership, heartbeats, drain requests) goes, and so do the partitions' owners, epochs and leases. The
    /// partitions table stays as the ledger's list of partitions, which the books' rows and the journal reference.
    /// The columns' own CHECKs go with them. <see cref="RefuseLiveLeaseAsync"/> runs first.</summary>
    private const string V7NoHomeMadeRuntime = """
        ALTER TABLE partitions DROP COLUMN owner;
        ALTER TABLE partitions DROP COLUMN epoch;
        ALTER TABLE partitions DROP COLUMN lease_expires_at;
        DROP TABLE silos;
        """;

    /// <summary>The first version without the columns that <see cref="EnsureLedgerAsync"/> filled before.</summary>
    private const int NoLeasesVersion = 7;

    /// <summary>Grain state that holds no money (the scheduled end of day), for the embedded silo's Orleans grain
    /// storage; the PostgreSQL store's version 6 holds the Orleans ADO.NET providers' tables, this one (version 8) their
    /// embedded counterpart. One row per state name and grain id; <c>version</c> is the state's ETag, bumped by every
    /// write, and a null payload is a cleared state.</summary>
    private const string V8GrainState = """
        CREATE TABLE grain_state (
            state_name TEXT NOT NULL,
            grain_id TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version > 0),
            payload BLOB,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (state_name, grain_id)
        ) STRICT, WITHOUT ROWID;
        """;

    /// <summary>Applied in order; a released migration is never edited, a change is a new version. A migration
    /// may come with a check that runs first, in the same transaction, and refuses a database it cannot migrate
    /// (nothing of it is applied then). Versions 3 and 4 do not exist here: they are PostgreSQL-only changes (fill
    /// factor, requirements checked inside the commit's batch) with no SQLite counterpart, and the numbers are
    /// kept in step so that one version names the same schema change in both stores.</summary>
    private static readonly Migration[] Migrations =
    [
        new(1, "ledger tables", V1Tables + V1AppendOnlyJournal + V1GrainKeyIndex),
        new(2, "end of day mark, silo status check", V2EndOfDayAndMembership),
        new(5, "books close their own days", V5BooksCloseTheirOwnDays, RefuseUnfinishedEndOfDayAsync),
        new(NoLeasesVersion, "no partition leases, epochs or silos table (the home-made runtime is gone)",
            V7NoHomeMadeRuntime, RefuseLiveLeaseAsync),
        new(8, "grain state that holds no money", V8GrainState),
    ];

    /// <summary>One schema version: its SQL, and the check (if any) that must pass before it is applied.</summary>
    private sealed record Migration(
        int Version, string Name, string Sql, Func<SqliteCommand, CancellationToken, Task>? Check = null);

    /// <summary>Sets the connection's durability and locking behaviour. WAL lets readers run beside the
    /// writer; synchronous=FULL syncs the WAL on every commit, so a commit that returned survives power loss.
    /// </summary>
    internal static async Task ConfigureWriterAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"SQLite refused WAL mode for {connection.DataSource} (journal mode is {mode}); the ledger needs a "
                + "database file on a local file system.");
        }

        command.CommandText = $"""
            PRAGMA synchronous = FULL;
            PRAGMA busy_timeout = {BusyTimeoutMs};
            PRAGMA foreign_keys = ON;
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Migrates the schema and creates the ledger if absent, in one transaction holding the write lock;
    /// returns the ledger's partition count.</summary>
    /// <remarks><paramref name="targetVersion"/> stops at an older version; only tests use it, to build a
    /// database as an older release left it.</remarks>
    internal static async Task<int> MigrateAsync(
        SqliteConnection connection, int partitionCount, long nowMicros, CancellationToken cancellationToken,
        int? targetVersion = null)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at INTEGER NOT NULL
            ) STRICT;
            SELECT coalesce(max(version), 0) FROM schema_migrations;
            """;
        var current = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        var latest = Migrations[^1].Version;
        if (current > latest)
        {
            // An older build must not write to a schema it does not understand.
            throw new InvalidOperationException(
                $"The database schema is at version {current}, newer than this build knows ({latest}).");
        }

        var target = targetVersion ?? latest;
        foreach (var (version, name, sql, check) in Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            if (check is not null)
            {
                await check(command, cancellationToken);
            }

            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            command.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $at)";
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$v", version);
            command.Parameters.AddWithValue("$n", name);
            command.Parameters.AddWithValue("$at", nowMicros);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var count = await EnsureLedgerAsync(command, partitionCount, nowMicros, target, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Before version 5: an end of day that the previous release left running (its mark still set) has
    /// closed some books and not others, and the books record no closed day yet to tell which; version 5 would
    /// record every book as closed through the day before the business date, silently skipping that day for the
    /// books it had not reached. The release that started it must finish it. A borrower without a business date
    /// cannot exist (a borrower is opened on one); such a file is refused rather than given books that record no
    /// closed day. Either refusal is one line (<see cref="SchemaMigrationRefusedException"/>: the silo prints it and
    /// exits 5).</summary>
    private static async Task RefuseUnfinishedEndOfDayAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = """
            SELECT eod_running, business_date IS NULL AND EXISTS (SELECT 1 FROM grains WHERE kind = 1)
            FROM ledger_meta
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return;
        }

        if (SqliteValues.GetDate(reader, 0) is { } running)
        {
            throw new SchemaMigrationRefusedException(
                $"An end of day for {running:yyyy-MM-dd} was left running by the previous release: finish it with "
                + "that release (send the same EndOfDay again), then upgrade.");
        }

        if (reader.GetBoolean(1))
        {
            throw new SchemaMigrationRefusedException(
                "The ledger has borrowers but no business date, which no release writes; refusing to migrate it.");
        }
    }

    /// <summary>Before version 7: an end of day is marked running while a partition's lease is live. The previous
    /// release's sweep holds a partition's lease while it closes that partition's books, and a silo of the
    /// home-made runtime holds the leases of every partition as long as it runs: either way a silo of the previous
    /// release still writes, and this release, which no longer proves leases, must not write beside it. Refused
    /// until every old silo is stopped and its leases have run out (a killed silo's within its lease duration, 5 s
    /// by default). Books a stopped sweep left behind are no reason: this release's sweep closes them from their
    /// rows.</summary>
    private static async Task RefuseLiveLeaseAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$now", SqliteValues.ToMicros(DateTimeOffset.UtcNow));
        command.CommandText = """
            SELECT partition_id, owner, lease_expires_at FROM partitions
            WHERE owner IS NOT NULL AND lease_expires_at > $now
            ORDER BY lease_expires_at DESC, partition_id LIMIT 1
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            var until = SqliteValues.FromMicros(reader.GetInt64(2));
            throw new SchemaMigrationRefusedException(
                $"An end of day may be running: partition {reader.GetInt32(0)} is held by silo {reader.GetString(1)} "
                + $"of the previous release until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC. Stop every silo of "
                + "the previous release, wait until then, and start this one again.");
        }
    }

    /// <remarks>A ledger created at an older <paramref name="schemaVersion"/> (tests build such databases) fills the
    /// partitions' lease columns as the release of that version did.</remarks>
    private static async Task<int> EnsureLedgerAsync(SqliteCommand command, int partitionCount, long nowMicros,
        int schemaVersion, CancellationToken cancellationToken)
    {
        command.CommandText = """
            INSERT INTO ledger_meta (id, partition_count, created_at)
            SELECT 1, $count, $now WHERE NOT EXISTS (SELECT 1 FROM ledger_meta)
            """;
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$count", partitionCount);
        command.Parameters.AddWithValue("$now", nowMicros);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            command.CommandText = $"""
                WITH RECURSIVE seq(p) AS (SELECT 0 UNION ALL SELECT p + 1 FROM seq WHERE p + 1 < $count)
                {(schemaVersion >= NoLeasesVersion
                    ? "INSERT INTO partitions (partition_id) SELECT p FROM seq"
                    : "INSERT INTO partitions (partition_id, owner, epoch, lease_expires_at) "
                        + "SELECT p, NULL, 0, $now FROM seq")}
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        command.CommandText = "SELECT partition_count FROM ledger_meta";
        var count = await command.ExecuteScalarAsync(cancellationToken);
        return count is long value ? checked((int)value) : throw new UnreachableException("ledger_meta is empty.");
    }
}
