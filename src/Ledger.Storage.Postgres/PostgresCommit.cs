using Ledger.Runtime.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Storage.Postgres;

/// <summary>
/// One <see cref="CommitBatch"/> written in one transaction: one <see cref="NpgsqlBatch"/> that first proves the
/// fences and the required business date (rows locked FOR SHARE so no takeover and no end of day can commit until
/// this transaction ends) and then writes every kind of row with array-based statements, plus a binary COPY each
/// for outcomes and postings when there are many of them, then COMMIT.
/// </summary>
internal sealed class PostgresCommit(string siloId, CommitBatch batch, ValidatedBatch validated, DateTimeOffset now)
{
    /// <summary>Above this many rows, outcomes and postings go through binary COPY instead of INSERT.</summary>
    internal const int CopyThreshold = 8;

    private const string OutcomeTable = "command_outcomes";
    private const string PartitionDayTable = "eod_partitions_done";

    /// <summary>Shown in errors: which batch failed.</summary>
    internal string Describe() => validated.Describe(siloId, batch);

    /// <summary>A unique violation on an outcome or partition-day record: the record exists already.</summary>
    internal static bool IsDuplicateRecord(PostgresException exception) =>
        exception.SqlState == PostgresErrorCodes.UniqueViolation
        && exception.TableName is OutcomeTable or PartitionDayTable;

    internal async Task RunAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Disposing the transaction without committing rolls it back, which every throw below relies on.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ProveAndWriteAsync(connection, cancellationToken);
        if (batch.Outcomes.Count > CopyThreshold)
        {
            await CopyOutcomesAsync(connection, cancellationToken);
        }

        if (batch.Postings.Count > CopyThreshold)
        {
            await CopyPostingsAsync(connection, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Proves the fences and, when the batch requires a business date, the ledger's dates, and writes the
    /// rows, all in one round trip: the proof's statements come first and lock their rows FOR SHARE until the
    /// transaction ends, so a lease takeover cannot commit before this batch does, and neither can
    /// <c>BeginEndOfDayAsync</c>, whose row update (after its EXCLUSIVE table lock, which queues commits that come
    /// later) waits for every commit that has proven the date. The writes run whether or not the proof holds;
    /// when it does not, its exception is thrown (also when a write failed, since a write after a takeover may
    /// well fail) and the transaction rolls back. Row counts are checked once all statements have run, and any
    /// shortfall throws before COMMIT.</summary>
    private async Task ProveAndWriteAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var fenced = validated.FencedPartitions.Length > 0;
        var dated = batch.RequireBusinessDate is not null;
        var checks = WriteCommands(out var writes);
        if (!fenced && !dated && writes.Count == 0)
        {
            return;
        }

        await using var commands = new NpgsqlBatch(connection);
        if (fenced)
        {
            commands.BatchCommands.Add(new NpgsqlBatchCommand(
                """
                SELECT partition_id, owner, epoch FROM partitions
                WHERE partition_id = ANY($1) ORDER BY partition_id FOR SHARE
                """)
            {
                Parameters = { new NpgsqlParameter<int[]> { TypedValue = validated.FencedPartitions } },
            });
        }

        if (dated)
        {
            commands.BatchCommands.Add(
                new NpgsqlBatchCommand("SELECT business_date, eod_running FROM ledger_meta FOR SHARE"));
        }

        writes.ForEach(commands.BatchCommands.Add);
        var stored = new Dictionary<int, (string? Owner, long Epoch)>();
        (DateOnly? BusinessDate, DateOnly? EndOfDayRunning) dates = default;
        // What of the proof has been read: a write's error can surface as soon as the reader moves past the
        // fence rows (the date's row, when asked for, comes before any write).
        var fencesRead = !fenced;
        var datesRead = false;
        try
        {
            await using var reader = await commands.ExecuteReaderAsync(cancellationToken);
            if (fenced)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    stored[reader.GetInt32(0)] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2));
                }

                fencesRead = true;
                await reader.NextResultAsync(cancellationToken);
            }

            if (dated && await reader.ReadAsync(cancellationToken))
            {
                dates = (NullableDate(reader, 0), NullableDate(reader, 1));
            }

            datesRead = true;
            CheckProof(stored, dates, checkDate: true);
            while (await reader.NextResultAsync(cancellationToken))
            {
            }
        }
        catch (PostgresException) when (fencesRead)
        {
            // A write failed: if the proof did not hold, that is the reason to give.
            CheckProof(stored, dates, checkDate: datesRead);
            throw;
        }

        foreach (var (command, expected, conflict) in checks)
        {
            if (command.RecordsAffected != expected)
            {
                throw new VersionConflictException($"{Describe()}: {conflict()}");
            }
        }
    }

    private void CheckProof(Dictionary<int, (string? Owner, long Epoch)> stored,
        (DateOnly? BusinessDate, DateOnly? EndOfDayRunning) dates, bool checkDate)
    {
        if (validated.FencedPartitions.Length > 0)
        {
            CheckFences(stored);
        }

        if (checkDate)
        {
            CheckBusinessDate(dates.BusinessDate, dates.EndOfDayRunning);
        }
    }

    private static DateOnly? NullableDate(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    private void CheckFences(Dictionary<int, (string? Owner, long Epoch)> stored)
    {
        var violated = new List<int>();
        foreach (var fence in batch.Fences.DistinctBy(f => f.PartitionId))
        {
            if (!stored.TryGetValue(fence.PartitionId, out var row) || row.Owner != siloId || row.Epoch != fence.Epoch)
            {
                violated.Add(fence.PartitionId);
            }
        }

        if (violated.Count > 0)
        {
            violated.Sort();
            throw new FenceViolationException(violated);
        }
    }

    private void CheckBusinessDate(DateOnly? businessDate, DateOnly? endOfDayRunning)
    {
        if (batch.RequireBusinessDate is not { } required)
        {
            return;
        }

        if (businessDate != required)
        {
            throw new BusinessDateChangedException(
                $"{Describe()} requires business date {required:O}, but the ledger's is "
                + $"{businessDate?.ToString("O") ?? "unset"}.");
        }

        if (endOfDayRunning is { } closing)
        {
            throw new BusinessDateChangedException(
                $"{Describe()} requires business date {required:O}, whose end of day ({closing:O}) is running.");
        }
    }

    /// <summary>The statements writing the batch's rows (COPY aside), and those whose row counts must match.</summary>
    private List<(NpgsqlBatchCommand Command, int Expected, Func<string> Conflict)> WriteCommands(
        out List<NpgsqlBatchCommand> commands)
    {
        var checks = new List<(NpgsqlBatchCommand Command, int Expected, Func<string> Conflict)>();
        if (batch.NewBusinessDate is { } newDate)
        {
            checks.Add((BusinessDateCommand(newDate), 1, () =>
                $"The business date is not {batch.ExpectedBusinessDate?.ToString("O") ?? "unset"} any more."));
        }

        var inserts = validated.Grains.Where(g => g.ExpectedVersion == 0).ToList();
        if (inserts.Count > 0)
        {
            checks.Add((GrainInsertCommand(inserts), inserts.Count, () =>
                $"A grain to create exists already (one of {DescribeGrains(inserts)})."));
        }

        var updates = validated.Grains.Where(g => g.ExpectedVersion != 0).ToList();
        if (updates.Count > 0)
        {
            checks.Add((GrainUpdateCommand(updates), updates.Count, () =>
                $"A grain's stored version differs from the expected one (one of {DescribeGrains(updates)})."));
        }

        commands = checks.Select(c => c.Command).ToList();
        if (batch.Outcomes.Count is > 0 and <= CopyThreshold)
        {
            commands.Add(OutcomeInsertCommand());
        }

        if (batch.Postings.Count is > 0 and <= CopyThreshold)
        {
            commands.Add(PostingInsertCommand());
        }

        if (batch.PartitionDaysDone.Count > 0)
        {
            commands.Add(PartitionDayInsertCommand());
        }

        return checks;
    }

    private NpgsqlBatchCommand BusinessDateCommand(DateOnly newDate) => new(
        // Moving the business date ends the end of day that was closing the old one.
        "UPDATE ledger_meta SET business_date = $1, eod_running = NULL WHERE business_date IS NOT DISTINCT FROM $2")
    {
        Parameters =
        {
            new NpgsqlParameter<DateOnly> { TypedValue = newDate },
            Nullable(batch.ExpectedBusinessDate, NpgsqlDbType.Date),
        },
    };

    private NpgsqlBatchCommand GrainInsertCommand(List<GrainWrite> grains) => new(
        // ON CONFLICT DO NOTHING turns "exists already" into a short row count instead of an aborted
        // statement, so the conflict is reported like a stale update.
        """
        INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, updated_at)
        SELECT b, k, e, p, v, s, $7
        FROM unnest($1::text[], $2::smallint[], $3::text[], $4::integer[], $5::bigint[], $6::bytea[])
            AS u(b, k, e, p, v, s)
        ON CONFLICT DO NOTHING
        """)
    {
        Parameters =
        {
            Column(grains, g => g.BorrowerId),
            Column(grains, g => (short)g.Kind),
            Column(grains, g => g.EntityId),
            Column(grains, g => g.PartitionId),
            Column(grains, g => g.NewVersion),
            Column(grains, g => g.State),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
        },
    };

    /// <summary>The join also names the rows' partitions: with thousands of rows (an end-of-day chunk) the planner
    /// hashes the arrays against the grains of those partitions, read through their index, instead of scanning the
    /// whole table once per chunk (which made end of day quadratic in the number of lines).</summary>
    private NpgsqlBatchCommand GrainUpdateCommand(List<GrainWrite> grains) => new(
        """
        UPDATE grains AS g SET version = u.v, state = u.s, updated_at = $8
        FROM unnest($1::text[], $2::smallint[], $3::text[], $4::integer[], $5::bigint[], $6::bigint[], $7::bytea[])
            AS u(b, k, e, p, x, v, s)
        WHERE g.partition_id = ANY($9) AND g.partition_id = u.p
            AND g.borrower_id = u.b AND g.kind = u.k AND g.entity_id = u.e AND g.version = u.x
        """)
    {
        Parameters =
        {
            Column(grains, g => g.BorrowerId),
            Column(grains, g => (short)g.Kind),
            Column(grains, g => g.EntityId),
            Column(grains, g => g.PartitionId),
            Column(grains, g => g.ExpectedVersion),
            Column(grains, g => g.NewVersion),
            Column(grains, g => g.State),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
            new NpgsqlParameter<int[]> { TypedValue = [.. grains.Select(g => g.PartitionId).Distinct()] },
        },
    };

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
