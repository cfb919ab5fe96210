using Ledger.Storage;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// Books the sweep closed (<see cref="ILedgerStore.CommitClosedBooksAsync"/>), all of one partition, written in one
/// transaction of two round trips: the first begins it and locks the borrower rows of the books
/// still at the version they were read at, skipping rows another transaction holds; the second writes the rows of
/// the books locked and appends their postings, each statement checking its row count, and commits.
/// </summary>
/// <remarks>
/// <para>Two round trips, not the four of a transaction driven statement by statement (lock, writes, a COPY of the
/// postings, COMMIT): the second batch carries its own COMMIT, and the postings of a chunk (two per drawn line)
/// go in as arrays. Locks are held for one round trip of the silo. (One statement with data-modifying CTEs, the
/// writes joined to the rows locked, was tried and cost twice the server's CPU: the sessions' generic plans join
/// each array to the locked rows by nested loops over the CTE's result.)</para>
/// <para>The sweep never waits for a row lock, so it cannot hold up, or deadlock with, the commits of the grains:
/// a borrower row held by another transaction is skipped (its grain is writing the book, and closes its days
/// itself), and the line and order rows written are those of books whose borrower row the sweep holds, which no
/// other writer can then hold (every writer of a book locks its borrower row before its other rows:
/// <see cref="PostgresCommit.AddGrainWrites"/>).</para>
/// <para>No claim on the partition is proved: every book is written only at the version it was read at, so two
/// sweepers (two silos after a membership change, or a sweep resumed after a crash) that close the same book write
/// it once, and the other skips it.</para>
/// <para>The statements run with the sessions' generic plans, which look every row up by its key: a chunk is a
/// few hundred books of a partition that may hold millions, so reading the partition's rows to hash them against
/// the chunk, as a plan costed for the chunk's length might, would make a sweep quadratic.</para>
/// </remarks>
internal sealed class PostgresClosedBooks(string siloId, int partitionId, IReadOnlyList<ClosedBook> books,
    List<List<GrainWrite>> grains, DateTimeOffset now)
{
    /// <summary>Locks the borrower rows of books $2 still at versions $3 in partition $1, skipping rows another
    /// transaction holds. A row another transaction has changed and committed since the statement began is
    /// rechecked at its new version, so a book a grain has just written is skipped too.</summary>
    private const string LockSql = """
        SELECT g.borrower_id
        FROM unnest($2::text[], $3::bigint[]) AS u(b, x)
        JOIN grains AS g ON g.borrower_id = u.b AND g.kind = 1 AND g.entity_id = '' AND g.version = u.x
        WHERE g.partition_id = $1
        FOR NO KEY UPDATE OF g SKIP LOCKED
        """;

    /// <summary>Shown in errors: which sweep commit failed.</summary>
    internal string Describe() =>
        $"Sweep commit of silo {siloId} (partition {partitionId}, {books.Count} "
        + $"book(s), {grains.Sum(g => g.Count)} grain(s), {books.Sum(b => b.Postings.Count)} posting(s))";

    /// <summary>Writes the books it can lock; returns their ids, in the order given.</summary>
    internal async Task<IReadOnlyList<string>> RunAsync(
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var locked = await BeginAndLockAsync(connection, cancellationToken);
            var written = Enumerable.Range(0, books.Count).Where(i => locked.Contains(books[i].BorrowerId)).ToList();
            await WriteAndCommitAsync(connection, [.. written.SelectMany(i => grains[i])],
                [.. written.SelectMany(i => books[i].Postings)], cancellationToken);
            return [.. written.Select(i => books[i].BorrowerId)];
        }
        catch
        {
            await RollBackAsync(connection);
            throw;
        }
    }

    /// <summary>Ends a sweep transaction that failed before its COMMIT ran (open, and aborted if a statement failed)
    /// before the connection goes back to the pool. A broken connection is discarded anyway.</summary>
    internal static async Task RollBackAsync(NpgsqlConnection connection)
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
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
    }

    /// <summary>Begins the transaction, then locks the books' borrower rows that are still at the
    /// expected version and that no other transaction holds; returns the ids of the rows locked.</summary>
    private async Task<HashSet<string>> BeginAndLockAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var commands = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN"),
                new NpgsqlBatchCommand(LockSql)
                {
                    Parameters =
                    {
                        new NpgsqlParameter<int> { TypedValue = partitionId },
                        new NpgsqlParameter<string[]> { TypedValue = [.. books.Select(b => b.BorrowerId)] },
                        new NpgsqlParameter<long[]> { TypedValue = [.. books.Select(b => b.ExpectedVersion)] },
                    },
                },
            },
        };
        await using var reader = await commands.ExecuteReaderAsync(cancellationToken);
        var locked = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            locked.Add(reader.GetString(0));
        }

        return locked;
    }

    /// <summary>The grain writes and the postings of the books locked, then COMMIT, in one round trip. The borrower
    /// rows are locked at their expected version, so only a line or order row at another version can fail a
    /// count: a book whose version says it is unchanged has changed, which is a bug, reported as a conflict that
    /// writes nothing.</summary>
    private async Task WriteAndCommitAsync(NpgsqlConnection connection, List<GrainWrite> writes,
        List<JournalPosting> postings, CancellationToken cancellationToken)
    {
        await using var commands = new NpgsqlBatch(connection);
        var counted = new CountedWrites();
        PostgresCommit.AddGrainWrites(commands, counted, writes, now, byKey: true);
        await AppendPostingsAndCommitAsync(commands, counted, postings, now, Describe(), cancellationToken);
    }

    /// <summary>Adds the postings' insert and COMMIT to a sweep batch whose row writes are in it, and runs it; a
    /// short row count is reported as the conflict <paramref name="counted"/> names (shared by
    /// <see cref="PostgresSweepChunk"/>).</summary>
    internal static async Task AppendPostingsAndCommitAsync(NpgsqlBatch commands, CountedWrites counted,
        List<JournalPosting> postings, DateTimeOffset now, string describe, CancellationToken cancellationToken)
    {
        if (postings.Count > 0)
        {
            commands.BatchCommands.Add(PostgresCommit.PostingInsertCommand(postings, now));
        }

        commands.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        try
        {
            await commands.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresSchema.RequirementFailedState)
        {
            throw PostgresCommit.RequirementFailure(ex, counted, describe);
        }
    }
}
