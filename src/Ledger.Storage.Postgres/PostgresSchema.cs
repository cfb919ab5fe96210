using System.Diagnostics;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// Versioned schema migrations and ledger creation. Every silo runs <see cref="MigrateAsync"/> at start-up;
/// a transaction-scoped advisory lock serializes concurrent starts, so exactly one of them applies each
/// migration and creates the ledger, and the others see the result once they get the lock.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Arbitrary constant naming "the ledger schema" among advisory locks of the database.</summary>
    private const long MigrationLockKey = 0x4C65_6467_6572_5631; // "LedgerV1"

    /// <summary>The ordinal key <c>StreamGrainsAsync</c> orders by; shared by the query and its index so the
    /// planner can use the index. Text columns are COLLATE "C", so comparisons are by code point.</summary>
    internal const string GrainKeyExpression =
        "(CASE WHEN kind = 1 THEN borrower_id ELSE borrower_id || '/' || entity_id END)";

    private const string V1Tables = """
        CREATE TABLE ledger_meta (
            id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
            partition_count integer NOT NULL CHECK (partition_count > 0),
            business_date date,
            created_at timestamptz NOT NULL
        );
        CREATE TABLE partitions (
            partition_id integer PRIMARY KEY CHECK (partition_id >= 0),
            owner text COLLATE "C",
            epoch bigint NOT NULL CHECK (epoch >= 0),
            lease_expires_at timestamptz NOT NULL
        );
        CREATE TABLE silos (
            silo_id text COLLATE "C" PRIMARY KEY,
            endpoint text NOT NULL,
            started_at timestamptz NOT NULL,
            status text NOT NULL,
            heartbeat_at timestamptz NOT NULL
        );
        CREATE TABLE grains (
            borrower_id text COLLATE "C" NOT NULL,
            kind smallint NOT NULL CHECK (kind BETWEEN 1 AND 3),
            entity_id text COLLATE "C" NOT NULL,
            partition_id integer NOT NULL REFERENCES partitions,
            version bigint NOT NULL CHECK (version > 0),
            state bytea NOT NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (borrower_id, kind, entity_id)
        );
        CREATE INDEX grains_partition_idx ON grains (partition_id, borrower_id, kind, entity_id);
        CREATE TABLE command_outcomes (
            scope text COLLATE "C" NOT NULL,
            command_id text COLLATE "C" NOT NULL,
            partition_id integer NOT NULL,
            content_hash bytea NOT NULL CHECK (length(content_hash) = 32),
            outcome text COLLATE "C" NOT NULL,
            business_date date,
            recorded_at timestamptz NOT NULL,
            PRIMARY KEY (scope, command_id)
        );
        -- No foreign key on partition_id here: it would add a referential check per posting row to the
        -- hottest insert, and every commit already proves its partitions in the fence query.
        CREATE TABLE journal_postings (
            borrower_id text COLLATE "C" NOT NULL,
            entry_seq bigint NOT NULL,
            posting_no integer NOT NULL,
            partition_id integer NOT NULL,
            business_date date NOT NULL,
            entity_kind smallint NOT NULL CHECK (entity_kind BETWEEN 1 AND 3),
            entity_id text COLLATE "C" NOT NULL,
            event text NOT NULL,
            command_id text COLLATE "C",
            account text COLLATE "C" NOT NULL,
            amount_minor bigint NOT NULL,
            recorded_at timestamptz NOT NULL,
            PRIMARY KEY (borrower_id, entry_seq, posting_no)
        );
        CREATE TABLE eod_partitions_done (
            partition_id integer NOT NULL REFERENCES partitions,
            business_date date NOT NULL,
            done_at timestamptz NOT NULL,
            PRIMARY KEY (partition_id, business_date)
        );
        """;

    private const string V1AppendOnlyJournal = """
        CREATE FUNCTION journal_postings_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'journal_postings is append-only: % refused', TG_OP
                USING ERRCODE = 'integrity_constraint_violation';
        END
        $$;
        CREATE TRIGGER journal_postings_append_only
            BEFORE UPDATE OR DELETE ON journal_postings
            FOR EACH ROW EXECUTE FUNCTION journal_postings_refuse_change();
        CREATE TRIGGER journal_postings_no_truncate
            BEFORE TRUNCATE ON journal_postings
            FOR EACH STATEMENT EXECUTE FUNCTION journal_postings_refuse_change();
        """;

    private const string V1GrainKeyIndex =
        $"CREATE INDEX grains_kind_key_idx ON grains (kind, {GrainKeyExpression});";

    /// <summary>End of day mark and silo membership. <c>eod_running</c> is the date whose end of day runs (commits
    /// that require a business date are refused meanwhile); it can only name the business date, and the commit
    /// that moves the business date clears it. Both ALTERs are cheap: a nullable column without default is a
    /// catalog change, and the CHECKs scan one-row and few-row tables.</summary>
    private const string V2EndOfDayAndMembership = $"""
        ALTER TABLE ledger_meta ADD COLUMN eod_running date;
        ALTER TABLE ledger_meta ADD CONSTRAINT ledger_meta_eod_running_is_business_date
            CHECK (eod_running IS NULL OR eod_running = business_date);
        ALTER TABLE silos ADD CONSTRAINT silos_status_known
            CHECK (status IN ('active', 'draining', 'stopped'));
        """;

    /// <summary>Room on every grains page for a changed row's new version, so that an update (which never changes an
    /// indexed column) stays on its page as a heap-only tuple: no new entries in the three grains indexes, and the
    /// old version is pruned by page visits instead of waiting for vacuum. End of day rewrites every drawn line and
    /// released order, so this halves its writes. Pages written before this migration get the room when rewritten
    /// (VACUUM FULL or pg_repack); new ones have it at once.</summary>
    private const string V3GrainsFillFactor = "ALTER TABLE grains SET (fillfactor = 70);";

    /// <summary>The error a commit's own checks raise (<see cref="RequireFunction"/>).</summary>
    internal const string RequirementFailedState = "LG001";

    /// <summary>Lets one statement of a commit's batch fail it: <c>ledger_require(ok, what, detail)</c> returns
    /// true, or raises <see cref="RequirementFailedState"/> with the message <c>what: detail</c> when <c>ok</c> is
    /// not true (in the message, since Npgsql hides an error's detail field unless told otherwise). With it, a
    /// commit proves its fences and its business date and checks its row counts inside the one batch that writes
    /// it, so a batch without COPY is a single round trip (one implicit transaction) instead of a proof, the
    /// writes and a COMMIT.</summary>
    internal const string RequireFunction = "ledger_require";

    private const string V4CommitRequirements = $"""
        CREATE FUNCTION {RequireFunction}(ok boolean, what text, detail text) RETURNS boolean
        LANGUAGE plpgsql VOLATILE AS $$
        BEGIN
            IF ok IS NOT TRUE THEN
                RAISE EXCEPTION USING ERRCODE = '{RequirementFailedState}',
                    MESSAGE = what || ': ' || coalesce(detail, '');
            END IF;
            RETURN true;
        END
        $$;
        """;

    /// <summary>Books close their days themselves (lazily, or through the sweep) instead of in one end-of-day
    /// barrier. Each borrower row records in <c>closed_through</c> the last day its book closed: every release
    /// before this one closed all books eagerly, so an existing book has closed the day before the business date.
    /// <c>ledger_meta.closed_through</c> records the day through which every book has closed. The end-of-day mark
    /// and the per-partition done records go (<see cref="RefuseEndOfDayLeftRunningAsync"/> runs first).
    /// <para>A book's <c>closed_through</c> changes once per closed day, and it is indexed: that one update of the
    /// borrower row is not heap-only (the fill factor of version 3 assumed no update changes an indexed column,
    /// which stays true of line and order rows and of the borrower row's other updates).</para>
    /// <para>The sweep's index leads with the partition and then the borrower, so a chunk of the books to close
    /// is read in borrower order straight from it, resuming after the last borrower of the previous chunk; the
    /// closed day, third, is tested inside the index, so books already closed cost no heap visit. (With the
    /// closed day second, every chunk would read and sort all the partition's books still to close, which makes
    /// a sweep quadratic in the size of a partition.) The index on the closed day alone serves the ledger-wide
    /// counts and the check that no book is behind.</para>
    /// <para>A borrower row can only exist with a business date (a borrower opens on one), so the fill below
    /// never leaves a borrower row without a closed day; if it did, the CHECK would refuse the migration.</para>
    /// </summary>
    private const string V5BooksCloseTheirDays = """
        ALTER TABLE ledger_meta DROP CONSTRAINT ledger_meta_eod_running_is_business_date;
        ALTER TABLE ledger_meta DROP COLUMN eod_running;
        DROP TABLE eod_partitions_done;
        ALTER TABLE ledger_meta ADD COLUMN closed_through date;
        UPDATE ledger_meta SET closed_through = business_date - 1;
        ALTER TABLE grains ADD COLUMN closed_through date;
        UPDATE grains SET closed_through = (SELECT business_date - 1 FROM ledger_meta) WHERE kind = 1;
        ALTER TABLE grains ADD CONSTRAINT grains_closed_through_of_borrowers
            CHECK ((kind = 1) = (closed_through IS NOT NULL));
        CREATE INDEX grains_books_to_close_idx ON grains (partition_id, borrower_id, closed_through)
            WHERE kind = 1;
        CREATE INDEX grains_closed_through_idx ON grains (closed_through) WHERE kind = 1;
        """;

    /// <summary>The home-made grain runtime is gone (the ledger runs on Orleans, whose membership is in the tables of
    /// version 6): its silos table (membership, heartbeats, drain requests) goes, and so do the partitions' owners,
    /// epochs and leases. The partitions table stays as the ledger's list of partitions, which the books' rows
    /// reference and the sweep goes through. <see cref="RefuseLiveLeaseAsync"/> runs first.</summary>
    private const string V7NoHomeMadeRuntime = """
        ALTER TABLE partitions DROP COLUMN owner, DROP COLUMN epoch, DROP COLUMN lease_expires_at;
        DROP TABLE silos;
        """;

    /// <summary>Borrower rows leave the two indexes that need not hold them. A borrower row's update that closes a day
    /// changes its indexed closed day, so it is not heap-only and adds an entry to every index of the table: five,
    /// of which the partition index (used, since the home-made runtime's partition reads went, by no statement: every
    /// row is looked up by its key, and the sweep reads a partition's books through its own index) and the
    /// kind-and-key index (the snapshot's order, which for borrowers is the primary key's: a borrower's key is its
    /// id) serve nothing for borrowers. Without them the sweep's update of a borrower row adds three entries, and a
    /// new borrower or line row one fewer: ~10 % of a 200,000-book sweep (load-tests/README.md, "Where the sweep's
    /// time goes"). The kind-and-key index stays for lines and orders.</summary>
    private const string V8BorrowerRowsInFewerIndexes = $"""
        DROP INDEX grains_partition_idx;
        DROP INDEX grains_kind_key_idx;
        CREATE INDEX grains_kind_key_idx ON grains (kind, {GrainKeyExpression}) WHERE kind <> 1;
        """;

    /// <summary>New book rows without a foreign key to <c>partitions</c>. The key ran a referential check for every new
    /// grain row (a trigger, and a query locking the partition's row <c>FOR KEY SHARE</c>; the two commit lanes and
    /// the sweep lock the same 256 rows, so the locks become multixacts): on a stream of new borrowers it doubled the
    /// cost of the commit's row insert (load-tests/README.md, "New book rows without the partitions key"). What it
    /// guarded, a row in a partition the ledger does not have (which no sweep would ever close), is now proven once
    /// per commit instead: every commit that creates book rows proves that their highest partition is below the
    /// ledger's partition count (<c>PostgresCommit</c>), and a negative partition never reaches the store
    /// (<c>CommitBatchRules</c>). The journal and the outcome records never had the key, for the same reason.
    /// </summary>
    private const string V9NoPartitionsKeyOnGrains = """
        ALTER TABLE grains DROP CONSTRAINT grains_partition_id_fkey;
        """;

    /// <summary>The first version without the columns that <see cref="EnsureLedgerAsync"/> filled before.</summary>
    private const int NoLeasesVersion = 7;

    /// <summary>Applied in order; a released migration is never edited, a change is a new version.</summary>
    private static readonly Migration[] Migrations =
    [
        new(1, "ledger tables", V1Tables + V1AppendOnlyJournal + V1GrainKeyIndex),
        new(2, "end of day mark, silo status check", V2EndOfDayAndMembership),
        new(3, "grains fill factor for heap-only updates", V3GrainsFillFactor),
        new(4, "commit requirements checked inside the commit's batch", V4CommitRequirements),
        new(5, "books record the day they closed; no end-of-day mark", V5BooksCloseTheirDays,
            RefuseEndOfDayLeftRunningAsync),
        new(6, "Orleans ADO.NET providers' tables and stored queries", OrleansSchema.Migration),
        new(NoLeasesVersion, "no partition leases, epochs or silos table (the home-made runtime is gone)",
            V7NoHomeMadeRuntime, RefuseLiveLeaseAsync),
        new(8, "borrower rows only in the indexes that serve them", V8BorrowerRowsInFewerIndexes),
        new(9, "new book rows proven in range once per commit, not by a foreign key per row",
            V9NoPartitionsKeyOnGrains),
    ];

    /// <summary>One schema version. <paramref name="Precondition"/>, when set, runs first and throws to refuse
    /// the migration (the whole migration transaction then rolls back).</summary>
    private sealed record Migration(int Version, string Name, string Sql,
        Func<NpgsqlConnection, CancellationToken, Task>? Precondition = null);

    /// <summary>An end of day the previous release had begun (its mark set) had closed some partitions and not
    /// others. This release cannot finish it: it no longer knows which partitions are done, and its books would
    /// record a closed day that only some of them closed. So the upgrade is refused, in one line saying what to do
    /// (<see cref="SchemaMigrationRefusedException"/>: the silo prints it and exits 5).</summary>
    private static async Task RefuseEndOfDayLeftRunningAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT eod_running FROM ledger_meta WHERE eod_running IS NOT NULL", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            throw new SchemaMigrationRefusedException(EndOfDayLeftRunningRefusal(reader.GetFieldValue<DateOnly>(0)));
        }
    }

    /// <summary>The one-line reason an upgrade is refused while the previous release's end of day is marked
    /// running.</summary>
    internal static string EndOfDayLeftRunningRefusal(DateOnly running) =>
        $"An end of day for {running:yyyy-MM-dd} was left running by the previous release: finish it with that "
        + "release (send the same EndOfDay again), then upgrade.";

    /// <summary>Before version 7: an end of day is marked running while a partition's lease is live. The previous
    /// release's sweep (the home-made runtime's, and the Orleans sweep's claims) holds a partition's lease while it
    /// closes that partition's books, and a silo of the home-made runtime holds the leases of every partition it
    /// serves as long as it runs. Either way a silo of the previous release still writes, and this release, which
    /// no longer proves leases, must not write beside it: the upgrade is refused until every old silo is stopped and
    /// its leases have run out (a killed silo's within its lease duration, 5 s by default). Books that a stopped
    /// sweep left behind are not a reason: this release's sweep closes them from their rows.</summary>
    private static async Task RefuseLiveLeaseAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT partition_id, owner, lease_expires_at FROM partitions
            WHERE owner IS NOT NULL AND lease_expires_at > now()
            ORDER BY lease_expires_at DESC, partition_id LIMIT 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            throw new SchemaMigrationRefusedException(LiveLeaseRefusal(
                reader.GetInt32(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }
    }

    /// <summary>The one-line reason an upgrade is refused while a silo of the previous release holds a lease.
    /// </summary>
    internal static string LiveLeaseRefusal(int partition, string silo, DateTimeOffset until) =>
        $"An end of day may be running: partition {partition} is held by silo {silo} of the previous release until "
        + $"{until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC. Stop every silo of the previous release, wait until then, "
        + "and start this one again.";

    /// <summary>Migrates the schema and creates the ledger if absent, in one locked transaction;
    /// returns the ledger's partition count.</summary>
    /// <remarks><paramref name="targetVersion"/> stops at an older version; only tests use it, to build a
    /// database as an older release left it.</remarks>
    internal static async Task<int> MigrateAsync(
        NpgsqlDataSource dataSource, int partitionCount, DateTimeOffset now, CancellationToken cancellationToken,
        int? targetVersion = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken);
        var target = targetVersion ?? Migrations[^1].Version;
        await ApplyMigrationsAsync(connection, now, target, cancellationToken);
        var count = await EnsureLedgerAsync(connection, partitionCount, now, target, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Migrates the schema only, in one locked transaction, without creating the ledger (for processes
    /// that need the tables but do not own the ledger: <see cref="OrleansSchema.EnsureAsync"/>).</summary>
    internal static async Task MigrateSchemaAsync(
        NpgsqlDataSource dataSource, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken);
        await ApplyMigrationsAsync(connection, now, Migrations[^1].Version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection);
        lockCommand.Parameters.Add(new NpgsqlParameter<long> { TypedValue = MigrationLockKey });
        await lockCommand.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ApplyMigrationsAsync(
        NpgsqlConnection connection, DateTimeOffset now, int targetVersion, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL
            )
            """, connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        int current;
        await using (var select = new NpgsqlCommand(
            "SELECT coalesce(max(version), 0) FROM schema_migrations", connection))
        {
            current = (int)(await select.ExecuteScalarAsync(cancellationToken))!;
        }

        var latest = Migrations[^1].Version;
        if (current > latest)
        {
            // An older build must not write to a schema it does not understand.
            throw new InvalidOperationException(
                $"The database schema is at version {current}, newer than this build knows ({latest}).");
        }

        foreach (var (version, name, sql, precondition) in
            Migrations.Where(m => m.Version > current && m.Version <= targetVersion))
        {
            if (precondition is not null)
            {
                await precondition(connection, cancellationToken);
            }

            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", connection);
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            record.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <remarks>A ledger created at an older <paramref name="schemaVersion"/> (tests build such databases) fills the
    /// partitions' lease columns as the release of that version did.</remarks>
    private static async Task<int> EnsureLedgerAsync(NpgsqlConnection connection, int partitionCount,
        DateTimeOffset now, int schemaVersion, CancellationToken cancellationToken)
    {
        // Runs under the migration lock, so "if empty then create" cannot race with another silo.
        var create = $"""
            WITH meta AS (
                INSERT INTO ledger_meta (partition_count, created_at)
                SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM ledger_meta)
                RETURNING partition_count
            )
            {(schemaVersion >= NoLeasesVersion
                ? "INSERT INTO partitions (partition_id) SELECT p"
                : "INSERT INTO partitions (partition_id, owner, epoch, lease_expires_at) SELECT p, NULL, 0, $2")}
            FROM meta, generate_series(0, meta.partition_count - 1) AS p
            """;
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(create)
                {
                    Parameters =
                    {
                        new NpgsqlParameter<int> { TypedValue = partitionCount },
                        new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
                    },
                },
                new NpgsqlBatchCommand("SELECT partition_count FROM ledger_meta"),
            },
        };
        // The reader skips the INSERT, which returns no rows, and starts on the SELECT.
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new UnreachableException("ledger_meta is empty right after the ledger was created.");
        }

        return reader.GetInt32(0);
    }
}
