using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Storage;
using Ledger.Storage.Books;
using Ledger.Storage.Commit;

namespace Ledger.Grains;

/// <summary>One borrower's book in memory and how commands are decided on it: by the domain, then committed through
/// the silo-wide group commit with the proof of the book version each decision read. What a borrower grain does,
/// kept apart from the grain so that two of them over one borrower (a duplicate activation) can be driven at once in
/// tests.</summary>
/// <remarks>
/// The caller runs one call at a time (a grain's turns). A call's commands are decided in order, each on the state the
/// one before it left, and their turns are queued for the group commit without waiting for each other (so a
/// borrower's batch shares group commits instead of taking one per command); the call answers once every turn is
/// resolved, so between calls memory is the store's state, unless a commit failed, and then the book is dropped and
/// reloaded in place. A turn whose proof fails (another activation wrote the book: a duplicate activation, a stale
/// silo) or whose outcome key exists wrote nothing, and neither did the turns decided after it (the store fails them
/// with it in one batch, the group commit refuses them in a later one: <see cref="ICommitSource"/>); those commands
/// are decided again, in order, on the reloaded book (their ids make that safe: a command the other activation
/// recorded is answered as recorded). A command is decided again at most <see cref="MaxRedecisions"/> times, then
/// answered with a retryable "try again". A rejection is committed with its proof like an acceptance, so one decided
/// on stale state is never recorded.
/// </remarks>
internal sealed class BookKeeper(string borrowerId, LedgerServices services) : ICommitSource
{
    /// <summary>How many times a command whose turn failed its proof is decided again on a reloaded book.</summary>
    internal const int MaxRedecisions = 3;

    private readonly Dictionary<(EntityKind Kind, string Id), long> _versions = [];
    private BorrowerBook? _book;
    /// <summary>Which load of the book the decisions in memory were made on; turns carry it.</summary>
    private long _generation;
    /// <summary>Turns of an earlier generation are refused by the group commit: they were decided on state that a
    /// failed turn before them never made durable.</summary>
    private long _staleBefore;

    public string BorrowerId { get; } = borrowerId;

    /// <summary>Whether the book is in memory (not before the first decision or read, nor after a failed commit
    /// dropped it).</summary>
    public bool IsLoaded => _book is not null;

    /// <summary>The last day the book in memory has closed (null when it is not loaded, or has no date yet).
    /// </summary>
    public DateOnly? ClosedThrough => _book?.ClosedThrough;

    long ICommitSource.StaleBefore => Interlocked.Read(ref _staleBefore);

    /// <summary>A whole failed batch makes this generation stale (its later turns are refused as version conflicts
    /// and decided again after a reload) rather than the keeper unusable.</summary>
    void ICommitSource.Fail(Exception reason) => MarkStale(Interlocked.Read(ref _generation));

    void ICommitSource.TurnFailed(long generation) => MarkStale(generation);

    private void MarkStale(long generation)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _staleBefore);
        }
        while (seen <= generation && Interlocked.CompareExchange(ref _staleBefore, generation + 1, seen) != seen);
    }

    /// <summary>Decides <paramref name="command"/> and answers once its outcome is durable.</summary>
    public async Task<CommandResult> DecideAsync(BorrowerCommand command) => (await DecideAllAsync([command]))[0];

    /// <summary>Decides <paramref name="commands"/>, all of this borrower, in order, and answers each once its outcome
    /// is durable (or with "try again" when nothing was booked for it).</summary>
    public async Task<IReadOnlyList<CommandResult>> DecideAllAsync(IReadOnlyList<BorrowerCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Borrower != BorrowerId)
            {
                throw new ArgumentException(
                    $"Command {command.Id} names borrower {command.Borrower}, not {BorrowerId}.", nameof(commands));
            }
        }

        var results = new CommandResult[commands.Count];
        var redecisions = new int[commands.Count];
        var next = 0;
        while (next < commands.Count)
        {
            BorrowerBook book;
            DateOnly? businessDate;
            try
            {
                book = await LoadAsync();
                businessDate = await DecisionDateAsync(book);
            }
            catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
            {
                var kind = services.Classify(ex, $"Loading borrower {BorrowerId}'s book");
                FailFrom(next, commands, results, kind == StoreFailure.Fault ? "STORE_FAILED" : "STORE_UNAVAILABLE",
                    $"the book could not be read ({ex.Message})");
                break;
            }

            var round = await DecideRoundAsync(book, commands, next, businessDate);
            var (failedAt, failure) = await ResolveAsync(round, results);
            if (failedAt < 0)
            {
                break;
            }

            // The store holds a newer book (or the outcome): reload in place, then decide again from the failed one.
            _book = null;
            if (failure is BusinessDateChangedException)
            {
                // Decided on a day another silo has closed: learn the date and decide again on it. Should the store
                // not answer now, the next decision is refused again and counts as one more.
                await RefreshDateAsync();
            }
            else if (failure is not null)
            {
                var (reason, why) = ExplainCommitFailure(failure);
                FailFrom(failedAt, commands, results, reason, why);
                break;
            }

            next = failedAt;
            if (redecisions[failedAt]++ == MaxRedecisions)
            {
                results[failedAt] = Results.TryAgain(commands[failedAt].Id, "BOOK_VERSION_CONFLICT",
                    $"Borrower {BorrowerId}'s book kept changing under command {commands[failedAt].Id} (decided "
                    + $"{MaxRedecisions + 1} times); nothing was booked for it. Send it again.");
                next++;
            }
        }

        return results;
    }

    /// <summary>The "try again" reason for a failed commit: the silo stopping, the store unavailable (nothing was
    /// written), or the commit's fate unknown (the retry by the same ids settles it: a command written is answered as
    /// recorded). Anything else is a fault, logged as one, and answered "try again" all the same: nothing of it was
    /// written.</summary>
    private (string Reason, string Why) ExplainCommitFailure(Exception failure) => failure switch
    {
        GroupCommitStoppedException => ("STOPPING", failure.Message),
        _ => services.Classify(failure, $"Committing borrower {BorrowerId}'s turns") switch
        {
            StoreFailure.CommitFateUnknown => ("COMMIT_FATE_UNKNOWN",
                "the store's connection was lost while the commit was in flight, so whether it was booked is not "
                + $"known; send it again with the same id, which answers it as recorded if it was ({failure.Message})"),
            StoreFailure.Transient => ("STORE_UNAVAILABLE", $"the store is unavailable ({failure.Message})"),
            _ => ("COMMIT_FAILED", failure.Message),
        },
    };

    private async Task RefreshDateAsync()
    {
        try
        {
            await services.Dates.RefreshAsync();
        }
        catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
        {
            // Learned on a later attempt (see the caller).
        }
    }

    /// <summary>Decides <paramref name="commands"/> from <paramref name="from"/> on, each on the state the one before
    /// it left, and queues the turns that write anything, without waiting for their commits.</summary>
    private async Task<List<Decision>> DecideRoundAsync(
        BorrowerBook book, IReadOnlyList<BorrowerCommand> commands, int from, DateOnly? businessDate)
    {
        var round = new List<Decision>(commands.Count - from);
        for (var i = from; i < commands.Count; i++)
        {
            var outcome = book.Handle(commands[i], businessDate);
            var changes = book.DrainChanges();
            if (changes.IsEmpty)
            {
                // A retry of a recorded id, or an id conflict, writes nothing: its answer stands once every turn
                // before it has committed (then the outcome it repeats is durable).
                round.Add(new Decision(i, commands[i].Id, outcome, null, null));
                continue;
            }

            try
            {
                round.Add(new Decision(i, commands[i].Id, outcome, await EnqueueAsync(book, changes, businessDate),
                    null));
            }
            catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
            {
                // Not queued (the silo is stopping): memory ran ahead of the store, and nothing after it is decided.
                round.Add(new Decision(i, commands[i].Id, outcome, null, ex));
                break;
            }
        }

        return round;
    }

    /// <summary>Waits for the round's turns in order and answers those decided before the first that did not commit;
    /// returns that one's index (-1 when all committed) and, when its whole batch failed, the exception. Every turn of
    /// the round has resolved when this returns, so nothing of it is in flight when the book is reloaded.</summary>
    private static async Task<(int FailedAt, Exception? Failure)> ResolveAsync(List<Decision> round,
        CommandResult[] results)
    {
        var failedAt = -1;
        Exception? failure = null;
        foreach (var (index, commandId, outcome, commit, notQueued) in round)
        {
            if (failedAt >= 0)
            {
                await WhenResolved(commit);
                continue;
            }

            if (notQueued is not null)
            {
                (failedAt, failure) = (index, notQueued);
                continue;
            }

            if (commit is null)
            {
                results[index] = Results.Decided(commandId, outcome);
                continue;
            }

            try
            {
                if (await commit.Completion.Task == TurnResult.Committed)
                {
                    results[index] = Results.Decided(commandId, outcome);
                    continue;
                }
            }
            catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
            {
                failure = ex;
            }

            failedAt = index;
        }

        return (failedAt, failure);
    }

    private static async Task WhenResolved(CommitRequest? commit)
    {
        if (commit is null)
        {
            return;
        }

        try
        {
            await commit.Completion.Task;
        }
        catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
        {
            // Only its end matters here: a turn after the first failure is decided again or answered "try again".
        }
    }

    private static void FailFrom(int from, IReadOnlyList<BorrowerCommand> commands, CommandResult[] results,
        string reason, string why)
    {
        for (var i = from; i < commands.Count; i++)
        {
            results[i] = Results.TryAgain(commands[i].Id, reason, $"Nothing was booked for {commands[i].Id}: {why}");
        }
    }

    /// <summary>A command decided in a round: its outcome, and its queued turn when it writes anything (or why the
    /// turn could not be queued).</summary>
    private readonly record struct Decision(int Index, string CommandId, CommandOutcome Outcome,
        CommitRequest? Commit, Exception? NotQueued);

    /// <summary>Reads the book as of the business date: one with days still to close is shown closed, from a copy (a
    /// read never writes). <paramref name="read"/> also gets the journal entries that closing makes. Default when the
    /// borrower was never opened.</summary>
    public async Task<T?> ReadAsync<T>(Func<BorrowerBook, IReadOnlyList<JournalEntry>, T> read)
    {
        var book = await Unavailable.OnFailureAsync(services, LoadAsync);
        if (book.Borrower is null)
        {
            return default;
        }

        if (await Unavailable.OnFailureAsync(services, () => DecisionDateAsync(book)) is { } date
            && book.HasDaysToCloseBefore(date))
        {
            var (closed, pending) = GrainStateLoader.ClosedCopy(book, date);
            return read(closed, pending);
        }

        return read(book, []);
    }

    private async Task<BorrowerBook> LoadAsync()
    {
        if (_book is not null)
        {
            return _book;
        }

        // The ledger's schema exists before anything is read (the first grain of a silo creates or migrates it).
        await services.PartitionCountAsync();
        var record = await services.Loads.LoadAsync(BorrowerId);
        _versions.Clear();
        _book = GrainStateLoader.Restore(BorrowerId, record, _versions);
        // A new generation: its turns are not refused for the failure that made the last one stale.
        Interlocked.Increment(ref _generation);
        return _book;
    }

    /// <summary>The date to decide on: this silo's, unless it knows none (another silo may have just set it, and
    /// recording NO_BUSINESS_DATE after that would be wrong) or the book has closed that day already (another silo's
    /// end of day this silo has not heard of): then the store's.</summary>
    private async Task<DateOnly?> DecisionDateAsync(BorrowerBook book)
    {
        var date = services.Dates.Current;
        if (date is null || (book.ClosedThrough is { } closed && closed >= date))
        {
            date = await services.Dates.RefreshAsync();
        }

        return date;
    }

    /// <summary>Queues the turn's writes for the group commit, proving the book version it was decided on (the
    /// borrower row's, 0 when there is none; a later turn of the same round proves the version the one before it
    /// leaves), and returns the request whose completion says what became of them.</summary>
    private async Task<CommitRequest> EnqueueAsync(BorrowerBook book, BookChanges changes, DateOnly? businessDate)
    {
        var partition = PartitionHasher.PartitionOf(BorrowerId, await services.PartitionCountAsync());
        var turn = new CommitTurn(BorrowerId, partition, _versions.GetValueOrDefault((EntityKind.Borrower, "")));
        GrainStateLoader.AddWrites(book, changes, partition, _versions, turn.Grains);
        foreach (var outcome in changes.Outcomes)
        {
            turn.Outcomes.Add(new OutcomeRecord(BorrowerId, outcome.CommandId, partition, outcome.ContentHash,
                outcome.Outcome.ToCode(), outcome.BusinessDate));
        }

        GrainStateLoader.AddPostings(changes.Journal, partition, turn.Postings);
        var request = new CommitRequest
        {
            Turn = turn, BusinessDate = businessDate, Source = this, Generation = Interlocked.Read(ref _generation),
        };
        await services.Commit.EnqueueAsync(request, CancellationToken.None);
        return request;
    }
}

/// <summary>Store failures of reads, as the grain interfaces' <see cref="LedgerUnavailableException"/> when they pass
/// by themselves (<see cref="ILedgerStore.Classify"/>): a front-end can tell "try the read again" from a bug, and the
/// store's own exception types are not serializable across silos (the message says what failed). A fault is logged
/// and thrown on as the bug it is.</summary>
internal static class Unavailable
{
    public static async Task<T> OnFailureAsync<T>(LedgerServices services, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is not (System.Diagnostics.UnreachableException or LedgerUnavailableException)
            && services.Classify(ex, "A read of the ledger") != StoreFailure.Fault)
        {
            throw new LedgerUnavailableException($"The ledger's store is unavailable; nothing was read: {ex.Message}");
        }
    }
}
