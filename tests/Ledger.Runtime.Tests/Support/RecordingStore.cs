using Ledger.Storage;

namespace Ledger.Runtime.Tests.Support;

/// <summary>Watches the two calls an activation makes for its borrower: <c>LoadBorrowerAsync</c> (activation)
/// and <c>CommitAsync</c> (a turn's writes). Counts loads per borrower and the most calls ever in flight at once
/// for one borrower. Once <see cref="HoldLoads"/> is called, loads wait until <see cref="ReleaseLoads"/>, so
/// that messages pile up behind an activation that is still loading; a load held after reading returns what
/// the store held when it was called, as a slow network would.</summary>
internal sealed class RecordingStore(ILedgerStore inner) : StoreDecorator(inner)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _loads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private TaskCompletionSource? _loadGate;
    private bool _holdAfterReading;

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

    public override async Task CommitAsync(string siloId, CommitBatch batch, CancellationToken cancellationToken)
    {
        var borrowers = batch.Grains.Select(g => g.BorrowerId)
            .Concat(batch.Outcomes.Select(o => o.Scope).Where(s => s.Length > 0))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Enter(borrowers);
        try
        {
            await Inner.CommitAsync(siloId, batch, cancellationToken);
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
