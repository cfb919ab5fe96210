using System.Threading.Channels;
using Ledger.Domain;
using Ledger.Storage;
using Ledger.Storage.Commit;

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
    private readonly GroupCommit _pipeline;
    private readonly PartitionFence _fence;
    private readonly Func<string, Task> _sweepDone;
    private readonly Func<Task<DateOnly?>> _refreshBusinessDate;
    private BorrowerBook? _book;
    private Exception? _poison;
    private Task _lastCommit = Task.CompletedTask;
    private int _running;
    private int _pending;
    private bool _dead;

    /// <param name="sweepDone">Finishes when the sweep is not writing this borrower's book (awaited before the book
    /// is loaded, so that a load never reads rows the sweep is about to replace).</param>
    /// <param name="refreshBusinessDate">Reads the ledger's business date from the store (for a book that has
    /// closed a day this silo still believes open).</param>
    public BorrowerActivation(string borrowerId, PartitionFence fence, ILedgerStore store, GroupCommit pipeline,
        int mailboxCapacity, long nowTicks, Func<string, Task> sweepDone, Func<Task<DateOnly?>> refreshBusinessDate)
    {
        BorrowerId = borrowerId;
        _fence = fence;
        _store = store;
        _pipeline = pipeline;
        _sweepDone = sweepDone;
        _refreshBusinessDate = refreshBusinessDate;
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

    bool ICommitSource.HasFailed => IsPoisoned;

    /// <summary>A group commit carrying a turn of this activation failed as a whole: its memory ran ahead of the
    /// store, so it takes no more messages (the next one activates the borrower anew, from the store).</summary>
    void ICommitSource.Fail(Exception reason) => Poison(LedgerFailures.ToRetryable(reason));

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
    public async Task<Task<CommandOutcome>?> TryPostAsync(BorrowerCommand command, DateOnly? businessDate,
        long nowTicks, CancellationToken cancellationToken)
    {
        var reply = new TaskCompletionSource<Task<CommandOutcome>>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!await TryPostAsync(() => Turn(command, businessDate, reply), nowTicks, cancellationToken))
        {
            return null;
        }

        return UnwrapAsync(reply.Task);
    }

    /// <summary>Queues a turn that only closes the book's missing days before <paramref name="businessDate"/> and
    /// commits them (the sweep's way with a live book, whose memory it must not go around). Null when the
    /// activation is dead; otherwise a task that finishes once the catch-up is committed (or there was none). It
    /// does not count as use: an idle book the sweep closes still leaves on time.</summary>
    public async Task<Task?> TryPostCloseAsync(DateOnly businessDate, CancellationToken cancellationToken)
    {
        var reply = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!await TryPostAsync(() => CloseTurn(businessDate, reply), LastUsedTicks, cancellationToken))
        {
            return null;
        }

        return await reply.Task;
    }

    private static async Task<CommandOutcome> UnwrapAsync(Task<Task<CommandOutcome>> reply) => await await reply;

    /// <summary>Reads the book in a turn of its own (no writes). Returns false when the activation is dead.</summary>
    /// <remarks><paramref name="read"/> gets the book with its missing days closed (on a copy) and the journal
    /// entries that closing makes, which the store does not hold yet.</remarks>
    public async Task<(bool Live, T? Value)> TryReadAsync<T>(Func<BorrowerBook, IReadOnlyList<JournalEntry>, T> read,
        DateOnly? businessDate,
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

    /// <summary>The book, loaded on first use. Nothing else writes a live book's rows (the sweep closes a live book
    /// through its mailbox), so memory stays equal to the store between turns, whatever the business date does.
    /// </summary>
    private async Task<BorrowerBook> EnsureLoadedAsync()
    {
        if (_book is not null)
        {
            return _book;
        }

        await _lastCommit;
        await _sweepDone(BorrowerId);
        var record = await _store.LoadBorrowerAsync(BorrowerId, CancellationToken.None);
        _versions.Clear();
        _book = GrainStateLoader.Restore(BorrowerId, record, _versions);
        return _book;
    }

    /// <summary>The date to decide on: the one the command was sent with, unless the book has already closed that
    /// day (another silo's end of day that this silo has not heard of yet): then the store's.</summary>
    private async Task<DateOnly?> DecisionDateAsync(BorrowerBook book, DateOnly? businessDate)
    {
        if (book.ClosedThrough is { } closed && (businessDate is null || closed >= businessDate))
        {
            return await _refreshBusinessDate();
        }

        return businessDate;
    }

    private async Task Turn(BorrowerCommand command, DateOnly? sentOn, TaskCompletionSource<Task<CommandOutcome>> reply)
    {
        try
        {
            if (_poison is { } poison)
            {
                throw poison;
            }

            var book = await EnsureLoadedAsync();
            var businessDate = await DecisionDateAsync(book, sentOn);
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
            var committed = CommittedAsync(request.Completion.Task);
            lock (_lock)
            {
                _lastCommit = committed;
            }

            reply.TrySetResult(AfterAsync(committed, outcome));
        }
        catch (Exception ex)
        {
            // The book may have changed in memory without reaching the store: drop this activation.
            Poison(ex as RetryableLedgerException
                ?? new RetryableLedgerException("COMMIT_FAILED", $"Borrower {BorrowerId} failed: {ex.Message}", ex));
            reply.TrySetException(_poison!);
        }
    }

    private async Task CloseTurn(DateOnly businessDate, TaskCompletionSource<Task> reply)
    {
        try
        {
            if (_poison is { } poison)
            {
                throw poison;
            }

            var book = await EnsureLoadedAsync();
            if (book.CloseDaysBefore(businessDate) == 0)
            {
                reply.TrySetResult(_lastCommit);
                return;
            }

            // Proved against the business date like any turn, although closed days stay closed whatever the date
            // becomes: the pipeline batches turns of one date together, so a catch-up of its own kind would split
            // the commands' group commits in two every time it comes between them.
            var request = BuildRequest(book, book.DrainChanges(), businessDate);
            await _pipeline.EnqueueAsync(request, CancellationToken.None);
            var committed = CommittedAsync(request.Completion.Task);
            lock (_lock)
            {
                _lastCommit = committed;
            }

            reply.TrySetResult(committed);
        }
        catch (Exception ex)
        {
            Poison(ex as RetryableLedgerException
                ?? new RetryableLedgerException("COMMIT_FAILED", $"Borrower {BorrowerId} failed: {ex.Message}", ex));
            reply.TrySetException(_poison!);
        }
    }

    /// <summary>Reads the book as of <paramref name="businessDate"/>: a book with days still to close is shown
    /// closed, from a copy (a read never writes).</summary>
    private async Task ReadTurn<T>(Func<BorrowerBook, IReadOnlyList<JournalEntry>, T> read, DateOnly? businessDate,
        TaskCompletionSource<T> reply)
    {
        try
        {
            var book = await EnsureLoadedAsync();
            await _lastCommit;
            var date = await DecisionDateAsync(book, businessDate);
            if (date is { } d && book.HasDaysToCloseBefore(d))
            {
                var (closed, pending) = GrainStateLoader.ClosedCopy(book, d);
                reply.TrySetResult(read(closed, pending));
                return;
            }

            reply.TrySetResult(read(book, []));
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

    /// <summary>A turn's commit as its callers see it: a store's failure becomes the retryable answer.</summary>
    private static async Task CommittedAsync(Task completion)
    {
        try
        {
            await completion;
        }
        catch (Exception ex)
        {
            throw LedgerFailures.ToRetryable(ex);
        }
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
