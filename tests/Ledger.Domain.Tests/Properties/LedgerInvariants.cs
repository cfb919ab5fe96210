namespace Ledger.Domain.Tests.Properties;

/// <summary>The invariants of semantics §6, checked against an <see cref="InMemoryLedger"/> that keeps its
/// journal. The journal is append-only, so its per-account and per-entity sums are kept incrementally and every
/// check compares the ledger's state with what its own postings say.</summary>
internal sealed class LedgerInvariants
{
    private readonly Dictionary<string, long> _accountSums = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Borrower, EntityKind Kind, string Entity), EntitySums> _entitySums = [];
    private readonly Dictionary<(string Borrower, string Order), long> _repaidPrincipal = [];
    private int _entriesSeen;

    private sealed class EntitySums
    {
        public long Principal { get; set; }

        public long Interest { get; set; }

        public long Penalty { get; set; }

        public long InterestAccrued { get; set; }

        public long PenaltyAccrued { get; set; }
    }

    public void AssertHold(InMemoryLedger ledger)
    {
        AbsorbNewEntries(ledger.Journal);

        Assert.Equal(0, ledger.Accounts.Values.Sum());
        Assert.Equal(
            _accountSums.OrderBy(p => p.Key, StringComparer.Ordinal),
            ledger.Accounts.OrderBy(p => p.Key, StringComparer.Ordinal));
        foreach (var receivable in new[] { Accounts.LoanPrincipal, Accounts.InterestReceivable,
            Accounts.PenaltyReceivable })
        {
            Assert.True(ledger.Accounts.GetValueOrDefault(receivable) >= 0, $"{receivable} is negative");
        }

        long principalOverAll = 0;
        var entitiesSeen = 0;
        foreach (var book in ledger.Books.Values)
        {
            long principalOfBorrower = 0;
            foreach (var line in book.Lines.Values)
            {
                principalOfBorrower += AssertEntity(book.BorrowerId, EntityKind.Line, line.Id, line.Balance);
            }

            foreach (var order in book.Orders.Values)
            {
                principalOfBorrower += AssertEntity(book.BorrowerId, EntityKind.Order, order.Id, order.Balance);
                Assert.Equal(order.Tranches.Where(t => t.Status == TrancheStatus.Released).Sum(t => t.AmountMinor),
                    order.Balance.PrincipalMinor + SumOfRepaidPrincipal(book.BorrowerId, order.Id));
            }

            entitiesSeen += book.Lines.Count + book.Orders.Count;
            Assert.Equal(principalOfBorrower, book.Borrower?.ExposureMinor ?? 0);
            principalOverAll += principalOfBorrower;
        }

        Assert.Equal(principalOverAll, ledger.Accounts.GetValueOrDefault(Accounts.LoanPrincipal));
        Assert.True(_entitySums.Count <= entitiesSeen, "postings name an entity the ledger does not hold");
    }

    private long SumOfRepaidPrincipal(string borrower, string order) =>
        _repaidPrincipal.GetValueOrDefault((borrower, order));

    private void AbsorbNewEntries(IReadOnlyList<JournalEntry> journal)
    {
        for (; _entriesSeen < journal.Count; _entriesSeen++)
        {
            var entry = journal[_entriesSeen];
            Assert.Equal(0, entry.Postings.Sum(p => p.AmountMinor));
            Assert.True(entry.Postings.Count >= 2 && entry.Postings.All(p => p.AmountMinor != 0));
            var key = (entry.Borrower, entry.EntityKind, entry.EntityId);
            if (!_entitySums.TryGetValue(key, out var sums))
            {
                sums = new EntitySums();
                _entitySums.Add(key, sums);
            }

            foreach (var posting in entry.Postings)
            {
                _accountSums[posting.Account] = _accountSums.GetValueOrDefault(posting.Account) + posting.AmountMinor;
                Absorb(sums, entry, posting);
            }
        }
    }

    private void Absorb(EntitySums sums, JournalEntry entry, Posting posting)
    {
        switch (posting.Account)
        {
            case Accounts.LoanPrincipal:
                sums.Principal += posting.AmountMinor;
                if (entry.EntityKind == EntityKind.Order && posting.AmountMinor < 0)
                {
                    var key = (entry.Borrower, entry.EntityId);
                    _repaidPrincipal[key] = _repaidPrincipal.GetValueOrDefault(key) - posting.AmountMinor;
                }

                break;
            case Accounts.InterestReceivable:
                sums.Interest += posting.AmountMinor;
                sums.InterestAccrued += entry.Event == JournalEvents.InterestAccrual ? posting.AmountMinor : 0;
                break;
            case Accounts.PenaltyReceivable:
                sums.Penalty += posting.AmountMinor;
                sums.PenaltyAccrued += entry.Event == JournalEvents.PenaltyAccrual ? posting.AmountMinor : 0;
                break;
        }
    }

    /// <summary>Checks one line or order against its own postings and returns its principal.</summary>
    private long AssertEntity(string borrower, EntityKind kind, string id, LoanBalance balance)
    {
        var sums = _entitySums.GetValueOrDefault((borrower, kind, id)) ?? new EntitySums();
        var where = $"{kind} {borrower}/{id}";
        Assert.True(balance.PrincipalMinor >= 0 && balance.InterestMinor >= 0 && balance.PenaltyMinor >= 0,
            $"{where} has a negative balance");
        Assert.Equal((sums.Principal, sums.Interest, sums.Penalty, sums.InterestAccrued, sums.PenaltyAccrued),
            (balance.PrincipalMinor, balance.InterestMinor, balance.PenaltyMinor, balance.InterestAccruedMinor,
                balance.PenaltyAccruedMinor));
        return balance.PrincipalMinor;
    }
}
