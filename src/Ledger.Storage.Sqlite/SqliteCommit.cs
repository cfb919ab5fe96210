using Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// One <see cref="CommitBatch"/> written in one transaction on the writer connection: the business date proven
/// first, then each kind of row through one prepared statement, then the turns. The caller holds the store's write
/// lock. The grain and posting writers are shared with <see cref="SqliteClosedBooksCommit"/>.
/// </summary>
/// <remarks>
/// Turns are written by <b>lock and filter</b>: the transaction already holds the database's only write lock, so
/// nothing can change between a turn's proof and its writes. Each turn runs inside a savepoint of its own (in
/// process, no round trip to save): its book proof, its grains, outcomes and postings; when the proof fails or a
/// key is stored already, the savepoint is rolled back and the turn, with its borrower's later turns
/// (<see cref="TurnPlan"/>), is reported failed while the transaction goes on with the next turn.
/// </remarks>
internal sealed class SqliteCommit(string siloId, CommitBatch batch, ValidatedBatch validated, long nowMicros)
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>Shown in errors: which batch failed.</summary>
    internal string Describe() => validated.Describe(siloId, batch);

    internal async Task<CommitResult> RunAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE (the provider's default): the write lock is taken before the business date is read.
        // Disposing the transaction without committing rolls it back, which every throw below relies on.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ProveBusinessDateAsync(connection, transaction, cancellationToken);
        await SetBusinessDateAsync(connection, transaction, cancellationToken);
        await WriteGrainsAsync(connection, transaction, cancellationToken);
        await InsertRecordsAsync(connection, transaction, "outcome record", OutcomeWriter, batch.Outcomes,
            cancellationToken);
        await InsertAsync(PostingWriter(connection, transaction, nowMicros), batch.Postings, cancellationToken);
        if (validated.Turns.Count > 0)
        {
            await WriteTurnsAsync(connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return validated.Turns.Result();
    }

    /// <summary>Writes each included turn in a savepoint of its own, in batch order; a turn that fails is rolled
    /// back alone.</summary>
    private async Task WriteTurnsAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var plan = validated.Turns;
        await using var grains = new SqliteGrainWriter(connection, transaction, nowMicros);
        await using var outcomes = OutcomeWriter(connection, transaction);
        await using var postings = PostingWriter(connection, transaction, nowMicros);
        await using var proof = connection.CreateCommand();
        proof.Transaction = transaction;
        proof.CommandText = "SELECT version FROM grains WHERE borrower_id = $b AND kind = 1 AND entity_id = ''";
        var borrower = proof.Parameters.Add("$b", SqliteType.Text);
        await using var savepoint = connection.CreateCommand();
        savepoint.Transaction = transaction;
        for (var i = 0; i < plan.Count; i++)
        {
            if (!plan.IsIncluded(i))
            {
                continue;
            }

            var turn = plan[i];
            await ExecuteAsync(savepoint, "SAVEPOINT turn", cancellationToken);
            var failure = await WriteTurnAsync(turn, plan.IsFirstOfBorrower(i), proof, borrower, grains, outcomes,
                postings, cancellationToken);
            if (failure is { } reason)
            {
                await ExecuteAsync(savepoint, "ROLLBACK TO turn", cancellationToken);
                plan.Fail(i, reason);
            }

            await ExecuteAsync(savepoint, "RELEASE turn", cancellationToken);
        }
    }

    /// <summary>Writes one turn; returns why it could not be, or null when it was. The proof is checked for a
    /// borrower's first turn in the batch (the later ones chain from it); a turn that writes its borrower row proves
    /// the version by that write's own check as well.</summary>
    private static async Task<TurnResult?> WriteTurnAsync(CommitTurn turn, bool proves, SqliteCommand proof,
        SqliteParameter borrower, SqliteGrainWriter grains, SqliteRowWriter<OutcomeRecord> outcomes,
        SqliteRowWriter<JournalPosting> postings, CancellationToken cancellationToken)
    {
        if (proves)
        {
            borrower.Value = turn.BorrowerId;
            var stored = await proof.ExecuteScalarAsync(cancellationToken) is long version ? version : 0;
            if (stored != turn.BookVersion)
            {
                return TurnResult.VersionConflict;
            }
        }

        foreach (var grain in turn.Grains)
        {
            if (!await grains.TryWriteAsync(grain, cancellationToken))
            {
                return TurnResult.VersionConflict;
            }
        }

        try
        {
            foreach (var outcome in turn.Outcomes)
            {
                await outcomes.WriteAsync(outcome, cancellationToken);
            }

            foreach (var posting in turn.Postings)
            {
                await postings.WriteAsync(posting, cancellationToken);
            }
        }
        catch (SqliteException ex) when (IsDuplicateKey(ex))
        {
            return TurnResult.DuplicateKey;
        }

        return null;
    }

    private static async Task ExecuteAsync(SqliteCommand command, string sql, CancellationToken cancellationToken)
    {
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool IsDuplicateKey(SqliteException exception) =>
        exception.SqliteErrorCode == SqliteConstraint
        && exception.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique;

    /// <summary>The transaction holds the write lock, so the business date cannot change before it commits.</summary>
    private async Task ProveBusinessDateAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (batch.RequireBusinessDate is not { } required)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT business_date FROM ledger_meta";
        var businessDate = await command.ExecuteScalarAsync(cancellationToken) is string text
            ? SqliteValues.ParseDate(text)
            : (DateOnly?)null;
        if (businessDate != required)
        {
            throw new BusinessDateChangedException(
                $"{Describe()} requires business date {required:O}, but the ledger's is "
                + $"{businessDate?.ToString("O") ?? "unset"}.");
        }
    }

    private async Task SetBusinessDateAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (batch.NewBusinessDate is not { } newDate)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // IS compares NULL as a value, so "expected: none set" matches a ledger without a date.
        command.CommandText = "UPDATE ledger_meta SET business_date = $new WHERE business_date IS $expected";
        command.Parameters.AddWithValue("$new", SqliteValues.ToText(newDate));
        command.Parameters.AddWithValue("$expected", SqliteValues.ToDbValue(batch.ExpectedBusinessDate));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new VersionConflictException(
                $"{Describe()}: the business date is not "
                + $"{batch.ExpectedBusinessDate?.ToString("O") ?? "unset"} any more.");
        }
    }

    private async Task WriteGrainsAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (validated.Grains.Count == 0)
        {
            return;
        }

        await using var writer = new SqliteGrainWriter(connection, transaction, nowMicros);
        foreach (var grain in validated.Grains)
        {
            if (!await writer.TryWriteAsync(grain, cancellationToken))
            {
                throw SqliteGrainWriter.Conflict(Describe(), grain);
            }
        }
    }

    /// <summary>Inserts records that may each be stored once; a second one is a conflict, not a fault.</summary>
    private async Task InsertRecordsAsync<T>(
        SqliteConnection connection, SqliteTransaction transaction, string what,
        Func<SqliteConnection, SqliteTransaction, SqliteRowWriter<T>> createWriter, List<T> rows,
        CancellationToken cancellationToken)
    {
        try
        {
            await InsertAsync(createWriter(connection, transaction), rows, cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint
            && ex.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique)
        {
            throw new VersionConflictException($"{Describe()}: a {what} is stored already ({ex.Message}).");
        }
    }

    private static async Task InsertAsync<T>(
        SqliteRowWriter<T> writer, List<T> rows, CancellationToken cancellationToken)
    {
        await using (writer)
        {
            foreach (var row in rows)
            {
                await writer.WriteAsync(row, cancellationToken);
            }
        }
    }

    private SqliteRowWriter<OutcomeRecord> OutcomeWriter(
        SqliteConnection connection, SqliteTransaction transaction) => new(connection, transaction, """
            INSERT INTO command_outcomes
                (scope, command_id, partition_id, content_hash, outcome, business_date, recorded_at)
            VALUES ($scope, $id, $p, $hash, $outcome, $date, $now)
            """,
        ("$scope", o => o.Scope), ("$id", o => o.CommandId), ("$p", o => o.PartitionId),
        ("$hash", o => o.ContentHash), ("$outcome", o => o.Outcome),
        ("$date", o => SqliteValues.ToDbValue(o.BusinessDate)), ("$now", _ => nowMicros));

    /// <summary>Appends journal postings, for this commit and the sweep's.</summary>
    internal static SqliteRowWriter<JournalPosting> PostingWriter(
        SqliteConnection connection, SqliteTransaction transaction, long nowMicros) =>
        new(connection, transaction, """
            INSERT INTO journal_postings (partition_id, borrower_id, entry_seq, posting_no, business_date,
                entity_kind, entity_id, event, command_id, account, amount_minor, recorded_at)
            VALUES ($p, $b, $seq, $no, $date, $kind, $e, $event, $command, $account, $amount, $now)
            """,
        ("$p", p => p.PartitionId), ("$b", p => p.BorrowerId), ("$seq", p => p.EntrySeq),
        ("$no", p => p.PostingNo), ("$date", p => SqliteValues.ToText(p.BusinessDate)),
        ("$kind", p => (short)p.EntityKind), ("$e", p => p.EntityId), ("$event", p => p.Event),
        ("$command", p => p.CommandId), ("$account", p => p.Account), ("$amount", p => p.AmountMinor),
        ("$now", _ => nowMicros));
}
