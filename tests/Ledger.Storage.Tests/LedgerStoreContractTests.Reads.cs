using System.Data.Common;
using System.Text;
using Ledger.Storage;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

public abstract partial class LedgerStoreContractTests
{
    /// <summary>Ids whose ordinal order differs from a per-column order: '-' (0x2D) and '.' (0x2E) sort
    /// before the '/' (0x2F) of the composite key, and "B10" after every "B1/...".</summary>
    private static readonly string[] TrickyBorrowerIds = ["B10", "B1", "B1-x", "B1.a"];

    /// <summary>Opens the ledger and commits <paramref name="grains"/> in one batch, fencing their partitions.
    /// </summary>
    protected async Task<ILedgerStore> CommitGrainsAsync(params GrainWrite[] grains)
    {
        var store = await OpenLedgerAsync();
        var partitions = new List<int>();
        foreach (var partitionId in grains.Select(g => g.PartitionId).Distinct())
        {
            partitions.Add(partitionId);
        }

        var batch = Batch();
        batch.Grains.AddRange(grains);
        await store.CommitAsync(SiloA, batch, Ct);
        return store;
    }

    [Fact]
    public async Task LoadBorrowerAsync_AfterCommits_ReturnsItsGrainsAndOutcomesOnly()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Grains.Add(NewGrain(3, "B1"));
        batch.Grains.Add(NewGrain(3, "B1", GrainKind.Line, "L1"));
        batch.Grains.Add(NewGrain(3, "B2"));
        batch.Outcomes.Add(Outcome("B1", "c1", 3, businessDate: Day1));
        batch.Outcomes.Add(Outcome("B2", "c2", 3));
        await store.CommitAsync(SiloA, batch, Ct);
        var update = Batch();
        update.Grains.Add(UpdatedGrain(3, "B1", 1, GrainKind.Line, "L1"));
        update.Outcomes.Add(Outcome("B1", "c3", 3, "LIMIT_EXCEEDED"));
        await store.CommitAsync(SiloA, update, Ct);

        var record = await store.LoadBorrowerAsync("B1", Ct);

        Assert.Equal(
            [(GrainKind.Borrower, "", 1L, "B1/@1"), (GrainKind.Line, "L1", 2L, "B1/L1@2")],
            record.Grains.Select(g => (g.Kind, g.EntityId, g.Version, Encoding.UTF8.GetString(g.State))));
        Assert.All(record.Grains, g => Assert.Equal((3, "B1"), (g.PartitionId, g.BorrowerId)));
        Assert.Equal(["c1", "c3"], record.Outcomes.Select(o => o.CommandId));
        AssertSameOutcome(batch.Outcomes[0], record.Outcomes[0]);
        AssertSameOutcome(update.Outcomes[0], record.Outcomes[1]);
    }

    [Fact]
    public async Task LoadBorrowersAsync_SeveralBorrowers_GivesEachWhatLoadBorrowerAsyncGives()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Grains.Add(NewGrain(3, "B1"));
        batch.Grains.Add(NewGrain(3, "B1", GrainKind.Line, "L1"));
        batch.Grains.Add(NewGrain(3, "B1", GrainKind.Order, "O1"));
        batch.Grains.Add(NewGrain(3, "B2"));
        batch.Grains.Add(NewGrain(3, "B3"));
        batch.Outcomes.Add(Outcome("B1", "c2", 3, businessDate: Day1));
        batch.Outcomes.Add(Outcome("B1", "c1", 3));
        batch.Outcomes.Add(Outcome("B2", "c3", 3, "LIMIT_EXCEEDED"));
        await store.CommitAsync(SiloA, batch, Ct);

        var records = await store.LoadBorrowersAsync(["B2", "nobody", "B1", "B2"], Ct);

        Assert.Equal(["B1", "B2", "nobody"], records.Keys.Order(StringComparer.Ordinal));
        foreach (var borrower in new[] { "B1", "B2", "nobody" })
        {
            var one = await store.LoadBorrowerAsync(borrower, Ct);
            Assert.Equal(one.Grains.Select(g => (g.Kind, g.EntityId, g.Version, Encoding.UTF8.GetString(g.State))),
                records[borrower].Grains.Select(g => (g.Kind, g.EntityId, g.Version, Encoding.UTF8.GetString(g.State))));
            Assert.Equal(one.Outcomes.Select(o => (o.CommandId, o.Outcome, o.BusinessDate)),
                records[borrower].Outcomes.Select(o => (o.CommandId, o.Outcome, o.BusinessDate)));
        }

        Assert.Equal(["c1", "c2"], records["B1"].Outcomes.Select(o => o.CommandId));
        Assert.Empty(records["nobody"].Grains);
        Assert.Empty(await store.LoadBorrowersAsync([], Ct));
    }

    [Fact]
    public async Task LoadBorrowerAsync_UnknownBorrower_IsEmpty()
    {
        var store = await OpenLedgerAsync();

        var record = await store.LoadBorrowerAsync("nobody", Ct);

        Assert.Empty(record.Grains);
        Assert.Empty(record.Outcomes);
    }

    [Fact]
    public async Task GetLedgerOutcomeAsync_LedgerCommand_ReturnsItsRecordOnly()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.NewBusinessDate = Day1;
        batch.Outcomes.Add(Outcome("", "set-date-1", 0, businessDate: Day1));
        batch.Outcomes.Add(Outcome("B1", "borrower-cmd", 0));
        await store.CommitAsync(SiloA, batch, Ct);

        AssertSameOutcome(batch.Outcomes[0], await store.GetLedgerOutcomeAsync("set-date-1", Ct));
        Assert.Null(await store.GetLedgerOutcomeAsync("borrower-cmd", Ct));
    }

    [Fact]
    public async Task StreamGrainsAsync_Lines_AreOrderedOrdinallyByBorrowerSlashEntity()
    {
        var grains = TrickyBorrowerIds.SelectMany((b, i) => new[] { "L2", "L1" }
            .Select(e => NewGrain(i % Partitions, b, GrainKind.Line, e))).ToArray();
        var store = await CommitGrainsAsync([.. grains, NewGrain(0, "B0", GrainKind.Order, "O1")]);

        var keys = (await ToListAsync(store.StreamGrainsAsync(GrainKind.Line, Ct)))
            .Select(g => g.BorrowerId + "/" + g.EntityId).ToList();

        Assert.Equal(["B1-x/L1", "B1-x/L2", "B1.a/L1", "B1.a/L2", "B1/L1", "B1/L2", "B10/L1", "B10/L2"], keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task StreamGrainsAsync_Borrowers_AreOrderedOrdinallyByBorrowerId()
    {
        var borrowers = TrickyBorrowerIds.Select((b, i) => NewGrain(i % Partitions, b));
        var store = await CommitGrainsAsync([.. borrowers, NewGrain(0, "B1", GrainKind.Line, "L")]);

        var rows = await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct));

        Assert.Equal(["B1", "B1-x", "B1.a", "B10"], rows.Select(g => g.BorrowerId));
        Assert.All(rows, g => Assert.Equal((GrainKind.Borrower, "", 1L), (g.Kind, g.EntityId, g.Version)));
    }

    [Fact]
    public async Task GetAccountBalancesAsync_SumsEveryPostingPerAccountInOrdinalOrder()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Postings.AddRange(Entry(0, "B1", 1, 10_000));
        batch.Postings.AddRange(Entry(1, "B2", 1, 2_500, debit: "INTEREST_RECEIVABLE", credit: "INTEREST_INCOME"));
        batch.Postings.AddRange(Entry(0, "B1", 2, 4_000, debit: CashAccount, credit: LoansAccount));
        batch.Postings.AddRange(Entry(1, "B2", 2, 1, debit: "a_lower_case", credit: "Z_UPPER"));
        await store.CommitAsync(SiloA, batch, Ct);

        var balances = await store.GetAccountBalancesAsync(Ct);

        Assert.Equal(
        [
            new AccountBalance(CashAccount, -6_000),
            new AccountBalance("INTEREST_INCOME", -2_500),
            new AccountBalance("INTEREST_RECEIVABLE", 2_500),
            new AccountBalance(LoansAccount, 6_000),
            new AccountBalance("Z_UPPER", -1),
            new AccountBalance("a_lower_case", 1),
        ], balances);
    }

    [Fact]
    public async Task GetOutcomeCountsAsync_CountsPerOutcomeOverEveryScope()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Outcomes.Add(Outcome("B1", "c1", 0));
        batch.Outcomes.Add(Outcome("B2", "c1", 0));
        batch.Outcomes.Add(Outcome("B1", "c2", 0, "LIMIT_EXCEEDED"));
        batch.Outcomes.Add(Outcome("", "eod-1", 0));
        await store.CommitAsync(SiloA, batch, Ct);

        var counts = await store.GetOutcomeCountsAsync(Ct);

        Assert.Equal(new Dictionary<string, long> { [Accepted] = 3, ["LIMIT_EXCEEDED"] = 1 }, counts);
    }

    [Fact]
    public async Task ReadJournalAsync_Paging_ReturnsWholeEntriesAfterTheCursor()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        foreach (var seq in new long[] { 1, 2, 3, 5, 8 })
        {
            batch.Postings.AddRange(Entry(0, "B1", seq, seq * 100));
            batch.Postings.AddRange(Entry(0, "B2", seq, 1));
        }

        batch.Postings.AddRange(
        [
            Posting(0, "B1", 13, 1, LoansAccount, 30), Posting(0, "B1", 13, 2, CashAccount, -20),
            Posting(0, "B1", 13, 3, "FEES", -10),
        ]);
        await store.CommitAsync(SiloA, batch, Ct);

        var pages = new List<long[]>();
        for (var after = 0L; ;)
        {
            var page = await store.ReadJournalAsync("B1", after, 2, Ct);
            if (page.Count == 0)
            {
                break;
            }

            Assert.All(page, p => Assert.Equal("B1", p.BorrowerId));
            Assert.Equal(page.OrderBy(p => p.EntrySeq).ThenBy(p => p.PostingNo), page);
            pages.Add([.. page.Select(p => p.EntrySeq)]);
            after = page[^1].EntrySeq;
        }

        Assert.Equal([[1, 1, 2, 2], [3, 3, 5, 5], [8, 8, 13, 13, 13]], pages);
    }

    [Fact]
    public async Task StreamJournalAsync_OrdersByBorrowerThenEntryThenPosting()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Postings.AddRange(Entry(0, "B10", 1, 5));
        batch.Postings.AddRange(Entry(0, "B1", 2, 5));
        batch.Postings.AddRange(Entry(0, "B1", 1, 5).Reverse());
        await store.CommitAsync(SiloA, batch, Ct);

        var journal = await ToListAsync(store.StreamJournalAsync(Ct));

        Assert.Equal(
            [("B1", 1L, 1), ("B1", 1L, 2), ("B1", 2L, 1), ("B1", 2L, 2), ("B10", 1L, 1), ("B10", 1L, 2)],
            journal.Select(p => (p.BorrowerId, p.EntrySeq, p.PostingNo)));
        Assert.Equal(batch.Postings.OrderBy(p => p.BorrowerId, StringComparer.Ordinal).ThenBy(p => p.EntrySeq)
            .ThenBy(p => p.PostingNo), journal);
    }

    [Theory]
    [InlineData("UPDATE journal_postings SET amount_minor = 0")]
    [InlineData("DELETE FROM journal_postings")]
    public async Task Journal_ChangedBehindTheStoresBack_IsRefusedByTheDatabase(string sql)
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Postings.AddRange(Entry(0, "B1", 1, 700));
        await store.CommitAsync(SiloA, batch, Ct);

        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteSqlAsync(sql));

        Assert.Equal(batch.Postings, await store.ReadJournalAsync("B1", 0, 10, Ct));
    }

    private static void AssertSameOutcome(OutcomeRecord expected, OutcomeRecord? actual)
    {
        Assert.NotNull(actual);
        // Records compare arrays by reference, so the hash is compared on its own.
        var noHash = Array.Empty<byte>();
        Assert.Equal(expected with { ContentHash = noHash }, actual with { ContentHash = noHash });
        Assert.Equal(expected.ContentHash, actual.ContentHash);
    }
}
