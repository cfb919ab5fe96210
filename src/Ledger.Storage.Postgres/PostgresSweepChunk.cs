using Ledger.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Storage.Postgres;

/// <summary>
/// One chunk of the sweep (<see cref="ILedgerStore.SweepChunkAsync"/>) in one transaction of two round trips: the
/// first begins it and reads the chunk's books with their borrower rows locked, skipping rows another transaction
/// holds; the silo closes them; the second writes them, each row found by its physical address, appends their
/// postings, and commits.
/// </summary>
/// <remarks>
/// <para>Against a read, then a lock of what was read, then the writes (<see cref="PostgresClosedBooks"/>): one
/// round trip and one statement fewer, and every row is found by its key once, in the read; the writes go to the
/// rows' addresses (<c>ctid</c>), which stay valid while the transaction holds the borrower rows: a book's other rows
/// change only with its borrower row (every writer locks that row first: <see cref="PostgresCommit.AddGrainWrites"/>).
/// The price is that the borrower rows are held while the silo closes the books (a few milliseconds for a few hundred
/// books): a grain committing one of them meanwhile waits, then fails its version proof, reloads and decides again.
/// The books in use are left out of the read, so that is rare.</para>
/// <para>A borrower row that a transaction committed after the statement's snapshot was taken is locked at its new
/// version while the statement reads the book's rows as they were: such a book is left out of the chunk (counted as
/// read; its grain has closed it, or the next pass will).</para>
/// <para>Each write still names the version it replaces, and the row counts are checked, so a book changed despite
/// all this fails the chunk instead of being overwritten.</para>
/// <para>The chunk commits without waiting for its WAL to reach the disk (<c>synchronous_commit = off</c> for this
/// transaction only): a sweep that waits for the flush of every chunk leaves the cores idle meanwhile (in a
/// 200,000-book sweep, a fifth of the server's busy samples were commits waiting for <c>WALSync</c> or
/// <c>WALWrite</c>). Nothing is lost or applied twice by it.
/// A crash can lose only the last few chunks written, and then entirely (WAL is replayed in order); their books are
/// behind again and the next pass closes them again, to the same rows and postings (closing a book from the same
/// rows is deterministic). Nothing durable can depend on a lost chunk: any later commit that read its rows, a
/// grain's or the ledger's "closed through" record, waits for its own flush, which carries every earlier WAL record
/// with it.</para>
/// </remarks>
internal sealed class PostgresSweepChunk(string siloId, int partitionId, DateOnly closeThrough,
    string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping, DateTimeOffset now)
{
    /// <summary>The rows of at most $4 books of partition $1 behind $2, after borrower $3, leaving out borrowers $5,
    /// each with its address, and the version its borrower row was locked at. The borrowers come from the sweep's
    /// index in key order; rows another transaction holds are skipped before the limit counts them.</summary>
    private const string LockedReadSql = """
        WITH locked AS MATERIALIZED (
            SELECT borrower_id, version FROM grains
            WHERE kind = 1 AND partition_id = $1 AND borrower_id > $3 AND closed_through < $2
                AND borrower_id <> ALL ($5::text[])
            ORDER BY borrower_id LIMIT $4
            FOR NO KEY UPDATE SKIP LOCKED)
        SELECT g.partition_id, g.borrower_id, g.kind, g.entity_id, g.version, g.state, g.closed_through, g.ctid,
            l.version
        FROM locked AS l JOIN grains AS g ON g.borrower_id = l.borrower_id
        ORDER BY g.borrower_id, g.kind, g.entity_id
        """;

    /// <summary>Rows $1 (addresses) at versions $2 get versions $3, states $4 and closed days $5.</summary>
    private const string UpdateByAddressSql = """
        UPDATE grains AS g SET version = u.v, state = u.s, closed_through = u.c, updated_at = $6
        FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bytea[], $5::date[]) AS u(t, x, v, s, c)
        WHERE g.ctid = u.t::tid AND g.version = u.x
        """;

    /// <summary>Shown in errors: which sweep chunk failed.</summary>
    internal string Describe() =>
        $"Sweep chunk of silo {siloId} (partition {partitionId}, up to {maxBooks} book(s) behind "
        + $"{closeThrough:O} after '{afterBorrowerId}')";

    internal async Task<SweptChunk> RunAsync(NpgsqlDataSource dataSource,
        Func<IReadOnlyList<GrainRow>, IReadOnlyList<ClosedBook>> close, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var read = await BeginAndReadAsync(connection, cancellationToken);
            var closed = read.Rows.Count > 0 ? close(read.Rows) : [];
            var grains = CommitBatchRules.ValidateClosedBooks(siloId, partitionId, closed);
            await WriteAndCommitAsync(connection, closed, grains, read.Addresses, cancellationToken);
            return new SweptChunk(read.Books, read.Last, [.. closed.Select(b => b.BorrowerId)]);
        }
        catch
        {
            await PostgresClosedBooks.RollBackAsync(connection);
            throw;
        }
    }

    /// <summary>What the locked read gave: the rows of the books locked at the version the statement read them at,
    /// the rows' addresses and versions by key, the books read (those left out included) and the last of them.
    /// </summary>
    private sealed record LockedRead(List<GrainRow> Rows,
        Dictionary<(string Borrower, GrainKind Kind, string Entity), (NpgsqlTid Address, long Version)> Addresses,
        int Books, string? Last);

    private async Task<LockedRead> BeginAndReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var commands = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN"),
                new NpgsqlBatchCommand("SET LOCAL synchronous_commit = off"),
                new NpgsqlBatchCommand(LockedReadSql)
                {
                    Parameters =
                    {
                        new NpgsqlParameter<int> { TypedValue = partitionId },
                        new NpgsqlParameter<DateOnly> { TypedValue = closeThrough },
                        new NpgsqlParameter<string> { TypedValue = afterBorrowerId },
                        new NpgsqlParameter<long> { TypedValue = maxBooks },
                        new NpgsqlParameter<string[]> { TypedValue = [.. skipping] },
                    },
                },
            },
        };
        await using var reader = await commands.ExecuteReaderAsync(cancellationToken);
        var rows = new List<GrainRow>();
        var addresses = new Dictionary<(string, GrainKind, string), (NpgsqlTid, long)>();
        var books = 0;
        string? last = null;
        var stale = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = PostgresReads.ReadGrain(reader);
            if (row.BorrowerId != last)
            {
                books++;
                last = row.BorrowerId;
                // Rows come in book order, the borrower row first: it tells whether the statement read the book at
                // the version its borrower row was locked at.
                stale = row.Kind != GrainKind.Borrower || row.Version != reader.GetInt64(8);
            }

            if (!stale)
            {
                rows.Add(row);
                addresses[(row.BorrowerId, row.Kind, row.EntityId)] = (reader.GetFieldValue<NpgsqlTid>(7), row.Version);
            }
        }

        return new LockedRead(rows, addresses, books, last);
    }

    /// <summary>The closed books' rows by address, the borrower rows first, their postings, then COMMIT, in one
    /// round trip (only the COMMIT when no book had days to close). A book not read here, or a row at another
    /// version than read, is a bug of the caller's: it refuses the chunk before anything is written.</summary>
    private async Task WriteAndCommitAsync(NpgsqlConnection connection, IReadOnlyList<ClosedBook> closed,
        List<List<GrainWrite>> grains,
        Dictionary<(string Borrower, GrainKind Kind, string Entity), (NpgsqlTid Address, long Version)> addresses,
        CancellationToken cancellationToken)
    {
        var writes = grains.SelectMany(g => g).ToList();
        foreach (var write in writes)
        {
            if (!addresses.TryGetValue((write.BorrowerId, write.Kind, write.EntityId), out var read)
                || read.Version != write.ExpectedVersion)
            {
                throw new ArgumentException(
                    $"{Describe()}: the write of {write.Kind} '{write.EntityId}' of book {write.BorrowerId} at version "
                    + $"{write.ExpectedVersion} is not of a row this chunk read at that version.", nameof(closed));
            }
        }

        await using var commands = new NpgsqlBatch(connection);
        var counted = new CountedWrites();
        AddUpdate(commands, counted, [.. writes.Where(w => w.Kind == GrainKind.Borrower)], addresses);
        AddUpdate(commands, counted, [.. writes.Where(w => w.Kind != GrainKind.Borrower)], addresses);
        await PostgresClosedBooks.AppendPostingsAndCommitAsync(commands, counted,
            [.. closed.SelectMany(b => b.Postings)], now, Describe(), cancellationToken);
    }

    /// <summary>A row's address in PostgreSQL's text form, <c>(block,offset)</c>.</summary>
    private static string Text(NpgsqlTid address) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"({address.BlockNumber},{address.OffsetNumber})");

    private void AddUpdate(NpgsqlBatch commands, CountedWrites counted, List<GrainWrite> updates,
        Dictionary<(string Borrower, GrainKind Kind, string Entity), (NpgsqlTid Address, long Version)> addresses)
    {
        if (updates.Count == 0)
        {
            return;
        }

        counted.Add(
            commands,
            UpdateByAddressSql,
            updates.Count,
            () => $"A row of a book the sweep held changed under it (one of {updates.Count} row(s) of "
                + $"{string.Join(", ", updates.Select(u => u.BorrowerId).Distinct().Take(5))}).",
            // Addresses go as text: Npgsql writes a tid, not an array of them.
            PostgresCommit.Column(updates, g => Text(addresses[(g.BorrowerId, g.Kind, g.EntityId)].Address)),
            PostgresCommit.Column(updates, g => g.ExpectedVersion),
            PostgresCommit.Column(updates, g => g.NewVersion),
            PostgresCommit.Column(updates, g => g.State),
            PostgresCommit.Column(updates, g => g.ClosedThrough),
            new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
    }
}
