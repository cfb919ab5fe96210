using System.Runtime.CompilerServices;
using Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// The read statements that the store runs on a pooled connection of its own and that a
/// <see cref="SqliteReadView"/> runs inside its open transaction: one copy of each, given the connection and its
/// transaction (Microsoft.Data.Sqlite refuses a command that does not name the transaction its connection has
/// open, so the transaction is passed along; null outside a view).
/// </summary>
internal static class SqliteReads
{
    internal const string GrainColumns = "partition_id, borrower_id, kind, entity_id, version, state, closed_through";

    internal const string PostingColumns = "partition_id, borrower_id, entry_seq, posting_no, business_date, "
        + "entity_kind, entity_id, event, command_id, account, amount_minor";

    /// <summary>Every row of the books chosen by the inner SELECT (borrower rows only, so that the partial
    /// indexes on <c>closed_through</c> serve it), in primary key order, which is the contract's order (borrower
    /// id, kind, entity id) and needs no sort.</summary>
    private const string BooksToCloseHead = $"""
        SELECT {GrainColumns} FROM grains
        WHERE borrower_id IN (
            SELECT borrower_id FROM grains WHERE kind = 1 AND closed_through < $through
        """;

    private const string BooksToCloseTail = """
            )
        ORDER BY borrower_id, kind, entity_id
        """;

    /// <summary>One chunk of one partition for the sweep; <c>borrower_id &gt; $after</c> compares with the
    /// column's BINARY collation, which is ordinal.</summary>
    private const string PartitionBooksToCloseSql = BooksToCloseHead + """
                AND partition_id = $p AND borrower_id > $after
                AND borrower_id NOT IN (SELECT value FROM json_each($skip))
            ORDER BY borrower_id LIMIT $max
        """ + BooksToCloseTail;

    private const string AllBooksToCloseSql = BooksToCloseHead + BooksToCloseTail;

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    internal static async Task<LedgerState> ReadLedgerStateAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection, transaction, "SELECT business_date, closed_through FROM ledger_meta");
        var states = await ReadAllAsync(
            command, r => new LedgerState(SqliteValues.GetDate(r, 0), SqliteValues.GetDate(r, 1)), cancellationToken);
        return states.Count == 0 ? new LedgerState(null, null) : states[0];
    }

    internal static async Task<IReadOnlyList<AccountBalance>> ReadAccountBalancesAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        // SQLite's sum() of integers raises "integer overflow" rather than wrapping.
        await using var command = Command(connection, transaction,
            "SELECT account, sum(amount_minor) FROM journal_postings GROUP BY account ORDER BY account");
        return await ReadAllAsync(
            command, r => new AccountBalance(r.GetString(0), r.GetInt64(1)), cancellationToken);
    }

    internal static async Task<IReadOnlyDictionary<string, long>> ReadOutcomeCountsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection, transaction, "SELECT outcome, count(*) FROM command_outcomes GROUP BY outcome");
        var rows = await ReadAllAsync(command, r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    internal static async IAsyncEnumerable<GrainRow> StreamGrainsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, GrainKind kind,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            $"SELECT {GrainColumns} FROM grains WHERE kind = $kind ORDER BY {SqliteSchema.GrainKeyExpression}");
        command.Parameters.AddWithValue("$kind", (short)kind);
        await foreach (var row in ReadEachAsync(command, SqliteValues.ReadGrain, cancellationToken))
        {
            yield return row;
        }
    }

    internal static async IAsyncEnumerable<JournalPosting> StreamJournalAsync(
        SqliteConnection connection, SqliteTransaction? transaction,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            $"SELECT {PostingColumns} FROM journal_postings ORDER BY borrower_id, entry_seq, posting_no");
        await foreach (var posting in ReadEachAsync(command, SqliteValues.ReadPosting, cancellationToken))
        {
            yield return posting;
        }
    }

    /// <summary>As <see cref="ILedgerReadView.StreamBooksToCloseAsync"/>.</summary>
    internal static async IAsyncEnumerable<GrainRow> StreamBooksToCloseAsync(
        SqliteConnection connection, SqliteTransaction? transaction, DateOnly closeThrough,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, AllBooksToCloseSql);
        command.Parameters.AddWithValue("$through", SqliteValues.ToText(closeThrough));
        await foreach (var row in ReadEachAsync(command, SqliteValues.ReadGrain, cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>As <see cref="ILedgerStore.LoadBooksToCloseAsync"/>.</summary>
    internal static async Task<IReadOnlyList<GrainRow>> LoadBooksToCloseAsync(
        SqliteConnection connection, int partitionId, DateOnly closeThrough, string afterBorrowerId, int maxBooks,
        IReadOnlyCollection<string> skipping, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, PartitionBooksToCloseSql);
        command.Parameters.AddWithValue("$skip", JsonArrayOf(skipping));
        command.Parameters.AddWithValue("$through", SqliteValues.ToText(closeThrough));
        command.Parameters.AddWithValue("$p", partitionId);
        command.Parameters.AddWithValue("$after", afterBorrowerId);
        command.Parameters.AddWithValue("$max", maxBooks);
        return await ReadAllAsync(command, SqliteValues.ReadGrain, cancellationToken);
    }

    /// <summary>Strings as a JSON array (for <c>json_each</c>).</summary>
    private static string JsonArrayOf(IReadOnlyCollection<string> values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static async Task<List<T>> ReadAllAsync<T>(
        SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async IAsyncEnumerable<T> ReadEachAsync<T>(
        SqliteCommand command, Func<SqliteDataReader, T> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return read(reader);
        }
    }
}
