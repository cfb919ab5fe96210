namespace Ledger.Domain;

/// <summary>The whole ledger in one process's memory: a calendar and one book per borrower, applied in the order
/// commands arrive. This is the dry-run target of the replay tool and the reference the other ways of running
/// the ledger are compared with.</summary>
public sealed class InMemoryLedger
{
    private readonly LedgerCalendar _calendar = new();
    private readonly SortedDictionary<string, BorrowerBook> _books = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _accounts = new(StringComparer.Ordinal);
    private readonly List<JournalEntry>? _journal;

    private readonly bool _lazy;

    /// <param name="keepJournal">Keep every journal entry in memory (tests that re-add the journal).</param>
    /// <param name="lazyEndOfDay">End of day only moves the business date, and each book closes its missing days
    /// when it is next touched (a command, <see cref="CloseAllBooks"/>, the snapshot), as the silo does; by
    /// default every book closes the day at the end of day itself, the reference the lazy way is tested
    /// against.</param>
    public InMemoryLedger(bool keepJournal = false, bool lazyEndOfDay = false)
    {
        _journal = keepJournal ? [] : null;
        _lazy = lazyEndOfDay;
    }

    public DateOnly? BusinessDate => _calendar.BusinessDate;

    public IReadOnlyDictionary<string, BorrowerBook> Books => _books;

    /// <summary>Balances per account class, debits minus credits, over every entity.</summary>
    public IReadOnlyDictionary<string, long> Accounts => _accounts;

    /// <summary>Every journal entry in the order made; empty unless the ledger keeps its journal.</summary>
    public IReadOnlyList<JournalEntry> Journal => _journal ?? [];

    public CommandOutcome Apply(LedgerCommand command)
    {
        switch (command)
        {
            case LedgerScopeCommand ledgerCommand:
                return ApplyLedgerCommand(ledgerCommand);
            case BorrowerCommand borrowerCommand:
                if (!_books.TryGetValue(borrowerCommand.Borrower, out var book))
                {
                    book = new BorrowerBook(borrowerCommand.Borrower);
                    _books.Add(book.BorrowerId, book);
                }

                var outcome = book.Handle(borrowerCommand, _calendar.BusinessDate);
                Absorb(book.DrainChanges());
                return outcome;
            default:
                throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command));
        }
    }

    private CommandOutcome ApplyLedgerCommand(LedgerScopeCommand command)
    {
        var outcome = _calendar.Evaluate(command, out var isReplay);
        if (isReplay)
        {
            return outcome;
        }

        if (command is EndOfDay && outcome == CommandOutcome.Accepted)
        {
            CloseDay(command.Date);
        }

        _calendar.Record(command, outcome);
        return outcome;
    }

    /// <summary>End of day: every book closes <paramref name="day"/> (accrues it, then releases what is due on the
    /// next day), borrowers in ordinal id order; in the lazy mode nothing happens here.</summary>
    private void CloseDay(DateOnly day)
    {
        if (_lazy)
        {
            return;
        }

        foreach (var book in _books.Values)
        {
            book.CloseDay(day);
            Absorb(book.DrainChanges());
        }
    }

    /// <summary>Closes every book's missing days before the business date (what the silo's sweep does); returns
    /// the number of books that had days to close.</summary>
    public int CloseAllBooks()
    {
        if (_calendar.BusinessDate is not { } today)
        {
            return 0;
        }

        var books = 0;
        foreach (var book in _books.Values)
        {
            if (book.CloseDaysBefore(today) > 0)
            {
                books++;
            }

            Absorb(book.DrainChanges());
        }

        return books;
    }

    private void Absorb(BookChanges changes)
    {
        foreach (var entry in changes.Journal)
        {
            foreach (var posting in entry.Postings)
            {
                _accounts[posting.Account] = _accounts.GetValueOrDefault(posting.Account) + posting.AmountMinor;
            }

            _journal?.Add(entry);
        }
    }

    /// <summary>The snapshot of stream-format.md, read from the ledger's state.</summary>
    public string Snapshot()
    {
        CloseAllBooks();
        var writer = new SnapshotWriter();
        writer.Begin(_accounts);
        foreach (var book in _books.Values)
        {
            if (book.Borrower is { } borrower)
            {
                writer.Borrower(borrower);
            }
        }

        writer.BusinessDate(_calendar.BusinessDate);
        foreach (var (borrowerId, line) in OrderedByKey(b => b.Lines.Values, l => l.Id))
        {
            writer.Line(borrowerId, line);
        }

        writer.BeginOrders();
        foreach (var (borrowerId, order) in OrderedByKey(b => b.Orders.Values, o => o.Id))
        {
            writer.Order(borrowerId, order);
        }

        var counts = OutcomeCounts();
        writer.End(counts.GetValueOrDefault(CommandOutcome.Accepted.ToCode()),
            counts.Where(p => p.Key != CommandOutcome.Accepted.ToCode()));
        return writer.TakeText();
    }

    /// <summary>Recorded outcomes per code, over every scope.</summary>
    public SortedDictionary<string, long> OutcomeCounts()
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var recorded = _calendar.Outcomes.Values.Concat(_books.Values.SelectMany(b => b.Outcomes.Values));
        foreach (var outcome in recorded)
        {
            var code = outcome.Outcome.ToCode();
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }

        return counts;
    }

    /// <summary>Entities in the snapshot's key order, "borrower/entity" compared ordinally (which differs from
    /// comparing the borrower first: '-' and '.' sort before '/').</summary>
    private IEnumerable<(string BorrowerId, T Entity)> OrderedByKey<T>(
        Func<BorrowerBook, IEnumerable<T>> entities, Func<T, string> id) =>
        _books.Values
            .SelectMany(b => entities(b).Select(e => (b.BorrowerId, Entity: e)))
            .OrderBy(p => $"{p.BorrowerId}/{id(p.Entity)}", StringComparer.Ordinal);
}
