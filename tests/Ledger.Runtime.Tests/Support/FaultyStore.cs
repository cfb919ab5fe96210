using Ledger.Storage;

namespace Ledger.Runtime.Tests.Support;

/// <summary>A store whose commits fail on demand, before anything reaches the database, the way a dropped
/// connection fails them. Also counts borrower loads, to see activations come back after a failure.</summary>
internal sealed class FaultyStore(ILedgerStore inner) : StoreDecorator(inner)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _loads = new(StringComparer.Ordinal);
    private string? _failOnceForCommandId;
    private int? _sweepCommitsAllowed;

    /// <summary>Commits that failed on purpose.</summary>
    public int Failures { get; private set; }

    /// <summary>Sweep chunk commits (<see cref="ILedgerStore.CommitClosedBooksAsync"/>) that reached the
    /// database.</summary>
    public int SweepCommits { get; private set; }

    /// <summary>The books those chunk commits wrote.</summary>
    public int SweepBooksWritten { get; private set; }

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
                Failures++;
                throw new IOException($"Injected commit failure (batch with command {id}).");
            }
        }

        return await Inner.CommitAsync(siloId, batch, cancellationToken);
    }

    public override async Task<IReadOnlyList<string>> CommitClosedBooksAsync(string siloId, int partitionId,
        IReadOnlyList<ClosedBook> books, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_sweepCommitsAllowed is { } allowed)
            {
                if (allowed == 0)
                {
                    Failures++;
                    throw new IOException($"Injected sweep failure (partition {partitionId}, " +
                        $"{books.Count} books from {books[0].BorrowerId}).");
                }

                _sweepCommitsAllowed = allowed - 1;
            }
        }

        var written = await Inner.CommitClosedBooksAsync(siloId, partitionId, books, cancellationToken);
        lock (_lock)
        {
            SweepCommits++;
            SweepBooksWritten += written.Count;
        }

        return written;
    }
}
