using System.Threading.Channels;
using Ledger.Domain;
using Ledger.Storage;
using Ledger.Storage.Books;
using Ledger.Storage.Commit;

namespace Ledger.Runtime.Grains;

/// <summary>One live borrower grain with its line and order grains: the borrower's book in memory, loaded from
/// the store on the first message, and a mailbox that runs one message at a time. The turn's effects go to the
/// group commit in turn order; the caller hears the outcome only after they are committed.</summary>
/// <remarks>
/// The store is the arbiter: each turn proves the book version it was decided on. When a turn's proof (or its
/// outcome key) fails, another activation of the borrower has written the book (a duplicate activation, a stale
/// silo): the turn and every later turn of this activation wrote nothing. The activation then reloads its book in
/// place from the store and decides those commands again, in their order, before any message queued after them
/// (their ids make that safe: a command the other activation recorded is answered as recorded). A command is decided
/// again at most <see cref="MaxRedecisions"/> times; then its caller gets a retryable answer (503). A whole batch
/// that fails (I/O, a lost lease) still drops the activation, whose memory ran ahead of the store.
/// </remarks>
internal sealed class BorrowerActivation : ICommitSource
{
    /// <summary>How many times a command whose turn failed its proof is decided again on a reloaded book.</summary>
    internal const int MaxRedecisions = 3;

    private readonly Channel<Func<Task>> _mailbox;
    private readonly Dictionary<(EntityKind Kind, string Id), long> _versions = [];
    private readonly Lock _lock = new();
    private readonly ILedgerStore _store;
    private readonly GroupCommit _pipeline;
    private readonly PartitionFence _fence;
    private readonly Func<string, Task> _sweepDone;
    private readonly Func<Task<DateOnly?>> _refreshBusinessDate;
    /// <summary>Turns decided and not yet known committed, in decision order (under <see cref="_lock"/>).</summary>
    private readonly List<PendingTurn> _unresolved = [];
    private BorrowerBook? _book;
    private Exception? _poison;
    private Task _lastCommit = Task.CompletedTask;
    /// <summary>The generation of the book in memory: the value of <see cref="_staleBefore"/> when it was loaded.
    /// </summary>
    private long _generation;
    private long _staleBefore;
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

    long ICommitSource.StaleBefore => Interlocked.Read(ref _staleBefore);

    /// <summary>A turn decided in <paramref name="generation"/> did not commit: the book in memory of that generation
    /// ran ahead of the store, so it is reloaded before the next decision, and the group commit refuses the turns
    /// decided on it meanwhile.</summary>
    void ICommitSource.TurnFailed(long generation)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _staleBefore);
        }
        while (seen <= generation && Interlocked.CompareExchange(ref _staleBefore, generation + 1, seen) != seen);
    }

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
                return _pending > 0 || !_lastCommit.IsCompleted || _unresolved.Count > 0;
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
            if (_pending > 0 || !_lastCommit.IsCompleted || _unresolved.Count > 0)
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
        var turn = new PendingTurn(command, businessDate);
        if (!await TryPostAsync(() => Turn(turn), nowTicks, cancellationToken))
        {
            return null;
        }

        return turn.Reply.Task;
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
    /// <remarks>A book that ran ahead of the store (a turn of it failed its proof) is reloaded in place first, and
    /// the commands whose turns did not commit are decided again on it, in order, before the message at hand.
    /// </remarks>
    private async Task<BorrowerBook> EnsureLoadedAsync()
    {
        if (_book is not null && _generation >= Interlocked.Read(ref _staleBefore))
        {
            return _book;
        }

        var reloading = _book is not null;
        // Every commit in flight has resolved (committed, or failed: the store holds the truth either way).
        await WhenResolved(_lastCommit);
        await _sweepDone(BorrowerId);
        _generation = Interlocked.Read(ref _staleBefore);
        var record = await _store.LoadBorrowerAsync(BorrowerId, CancellationToken.None);
        _versions.Clear();
        _book = GrainStateLoader.Restore(BorrowerId, record, _versions);
        lock (_lock)
        {
            // The book is the store's now: a replayed outcome no longer hangs on a commit of the book before.
            _lastCommit = Task.FromResult(TurnResult.Committed);
        }

        if (reloading)
        {
            await RedecideAsync(_book);
        }

        return _book;
    }

    /// <summary>Decides again, in their order, the commands whose turns did not commit. Their commits have all
    /// ended (<see cref="EnsureLoadedAsync"/> waited for the last one, which every earlier one precedes), but the
    /// callbacks that see them may not have run yet, so each commit is looked at here directly.</summary>
    private async Task RedecideAsync(BorrowerBook book)
    {
        foreach (var turn in await TakeFailedAsync())
        {
            if (turn.Redecisions >= MaxRedecisions)
            {
                turn.Reply.TrySetException(new RetryableLedgerException("BOOK_VERSION_CONFLICT",
                    $"Borrower {BorrowerId}'s book kept changing under command {turn.Command.Id} (decided "
                    + $"{turn.Redecisions + 1} times); nothing was booked for it. Retry the command."));
                continue;
            }

            await DecideAsync(book, turn.Again());
        }
    }

    /// <summary>Takes, in order, the waiting turns whose commits ended without committing them.</summary>
    private async Task<List<PendingTurn>> TakeFailedAsync()
    {
        List<PendingTurn> waiting;
        lock (_lock)
        {
            waiting = [.. _unresolved];
        }

        var failed = new List<PendingTurn>();
        foreach (var turn in waiting)
        {
            await WhenResolved(turn.Commit);
            if (turn.Commit.IsCompletedSuccessfully && turn.Commit.Result != TurnResult.Committed)
            {
                failed.Add(turn);
            }
        }

        lock (_lock)
        {
            failed.RemoveAll(t => !_unresolved.Remove(t));
        }

        return failed;
    }

    private static async Task WhenResolved(Task commit)
    {
        try
        {
            await commit;
        }
        catch (Exception)
        {
            // The outcome of a failed batch is dealt with by its turns; here only its end matters.
        }
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

    private async Task Turn(PendingTurn turn)
    {
        try
        {
            if (_poison is { } poison)
            {
                throw poison;
            }

            var book = await EnsureLoadedAsync();
            await DecideAsync(book, turn);
        }
        catch (Exception ex)
        {
            // The book may have changed in memory without reaching the store: drop this activation.
            Poison(ex as RetryableLedgerException
                ?? new RetryableLedgerException("COMMIT_FAILED", $"Borrower {BorrowerId} failed: {ex.Message}", ex));
            turn.Reply.TrySetException(_poison!);
        }
    }

    /// <summary>Decides <paramref name="turn"/>'s command on <paramref name="book"/> and sends its effects to the
    /// group commit; the reply follows its commit (<see cref="Resolve"/>).</summary>
    private async Task DecideAsync(BorrowerBook book, PendingTurn turn)
    {
        var businessDate = await DecisionDateAsync(book, turn.SentOn);
        var outcome = book.Handle(turn.Command, businessDate);
        var changes = book.DrainChanges();
        turn.Outcome = outcome;
        Task<TurnResult> commit;
        if (changes.IsEmpty)
        {
            // A retry or an id conflict: nothing new, but the answer must not overtake the commit of the outcome
            // it repeats, and holds only if that commit (the last one, which every earlier one precedes) holds.
            commit = LastCommitResultAsync(_lastCommit);
        }
        else
        {
            var request = BuildRequest(book, changes, businessDate);
            await _pipeline.EnqueueAsync(request, CancellationToken.None);
            commit = request.Completion.Task;
            lock (_lock)
            {
                _lastCommit = commit;
            }
        }

        turn.Commit = commit;
        turn.Generation = _generation;
        lock (_lock)
        {
            _unresolved.Add(turn);
        }

        _ = commit.ContinueWith(c => Resolve(turn, c), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>What the last commit became: a replayed outcome stands only if it did.</summary>
    private static async Task<TurnResult> LastCommitResultAsync(Task last)
    {
        await last;
        return last is Task<TurnResult> result ? result.Result : TurnResult.Committed;
    }

    /// <summary>A turn's commit resolved: committed, its caller hears the outcome; failed alone, the command is
    /// decided again on a reloaded book (a mailbox message makes sure that happens even if no other message comes);
    /// failed with its whole batch, its caller hears the retryable answer.</summary>
    private void Resolve(PendingTurn turn, Task<TurnResult> commit)
    {
        if (commit.IsCompletedSuccessfully && commit.Result == TurnResult.Committed)
        {
            lock (_lock)
            {
                _unresolved.Remove(turn);
            }

            turn.Reply.TrySetResult(turn.Outcome);
            return;
        }

        if (!commit.IsCompletedSuccessfully)
        {
            lock (_lock)
            {
                _unresolved.Remove(turn);
            }

            turn.Reply.TrySetException(LedgerFailures.ToRetryable(commit.Exception?.InnerException
                ?? new OperationCanceledException()));
            return;
        }

        lock (_lock)
        {
            if (!_unresolved.Contains(turn))
            {
                // A reload has already taken it up.
                return;
            }
        }

        // The group commit has marked the book stale already for a turn it refused or the store failed; a retry
        // that hung on such a turn's commit marks it here, so the reload that takes it up surely comes.
        ((ICommitSource)this).TurnFailed(turn.Generation);
        _ = RecoverAsync();
    }

    /// <summary>Queues a message that reloads the book and decides the failed turns again (nothing when a message
    /// before it did so already).</summary>
    private async Task RecoverAsync()
    {
        bool posted;
        try
        {
            posted = await TryPostAsync(RecoverTurn, LastUsedTicks, CancellationToken.None);
        }
        catch (Exception)
        {
            posted = false;
        }

        if (!posted)
        {
            await FailUnresolvedAsync(new RetryableLedgerException("COMMIT_FAILED",
                $"Borrower {BorrowerId} was dropped before its command could be decided again; retry the command."));
        }
    }

    private async Task RecoverTurn()
    {
        try
        {
            if (_poison is { } poison)
            {
                throw poison;
            }

            // Once every commit in flight has resolved, the book is known stale if any turn of it failed (the
            // group commit says so before it completes the turn): then it is reloaded and the failed turns decided
            // again. A message before this one may have done that already, taking them up too.
            await WhenResolved(_lastCommit);
            await EnsureLoadedAsync();
        }
        catch (Exception ex)
        {
            Poison(ex as RetryableLedgerException
                ?? new RetryableLedgerException("COMMIT_FAILED", $"Borrower {BorrowerId} failed: {ex.Message}", ex));
            await FailUnresolvedAsync(_poison!);
        }
    }

    /// <summary>Answers every turn waiting to be decided again with <paramref name="reason"/>.</summary>
    private async Task FailUnresolvedAsync(Exception reason)
    {
        foreach (var turn in await TakeFailedAsync())
        {
            turn.Reply.TrySetException(reason);
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
                reply.TrySetResult(CommittedAsync(LastCommitResultAsync(_lastCommit)));
                return;
            }

            // Proved against the business date like any turn, although closed days stay closed whatever the date
            // becomes: the pipeline batches turns of one date together, so a catch-up of its own kind would split
            // the commands' group commits in two every time it comes between them.
            var request = BuildRequest(book, book.DrainChanges(), businessDate);
            await _pipeline.EnqueueAsync(request, CancellationToken.None);
            lock (_lock)
            {
                _lastCommit = request.Completion.Task;
            }

            reply.TrySetResult(CommittedAsync(request.Completion.Task));
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
            await WhenResolved(_lastCommit);
            var book = await EnsureLoadedAsync();
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

    /// <summary>A catch-up's commit as the sweep sees it: done only when committed.</summary>
    private static async Task CommittedAsync(Task<TurnResult> completion)
    {
        TurnResult result;
        try
        {
            result = await completion;
        }
        catch (Exception ex)
        {
            throw LedgerFailures.ToRetryable(ex);
        }

        if (result != TurnResult.Committed)
        {
            throw new RetryableLedgerException("BOOK_VERSION_CONFLICT",
                "The book changed under its catch-up; it closes its days on its next turn.");
        }
    }

    /// <summary>The turn's writes, proving the book version it was decided on (the borrower row's, 0 when there
    /// is none): a rejection's turn proves it too, so a rejection decided on a stale book is never recorded.
    /// </summary>
    private CommitRequest BuildRequest(BorrowerBook book, BookChanges changes, DateOnly? businessDate)
    {
        var turn = new CommitTurn(BorrowerId, _fence.PartitionId,
            _versions.GetValueOrDefault((EntityKind.Borrower, string.Empty)));
        GrainStateLoader.AddWrites(book, changes, _fence.PartitionId, _versions, turn.Grains);
        foreach (var outcome in changes.Outcomes)
        {
            turn.Outcomes.Add(new OutcomeRecord(BorrowerId, outcome.CommandId, _fence.PartitionId,
                outcome.ContentHash, outcome.Outcome.ToCode(), outcome.BusinessDate));
        }

        GrainStateLoader.AddPostings(changes.Journal, _fence.PartitionId, turn.Postings);
        return new CommitRequest
        {
            Fence = _fence, Source = this, BusinessDate = businessDate, Turn = turn, Generation = _generation,
        };
    }

    /// <summary>A command waiting for its durable outcome, decided once or again (<see cref="MaxRedecisions"/>).
    /// </summary>
    private sealed class PendingTurn(BorrowerCommand command, DateOnly? sentOn)
    {
        public BorrowerCommand Command { get; } = command;

        public DateOnly? SentOn { get; } = sentOn;

        public TaskCompletionSource<CommandOutcome> Reply { get; private init; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Redecisions { get; private init; }

        public CommandOutcome Outcome { get; set; }

        /// <summary>The generation of the book it was decided on.</summary>
        public long Generation { get; set; }

        /// <summary>What became of its turn (for a retry that wrote nothing, of the last commit before it).</summary>
        public Task<TurnResult> Commit { get; set; } = Task.FromResult(TurnResult.Committed);

        /// <summary>The same command and caller, to be decided once more.</summary>
        public PendingTurn Again() => new(Command, SentOn) { Reply = Reply, Redecisions = Redecisions + 1 };
    }
}
