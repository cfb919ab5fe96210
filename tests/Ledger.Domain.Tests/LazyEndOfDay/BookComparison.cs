using System.Text;

namespace Ledger.Domain.Tests.LazyEndOfDay;

/// <summary>Compares two ledgers the way semantics §2 allows them to differ: an eager end of day closes every
/// book at once, a lazy one closes each book when it is next touched, so their journals interleave the borrowers
/// differently but every borrower's own journal, and every book, must be the same to the fen.</summary>
internal static class BookComparison
{
    /// <summary>Everything a book holds, one line per borrower, line and order, carries and closed days included,
    /// so that two books that print the same are the same.</summary>
    public static string StateOf(BorrowerBook book)
    {
        var text = new StringBuilder();
        if (book.Borrower is { } b)
        {
            text.Append($"borrower {b.Id} limit={b.LimitMinor} frozen={b.Frozen} exposure={b.ExposureMinor} ")
                .Append($"nextEntrySeq={b.NextEntrySeq} closedThrough={Format(b.ClosedThrough)}\n");
        }

        foreach (var line in book.Lines.Values)
        {
            var changes = string.Join(",", line.RateChanges.Select(c => $"{Format(c.EffectiveDate)}:{c.RateMicros}"));
            text.Append($"line {line.Id} {line.Status} limit={line.LimitMinor} rate={line.RateMicros} ")
                .Append($"changes=[{changes}] {line.DayCount} expiry={Format(line.ExpiryDate)} ")
                .Append($"maturity={Format(line.MaturityDate)}{Extended(line.OriginalMaturityDate, line.Extensions)} ")
                .Append($"m={line.PenaltyMultiplierHundredths} ").Append(StateOf(line.Balance)).Append('\n');
        }

        foreach (var order in book.Orders.Values)
        {
            var tranches = string.Join(",",
                order.Tranches.Select(t => $"{t.AmountMinor}@{Format(t.ReleaseDate)}:{t.Status}"));
            text.Append($"order {order.Id} {order.Status} {order.Supplier} rate={order.RateMicros} {order.DayCount} ")
                .Append($"maturity={Format(order.MaturityDate)}")
                .Append($"{Extended(order.OriginalMaturityDate, order.Extensions)} ")
                .Append($"m={order.PenaltyMultiplierHundredths} ")
                .Append($"tranches=[{tranches}] ").Append(StateOf(order.Balance)).Append('\n');
        }

        text.Append($"outcomes={book.Outcomes.Count}");
        return text.ToString();
    }

    /// <summary>The deferrals of a line or order: empty while it was never extended.</summary>
    private static string Extended(DateOnly? originalMaturity, int extensions) =>
        originalMaturity is { } original ? $" extended from {Format(original)} {extensions} times" : string.Empty;

    private static string StateOf(LoanBalance balance) =>
        $"principal={balance.PrincipalMinor} interest={balance.InterestMinor} penalty={balance.PenaltyMinor} " +
        $"interestAccrued={balance.InterestAccruedMinor} penaltyAccrued={balance.PenaltyAccruedMinor} " +
        $"carries={balance.InterestCarry}/{balance.PenaltyCarry} accruedThrough={Format(balance.AccruedThrough)}";

    /// <summary>A journal entry as one line: its number in the borrower's journal, date, entity, event, command
    /// and postings.</summary>
    public static string Describe(JournalEntry entry) =>
        $"#{entry.EntrySeq} {Values.FormatDate(entry.Date)} {entry.EntityKind}:{entry.EntityId} {entry.Event} " +
        $"by {entry.CommandId ?? "end-of-day"}: " +
        string.Join(" ", entry.Postings.Select(p => $"{p.Account} {p.AmountMinor}"));

    /// <summary>One borrower's journal entries in the order the ledger made them.</summary>
    public static string[] JournalOf(InMemoryLedger ledger, string borrower) =>
        [.. ledger.Journal.Where(e => e.Borrower == borrower).Select(Describe)];

    /// <summary>Every borrower's journal is the same, entry by entry and in the same order, and numbered from 1
    /// without a gap; only the interleaving of borrowers may differ.</summary>
    public static void AssertSameJournalsPerBorrower(InMemoryLedger expected, InMemoryLedger actual)
    {
        var borrowers = expected.Journal.Concat(actual.Journal).Select(e => e.Borrower)
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var borrower in borrowers)
        {
            var journal = JournalOf(actual, borrower);
            Assert.Equal(JournalOf(expected, borrower), journal);
            Assert.Equal(
                Enumerable.Range(1, journal.Length).Select(i => (long)i),
                actual.Journal.Where(e => e.Borrower == borrower).Select(e => e.EntrySeq));
        }

        Assert.Equal(expected.Journal.Count, actual.Journal.Count);
    }

    /// <summary>The same snapshot (which closes every lazy book first), the same books and the same journal per
    /// borrower.</summary>
    public static void AssertSameLedger(InMemoryLedger expected, InMemoryLedger actual)
    {
        Assert.Equal(expected.Snapshot(), actual.Snapshot());
        Assert.Equal(expected.Books.Keys, actual.Books.Keys);
        foreach (var (borrower, book) in expected.Books)
        {
            Assert.Equal(StateOf(book), StateOf(actual.Books[borrower]));
        }

        AssertSameJournalsPerBorrower(expected, actual);
    }

    /// <summary>After a sweep (<see cref="InMemoryLedger.CloseAllBooks"/>) no book has a day left to close, and
    /// a second sweep closes nothing.</summary>
    public static void AssertAllBooksClosed(InMemoryLedger ledger)
    {
        if (ledger.BusinessDate is not { } today)
        {
            return;
        }

        foreach (var book in ledger.Books.Values)
        {
            Assert.False(book.HasDaysToCloseBefore(today), $"{book.BorrowerId} still has days to close");
            Assert.True(book.Borrower is null || book.ClosedThrough == today.AddDays(-1),
                $"{book.BorrowerId} closed through {Format(book.ClosedThrough)} on {Format(today)}");
        }

        Assert.Equal(0, ledger.CloseAllBooks());
    }

    /// <summary>How many days the book is behind on <paramref name="today"/>: the days it has still to close.
    /// </summary>
    public static int DaysBehind(BorrowerBook book, DateOnly today) =>
        book.ClosedThrough is { } through ? today.DayNumber - 1 - through.DayNumber : 0;

    private static string Format(DateOnly? date) => date is { } d ? Values.FormatDate(d) : "-";
}
