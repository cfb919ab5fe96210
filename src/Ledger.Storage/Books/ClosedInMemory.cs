using Ledger.Domain;

namespace Ledger.Storage.Books;

/// <summary>The books of a consistent read that still have days to close, closed in memory through the domain: what
/// a snapshot, the ledger's journal and verify show for them, exactly what the sweep or their next turn will write.
/// Held in memory for the duration of one read: right after an end of day on a ledger of many untouched books that
/// is many books, which is why the sweep runs at once.</summary>
internal sealed class ClosedInMemory
{
    private readonly Dictionary<string, BorrowerBook> _books = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<JournalPosting>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _accountChanges = new(StringComparer.Ordinal);

    public static async Task<ClosedInMemory> LoadAsync(ILedgerReadView view, DateOnly? businessDate,
        CancellationToken cancellationToken)
    {
        var closed = new ClosedInMemory();
        if (businessDate is not { } today)
        {
            return closed;
        }

        var rows = new List<GrainRow>();
        await foreach (var row in view.StreamBooksToCloseAsync(today.AddDays(-1), cancellationToken))
        {
            if (rows.Count > 0 && rows[0].BorrowerId != row.BorrowerId)
            {
                closed.Close(rows, today);
                rows.Clear();
            }

            rows.Add(row);
        }

        if (rows.Count > 0)
        {
            closed.Close(rows, today);
        }

        return closed;
    }

    private void Close(List<GrainRow> rows, DateOnly today)
    {
        var book = GrainStateLoader.Restore(rows[0].BorrowerId, rows, [], []);
        book.CloseDaysBefore(today);
        var postings = new List<JournalPosting>();
        GrainStateLoader.AddPostings(book.DrainChanges().Journal, rows[0].PartitionId, postings);
        _books.Add(book.BorrowerId, book);
        if (postings.Count > 0)
        {
            _postings.Add(book.BorrowerId, postings);
        }

        foreach (var posting in postings)
        {
            _accountChanges[posting.Account] = _accountChanges.GetValueOrDefault(posting.Account) + posting.AmountMinor;
        }
    }

    /// <summary>The stored account balances with the closing's postings added, ordinally by account.</summary>
    public IEnumerable<KeyValuePair<string, long>> Accounts(IReadOnlyList<AccountBalance> stored)
    {
        var accounts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var balance in stored)
        {
            accounts[balance.Account] = balance.BalanceMinor;
        }

        foreach (var (account, change) in _accountChanges)
        {
            accounts[account] = accounts.GetValueOrDefault(account) + change;
        }

        return accounts;
    }

    public Borrower Borrower(GrainRow row) =>
        _books.TryGetValue(row.BorrowerId, out var book) && book.Borrower is { } borrower
            ? borrower
            : StateCodec.DecodeBorrower(row.State);

    public CreditLine Line(GrainRow row) =>
        _books.TryGetValue(row.BorrowerId, out var book) ? book.Lines[row.EntityId] : StateCodec.DecodeLine(row.State);

    public SupplyOrder Order(GrainRow row) =>
        _books.TryGetValue(row.BorrowerId, out var book) ? book.Orders[row.EntityId] : StateCodec.DecodeOrder(row.State);

    /// <summary>The stored journal (ordered by borrower, entry, posting) with each closed book's new postings after
    /// its stored ones, in the same order.</summary>
    public async IAsyncEnumerable<JournalPosting> Journal(IAsyncEnumerable<JournalPosting> stored)
    {
        using var pending = _postings.GetEnumerator();
        var hasPending = pending.MoveNext();
        string? current = null;
        await foreach (var posting in stored)
        {
            if (posting.BorrowerId != current)
            {
                // Every closed book ordinally before this borrower (the one just finished included) comes first.
                while (hasPending && string.CompareOrdinal(pending.Current.Key, posting.BorrowerId) < 0)
                {
                    foreach (var added in pending.Current.Value)
                    {
                        yield return added;
                    }

                    hasPending = pending.MoveNext();
                }

                current = posting.BorrowerId;
            }

            yield return posting;
        }

        while (hasPending)
        {
            foreach (var added in pending.Current.Value)
            {
                yield return added;
            }

            hasPending = pending.MoveNext();
        }
    }
}
