using System.Text;
using Ledger.Storage;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

public abstract partial class LedgerStoreContractTests
{
    /// <summary>A batch touching every kind of row on partition 0 (and a business date).</summary>
    private static CommitBatch FullBatch(int partition, string borrowerId = "B1")
    {
        var batch = Batch();
        batch.Grains.Add(NewGrain(partition, borrowerId));
        batch.Outcomes.Add(Outcome(borrowerId, "c1", partition));
        batch.Postings.AddRange(Entry(partition, borrowerId, 1, 1_000));
        batch.NewBusinessDate = Day1;
        return batch;
    }

    [Fact]
    public async Task CommitAsync_UnbalancedEntry_ThrowsArgumentException()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Postings.Add(Posting(0, "B1", 1, 1, LoansAccount, 100));
        batch.Postings.Add(Posting(0, "B1", 1, 2, CashAccount, -99));

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(SiloA, batch, Ct));

        await AssertNothingWrittenAsync(store);
    }

    [Fact]
    public async Task CommitAsync_EntrySplitAcrossTheBatchThatBalancesAsAWhole_IsStored()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        batch.Postings.Add(Posting(0, "B1", 1, 1, LoansAccount, 100));
        batch.Postings.Add(Posting(0, "B1", 2, 1, LoansAccount, 7));
        batch.Postings.Add(Posting(0, "B1", 2, 2, CashAccount, -7));
        batch.Postings.Add(Posting(0, "B1", 1, 2, CashAccount, -100));

        await store.CommitAsync(SiloA, batch, Ct);

        Assert.Equal([new AccountBalance(CashAccount, -107), new AccountBalance(LoansAccount, 107)],
            await store.GetAccountBalancesAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_EntriesThatBalanceOnlyTogether_ThrowsArgumentException()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        // Each entry is off by one, in opposite directions: the batch sums to zero, no entry does.
        batch.Postings.Add(Posting(0, "B1", 1, 1, LoansAccount, 100));
        batch.Postings.Add(Posting(0, "B1", 1, 2, CashAccount, -99));
        batch.Postings.Add(Posting(0, "B2", 1, 1, LoansAccount, 99));
        batch.Postings.Add(Posting(0, "B2", 1, 2, CashAccount, -100));

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(SiloA, batch, Ct));

        await AssertNothingWrittenAsync(store);
    }

    [Fact]
    public async Task CommitAsync_StaleGrainVersion_RollsBackTheWholeBatch()
    {
        var store = await OpenLedgerAsync();
        var partition = 0;
        var first = Batch();
        first.Grains.Add(NewGrain(0, "B0"));
        await store.CommitAsync(SiloA, first, Ct);
        var batch = FullBatch(partition);
        batch.Grains.Add(UpdatedGrain(0, "B0", expectedVersion: 5));

        await Assert.ThrowsAsync<VersionConflictException>(() => store.CommitAsync(SiloA, batch, Ct));

        var b0 = Assert.Single((await store.LoadBorrowerAsync("B0", Ct)).Grains);
        Assert.Equal(1, b0.Version);
        Assert.Empty((await store.LoadBorrowerAsync("B1", Ct)).Grains);
        Assert.Empty(await ToListAsync(store.StreamJournalAsync(Ct)));
        Assert.Empty(await store.GetOutcomeCountsAsync(Ct));
        Assert.Null(await store.GetBusinessDateAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_CreatingAnExistingGrain_ThrowsVersionConflict()
    {
        var store = await OpenLedgerAsync();
        var first = Batch();
        first.Grains.Add(NewGrain(0, "B1"));
        await store.CommitAsync(SiloA, first, Ct);
        var again = Batch();
        again.Grains.Add(NewGrain(0, "B1") with { State = State("other") });

        await Assert.ThrowsAsync<VersionConflictException>(() => store.CommitAsync(SiloA, again, Ct));

        Assert.Equal(first.Grains[0].State, Assert.Single((await store.LoadBorrowerAsync("B1", Ct)).Grains).State);
    }

    [Fact]
    public async Task CommitAsync_GrainUpdateAtExpectedVersion_StoresTheNewVersion()
    {
        var store = await OpenLedgerAsync();
        var first = Batch();
        first.Grains.Add(NewGrain(0, "B1"));
        await store.CommitAsync(SiloA, first, Ct);
        var update = Batch();
        update.Grains.Add(UpdatedGrain(0, "B1", expectedVersion: 1));

        await store.CommitAsync(SiloA, update, Ct);

        var stored = Assert.Single((await store.LoadBorrowerAsync("B1", Ct)).Grains);
        Assert.Equal(2, stored.Version);
        Assert.Equal(update.Grains[0].State, stored.State);
    }

    [Fact]
    public async Task CommitAsync_BorrowerRow_StoresTheDayItsBookClosedThrough()
    {
        var store = await OpenLedgerAsync();
        var first = Batch();
        first.Grains.AddRange([NewGrain(0, "B1", closedThrough: Day0), NewGrain(0, "B1", GrainKind.Line, "L1")]);
        await store.CommitAsync(SiloA, first, Ct);
        var update = Batch();
        update.Grains.Add(UpdatedGrain(0, "B1", 1, closedThrough: Day2));

        await store.CommitAsync(SiloA, update, Ct);

        Assert.Equal(
            [(GrainKind.Borrower, 2L, Day2), (GrainKind.Line, 1L, null)],
            (await store.LoadBorrowerAsync("B1", Ct)).Grains.Select(g => (g.Kind, g.Version, g.ClosedThrough)));
        Assert.Equal(Day2, Assert.Single(await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct)))
            .ClosedThrough);
        Assert.Null(Assert.Single(await ToListAsync(store.StreamGrainsAsync(GrainKind.Line, Ct))).ClosedThrough);
    }

    [Theory]
    [InlineData(GrainKind.Borrower, null)]
    [InlineData(GrainKind.Line, "2025-03-03")]
    [InlineData(GrainKind.Order, "2025-03-03")]
    public async Task CommitAsync_ClosedThroughMissingOnABorrowerRowOrSetOnAnother_ThrowsArgumentException(
        GrainKind kind, string? closedThroughText)
    {
        var store = await OpenLedgerAsync();
        var batch = FullBatch(0);
        batch.Grains.Add(NewGrain(0, "B2", kind, kind == GrainKind.Borrower ? "" : "E1") with
        {
            ClosedThrough = closedThroughText is null ? null : DateOnly.Parse(closedThroughText),
        });

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(SiloA, batch, Ct));

        await AssertNothingWrittenAsync(store);
    }

    [Fact]
    public async Task CommitAsync_GrainWrittenSeveralTimesInChain_StoresTheLastWrite()
    {
        var store = await OpenLedgerAsync();
        var first = Batch();
        first.Grains.Add(NewGrain(0, "B0"));
        await store.CommitAsync(SiloA, first, Ct);
        // Two turns of one activation in one group commit: each grain is written twice, in version order.
        var batch = Batch();
        batch.Grains.AddRange([NewGrain(0, "B1"), UpdatedGrain(0, "B0", 1), UpdatedGrain(0, "B1", 1)]);
        batch.Grains.Add(UpdatedGrain(0, "B0", 2));

        await store.CommitAsync(SiloA, batch, Ct);

        var grains = await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct));
        Assert.Equal([("B0", 3L, "B0/@3"), ("B1", 2L, "B1/@2")],
            grains.Select(g => (g.BorrowerId, g.Version, Encoding.UTF8.GetString(g.State))));
    }

    [Fact]
    public async Task CommitAsync_GrainWrittenTwiceFromTheSameVersion_ThrowsVersionConflict()
    {
        var store = await OpenLedgerAsync();
        var batch = FullBatch(0);
        batch.Grains.Add(NewGrain(0, "B1"));

        await Assert.ThrowsAsync<VersionConflictException>(() => store.CommitAsync(SiloA, batch, Ct));

        await AssertNothingWrittenAsync(store);
    }

    [Fact]
    public async Task CommitAsync_DuplicateOutcome_ThrowsVersionConflictAndWritesNothingOfTheBatch()
    {
        var store = await OpenLedgerAsync();
        var first = Batch();
        first.Outcomes.Add(Outcome("B1", "c1", 0));
        await store.CommitAsync(SiloA, first, Ct);
        var second = Batch();
        second.Grains.Add(NewGrain(0, "B1"));
        second.Outcomes.Add(Outcome("B1", "c1", 0, "LIMIT_EXCEEDED"));

        await Assert.ThrowsAsync<VersionConflictException>(() => store.CommitAsync(SiloA, second, Ct));

        var record = await store.LoadBorrowerAsync("B1", Ct);
        Assert.Empty(record.Grains);
        Assert.Equal(Accepted, Assert.Single(record.Outcomes).Outcome);
    }

    [Fact]
    public async Task CommitAsync_BusinessDate_IsCompareAndSet()
    {
        var store = await OpenLedgerAsync();
        var set = Batch();
        set.NewBusinessDate = Day1;
        await store.CommitAsync(SiloA, set, Ct);
        var stale = Batch();
        stale.NewBusinessDate = Day2;

        await Assert.ThrowsAsync<VersionConflictException>(() => store.CommitAsync(SiloA, stale, Ct));
        Assert.Equal(Day1, await store.GetBusinessDateAsync(Ct));

        stale.ExpectedBusinessDate = Day1;
        await store.CommitAsync(SiloA, stale, Ct);
        Assert.Equal(Day2, await store.GetBusinessDateAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_LargeBatch_StoresEveryRow()
    {
        const int Entries = 2_500; // 5,000 postings: the bulk path where a store has one.
        var store = await OpenLedgerAsync();
        var batch = Batch();
        for (var i = 0; i < Entries; i++)
        {
            var partitionId = i % 2;
            batch.Postings.AddRange(Entry(partitionId, $"B{i % 50}", i, i + 1, commandId: $"c{i}"));
            batch.Outcomes.Add(Outcome($"B{i % 50}", $"c{i}", partitionId, i % 10 == 0 ? "REJECTED" : Accepted,
                Day1));
        }

        await store.CommitAsync(SiloA, batch, Ct);

        var journal = await ToListAsync(store.StreamJournalAsync(Ct));
        Assert.Equal(2 * Entries, journal.Count);
        Assert.Equal(batch.Postings.OrderBy(p => p.BorrowerId, StringComparer.Ordinal)
            .ThenBy(p => p.EntrySeq).ThenBy(p => p.PostingNo), journal);
        const long Sum = (long)Entries * (Entries + 1) / 2;
        Assert.Equal([new AccountBalance(CashAccount, -Sum), new AccountBalance(LoansAccount, Sum)],
            await store.GetAccountBalancesAsync(Ct));
        var counts = await store.GetOutcomeCountsAsync(Ct);
        Assert.Equal(Entries / 10, counts["REJECTED"]);
        Assert.Equal(Entries - (Entries / 10), counts[Accepted]);
    }

    [Fact]
    public async Task CommitAsync_ManyOutcomesWithOneDuplicate_ThrowsVersionConflictAndWritesNothing()
    {
        var store = await OpenLedgerAsync();
        var batch = Batch();
        for (var i = 0; i < 50; i++)
        {
            batch.Outcomes.Add(Outcome("B1", $"c{i}", 0));
            batch.Postings.AddRange(Entry(0, "B1", i, 10));
        }

        batch.Outcomes.Add(Outcome("B1", "c7", 0));

        await Assert.ThrowsAsync<VersionConflictException>(() => store.CommitAsync(SiloA, batch, Ct));

        await AssertNothingWrittenAsync(store);
    }
}
