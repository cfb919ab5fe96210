using Ledger.Storage;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

public abstract partial class LedgerStoreContractTests
{
    /// <summary>Sets the business date through a ledger commit (no borrower row): SetBusinessDate, or with
    /// <paramref name="expected"/> the day before, EndOfDay's date step.</summary>
    protected static async Task SetBusinessDateAsync(ILedgerStore store, DateOnly date, DateOnly? expected = null)
    {
        var batch = Batch();
        batch.NewBusinessDate = date;
        batch.ExpectedBusinessDate = expected;
        await store.CommitAsync(SiloA, batch, Ct);
    }

    /// <summary>A borrower command's batch booked on <paramref name="required"/>: every kind of row but a business
    /// date; with <paramref name="many"/>, enough outcomes and postings to take the bulk (COPY) path.</summary>
    protected static CommitBatch BookedBatch(
        int partition, DateOnly required, string borrowerId = "B1", bool many = false)
    {
        var batch = Batch();
        batch.RequireBusinessDate = required;
        batch.Grains.Add(NewGrain(partition, borrowerId, closedThrough: required.AddDays(-1)));
        var count = many ? 100 : 1;
        for (var i = 1; i <= count; i++)
        {
            batch.Outcomes.Add(Outcome(borrowerId, $"c{i}", partition, businessDate: required));
            batch.Postings.AddRange(Entry(partition, borrowerId, i, 100 * i));
        }

        return batch;
    }

    /// <summary>Asserts that no grain, outcome or posting is stored (the business date may be).</summary>
    protected static async Task AssertNoRowsWrittenAsync(ILedgerStore store)
    {
        foreach (var kind in Enum.GetValues<GrainKind>())
        {
            Assert.Empty(await ToListAsync(store.StreamGrainsAsync(kind, Ct)));
        }

        Assert.Empty(await ToListAsync(store.StreamJournalAsync(Ct)));
        Assert.Empty(await store.GetOutcomeCountsAsync(Ct));
    }

    [Fact]
    public async Task GetLedgerStateAsync_NewLedger_HasNoDates()
    {
        var store = await OpenLedgerAsync();

        Assert.Equal(new LedgerState(null, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task GetLedgerStateAsync_AfterSetBusinessDate_HasTheDateAndNothingClosed()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);

        Assert.Equal(new LedgerState(Day1, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_RequiredBusinessDateIsTheLedgers_Commits()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var partition = 0;

        await store.CommitAsync(SiloA, BookedBatch(partition, Day1, many: true), Ct);

        Assert.Single((await store.LoadBorrowerAsync("B1", Ct)).Grains);
        Assert.Equal(200, (await ToListAsync(store.StreamJournalAsync(Ct))).Count);
        Assert.Equal(100, (await store.GetOutcomeCountsAsync(Ct))[Accepted]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CommitAsync_RequiredBusinessDateIsNotTheLedgers_ThrowsAndWritesNothing(bool many)
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day2);
        var partition = 0;

        var error = await Assert.ThrowsAsync<BusinessDateChangedException>(
            () => store.CommitAsync(SiloA, BookedBatch(partition, Day1, many: many), Ct));

        Assert.Contains(Day2.ToString("O"), error.Message, StringComparison.Ordinal);
        await AssertNoRowsWrittenAsync(store);
        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_RequiredBusinessDateWhileNoneIsSet_ThrowsAndWritesNothing()
    {
        var store = await OpenLedgerAsync();
        var partition = 0;

        await Assert.ThrowsAsync<BusinessDateChangedException>(
            () => store.CommitAsync(SiloA, BookedBatch(partition, Day1), Ct));

        await AssertNothingWrittenAsync(store);
    }

    [Fact]
    public async Task CommitAsync_BusinessDateMovedAndARowClashes_ReportsTheDate()
    {
        // Booked on Day1 before the date moved, then sent again: the outcome exists, but the reason given is
        // that Day1 is not the business date any more.
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var partition = 0;
        await store.CommitAsync(SiloA, BookedBatch(partition, Day1), Ct);
        await SetBusinessDateAsync(store, Day2, expected: Day1);
        var again = Batch();
        again.RequireBusinessDate = Day1;
        again.Outcomes.Add(Outcome("B1", "c1", partition, businessDate: Day1));

        var error = await Assert.ThrowsAsync<BusinessDateChangedException>(
            () => store.CommitAsync(SiloA, again, Ct));

        Assert.Contains(Day2.ToString("O"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitAsync_DateStep_MovesTheDateSoCommandsBookOnTheNextDayOnly()
    {
        // EndOfDay{Day1} is a plain commit: its outcome and the date step, from Day1 to Day2.
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var partition = 0;
        var step = Batch();
        step.ExpectedBusinessDate = Day1;
        step.NewBusinessDate = Day2;
        step.Outcomes.Add(Outcome("", "eod-1", 0, businessDate: Day1));

        await store.CommitAsync(SiloA, step, Ct);

        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));
        AssertSameOutcome(step.Outcomes[0], await store.GetLedgerOutcomeAsync("eod-1", Ct));
        await Assert.ThrowsAsync<BusinessDateChangedException>(
            () => store.CommitAsync(SiloA, BookedBatch(partition, Day1), Ct));
        Assert.Empty((await store.LoadBorrowerAsync("B1", Ct)).Grains);
        Assert.Empty(await ToListAsync(store.StreamJournalAsync(Ct)));
        await store.CommitAsync(SiloA, BookedBatch(partition, Day2), Ct);
        Assert.Equal(Day1, Assert.Single((await store.LoadBorrowerAsync("B1", Ct)).Grains).ClosedThrough);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-03-03")]
    public async Task CommitAsync_DateStepFromAStaleExpectedDate_ThrowsVersionConflictAndWritesNothing(
        string? expectedText)
    {
        // The date already stepped from Day1 to Day2: a second EndOfDay{Day1} (or one that expects another
        // date) must not move it again.
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        await SetBusinessDateAsync(store, Day2, expected: Day1);
        var stale = Batch();
        stale.ExpectedBusinessDate = expectedText is null ? null : DateOnly.Parse(expectedText);
        stale.NewBusinessDate = Day3;
        stale.Outcomes.Add(Outcome("", "eod-again", 0, businessDate: Day1));

        await Assert.ThrowsAsync<VersionConflictException>(() => store.CommitAsync(SiloA, stale, Ct));

        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));
        Assert.Null(await store.GetLedgerOutcomeAsync("eod-again", Ct));
    }

    [Fact]
    public async Task CommitAsync_DateStep_KeepsTheLedgersClosedThrough()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        Assert.Equal(Day0, await store.RecordClosedThroughAsync(Day0, Ct));

        await SetBusinessDateAsync(store, Day2, expected: Day1);

        Assert.Equal(new LedgerState(Day2, Day0), await store.GetLedgerStateAsync(Ct));
    }
}
