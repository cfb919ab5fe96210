using System.Globalization;
using Ledger.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Storage.Postgres;

/// <summary>
/// One <see cref="CommitBatch"/> written in one transaction, as one <see cref="NpgsqlBatch"/>: first the proof of
/// the fences and of the required business date (rows locked FOR SHARE, so no takeover and no end of day can
/// commit until this transaction ends), then every kind of row with array-based statements. Each check is a
/// statement that fails the batch (<see cref="PostgresSchema.RequireFunction"/>), so a failed proof or a short
/// row count rolls everything back, and a batch that needs no COPY is one round trip: its statements run in the
/// implicit transaction of the protocol's single Sync. A batch with many outcomes or postings sends those through
/// binary COPY, inside an explicit transaction.
/// </summary>
internal sealed class PostgresCommit(string siloId, CommitBatch batch, ValidatedBatch validated, DateTimeOffset now)
{
    /// <summary>Above this many rows, outcomes and postings go through binary COPY instead of INSERT. COPY needs an
    /// explicit transaction and round trips of its own besides the batch's (and COMMIT's): worth it only for bulk,
    /// such as an end of day or a batch at full load.</summary>
    internal const int CopyThreshold = 64;

    private const string OutcomeTable = "command_outcomes";
    private const string PartitionDayTable = "eod_partitions_done";
    private const string FenceRequirement = "fences";
    private const string DateRequirement = "business date";
    private const string RowsRequirement = "row count";

    /// <summary>Shown in errors: which batch failed.</summary>
    internal string Describe() => validated.Describe(siloId, batch);

    /// <summary>A unique violation on an outcome or partition-day record: the record exists already.</summary>
    internal static bool IsDuplicateRecord(PostgresException exception) =>
        exception.SqlState == PostgresErrorCodes.UniqueViolation
        && exception.TableName is OutcomeTable or PartitionDayTable;

    internal async Task RunAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var copyOutcomes = batch.Outcomes.Count > CopyThreshold;
        var copyPostings = batch.Postings.Count > CopyThreshold;
        if (!copyOutcomes && !copyPostings)
        {
            await WriteAsync(connection, bulk: false, cancellationToken);
            return;
        }

        // Disposing the transaction without committing rolls it back, which every throw below relies on.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await WriteAsync(connection, bulk: true, cancellationToken);
        if (copyOutcomes)
        {
            await CopyOutcomesAsync(connection, cancellationToken);
        }

        if (copyPostings)
        {
            await CopyPostingsAsync(connection, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The proof and the writes, in one round trip. The proof's statements come first: a lease takeover
    /// cannot commit before this batch does, and neither can <c>BeginEndOfDayAsync</c>, whose row update (after
    /// its EXCLUSIVE table lock, which queues commits that come later) waits for every commit that has proven the
    /// date. A failed check is turned into the exception it stands for; since the checks run in order, a lost
    /// lease is reported before a moved date, and both before anything a write ran into.</summary>
    /// <param name="bulk">In an explicit transaction (COPY follows): an end-of-day chunk or a batch at full load.
    /// Its statements are planned for their arrays' actual lengths, as the end of day's always were, not with the
    /// generic plans the store's sessions use otherwise (a precaution: a 200,000-line end of day measured the
    /// same either way, within its spread).</param>
    private async Task WriteAsync(NpgsqlConnection connection, bool bulk, CancellationToken cancellationToken)
    {
        await using var commands = new NpgsqlBatch(connection);
        if (bulk)
        {
            commands.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL plan_cache_mode = auto"));
        }

        if (validated.FencedPartitions.Length > 0)
        {
            commands.BatchCommands.Add(FenceCommand());
        }

        if (batch.RequireBusinessDate is { } required)
        {
            commands.BatchCommands.Add(DateCommand(required));
        }

        var conflicts = AddWriteCommands(commands);
        if (commands.BatchCommands.Count == 0)
        {
            return;
        }

        try
        {
            await commands.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresSchema.RequirementFailedState)
        {
            var separator = ex.MessageText.IndexOf(": ", StringComparison.Ordinal);
            var (what, detail) = separator < 0
                ? (ex.MessageText, string.Empty)
                : (ex.MessageText[..separator], ex.MessageText[(separator + 2)..]);
            throw what switch
            {
                FenceRequirement => new FenceViolationException(
                    [.. detail.Split(',', StringSplitOptions.RemoveEmptyEntries)
                        .Select(p => int.Parse(p, CultureInfo.InvariantCulture))]),
                DateRequirement => DateException(detail),
                RowsRequirement => new VersionConflictException(
                    $"{Describe()}: {conflicts[int.Parse(detail, CultureInfo.InvariantCulture)]()}"),
                _ => ex,
            };
        }
    }

    /// <summary>Fails unless every fenced partition ($1, sorted, with the epochs $2) is owned by silo $3 at the
    /// fence's epoch; the detail lists the partitions that are not, in order. The rows are locked in partition
    /// order, so that two commits sharing partitions take their locks in the same order. Each row is looked up
    /// by its key from the sorted list: planned once for every list (the store's generic plans), a filter over
    /// the array would read the whole partition table each time.</summary>
    internal const string FenceSql = $"""
        WITH held AS MATERIALIZED (
            SELECT l.partition_id, l.owner, l.epoch
            FROM (SELECT unnest($1::integer[]) AS id ORDER BY 1) AS w
            CROSS JOIN LATERAL (
                SELECT partition_id, owner, epoch FROM partitions AS p WHERE p.partition_id = w.id FOR SHARE
            ) AS l
        )
        SELECT {PostgresSchema.RequireFunction}(
            count(*) FILTER (WHERE h.owner IS DISTINCT FROM $3 OR h.epoch IS DISTINCT FROM f.epoch) = 0,
            '{FenceRequirement}',
            string_agg(f.partition_id::text, ',' ORDER BY f.partition_id)
                FILTER (WHERE h.owner IS DISTINCT FROM $3 OR h.epoch IS DISTINCT FROM f.epoch))
        FROM unnest($1::integer[], $2::bigint[]) AS f(partition_id, epoch)
        LEFT JOIN held AS h ON h.partition_id = f.partition_id
        """;

    private NpgsqlBatchCommand FenceCommand()
    {
        var fences = batch.Fences.DistinctBy(f => f.PartitionId).OrderBy(f => f.PartitionId).ToList();
        return new NpgsqlBatchCommand(FenceSql)
        {
            Parameters =
            {
                Column(fences, f => f.PartitionId),
                Column(fences, f => f.Epoch),
                new NpgsqlParameter<string> { TypedValue = siloId },
            },
        };
    }

    /// <summary>Fails unless the ledger's business date is <paramref name="required"/> and no end of day is
    /// closing it; the detail is the ledger's date and the closing date (either may be empty).</summary>
    private static NpgsqlBatchCommand DateCommand(DateOnly required) => new(
        $"""
        SELECT {PostgresSchema.RequireFunction}(
            business_date IS NOT DISTINCT FROM $1 AND eod_running IS NULL,
            '{DateRequirement}',
            coalesce(to_char(business_date, 'YYYY-MM-DD'), '') || ' '
                || coalesce(to_char(eod_running, 'YYYY-MM-DD'), ''))
        FROM ledger_meta FOR SHARE
        """)
    {
        Parameters = { new NpgsqlParameter<DateOnly> { TypedValue = required } },
    };

    private BusinessDateChangedException DateException(string detail)
    {
        var parts = detail.Split(' ');
        DateOnly? Parse(string text) =>
            text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var required = batch.RequireBusinessDate!.Value;
        var businessDate = Parse(parts[0]);
        return businessDate != required
            ? new BusinessDateChangedException(
                $"{Describe()} requires business date {required:O}, but the ledger's is "
                + $"{businessDate?.ToString("O") ?? "unset"}.")
            : new BusinessDateChangedException(
                $"{Describe()} requires business date {required:O}, whose end of day ({Parse(parts[1]):O}) is "
                + "running.");
    }

    /// <summary>Adds the statements writing the batch's rows (COPY aside); returns, by index, the conflict each
    /// counted statement reports when its row count falls short.</summary>
    private List<Func<string>> AddWriteCommands(NpgsqlBatch commands)
    {
        var conflicts = new List<Func<string>>();
        void Counted(string statement, int expected, Func<string> conflict, params NpgsqlParameter[] parameters)
        {
            var command = new NpgsqlBatchCommand(
                $"""
                WITH changed AS ({statement} RETURNING 1)
                SELECT {PostgresSchema.RequireFunction}(
                    count(*) = ${parameters.Length + 1}, '{RowsRequirement}', ${parameters.Length + 2})
                FROM changed
                """);
            command.Parameters.AddRange(parameters);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
            command.Parameters.Add(
                new NpgsqlParameter<string> { TypedValue = conflicts.Count.ToString(CultureInfo.InvariantCulture) });
            conflicts.Add(conflict);
            commands.BatchCommands.Add(command);
        }

        if (batch.NewBusinessDate is { } newDate)
        {
            Counted(
                // Moving the business date ends the end of day that was closing the old one.
                """
                UPDATE ledger_meta SET business_date = $1, eod_running = NULL
                WHERE business_date IS NOT DISTINCT FROM $2
                """,
                1,
                () => $"The business date is not {batch.ExpectedBusinessDate?.ToString("O") ?? "unset"} any more.",
                new NpgsqlParameter<DateOnly> { TypedValue = newDate },
                Nullable(batch.ExpectedBusinessDate, NpgsqlDbType.Date));
        }

        var inserts = validated.Grains.Where(g => g.ExpectedVersion == 0).ToList();
        if (inserts.Count > 0)
        {
            // ON CONFLICT DO NOTHING turns "exists already" into a short row count instead of an aborted
            // statement, so the conflict is reported like a stale update.
            Counted(
                """
                INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, updated_at)
                SELECT b, k, e, p, v, s, $7
                FROM unnest($1::text[], $2::smallint[], $3::text[], $4::integer[], $5::bigint[], $6::bytea[])
                    AS u(b, k, e, p, v, s)
                ON CONFLICT DO NOTHING
                """,
                inserts.Count,
                () => $"A grain to create exists already (one of {DescribeGrains(inserts)}).",
                Column(inserts, g => g.BorrowerId),
                Column(inserts, g => (short)g.Kind),
                Column(inserts, g => g.EntityId),
                Column(inserts, g => g.PartitionId),
                Column(inserts, g => g.NewVersion),
                Column(inserts, g => g.State),
                new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        }

        var updates = validated.Grains.Where(g => g.ExpectedVersion != 0).ToList();
        if (updates.Count > 0)
        {
            // The join also names the rows' partitions: with thousands of rows (an end-of-day chunk) the planner
            // hashes the arrays against the grains of those partitions, read through their index, instead of
            // scanning the whole table once per chunk (which made end of day quadratic in the number of lines).
            Counted(
                """
                UPDATE grains AS g SET version = u.v, state = u.s, updated_at = $8
                FROM unnest($1::text[], $2::smallint[], $3::text[], $4::integer[], $5::bigint[], $6::bigint[],
                    $7::bytea[]) AS u(b, k, e, p, x, v, s)
                WHERE g.partition_id = ANY($9) AND g.partition_id = u.p
                    AND g.borrower_id = u.b AND g.kind = u.k AND g.entity_id = u.e AND g.version = u.x
                """,
                updates.Count,
                () => $"A grain's stored version differs from the expected one (one of {DescribeGrains(updates)}).",
                Column(updates, g => g.BorrowerId),
                Column(updates, g => (short)g.Kind),
                Column(updates, g => g.EntityId),
                Column(updates, g => g.PartitionId),
                Column(updates, g => g.ExpectedVersion),
                Column(updates, g => g.NewVersion),
                Column(updates, g => g.State),
                new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
                new NpgsqlParameter<int[]> { TypedValue = [.. updates.Select(g => g.PartitionId).Distinct()] });
        }

        if (batch.Outcomes.Count is > 0 and <= CopyThreshold)
        {
            commands.BatchCommands.Add(OutcomeInsertCommand());
        }

        if (batch.Postings.Count is > 0 and <= CopyThreshold)
        {
            commands.BatchCommands.Add(PostingInsertCommand());
        }

        if (batch.PartitionDaysDone.Count > 0)
        {
            commands.BatchCommands.Add(PartitionDayInsertCommand());
        }

        return conflicts;
    }

    private NpgsqlBatchCommand OutcomeInsertCommand() => new(
        $"""
        INSERT INTO {OutcomeTable}
            (scope, command_id, partition_id, content_hash, outcome, business_date, recorded_at)
        SELECT u.*, $7
        FROM unnest($1::text[], $2::text[], $3::integer[], $4::bytea[], $5::text[], $6::date[]) AS u
        """)
    {
        Parameters =
        {
            Column(batch.Outcomes, o => o.Scope),
            Column(batch.Outcomes, o => o.CommandId),
            Column(batch.Outcomes, o => o.PartitionId),
            Column(batch.Outcomes, o => o.ContentHash),
            Column(batch.Outcomes, o => o.Outcome),
            Column(batch.Outcomes, o => o.BusinessDate),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
        },
    };

    private NpgsqlBatchCommand PostingInsertCommand() => new(
        """
        INSERT INTO journal_postings (partition_id, borrower_id, entry_seq, posting_no, business_date, entity_kind,
            entity_id, event, command_id, account, amount_minor, recorded_at)
        SELECT u.*, $12
        FROM unnest($1::integer[], $2::text[], $3::bigint[], $4::integer[], $5::date[], $6::smallint[],
            $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[]) AS u
        """)
    {
        Parameters =
        {
            Column(batch.Postings, p => p.PartitionId),
            Column(batch.Postings, p => p.BorrowerId),
            Column(batch.Postings, p => p.EntrySeq),
            Column(batch.Postings, p => p.PostingNo),
            Column(batch.Postings, p => p.BusinessDate),
            Column(batch.Postings, p => (short)p.EntityKind),
            Column(batch.Postings, p => p.EntityId),
            Column(batch.Postings, p => p.Event),
            Column(batch.Postings, p => p.CommandId),
            Column(batch.Postings, p => p.Account),
            Column(batch.Postings, p => p.AmountMinor),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
        },
    };

    private NpgsqlBatchCommand PartitionDayInsertCommand() => new(
        $"""
        INSERT INTO {PartitionDayTable} (partition_id, business_date, done_at)
        SELECT u.*, $3 FROM unnest($1::integer[], $2::date[]) AS u
        """)
    {
        Parameters =
        {
            Column(batch.PartitionDaysDone, d => d.PartitionId),
            Column(batch.PartitionDaysDone, d => d.Date),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
        },
    };

    private async Task CopyOutcomesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"""
            COPY {OutcomeTable} (scope, command_id, partition_id, content_hash, outcome, business_date, recorded_at)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var outcome in batch.Outcomes)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(outcome.Scope, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(outcome.CommandId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(outcome.PartitionId, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(outcome.ContentHash, NpgsqlDbType.Bytea, cancellationToken);
            await importer.WriteAsync(outcome.Outcome, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, outcome.BusinessDate, NpgsqlDbType.Date, cancellationToken);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private async Task CopyPostingsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            """
            COPY journal_postings (partition_id, borrower_id, entry_seq, posting_no, business_date, entity_kind,
                entity_id, event, command_id, account, amount_minor, recorded_at)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var posting in batch.Postings)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(posting.PartitionId, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(posting.BorrowerId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(posting.EntrySeq, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(posting.PostingNo, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(posting.BusinessDate, NpgsqlDbType.Date, cancellationToken);
            await importer.WriteAsync((short)posting.EntityKind, NpgsqlDbType.Smallint, cancellationToken);
            await importer.WriteAsync(posting.EntityId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(posting.Event, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, posting.CommandId, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(posting.Account, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(posting.AmountMinor, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(
        NpgsqlBinaryImporter importer, DateOnly? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is { } date
            ? importer.WriteAsync(date, type, cancellationToken)
            : importer.WriteNullAsync(cancellationToken);

    private static Task WriteNullableAsync(
        NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null
            ? importer.WriteNullAsync(cancellationToken)
            : importer.WriteAsync(value, type, cancellationToken);

    /// <summary>One column of the rows as an array parameter, for <c>unnest</c>.</summary>
    private static NpgsqlParameter<T[]> Column<TRow, T>(List<TRow> rows, Func<TRow, T> column) =>
        new() { TypedValue = [.. rows.Select(column)] };

    private static NpgsqlParameter Nullable<T>(T? value, NpgsqlDbType type)
        where T : struct =>
        new() { Value = value.HasValue ? value.Value : DBNull.Value, NpgsqlDbType = type };

    private static string DescribeGrains(List<GrainWrite> grains)
    {
        const int Shown = 5;
        var keys = grains.Take(Shown).Select(g => $"{g.BorrowerId}/{g.Kind}/{g.EntityId}@{g.ExpectedVersion}");
        var more = grains.Count > Shown ? $" and {grains.Count - Shown} more" : "";
        return string.Join(", ", keys) + more;
    }
}
