using System.Data;
using Ledger.Storage;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// A consistent read of the whole ledger (<see cref="ILedgerStore.OpenReadViewAsync"/>): one pooled connection
/// holding a REPEATABLE READ, READ ONLY transaction, whose snapshot is taken when the view opens. Its reads are the
/// store's own (<see cref="PostgresReads"/>), run on that connection one at a time. Disposing ends the transaction
/// and gives the connection back to the pool.
/// </summary>
internal sealed class PostgresReadView : ILedgerReadView
{
    /// <summary>How long the view may sit idle between two reads. The store's sessions allow 3 s (a frozen silo
    /// must not keep row locks that block a takeover), but a view locks no row: all an idle view holds up is
    /// vacuum. A caller that pauses between two reads, say to hand a chunk of a snapshot to a slow client, must not
    /// lose its view, and one that forgets its view must not hold vacuum up for ever.</summary>
    private const string IdleTimeout = "10min";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly PostgresReads _reads;

    private PostgresReadView(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _reads = new PostgresReads(sql => new NpgsqlCommand(sql, connection, transaction));
    }

    /// <summary>Opens the view in one round trip (Npgsql sends the BEGIN with the batch): the transaction is made
    /// read-only before its first query, whose snapshot every later read of the view shares.</summary>
    internal static async Task<PostgresReadView> OpenAsync(
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var begin = new NpgsqlBatch(connection, transaction)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("SET TRANSACTION READ ONLY"),
                    new NpgsqlBatchCommand($"SET LOCAL idle_in_transaction_session_timeout = '{IdleTimeout}'"),
                    new NpgsqlBatchCommand("SELECT 1"),
                },
            };
            await begin.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresReadView(connection, transaction);
        }
        catch
        {
            // Closing the connection ends a transaction begun on it.
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<LedgerState> GetLedgerStateAsync(CancellationToken cancellationToken) =>
        _reads.GetLedgerStateAsync(cancellationToken);

    public Task<IReadOnlyList<AccountBalance>> GetAccountBalancesAsync(CancellationToken cancellationToken) =>
        _reads.GetAccountBalancesAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> GetOutcomeCountsAsync(CancellationToken cancellationToken) =>
        _reads.GetOutcomeCountsAsync(cancellationToken);

    public IAsyncEnumerable<GrainRow> StreamGrainsAsync(GrainKind kind, CancellationToken cancellationToken) =>
        _reads.StreamGrainsAsync(kind, cancellationToken);

    public IAsyncEnumerable<JournalPosting> StreamJournalAsync(CancellationToken cancellationToken) =>
        _reads.StreamJournalAsync(cancellationToken);

    public IAsyncEnumerable<GrainRow> StreamBooksToCloseAsync(
        DateOnly closeThrough, CancellationToken cancellationToken) =>
        _reads.StreamBooksToCloseAsync(closeThrough, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Rolls back: the transaction wrote nothing, so there is nothing to commit.
            await _transaction.DisposeAsync();
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
