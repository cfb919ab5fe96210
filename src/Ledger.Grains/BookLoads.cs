using Ledger.Storage;

namespace Ledger.Grains;

/// <summary>Reads the books of the borrower grains activating on this silo, several in one store call
/// (<see cref="ILedgerStore.LoadBorrowersAsync"/>) the way the group commit writes several turns in one: one read at
/// a time, and the books asked for while it runs go together in the next (at most <see cref="MaxBooks"/>). A lone
/// activation is read at once, as before; many at once (front-ends' first commands of the day, a bulk load) cost one
/// round trip per group instead of one each.</summary>
public sealed class BookLoads(ILedgerStore store)
{
    /// <summary>Books read in one store call at most.</summary>
    public const int MaxBooks = 256;

    private readonly Lock _lock = new();
    private readonly List<(string BorrowerId, TaskCompletionSource<BorrowerRecord> Done)> _waiting = [];
    private bool _reading;

    /// <summary>Store calls made so far, and books read by them (for tests and figures).</summary>
    public (long Calls, long Books) Counts => (Interlocked.Read(ref _calls), Interlocked.Read(ref _books));

    private long _calls;
    private long _books;

    /// <summary>The borrower's stored book and outcomes, read with those of the activations asking meanwhile.</summary>
    public Task<BorrowerRecord> LoadAsync(string borrowerId)
    {
        ArgumentNullException.ThrowIfNull(borrowerId);
        var done = new TaskCompletionSource<BorrowerRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (_lock)
        {
            _waiting.Add((borrowerId, done));
            start = !_reading;
            _reading = true;
        }

        if (start)
        {
            // Off the grain's scheduler: the reads serve every activation of the silo.
            _ = Task.Run(ReadWaitingAsync);
        }

        return done.Task;
    }

    private async Task ReadWaitingAsync()
    {
        while (true)
        {
            List<(string BorrowerId, TaskCompletionSource<BorrowerRecord> Done)> group;
            lock (_lock)
            {
                if (_waiting.Count == 0)
                {
                    _reading = false;
                    return;
                }

                var count = Math.Min(_waiting.Count, MaxBooks);
                group = _waiting.GetRange(0, count);
                _waiting.RemoveRange(0, count);
            }

            try
            {
                var records = await store.LoadBorrowersAsync([.. group.Select(g => g.BorrowerId)],
                    CancellationToken.None);
                Interlocked.Increment(ref _calls);
                Interlocked.Add(ref _books, group.Count);
                foreach (var (borrowerId, done) in group)
                {
                    done.TrySetResult(records[borrowerId]);
                }
            }
            catch (Exception ex)
            {
                // Every activation of the group sees the store's failure, as it would have on its own read.
                foreach (var (_, done) in group)
                {
                    done.TrySetException(ex);
                }
            }
        }
    }
}
