using System.Globalization;
using Ledger.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Storage.Postgres;

/// <summary>
/// One <see cref="CommitBatch"/> written in one transaction, as one <see cref="NpgsqlBatch"/>: first the proofs on
/// the ledger's row (the required business date, the row locked FOR SHARE so that no date step can commit until this
/// transaction ends; and that the book rows it creates are in partitions the ledger has), then every kind of row with
/// array-based statements. Each check is a
/// statement that fails the batch (<see cref="PostgresSchema.RequireFunction"/>), so a failed proof or a short
/// row count rolls everything back, and a batch that needs no COPY is one round trip: its statements run in the
/// implicit transaction of the protocol's single Sync. A batch with many outcomes or postings sends those through
/// binary COPY, inside an explicit transaction. The statement builders that do not depend on a
/// <see cref="CommitBatch"/> are static and shared with <see cref="PostgresClosedBooks"/>.
/// </summary>
internal sealed class PostgresCommit(string siloId, CommitBatch batch, ValidatedBatch validated, DateTimeOffset now)
{
    /// <summary>Above this many rows, outcomes and postings go through binary COPY instead of INSERT. COPY needs an
    /// explicit transaction and round trips of its own besides the batch's (and COMMIT's): worth it only for bulk,
    /// such as a sweep chunk or a batch at full load.</summary>
    internal const int CopyThreshold = 64;

    private const string OutcomeTable = "command_outcomes";
    private const string DateRequirement = "business date";
    private const string PartitionsRequirement = "partitions";

    /// <summary>Shown in errors: which batch failed.</summary>
    internal string Describe() => validated.Describe(siloId, batch);

    /// <summary>A unique violation on an outcome record: the record exists already.</summary>
    internal static bool IsDuplicateRecord(PostgresException exception) =>
        exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.TableName == OutcomeTable;

    /// <summary>Writes the batch; a turn that cannot be written is dropped and the batch written again without it
    /// (<see cref="PostgresTurns"/>). Returns what became of each turn.</summary>
    internal async Task<CommitResult> RunAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var plan = validated.Turns;
        var optimistic = true;
        while (true)
        {
            if (!plan.AnyIncluded && batch.Grains.Count == 0 && batch.Outcomes.Count == 0 && batch.Postings.Count == 0
                && batch.NewBusinessDate is null)
            {
                return plan.Result();
            }

            try
            {
                await AttemptAsync(dataSource, new PostgresTurns(plan, now, optimistic), cancellationToken);
                return plan.Result();
            }
            catch (TurnsFailedException failed)
            {
                foreach (var turn in failed.Turns)
                {
                    plan.Fail(turn, failed.Reason);
                }
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation
                && ex.Data[PostgresTurns.DuplicateMark] is true)
            {
                // A key the turns' plain INSERTs or COPY wrote is stored already: neither can say whose, so the batch
                // goes again with the checked INSERTs, which name the turn.
                optimistic = false;
            }
        }
    }

    /// <summary>Turns a statement of <see cref="PostgresTurns"/> could not write; the transaction rolled back.
    /// </summary>
    private sealed class TurnsFailedException(TurnResult reason, int[] turns) : Exception
    {
        internal TurnResult Reason { get; } = reason;

        internal int[] Turns { get; } = turns;
    }

    private async Task AttemptAsync(NpgsqlDataSource dataSource, PostgresTurns turns,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await AttemptOnAsync(connection, turns, cancellationToken);
        }
        catch (Exception ex) when (PostgresFailures.IsConnectionLoss(ex)
            && ex is not PostgresException { SqlState: PostgresFailures.ReadOnlyTransaction })
        {
            // Lost after the batch went out: the server may have committed it before it went away (a single
            // statement commits by itself, and a COMMIT may have been done when its answer was lost). A failure to
            // connect, above, wrote nothing; a refused write on a standby neither.
            throw new CommitFateUnknownException(
                $"{Describe()}: the connection was lost while it was in flight; whether it was written is not known "
                + $"({ex.Message})", ex);
        }
    }

    private async Task AttemptOnAsync(NpgsqlConnection connection, PostgresTurns turns,
        CancellationToken cancellationToken)
    {
        turns.Prepare();
        try
        {
            await WriteTurnsOnAsync(connection, turns, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && turns.Optimistic)
        {
            ex.Data[PostgresTurns.DuplicateMark] = true;
            throw;
        }
    }

    private async Task WriteTurnsOnAsync(NpgsqlConnection connection, PostgresTurns turns,
        CancellationToken cancellationToken)
    {
        var copyOutcomes = batch.Outcomes.Count > CopyThreshold;
        var copyPostings = batch.Postings.Count > CopyThreshold;
        var copyTurns = turns.Copies;
        // A date step takes a table lock (AddDateStep), which needs a transaction block; it comes once a day.
        if (!copyOutcomes && !copyPostings && !copyTurns && batch.NewBusinessDate is null)
        {
            await WriteAsync(connection, turns, bulk: false, cancellationToken);
            return;
        }

        // Disposing the transaction without committing rolls it back, which every throw below relies on.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await WriteAsync(connection, turns, bulk: copyOutcomes || copyPostings || copyTurns, cancellationToken);
        await turns.CopyAsync(connection, cancellationToken);
        if (copyOutcomes)
        {
            await CopyOutcomesAsync(connection, cancellationToken);
        }

        if (copyPostings)
        {
            await CopyPostingsAsync(connection, batch.Postings, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The proof and the writes, in one round trip. The date's proof comes first: a date step cannot
    /// commit before this batch does, since its row update (after its EXCLUSIVE table lock, which queues commits
    /// that come later) waits for every commit that has proven the date. A failed check is turned into the
    /// exception it stands for; since the checks run in order, a moved date is reported before anything a write ran
    /// into.</summary>
    /// <param name="bulk">In an explicit transaction with COPY to follow: a batch at full load. Its statements are
    /// planned for their arrays' actual lengths, as the old end of day's always were, not with the generic plans
    /// the store's sessions use otherwise (a precaution: a 200,000-line end of day measured the same either way,
    /// within its spread).</param>
    private async Task WriteAsync(NpgsqlConnection connection, PostgresTurns turns, bool bulk,
        CancellationToken cancellationToken)
    {
        await using var commands = new NpgsqlBatch(connection);
        if (bulk)
        {
            commands.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL plan_cache_mode = auto"));
        }

        if (ProofCommand(batch.RequireBusinessDate, NewRowsTopPartition()) is { } proof)
        {
            commands.BatchCommands.Add(proof);
        }

        var counted = new CountedWrites();
        AddWriteCommands(commands, counted);
        turns.AddCommands(commands);
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
            throw RequirementFailure(ex, counted, Describe(), DateException, turns);
        }
    }

    /// <summary>The exception a failed <see cref="PostgresSchema.RequireFunction"/> check stands for: a moved
    /// business date (<paramref name="dateFailure"/>, given the check's detail), or a short row count of a
    /// statement of <paramref name="counted"/>.</summary>
    internal static Exception RequirementFailure(PostgresException exception, CountedWrites counted,
        string description, Func<string, Exception>? dateFailure = null, PostgresTurns? turns = null)
    {
        var text = exception.MessageText;
        var separator = text.IndexOf(": ", StringComparison.Ordinal);
        var (what, detail) = separator < 0 ? (text, string.Empty) : (text[..separator], text[(separator + 2)..]);
        return what switch
        {
            DateRequirement when dateFailure is not null => dateFailure(detail),
            PartitionsRequirement => new ArgumentException(
                $"{description} creates book rows in a partition the ledger does not have (it has {detail})."),
            CountedWrites.RowsRequirement =>
                new VersionConflictException($"{description}: {counted.Conflict(detail)}"),
            PostgresTurns.Requirement when turns?.Failed(detail) is { } failed =>
                new TurnsFailedException(failed.Reason, failed.Turns),
            PostgresTurns.Requirement => new VersionConflictException(
                $"{description}: rows of one statement clash with each other ({detail})."),
            _ => exception,
        };
    }

    /// <summary>The ledger's proofs for the batch, in one statement on the ledger's row (null when it needs none):
    /// that the business date is <paramref name="required"/>, the row locked FOR SHARE (the detail of a failure is the
    /// ledger's date, empty when unset); and that the book rows it creates are in partitions the ledger has, their
    /// highest <paramref name="topPartition"/> below the partition count (the detail is the count). The second
    /// stands for the foreign key from book rows to <c>partitions</c> that schema version 9 dropped: one comparison a
    /// commit instead of a referential check a row.</summary>
    private static NpgsqlBatchCommand? ProofCommand(DateOnly? required, int? topPartition)
    {
        if (required is null && topPartition is null)
        {
            return null;
        }

        var checks = new List<string>(2);
        var proof = new NpgsqlBatchCommand();
        if (required is { } date)
        {
            proof.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = date });
            checks.Add($"""
                {PostgresSchema.RequireFunction}(
                    business_date IS NOT DISTINCT FROM ${proof.Parameters.Count},
                    '{DateRequirement}',
                    coalesce(to_char(business_date, 'YYYY-MM-DD'), ''))
                """);
        }

        if (topPartition is { } top)
        {
            proof.Parameters.Add(new NpgsqlParameter<int> { TypedValue = top });
            checks.Add($"""
                {PostgresSchema.RequireFunction}(
                    ${proof.Parameters.Count} < partition_count, '{PartitionsRequirement}', partition_count::text)
                """);
        }

        var lockRow = required is null ? "" : " FOR SHARE";
        proof.CommandText = $"SELECT {string.Join(", ", checks)} FROM ledger_meta{lockRow}";
        return proof;
    }

    /// <summary>The highest partition of the book rows the batch creates (its own and its turns'), or null when it
    /// creates none.</summary>
    private int? NewRowsTopPartition()
    {
        int? top = null;
        foreach (var grain in validated.Grains.Concat(batch.Turns.SelectMany(t => t.Grains)))
        {
            if (grain.ExpectedVersion == 0 && (top is null || grain.PartitionId > top))
            {
                top = grain.PartitionId;
            }
        }

        return top;
    }

    private BusinessDateChangedException DateException(string detail)
    {
        var businessDate = detail.Length == 0
            ? "unset"
            : DateOnly.ParseExact(detail, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("O");
        return new BusinessDateChangedException(
            $"{Describe()} requires business date {batch.RequireBusinessDate!.Value:O}, but the ledger's is "
            + $"{businessDate}.");
    }

    /// <summary>Adds the statements writing the batch's rows (COPY aside), counted in
    /// <paramref name="counted"/>.</summary>
    private void AddWriteCommands(NpgsqlBatch commands, CountedWrites counted)
    {
        if (batch.NewBusinessDate is { } newDate)
        {
            AddDateStep(commands, counted, newDate);
        }

        AddGrainWrites(commands, counted, validated.Grains, now);
        if (batch.Outcomes.Count is > 0 and <= CopyThreshold)
        {
            commands.BatchCommands.Add(OutcomeInsertCommand());
        }

        if (batch.Postings.Count is > 0 and <= CopyThreshold)
        {
            commands.BatchCommands.Add(PostingInsertCommand(batch.Postings, now));
        }
    }

    /// <summary>Moves the business date. The row update waits for the commits in flight that proved the old date
    /// (they hold the row FOR SHARE). The row lock alone would not be enough: PostgreSQL grants FOR SHARE to
    /// newcomers past a waiting UPDATE, so a steady stream of overlapping commits could hold the date step off for
    /// ever. The EXCLUSIVE table lock first waits for those commits too (a FOR SHARE read holds ROW SHARE on the
    /// table), but heavyweight locks queue in order: commits that start later wait behind it and then see the new
    /// date. Plain reads (ACCESS SHARE) are not blocked. The lock needs the explicit transaction
    /// <see cref="RunAsync"/> opens for a date step.</summary>
    private void AddDateStep(NpgsqlBatch commands, CountedWrites counted, DateOnly newDate)
    {
        commands.BatchCommands.Add(new NpgsqlBatchCommand("LOCK TABLE ledger_meta IN EXCLUSIVE MODE"));
        counted.Add(
            commands,
            "UPDATE ledger_meta SET business_date = $1 WHERE business_date IS NOT DISTINCT FROM $2",
            1,
            () => $"The business date is not {batch.ExpectedBusinessDate?.ToString("O") ?? "unset"} any more.",
            new NpgsqlParameter<DateOnly> { TypedValue = newDate },
            Nullable(batch.ExpectedBusinessDate, NpgsqlDbType.Date));
    }

    /// <summary>Adds the statements writing <paramref name="grains"/> (one write per grain), each counted: a row to
    /// create that exists already, or a row to update at another version, fails the batch.</summary>
    /// <remarks>Borrower rows are updated first, in a statement of their own, and the other rows of a book only
    /// after: so every writer of a book locks its borrower row before any line or order row of it (a book's every
    /// change writes its borrower row). A sweep commit (<see cref="PostgresClosedBooks"/>) relies on that: it locks
    /// borrower rows skipping those another transaction holds, and then writes the lines of only the books it
    /// locked, which no other transaction can then hold; with one statement for all rows, in whatever order its
    /// plan visited them, a commit could hold a line the sweep waits for while waiting for the sweep's borrower
    /// row.</remarks>
    /// <param name="byKey">Update each row through the primary key only: for a few hundred rows of one partition (a
    /// sweep chunk), where joining the arrays against the whole partition (below) would read every row of it, dead
    /// versions included, once per chunk, making the sweep quadratic in the books per partition.</param>
    internal static void AddGrainWrites(
        NpgsqlBatch commands, CountedWrites counted, List<GrainWrite> grains, DateTimeOffset now, bool byKey = false)
    {
        var borrowerUpdates = grains.Where(g => g.ExpectedVersion != 0 && g.Kind == GrainKind.Borrower).ToList();
        AddGrainUpdate(commands, counted, borrowerUpdates, now, byKey);
        var inserts = grains.Where(g => g.ExpectedVersion == 0).ToList();
        if (inserts.Count > 0)
        {
            // ON CONFLICT DO NOTHING turns "exists already" into a short row count instead of an aborted
            // statement, so the conflict is reported like a stale update.
            counted.Add(
                commands,
                """
                INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, closed_through,
                    updated_at)
                SELECT b, k, e, p, v, s, c, $8
                FROM unnest($1::text[], $2::smallint[], $3::text[], $4::integer[], $5::bigint[], $6::bytea[],
                    $7::date[]) AS u(b, k, e, p, v, s, c)
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
                Column(inserts, g => g.ClosedThrough),
                new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        }

        var otherUpdates = grains.Where(g => g.ExpectedVersion != 0 && g.Kind != GrainKind.Borrower).ToList();
        AddGrainUpdate(commands, counted, otherUpdates, now, byKey);
    }

    private static void AddGrainUpdate(
        NpgsqlBatch commands, CountedWrites counted, List<GrainWrite> updates, DateTimeOffset now, bool byKey)
    {
        if (updates.Count == 0)
        {
            return;
        }

        // The join also names the rows' partitions: with thousands of rows (a bulk batch) the planner may hash the
        // arrays against the grains of those partitions, read through their index, instead of scanning the whole
        // table once per batch (which made the old end of day quadratic in the number of lines).
        const string Update = """
            UPDATE grains AS g SET version = u.v, state = u.s, closed_through = u.c, updated_at = $9
            FROM unnest($1::text[], $2::smallint[], $3::text[], $4::integer[], $5::bigint[], $6::bigint[],
                $7::bytea[], $8::date[]) AS u(b, k, e, p, x, v, s, c)
            """;
        counted.Add(
            commands,
            byKey
                ? $"""
                  {Update}
                  WHERE g.borrower_id = u.b AND g.kind = u.k AND g.entity_id = u.e AND g.version = u.x
                      AND g.partition_id = u.p
                  """
                : $"""
                  {Update}
                  WHERE g.partition_id = ANY($10) AND g.partition_id = u.p
                      AND g.borrower_id = u.b AND g.kind = u.k AND g.entity_id = u.e AND g.version = u.x
                  """,
            updates.Count,
            () => $"A grain's stored version differs from the expected one (one of {DescribeGrains(updates)}).",
            [
                Column(updates, g => g.BorrowerId),
                Column(updates, g => (short)g.Kind),
                Column(updates, g => g.EntityId),
                Column(updates, g => g.PartitionId),
                Column(updates, g => g.ExpectedVersion),
                Column(updates, g => g.NewVersion),
                Column(updates, g => g.State),
                Column(updates, g => g.ClosedThrough),
                new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
                .. byKey
                    ? Array.Empty<NpgsqlParameter>()
                    : [new NpgsqlParameter<int[]> { TypedValue = [.. updates.Select(g => g.PartitionId).Distinct()] }],
            ]);
    }

    private NpgsqlBatchCommand OutcomeInsertCommand() => OutcomeInsertCommand(batch.Outcomes, o => o, now);

    /// <summary>Inserts the outcome records of <paramref name="rows"/> (at most <see cref="CopyThreshold"/>; more go
    /// through <see cref="CopyOutcomesAsync(NpgsqlConnection, IEnumerable{OutcomeRecord}, DateTimeOffset,
    /// CancellationToken)"/>). A key stored already fails the statement.</summary>
    internal static NpgsqlBatchCommand OutcomeInsertCommand<TRow>(List<TRow> rows, Func<TRow, OutcomeRecord> outcome,
        DateTimeOffset now) => new(
        $"""
        INSERT INTO {OutcomeTable}
            (scope, command_id, partition_id, content_hash, outcome, business_date, recorded_at)
        SELECT u.*, $7
        FROM unnest($1::text[], $2::text[], $3::integer[], $4::bytea[], $5::text[], $6::date[]) AS u
        """)
    {
        Parameters =
        {
            Column(rows, r => outcome(r).Scope),
            Column(rows, r => outcome(r).CommandId),
            Column(rows, r => outcome(r).PartitionId),
            Column(rows, r => outcome(r).ContentHash),
            Column(rows, r => outcome(r).Outcome),
            Column(rows, r => outcome(r).BusinessDate),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
        },
    };

    /// <summary>Inserts <paramref name="postings"/> (at most <see cref="CopyThreshold"/>; more go through
    /// <see cref="CopyPostingsAsync"/>).</summary>
    internal static NpgsqlBatchCommand PostingInsertCommand(List<JournalPosting> postings, DateTimeOffset now) =>
        PostingInsertCommand(postings, p => p, now);

    /// <summary>Inserts the postings of <paramref name="rows"/> (at most <see cref="CopyThreshold"/>). A key stored
    /// already fails the statement.</summary>
    internal static NpgsqlBatchCommand PostingInsertCommand<TRow>(List<TRow> rows, Func<TRow, JournalPosting> posting,
        DateTimeOffset now) => new(
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
            Column(rows, r => posting(r).PartitionId),
            Column(rows, r => posting(r).BorrowerId),
            Column(rows, r => posting(r).EntrySeq),
            Column(rows, r => posting(r).PostingNo),
            Column(rows, r => posting(r).BusinessDate),
            Column(rows, r => (short)posting(r).EntityKind),
            Column(rows, r => posting(r).EntityId),
            Column(rows, r => posting(r).Event),
            Column(rows, r => posting(r).CommandId),
            Column(rows, r => posting(r).Account),
            Column(rows, r => posting(r).AmountMinor),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
        },
    };

    private Task CopyOutcomesAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        CopyOutcomesAsync(connection, batch.Outcomes, now, cancellationToken);

    /// <summary>Appends <paramref name="outcomes"/> through binary COPY, in the connection's open transaction.
    /// </summary>
    internal static async Task CopyOutcomesAsync(NpgsqlConnection connection, IEnumerable<OutcomeRecord> outcomes,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"""
            COPY {OutcomeTable} (scope, command_id, partition_id, content_hash, outcome, business_date, recorded_at)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var outcome in outcomes)
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

    /// <summary>Appends <paramref name="postings"/> through binary COPY, in the connection's open
    /// transaction.</summary>
    internal static async Task CopyPostingsAsync(NpgsqlConnection connection, IEnumerable<JournalPosting> postings,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            """
            COPY journal_postings (partition_id, borrower_id, entry_seq, posting_no, business_date, entity_kind,
                entity_id, event, command_id, account, amount_minor, recorded_at)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var posting in postings)
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
    internal static NpgsqlParameter<T[]> Column<TRow, T>(List<TRow> rows, Func<TRow, T> column) =>
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

/// <summary>The statements of one batch that must change an exact number of rows. Each is wrapped so that a short
/// count fails the whole batch through <see cref="PostgresSchema.RequireFunction"/>, naming the statement by its
/// index; <see cref="Conflict"/> turns that index back into the conflict it stands for.</summary>
internal sealed class CountedWrites
{
    /// <summary>The <see cref="PostgresSchema.RequireFunction"/> check's name for a short row count.</summary>
    internal const string RowsRequirement = "row count";

    private readonly List<Func<string>> _conflicts = [];

    internal void Add(NpgsqlBatch commands, string statement, int expected, Func<string> conflict,
        params NpgsqlParameter[] parameters)
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
            new NpgsqlParameter<string> { TypedValue = _conflicts.Count.ToString(CultureInfo.InvariantCulture) });
        _conflicts.Add(conflict);
        commands.BatchCommands.Add(command);
    }

    /// <summary>The conflict of the statement whose index a failed row-count check reported.</summary>
    internal string Conflict(string detail) => _conflicts[int.Parse(detail, CultureInfo.InvariantCulture)]();
}
