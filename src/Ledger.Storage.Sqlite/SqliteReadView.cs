using System.Runtime.CompilerServices;
using Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// A consistent read of the whole ledger: one reader connection holding one read transaction. In WAL mode a read
/// transaction sees the database as of its first read and keeps seeing exactly that, whatever the writer commits
/// meanwhile (the writer appends to the WAL; checkpoints never overwrite pages a reader still needs). A deferred
/// BEGIN reads nothing, so <see cref="OpenAsync"/> reads <c>ledger_meta</c> at once: the snapshot is the one of
/// the moment the view opened, not of its first use.
/// </summary>
internal sealed class SqliteReadView : ILedgerReadView
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    /// <summary>1 while a read runs. One connection runs one statement stream at a time for us; overlapping
    /// reads are a caller's bug (the contract says so), refused rather than interleaved on the connection.</summary>
    private int _busy;

    private bool _disposed;

    private SqliteReadView(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Starts the view on <paramref name="connection"/>, which it owns from then on (also when opening
    /// fails).</summary>
    internal static async Task<SqliteReadView> OpenAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        SqliteTransaction? transaction = null;
        try
        {
            transaction = connection.BeginTransaction(deferred: true);
            await SqliteReads.ReadLedgerStateAsync(connection, transaction, cancellationToken);
            return new SqliteReadView(connection, transaction);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<LedgerState> GetLedgerStateAsync(CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            return await SqliteReads.ReadLedgerStateAsync(_connection, _transaction, cancellationToken);
        }
        finally
        {
            Exit();
        }
    }

    public async Task<IReadOnlyList<AccountBalance>> GetAccountBalancesAsync(CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            return await SqliteReads.ReadAccountBalancesAsync(_connection, _transaction, cancellationToken);
        }
        finally
        {
            Exit();
        }
    }

    public async Task<IReadOnlyDictionary<string, long>> GetOutcomeCountsAsync(CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            return await SqliteReads.ReadOutcomeCountsAsync(_connection, _transaction, cancellationToken);
        }
        finally
        {
            Exit();
        }
    }

    public IAsyncEnumerable<GrainRow> StreamGrainsAsync(GrainKind kind, CancellationToken cancellationToken) =>
        OneAtATime(SqliteReads.StreamGrainsAsync(_connection, _transaction, kind, cancellationToken),
            cancellationToken);

    public IAsyncEnumerable<JournalPosting> StreamJournalAsync(CancellationToken cancellationToken) =>
        OneAtATime(SqliteReads.StreamJournalAsync(_connection, _transaction, cancellationToken), cancellationToken);

    public IAsyncEnumerable<GrainRow> StreamBooksToCloseAsync(
        DateOnly closeThrough, CancellationToken cancellationToken) =>
        OneAtATime(SqliteReads.StreamBooksToCloseAsync(_connection, _transaction, closeThrough, cancellationToken),
            cancellationToken);

    /// <summary>Ends the read transaction (a rollback: it wrote nothing) and returns the connection to the
    /// pool.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>Holds the view for the whole enumeration of <paramref name="rows"/>, from its first row to its
    /// end (or its abandonment).</summary>
    private async IAsyncEnumerable<T> OneAtATime<T>(
        IAsyncEnumerable<T> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                yield return row;
            }
        }
        finally
        {
            Exit();
        }
    }

    private void Enter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            throw new InvalidOperationException(
                "A read view runs one read at a time: finish enumerating a stream before starting another read.");
        }
    }

    private void Exit() => Volatile.Write(ref _busy, 0);
}
