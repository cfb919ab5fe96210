using System.Collections.Concurrent;
using Ledger.Storage;
using Ledger.Storage.Commit;

namespace Ledger.Runtime.Grains;

/// <summary>The live activations of this silo: activated on first message, deactivated when idle past the
/// timeout, and held under a ceiling (the least recently used idle ones leave first). Deactivation only drops
/// memory: everything an activation did is already in the store.</summary>
internal sealed class ActivationDirectory
{
    private readonly ConcurrentDictionary<string, BorrowerActivation> _activations = new(StringComparer.Ordinal);
    private readonly ILedgerStore _store;
    private readonly GroupCommit _pipeline;
    private readonly RuntimeOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _evictionLock = new();
    /// <summary>Books the sweep is writing now: an activation does not load such a book until the sweep is done
    /// with it.</summary>
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _sweeping = new(StringComparer.Ordinal);
    private readonly Func<Task<DateOnly?>> _refreshBusinessDate;
    private long _activated;
    private long _deactivated;

    public ActivationDirectory(ILedgerStore store, GroupCommit pipeline, RuntimeOptions options, TimeProvider time,
        Func<Task<DateOnly?>> refreshBusinessDate)
    {
        _refreshBusinessDate = refreshBusinessDate;
        _store = store;
        _pipeline = pipeline;
        _options = options;
        _time = time;
    }

    public int Count => _activations.Count;

    public long Activated => Interlocked.Read(ref _activated);

    public long Deactivated => Interlocked.Read(ref _deactivated);

    public long NowTicks => _time.GetTimestamp();

    public BorrowerActivation GetOrActivate(string borrowerId, PartitionFence fence)
    {
        while (true)
        {
            if (_activations.TryGetValue(borrowerId, out var existing))
            {
                if (!existing.IsPoisoned)
                {
                    return existing;
                }

                _activations.TryRemove(new KeyValuePair<string, BorrowerActivation>(borrowerId, existing));
                continue;
            }

            var created = new BorrowerActivation(borrowerId, fence, _store, _pipeline, _options.MailboxCapacity,
                NowTicks, SweepDone, _refreshBusinessDate);
            if (_activations.TryAdd(borrowerId, created))
            {
                Interlocked.Increment(ref _activated);
                if (_activations.Count > _options.MaxActivations)
                {
                    EvictLeastRecentlyUsed(created);
                }

                return created;
            }
        }
    }

    /// <summary>Marks books as being written by the sweep. Call it before looking for their live activations: an
    /// activation either is found then (the sweep leaves its book to it and calls <see cref="EndSweep"/> for
    /// it at once), or is created later and waits for <see cref="EndSweep"/> before it loads, so it reads what the
    /// sweep wrote. Either way no book is written by both.</summary>
    public void BeginSweep(IEnumerable<string> borrowerIds)
    {
        foreach (var id in borrowerIds)
        {
            _sweeping[id] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The sweep is done with these books (written or not).</summary>
    public void EndSweep(IEnumerable<string> borrowerIds)
    {
        foreach (var id in borrowerIds)
        {
            if (_sweeping.TryRemove(id, out var done))
            {
                done.TrySetResult();
            }
        }
    }

    private Task SweepDone(string borrowerId) =>
        _sweeping.TryGetValue(borrowerId, out var done) ? done.Task : Task.CompletedTask;

    /// <summary>Forgets an activation that turned out dead, so the next message activates the borrower anew.</summary>
    public void Forget(BorrowerActivation activation) =>
        _activations.TryRemove(new KeyValuePair<string, BorrowerActivation>(activation.BorrowerId, activation));

    /// <summary>Deactivates every idle activation not used for the idle timeout; returns how many left.</summary>
    public int CollectIdle()
    {
        var now = NowTicks;
        var removed = 0;
        foreach (var activation in _activations.Values)
        {
            if (_time.GetElapsedTime(activation.LastUsedTicks, now) >= _options.IdleTimeout
                && TryDeactivate(activation))
            {
                removed++;
            }
        }

        // A burst may have left more live activations than the ceiling (busy ones cannot leave): bring the count
        // back under it now that they are idle.
        if (_activations.Count > _options.MaxActivations)
        {
            EvictLeastRecentlyUsed(keep: null);
        }

        return removed;
    }

    /// <summary>Deactivates every activation that is idle now, or those of one partition (handing it over).</summary>
    public int DeactivateAll(Func<BorrowerActivation, bool>? which = null)
    {
        var removed = 0;
        foreach (var activation in _activations.Values)
        {
            if ((which is null || which(activation)) && TryDeactivate(activation))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>The live activation of a borrower, if any.</summary>
    public BorrowerActivation? Find(string borrowerId) =>
        _activations.TryGetValue(borrowerId, out var activation) && !activation.IsPoisoned ? activation : null;

    /// <summary>Whether any activation of <paramref name="partition"/> is still live.</summary>
    public bool HasActivationsIn(int partition) => _activations.Values.Any(a => a.PartitionId == partition);

    private void EvictLeastRecentlyUsed(BorrowerActivation? keep)
    {
        // One evictor at a time; others carry on (the ceiling is approximate under a burst, never unbounded).
        if (!_evictionLock.TryEnter())
        {
            return;
        }

        try
        {
            var target = Math.Max(0, (int)(_options.MaxActivations * 0.9));
            var excess = _activations.Count - target;
            if (excess <= 0)
            {
                return;
            }

            var candidates = _activations.Values
                .Where(a => a != keep)
                .OrderBy(a => a.LastUsedTicks)
                .Take(excess * 2);
            foreach (var activation in candidates)
            {
                if (excess <= 0)
                {
                    break;
                }

                if (TryDeactivate(activation))
                {
                    excess--;
                }
            }
        }
        finally
        {
            _evictionLock.Exit();
        }
    }

    private bool TryDeactivate(BorrowerActivation activation)
    {
        if (!activation.TryDeactivate())
        {
            return false;
        }

        if (_activations.TryRemove(new KeyValuePair<string, BorrowerActivation>(activation.BorrowerId, activation)))
        {
            Interlocked.Increment(ref _deactivated);
        }

        return true;
    }
}
