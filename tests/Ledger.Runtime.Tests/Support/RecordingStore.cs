using Ledger.Storage;

namespace Ledger.Runtime.Tests.Support;

/// <summary>Watches the calls that load or write a borrower's book: <c>LoadBorrowerAsync</c> (activation),
/// <c>CommitAsync</c> (a turn's writes) and <c>CommitClosedBooksAsync</c> (a sweep chunk). Counts loads per borrower
/// and the most calls ever in flight at once for one borrower. Once <see cref="HoldLoads"/> is called, loads wait
/// until <see cref="ReleaseLoads"/>, so that messages pile up behind an activation that is still loading; a load
/// held after reading returns what the store held when it was called, as a slow network would. Likewise, once
/// <see cref="HoldSweepCommits"/> is called, sweep chunk commits wait (before reaching the database) until
/// <see cref="ReleaseSweepCommits"/>, so that a test can act while a chunk holds its books.</summary>
internal sealed class RecordingStore(ILedgerStore inner) : StoreDecorator(inner)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _loads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> _sweepChunksWaiting = [];
    private TaskCompletionSource? _loadGate;
    private TaskCompletionSource? _sweepGate;
    private bool _holdAfterReading;
    private int _sweepCommitsBeforeHold;

    /// <summary>The most store calls (loads and commits) ever in flight at once for a single borrower.</summary>
    public int MaxInFlightPerBorrower { get; private set; }

    public int LoadsOf(string borrowerId)
    {
        lock (_lock)
        {
            return _loads.GetValueOrDefault(borrowerId);
        }
    }

    public int LoadsWaiting { get; private set; }

    public void HoldLoads(bool afterReading = false)
    {
        lock (_lock)
        {
            _loadGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _holdAfterReading = afterReading;
        }
    }

    public void ReleaseLoads()
    {
        lock (_lock)
        {
            _loadGate?.TrySetResult();
            _loadGate = null;
        }
    }

    public override async Task<BorrowerRecord> LoadBorrowerAsync(string borrowerId,
        CancellationToken cancellationToken)
    {
        Task gate;
        bool afterReading;
        lock (_lock)
        {
            _loads[borrowerId] = _loads.GetValueOrDefault(borrowerId) + 1;
            gate = _loadGate?.Task ?? Task.CompletedTask;
            afterReading = _holdAfterReading;
        }

        Enter([borrowerId]);
        try
        {
            var record = afterReading ? await Inner.LoadBorrowerAsync(borrowerId, cancellationToken) : null;
            lock (_lock)
            {
                LoadsWaiting += gate.IsCompleted ? 0 : 1;
            }

            await gate;
            return record ?? await Inner.LoadBorrowerAsync(borrowerId, cancellationToken);
        }
        finally
        {
            Exit([borrowerId]);
        }
    }

    /// <summary>The books of each sweep chunk commit now waiting at the gate.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SweepChunksWaiting
    {
        get
        {
            lock (_lock)
            {
                return [.. _sweepChunksWaiting];
            }
        }
    }

    /// <summary>Sweep chunk commits wait from now on, except the next <paramref name="after"/> of them.</summary>
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

    public override async Task<IReadOnlyList<string>> CommitClosedBooksAsync(string siloId, int partitionId,
        IReadOnlyList<ClosedBook> books, CancellationToken cancellationToken)
    {
        var borrowers = books.Select(b => b.BorrowerId).ToList();
        Task gate;
        lock (_lock)
        {
            gate = _sweepGate?.Task ?? Task.CompletedTask;
            if (!gate.IsCompleted && _sweepCommitsBeforeHold > 0)
            {
                _sweepCommitsBeforeHold--;
                gate = Task.CompletedTask;
            }

            if (!gate.IsCompleted)
            {
                _sweepChunksWaiting.Add(borrowers);
            }
        }

        Enter(borrowers);
        try
        {
            await gate;
            return await Inner.CommitClosedBooksAsync(siloId, partitionId, books, cancellationToken);
        }
        finally
        {
            lock (_lock)
            {
                _sweepChunksWaiting.Remove(borrowers);
            }

            Exit(borrowers);
        }
    }

    public override async Task<CommitResult> CommitAsync(string siloId, CommitBatch batch,
        CancellationToken cancellationToken)
    {
        var borrowers = batch.Grains.Select(g => g.BorrowerId)
            .Concat(batch.Outcomes.Select(o => o.Scope).Where(s => s.Length > 0))
            .Concat(batch.Turns.Select(t => t.BorrowerId))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Enter(borrowers);
        try
        {
            return await Inner.CommitAsync(siloId, batch, cancellationToken);
        }
        finally
        {
            Exit(borrowers);
        }
    }

    private void Enter(List<string> borrowers)
    {
        lock (_lock)
        {
            foreach (var borrower in borrowers)
            {
                var now = _inFlight.GetValueOrDefault(borrower) + 1;
                _inFlight[borrower] = now;
                MaxInFlightPerBorrower = Math.Max(MaxInFlightPerBorrower, now);
            }
        }
    }

    private void Exit(List<string> borrowers)
    {
        lock (_lock)
        {
            foreach (var borrower in borrowers)
            {
                _inFlight[borrower]--;
            }
        }
    }
}
