using Ledger.Storage;

namespace Ledger.Testing.Stores;

/// <summary>A store whose commits fail on demand, before anything reaches the database, the way a dropped
/// connection fails them, and whose sweep chunk commits can be held back (so that a test acts while a sweep is
/// half-way). Counts borrower loads, to see a book reloaded after a failure.</summary>
public sealed class FaultyStore(ILedgerStore inner) : StoreDecorator(inner)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _loads = new(StringComparer.Ordinal);
    private string? _failOnceForCommandId;
    private int? _sweepCommitsAllowed;
    private TaskCompletionSource? _sweepGate;
    private int _sweepCommitsBeforeHold;
    private int _sweepChunksWaiting;
    private int _failures;
    private int _sweepCommits;
    private int _sweepBooksWritten;

    /// <summary>Commits that failed on purpose.</summary>
    public int Failures
    {
        get
        {
            lock (_lock)
            {
                return _failures;
            }
        }
    }

    /// <summary>Sweep chunk commits (<see cref="ILedgerStore.CommitClosedBooksAsync"/>) that reached the
    /// database.</summary>
    public int SweepCommits
    {
        get
        {
            lock (_lock)
            {
                return _sweepCommits;
            }
        }
    }

    /// <summary>The books those chunk commits wrote.</summary>
    public int SweepBooksWritten
    {
        get
        {
            lock (_lock)
            {
                return _sweepBooksWritten;
            }
        }
    }

    /// <summary>Sweep chunk commits waiting at the gate of <see cref="HoldSweepCommits"/>.</summary>
    public int SweepChunksWaiting => Volatile.Read(ref _sweepChunksWaiting);

    /// <summary>The next commit that carries the outcome of <paramref name="commandId"/> fails, once.</summary>
    public void FailOnceForCommand(string commandId)
    {
        lock (_lock)
        {
            _failOnceForCommandId = commandId;
        }
    }

    /// <summary>Simulates a sweep that dies part-way: <paramref name="n"/> more sweep chunk commits go through,
    /// then every later one fails until <see cref="HealSweepCommits"/>. Counted when the call is made, so exactly
    /// <paramref name="n"/> reach the database whatever the scheduling.</summary>
    public void FailSweepCommitsAfter(int n)
    {
        lock (_lock)
        {
            _sweepCommitsAllowed = n;
        }
    }

    public void HealSweepCommits()
    {
        lock (_lock)
        {
            _sweepCommitsAllowed = null;
        }
    }

    /// <summary>After <paramref name="after"/> more sweep chunk commits, the next ones wait (before reaching the
    /// database) until <see cref="ReleaseSweepCommits"/>.</summary>
    public void HoldSweepCommits(int after = 0)
    {
        lock (_lock)
        {
            _sweepGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _sweepCommitsBeforeHold = after;
        }
    }

    public void ReleaseSweepCommits()
    {
        lock (_lock)
        {
            _sweepGate?.TrySetResult();
            _sweepGate = null;
        }
    }

    public int LoadsOf(string borrowerId)
    {
        lock (_lock)
        {
            return _loads.GetValueOrDefault(borrowerId);
        }
    }

    public override Task<BorrowerRecord> LoadBorrowerAsync(string borrowerId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _loads[borrowerId] = _loads.GetValueOrDefault(borrowerId) + 1;
        }

        return Inner.LoadBorrowerAsync(borrowerId, cancellationToken);
    }

    public override async Task<CommitResult> CommitAsync(string siloId, CommitBatch batch,
        CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_failOnceForCommandId is { } id
                && batch.Outcomes.Concat(batch.Turns.SelectMany(t => t.Outcomes)).Any(o => o.CommandId == id))
            {
                _failOnceForCommandId = null;
                _failures++;
                throw new IOException($"Injected commit failure (batch with command {id}).");
            }
        }

        return await Inner.CommitAsync(siloId, batch, cancellationToken);
    }

    public override async Task<IReadOnlyList<string>> CommitClosedBooksAsync(string siloId, int partitionId,
        IReadOnlyList<ClosedBook> books, CancellationToken cancellationToken)
    {
        Task? gate = null;
        lock (_lock)
        {
            if (_sweepCommitsAllowed is { } allowed)
            {
                if (allowed == 0)
                {
                    _failures++;
                    throw new IOException($"Injected sweep failure (partition {partitionId}, " +
                        $"{books.Count} books from {books[0].BorrowerId}).");
                }

                _sweepCommitsAllowed = allowed - 1;
            }

            if (_sweepGate is { } held)
            {
                if (_sweepCommitsBeforeHold > 0)
                {
                    _sweepCommitsBeforeHold--;
                }
                else
                {
                    gate = held.Task;
                }
            }
        }

        if (gate is not null)
        {
            Interlocked.Increment(ref _sweepChunksWaiting);
            try
            {
                await gate.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _sweepChunksWaiting);
            }
        }

        var written = await Inner.CommitClosedBooksAsync(siloId, partitionId, books, cancellationToken);
        lock (_lock)
        {
            _sweepCommits++;
            _sweepBooksWritten += written.Count;
        }

        return written;
    }
}
