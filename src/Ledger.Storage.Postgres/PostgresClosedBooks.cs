using Ledger.Storage;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// Books the sweep closed (<see cref="ILedgerStore.CommitClosedBooksAsync"/>), all of one partition, written in one
/// transaction: first one batch proves the fence (as <see cref="PostgresCommit"/> does, with its statement) and
/// locks the borrower rows of the books still at the version they were read at, skipping rows another transaction
/// holds; then one batch writes the grains of the books locked, and their postings unless there are many, which go
/// through binary COPY; then COMMIT. The writes reuse <see cref="PostgresCommit"/>'s statements.
/// </summary>
/// <remarks>
/// The sweep never waits for a row lock, so it cannot hold up, or deadlock with, the commits of the grains: a
/// borrower row held by another transaction is skipped (its grain is writing the book, and closes its days itself),
/// and the line and order rows written are those of books whose borrower row the sweep holds, which no other
/// writer can then hold (every writer of a book locks its borrower row before its other rows:
/// <see cref="PostgresCommit.AddGrainWrites"/>). The statements run with the sessions' generic plans, which look
/// every row up by its key: a chunk is a few hundred books of a partition that may hold millions, so reading the
/// partition's rows to hash them against the chunk, as a plan costed for the chunk's length might, would make a
/// sweep quadratic.
/// </remarks>
internal sealed class PostgresClosedBooks(string siloId, PartitionFence fence, IReadOnlyList<ClosedBook> books,
    List<List<GrainWrite>> grains, DateTimeOffset now)
{
    /// <summary>Shown in errors: which sweep commit failed.</summary>
    internal string Describe() =>
        $"Sweep commit of silo {siloId} (partition {fence.PartitionId} at epoch {fence.Epoch}, {books.Count} "
        + $"book(s), {grains.Sum(g => g.Count)} grain(s), {books.Sum(b => b.Postings.Count)} posting(s))";

    /// <summary>Writes the books it can lock; returns their ids, in the order given.</summary>
    internal async Task<IReadOnlyList<string>> RunAsync(
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Disposing the transaction without committing rolls it back, which every throw below relies on.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var locked = await ProveAndLockAsync(connection, cancellationToken);
        var written = Enumerable.Range(0, books.Count).Where(i => locked.Contains(books[i].BorrowerId)).ToList();
        if (written.Count == 0)
        {
            return [];
        }

        var postings = written.SelectMany(i => books[i].Postings).ToList();
        await WriteAsync(connection, [.. written.SelectMany(i => grains[i])], postings, cancellationToken);
        if (postings.Count > PostgresCommit.CopyThreshold)
        {
            await PostgresCommit.CopyPostingsAsync(connection, postings, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return [.. written.Select(i => books[i].BorrowerId)];
    }

    /// <summary>Proves the fence, then locks the books' borrower rows that are still at the expected version and
    /// that no other transaction holds; returns the ids of the rows locked. The fence's row stays locked FOR SHARE
    /// until the commit, so no takeover of the partition commits in between.</summary>
    private async Task<HashSet<string>> ProveAndLockAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // A row another transaction has changed and committed since the statement began is rechecked at its new
        // version, so a book a grain has just written is skipped too.
        const string LockSql = """
            SELECT g.borrower_id
            FROM unnest($2::text[], $3::bigint[]) AS u(b, x)
            JOIN grains AS g ON g.borrower_id = u.b AND g.kind = 1 AND g.entity_id = '' AND g.version = u.x
            WHERE g.partition_id = $1
            FOR NO KEY UPDATE OF g SKIP LOCKED
            """;
        await using var commands = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                PostgresCommit.FenceCommand([fence], siloId),
                new NpgsqlBatchCommand(LockSql)
                {
                    Parameters =
                    {
                        new NpgsqlParameter<int> { TypedValue = fence.PartitionId },
                        new NpgsqlParameter<string[]> { TypedValue = [.. books.Select(b => b.BorrowerId)] },
                        new NpgsqlParameter<long[]> { TypedValue = [.. books.Select(b => b.ExpectedVersion)] },
                    },
                },
            },
        };
        try
        {
            await using var reader = await commands.ExecuteReaderAsync(cancellationToken);
            // The first result is the fence check's single row; the second, the rows locked.
            await reader.NextResultAsync(cancellationToken);
            var locked = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                locked.Add(reader.GetString(0));
            }

            return locked;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresSchema.RequirementFailedState)
        {
            throw PostgresCommit.RequirementFailure(ex, new CountedWrites(), Describe());
        }
    }

    /// <summary>The grain writes and (unless they go through COPY) the postings of the books locked, in one round
    /// trip. The borrower rows are locked at their expected version, so only a line or order row at another
    /// version can fail a count: a book whose version says it is unchanged has changed, which is a bug, reported as
    /// a conflict that writes nothing.</summary>
    private async Task WriteAsync(NpgsqlConnection connection, List<GrainWrite> writes, List<JournalPosting> postings,
        CancellationToken cancellationToken)
    {
        await using var commands = new NpgsqlBatch(connection);
        var counted = new CountedWrites();
        PostgresCommit.AddGrainWrites(commands, counted, writes, now, byKey: true);
        if (postings.Count is > 0 and <= PostgresCommit.CopyThreshold)
        {
            commands.BatchCommands.Add(PostgresCommit.PostingInsertCommand(postings, now));
        }

        try
        {
            await commands.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresSchema.RequirementFailedState)
        {
            throw PostgresCommit.RequirementFailure(ex, counted, Describe());
        }
    }
}
