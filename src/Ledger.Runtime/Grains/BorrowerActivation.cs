using System.Threading.Channels;
using Ledger.Domain;
using Ledger.Runtime.Commit;
using Ledger.Storage;

namespace Ledger.Runtime.Grains;

/// <summary>One live borrower grain with its line and order grains: the borrower's book in memory, loaded from
/// the store on the first message, and a mailbox that runs one message at a time. The turn's effects go to the
/// commit pipeline in turn order; the caller hears the outcome only after they are committed.</summary>
internal sealed class BorrowerActivation : ICommitSource
{
    private readonly Channel<Func<Task>> _mailbox;
    private readonly Dictionary<(EntityKind Kind, string Id), long> _versions = [];
    private readonly Lock _lock = new();
    private readonly ILedgerStore _store;
    private readonly CommitPipeline _pipeline;
    private readonly PartitionFence _fence;
    private BorrowerBook? _book;
    private DateOnly? _bookDate;
    private Exception? _poison;
    private Task _lastCommit = Task.CompletedTask;
    private int _running;
    private int _pending;
    private bool _dead;

    public BorrowerActivation(string borrowerId, PartitionFence fence, ILedgerStore store, CommitPipeline pipeline,
        int mailboxCapacity, long nowTicks)
    {
        BorrowerId = borrowerId;
        _fence = fence;
        _store = store;
        _pipeline = pipeline;
        LastUsedTicks = nowTicks;
        _mailbox = Channel.CreateBounded<Func<Task>>(new BoundedChannelOptions(mailboxCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public string BorrowerId { get; }

    public int PartitionId => _fence.PartitionId;

    public long LastUsedTicks { get; private set; }

    public bool IsPoisoned => Volatile.Read(ref _poison) is not null;

    /// <summary>True while messages are queued or running, or commits are outstanding.</summary>
    public bool IsBusy
    {
        get
        {
            lock (_lock)
            {
                return _pending > 0 || !_lastCommit.IsCompleted;
            }
        }
    }

    public void Poison(Exception reason)
    {
        Interlocked.CompareExchange(ref _poison, reason, null);
        lock (_lock)
        {
            _dead = true;
        }
    }

    /// <summary>For end of day, which holds the barrier (nothing new arrives): the loaded book of an idle
    /// activation, current for <paramref name="businessDate"/>, with its row versions, to accrue in place. Null
    /// when the activation is busy, not loaded, or holds another day's book.</summary>
    public (BorrowerBook Book, Dictionary<(EntityKind Kind, string Id), long> Versions)? TryTakeForEndOfDay(
        DateOnly businessDate)
    {
        lock (_lock)
        {
            if (_dead || _pending > 0 || !_lastCommit.IsCompleted || _book is null || _bookDate != businessDate)
            {
                return null;
            }

            return (_book, _versions);
        }
    }

    /// <summary>The end of day that accrued this book in place committed: the book is current for the next
    /// business date.</summary>
    public void AdvanceTo(DateOnly businessDate)
    {
        lock (_lock)
        {
            _bookDate = businessDate;
        }
    }

    /// <summary>The end of day that accrued this book in place failed to commit: the book ran ahead of the store,
    /// so the next message loads it again.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _book = null;
            _bookDate = null;
        }
    }

    /// <summary>Marks the activation dead if it is idle; a dead activation takes no more messages.</summary>
    public bool TryDeactivate()
    {
        lock (_lock)
        {
            if (_pending > 0 || !_lastCommit.IsCompleted)
            {
                return false;
            }

            _dead = true;
            return true;
        }
    }

    /// <summary>Queues a command as one turn, in the order of calls. Returns null when the activation is dead
    /// (the caller activates the borrower anew); otherwise a task that finishes with the outcome once the turn's
    /// effects are committed.</summary>
    /// <param name="repliesOnly">Only answer ids already recorded; a new command is refused as retryable (an
    /// interrupted end of day must finish before anything new is booked).</param>
    public async Task<Task<CommandOutcome>?> TryPostAsync(BorrowerCommand command, DateOnly? businessDate,
        bool repliesOnly, long nowTicks, CancellationToken cancellationToken)
    {
        var reply = new TaskCompletionSource<Task<CommandOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!await TryPostAsync(() => Turn(command, businessDate, repliesOnly, reply), nowTicks, cancellationToken))
        {
            return null;
        }

        return UnwrapAsync(reply.Task);
    }

    private static async Task<CommandOutcome> UnwrapAsync(Task<Task<CommandOutcome>> reply) => await await reply;

    /// <summary>Reads the book in a turn of its own (no writes). Returns false when the activation is dead.</summary>
    public async Task<(bool Live, T? Value)> TryReadAsync<T>(Func<BorrowerBook, T> read, DateOnly? businessDate,
        long nowTicks, CancellationToken cancellationToken)
    {
        var reply = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!await TryPostAsync(() => ReadTurn(read, businessDate, reply), nowTicks, cancellationToken))
        {
            return (false, default);
        }

        return (true, await reply.Task.WaitAsync(cancellationToken));
    }

    private async Task<bool> TryPostAsync(Func<Task> work, long nowTicks, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_dead)
            {
                return false;
            }

            _pending++;
            LastUsedTicks = nowTicks;
        }

        try
        {
            await _mailbox.Writer.WriteAsync(work, cancellationToken);
        }
        catch
        {
            lock (_lock)
            {
                _pending--;
            }

            throw;
        }

        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            _ = Task.Run(RunMailboxAsync, CancellationToken.None);
        }

        return true;
    }

    /// <summary>Runs queued messages one at a time until the mailbox is empty.</summary>
    private async Task RunMailboxAsync()
    {
        while (true)
        {
            while (_mailbox.Reader.TryRead(out var work))
            {
                await work();
                lock (_lock)
                {
                    _pending--;
                }
            }

            Volatile.Write(ref _running, 0);
            if (!_mailbox.Reader.TryPeek(out _) || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
            {
                return;
            }
        }
    }

    /// <summary>The book as of <paramref name="businessDate"/>: loaded on first use, and loaded again when the
    /// business date has moved since (an end of day changed the stored state underneath this activation).</summary>
    private async Task<BorrowerBook> EnsureLoadedAsync(DateOnly? businessDate)
    {
        if (_book is not null && _bookDate == businessDate)
        {
            return _book;
        }

        await _lastCommit;
        var record = await _store.LoadBorrowerAsync(BorrowerId, CancellationToken.None);
        _versions.Clear();
        _book = GrainStateLoader.Restore(BorrowerId, record, _versions);
        _bookDate = businessDate;
        return _book;
    }

    private async Task Turn(BorrowerCommand command, DateOnly? businessDate, bool repliesOnly,
        TaskCompletionSource<Task<CommandOutcome>> reply)
    {
        try
        {
            if (_poison is { } poison)
            {
                throw poison;
            }

            var book = await EnsureLoadedAsync(businessDate);
            if (repliesOnly && !book.Outcomes.ContainsKey(command.Id))
            {
                reply.TrySetException(new RetryableLedgerException("END_OF_DAY_IN_PROGRESS",
                    "An end of day is in progress; the command was not booked. Retry after it."));
                return;
            }

            var outcome = book.Handle(command, businessDate);
            var changes = book.DrainChanges();
            if (changes.IsEmpty)
            {
                // A retry or an id conflict: nothing new, but the answer must not overtake the commit of the
                // outcome it repeats.
                reply.TrySetResult(AfterAsync(_lastCommit, outcome));
                return;
            }

            var request = BuildRequest(book, changes, businessDate);
            await _pipeline.EnqueueAsync(request, CancellationToken.None);
            lock (_lock)
            {
                _lastCommit = request.Completion.Task;
            }

            reply.TrySetResult(AfterAsync(request.Completion.Task, outcome));
        }
        catch (Exception ex)
        {
            // The book may have changed in memory without reaching the store: drop this activation.
            Poison(ex as RetryableLedgerException
                ?? new RetryableLedgerException("COMMIT_FAILED", $"Borrower {BorrowerId} failed: {ex.Message}", ex));
            reply.TrySetException(_poison!);
        }
    }

    private async Task ReadTurn<T>(Func<BorrowerBook, T> read, DateOnly? businessDate, TaskCompletionSource<T> reply)
    {
        try
        {
            var book = await EnsureLoadedAsync(businessDate);
            await _lastCommit;
            reply.TrySetResult(read(book));
        }
        catch (Exception ex)
        {
            reply.TrySetException(ex);
        }
    }

    private static async Task<CommandOutcome> AfterAsync(Task commit, CommandOutcome outcome)
    {
        await commit;
        return outcome;
    }

    private CommitRequest BuildRequest(BorrowerBook book, BookChanges changes, DateOnly? businessDate)
    {
        var request = new CommitRequest { Fence = _fence, Source = this, BusinessDate = businessDate };
        GrainStateLoader.AddWrites(book, changes, _fence.PartitionId, _versions, request.Grains);
        foreach (var outcome in changes.Outcomes)
        {
            request.Outcomes.Add(new OutcomeRecord(BorrowerId, outcome.CommandId, _fence.PartitionId,
                outcome.ContentHash, outcome.Outcome.ToCode(), outcome.BusinessDate));
        }

        GrainStateLoader.AddPostings(changes.Journal, _fence.PartitionId, request.Postings);
        return request;
    }
}
