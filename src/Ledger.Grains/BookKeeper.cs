using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Storage;
using Ledger.Storage.Books;
using Ledger.Storage.Commit;

namespace Ledger.Grains;

/// <summary>One borrower's book in memory and how a command is decided on it: by the domain, then committed through
/// the silo-wide group commit with the proof of the book version the decision read. What a borrower grain does,
/// kept apart from the grain so that two of them over one borrower (a duplicate activation) can be driven at once in
/// tests.</summary>
/// <remarks>
/// The caller runs one command at a time (a grain's turns), and each answer waits for its commit: memory is the
/// store's state after every turn, unless a commit failed, and then the book is dropped and reloaded in place before
/// the next decision. A turn whose proof fails (another activation wrote the book: a duplicate activation, a stale
/// silo) or whose outcome key exists wrote nothing; the command is decided again on the reloaded book (its id makes
/// that safe: a command the other activation recorded is answered as recorded), at most
/// <see cref="MaxRedecisions"/> times, then the answer is a retryable "try again". A rejection is committed with its
/// proof like an acceptance, so one decided on stale state is never recorded.
/// </remarks>
internal sealed class BookKeeper(string borrowerId, LedgerServices services)
{
    /// <summary>How many times a command whose turn failed its proof is decided again on a reloaded book.</summary>
    internal const int MaxRedecisions = 3;

    private readonly Dictionary<(EntityKind Kind, string Id), long> _versions = [];
    private BorrowerBook? _book;

    public string BorrowerId { get; } = borrowerId;

    /// <summary>Decides <paramref name="command"/> and answers once its outcome is durable.</summary>
    public async Task<CommandResult> DecideAsync(BorrowerCommand command)
    {
        if (command.Borrower != BorrowerId)
        {
            throw new ArgumentException($"Command {command.Id} names borrower {command.Borrower}, not {BorrowerId}.",
                nameof(command));
        }

        for (var decision = 0; ; decision++)
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
                return Results.TryAgain(command.Id, "STORE_UNAVAILABLE",
                    $"Nothing was booked for {command.Id}: the book could not be read ({ex.Message}).");
            }

            var outcome = book.Handle(command, businessDate);
            var changes = book.DrainChanges();
            if (changes.IsEmpty)
            {
                // A retry of a recorded id, or an id conflict: answered from an outcome the store holds already.
                return Results.Decided(command.Id, outcome);
            }

            TurnResult result;
            try
            {
                result = await CommitAsync(book, changes, businessDate);
            }
            catch (BusinessDateChangedException)
            {
                // Decided on a day another silo has closed: learn the date and decide again on it.
                _book = null;
                await services.Dates.RefreshAsync();
                result = TurnResult.VersionConflict;
            }
            catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
            {
                _book = null;
                return Results.TryAgain(command.Id, ex is GroupCommitStoppedException ? "STOPPING" : "COMMIT_FAILED",
                    $"Nothing was booked for {command.Id}: {ex.Message}");
            }

            if (result == TurnResult.Committed)
            {
                return Results.Decided(command.Id, outcome);
            }

            // The store holds a newer book (or the outcome): reload in place, then decide again.
            _book = null;
            if (decision == MaxRedecisions)
            {
                return Results.TryAgain(command.Id, "BOOK_VERSION_CONFLICT",
                    $"Borrower {BorrowerId}'s book kept changing under command {command.Id} (decided "
                    + $"{decision + 1} times); nothing was booked for it. Send it again.");
            }
        }
    }

    /// <summary>Reads the book as of the business date: one with days still to close is shown closed, from a copy (a
    /// read never writes). <paramref name="read"/> also gets the journal entries that closing makes. Default when the
    /// borrower was never opened.</summary>
    public async Task<T?> ReadAsync<T>(Func<BorrowerBook, IReadOnlyList<JournalEntry>, T> read)
    {
        var book = await Unavailable.OnFailureAsync(LoadAsync);
        if (book.Borrower is null)
        {
            return default;
        }

        if (await Unavailable.OnFailureAsync(() => DecisionDateAsync(book)) is { } date
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
        var record = await services.Store.LoadBorrowerAsync(BorrowerId, CancellationToken.None);
        _versions.Clear();
        _book = GrainStateLoader.Restore(BorrowerId, record, _versions);
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

    /// <summary>Sends the turn's writes to the group commit, proving the book version it was decided on (the borrower
    /// row's, 0 when there is none), and waits for what became of them.</summary>
    private async Task<TurnResult> CommitAsync(BorrowerBook book, BookChanges changes, DateOnly? businessDate)
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
        var request = new CommitRequest { Turn = turn, BusinessDate = businessDate };
        await services.Commit.EnqueueAsync(request, CancellationToken.None);
        return await request.Completion.Task;
    }
}

/// <summary>Store failures of reads, as the grain interfaces' <see cref="LedgerUnavailableException"/>: a front-end
/// can tell "try the read again" from a bug, and the store's own exception types are not serializable across silos
/// (the message says what failed).</summary>
internal static class Unavailable
{
    public static async Task<T> OnFailureAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is not (System.Diagnostics.UnreachableException or LedgerUnavailableException))
        {
            throw new LedgerUnavailableException($"The ledger's store could not be read: {ex.Message}");
        }
    }
}
