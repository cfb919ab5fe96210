using System.Runtime.CompilerServices;
using Ledger.Storage;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// The ledger-wide reads, written once for the two places they run: the store's own, each statement on a pooled
/// connection with a snapshot of its own, and a read view's (<see cref="PostgresReadView"/>), every statement on
/// the view's one connection in its repeatable-read transaction, so that they all see one state.
/// <paramref name="createCommand"/> makes the command for a statement in the right place.
/// </summary>
internal sealed class PostgresReads(Func<string, NpgsqlCommand> createCommand)
{
    /// <summary>The columns <see cref="ReadGrain"/> reads, in its order.</summary>
    internal const string GrainColumns = "partition_id, borrower_id, kind, entity_id, version, state, closed_through";

    /// <summary>The columns <see cref="ReadPosting"/> reads, in its order.</summary>
    internal const string PostingColumns = "partition_id, borrower_id, entry_seq, posting_no, business_date, "
        + "entity_kind, entity_id, event, command_id, account, amount_minor";

    /// <summary>Every row of the books a query of borrower ids selects, in book order (borrower, kind, entity):
    /// each book's rows are found through the primary key, which starts with the borrower.</summary>
    internal static string BookRowsSql(string borrowerIdsSql) => $"""
        SELECT {GrainColumns} FROM grains WHERE borrower_id IN ({borrowerIdsSql})
        ORDER BY borrower_id, kind, entity_id
        """;

    /// <summary>The borrower ids of every book behind <c>$1</c>, all partitions, through the index on the closed
    /// day.</summary>
    private static readonly string BooksToCloseSql =
        BookRowsSql("SELECT borrower_id FROM grains WHERE kind = 1 AND closed_through < $1");

    internal async Task<LedgerState> GetLedgerStateAsync(CancellationToken cancellationToken)
    {
        await using var command = createCommand("SELECT business_date, closed_through FROM ledger_meta");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new LedgerState(ReadDate(reader, 0), ReadDate(reader, 1))
            : new LedgerState(null, null);
    }

    internal async Task<IReadOnlyList<AccountBalance>> GetAccountBalancesAsync(CancellationToken cancellationToken)
    {
        // sum(bigint) is numeric; the cast back to bigint fails loudly rather than wrapping on overflow.
        await using var command = createCommand(
            "SELECT account, sum(amount_minor)::bigint FROM journal_postings GROUP BY account ORDER BY account");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var balances = new List<AccountBalance>();
        while (await reader.ReadAsync(cancellationToken))
        {
            balances.Add(new AccountBalance(reader.GetString(0), reader.GetInt64(1)));
        }

        return balances;
    }

    internal async Task<IReadOnlyDictionary<string, long>> GetOutcomeCountsAsync(CancellationToken cancellationToken)
    {
        await using var command = createCommand("SELECT outcome, count(*) FROM command_outcomes GROUP BY outcome");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(reader.GetString(0), reader.GetInt64(1));
        }

        return counts;
    }

    internal async IAsyncEnumerable<GrainRow> StreamGrainsAsync(
        GrainKind kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The kind is written into each statement, not passed: a statement for any kind could not use the
        // kind-and-key index, which holds only lines and orders. Borrowers come in the primary key's order, which is
        // their key's (a borrower's key is its id).
        const string BorrowersSql = $"SELECT {GrainColumns} FROM grains WHERE kind = 1 ORDER BY borrower_id";
        const string LinesSql = $"""
            SELECT {GrainColumns} FROM grains WHERE kind = 2 ORDER BY {PostgresSchema.GrainKeyExpression}
            """;
        const string OrdersSql = $"""
            SELECT {GrainColumns} FROM grains WHERE kind = 3 ORDER BY {PostgresSchema.GrainKeyExpression}
            """;
        await using var command = createCommand(kind switch
        {
            GrainKind.Borrower => BorrowersSql,
            GrainKind.Line => LinesSql,
            GrainKind.Order => OrdersSql,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown grain kind."),
        });
        await foreach (var row in ReadGrainsAsync(command, cancellationToken))
        {
            yield return row;
        }
    }

    internal async IAsyncEnumerable<GrainRow> StreamBooksToCloseAsync(
        DateOnly closeThrough, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = createCommand(BooksToCloseSql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = closeThrough });
        await foreach (var row in ReadGrainsAsync(command, cancellationToken))
        {
            yield return row;
        }
    }

    internal async IAsyncEnumerable<JournalPosting> StreamJournalAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = createCommand(
            $"SELECT {PostingColumns} FROM journal_postings ORDER BY borrower_id, entry_seq, posting_no");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadPosting(reader);
        }
    }

    private static async IAsyncEnumerable<GrainRow> ReadGrainsAsync(
        NpgsqlCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadGrain(reader);
        }
    }

    internal static DateOnly? ReadDate(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>Reads a row of <see cref="GrainColumns"/>.</summary>
    internal static GrainRow ReadGrain(NpgsqlDataReader reader) => new(
        reader.GetInt32(0), reader.GetString(1), (GrainKind)reader.GetInt16(2), reader.GetString(3),
        reader.GetInt64(4), reader.GetFieldValue<byte[]>(5), ReadDate(reader, 6));

    /// <summary>Reads a row of <see cref="PostingColumns"/>.</summary>
    internal static JournalPosting ReadPosting(NpgsqlDataReader reader) => new(
        reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3),
        reader.GetFieldValue<DateOnly>(4), (GrainKind)reader.GetInt16(5), reader.GetString(6), reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9), reader.GetInt64(10));
}
