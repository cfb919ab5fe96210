using System.Data.Common;
using Ledger.Storage;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

public abstract partial class LedgerStoreContractTests
{
    /// <summary>Sets the business date through a ledger commit (no partition is fenced).</summary>
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
        PartitionFence fence, DateOnly required, string borrowerId = "B1", bool many = false)
    {
        var batch = Batch(fence);
        batch.RequireBusinessDate = required;
        batch.Grains.Add(NewGrain(fence.PartitionId, borrowerId));
        var count = many ? 100 : 1;
        for (var i = 1; i <= count; i++)
        {
            batch.Outcomes.Add(Outcome(borrowerId, $"c{i}", fence.PartitionId, businessDate: required));
            batch.Postings.AddRange(Entry(fence.PartitionId, borrowerId, i, 100 * i));
        }

        batch.PartitionDaysDone.Add(new PartitionDay(fence.PartitionId, Day1));
        return batch;
    }

    /// <summary>Asserts that no grain, outcome, posting or partition day is stored (the business date may be).
    /// </summary>
    protected static async Task AssertNoRowsWrittenAsync(ILedgerStore store)
    {
        foreach (var kind in Enum.GetValues<GrainKind>())
        {
            Assert.Empty(await ToListAsync(store.StreamGrainsAsync(kind, Ct)));
        }

        Assert.Empty(await ToListAsync(store.StreamJournalAsync(Ct)));
        Assert.Empty(await store.GetOutcomeCountsAsync(Ct));
        Assert.Empty(await store.GetPartitionsDoneAsync(Day1, Ct));
    }

    [Fact]
    public async Task GetLedgerStateAsync_NewLedger_HasNoDates()
    {
        var store = await OpenLedgerAsync();

        Assert.Equal(new LedgerState(null, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task GetLedgerStateAsync_AfterSetBusinessDate_HasTheDateAndNoEndOfDay()
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
        var fence = await AcquireAsync(store, 0);

        await store.CommitAsync(SiloA, BookedBatch(fence, Day1, many: true), Ct);

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
        var fence = await AcquireAsync(store, 0);

        var error = await Assert.ThrowsAsync<BusinessDateChangedException>(
            () => store.CommitAsync(SiloA, BookedBatch(fence, Day1, many: many), Ct));

        Assert.Contains(Day2.ToString("O"), error.Message, StringComparison.Ordinal);
        await AssertNoRowsWrittenAsync(store);
        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_RequiredBusinessDateWhileNoneIsSet_ThrowsAndWritesNothing()
    {
        var store = await OpenLedgerAsync();
        var fence = await AcquireAsync(store, 0);

        await Assert.ThrowsAsync<BusinessDateChangedException>(
            () => store.CommitAsync(SiloA, BookedBatch(fence, Day1), Ct));

        await AssertNothingWrittenAsync(store);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CommitAsync_RequiredBusinessDateWhileItsEndOfDayRuns_ThrowsAndWritesNothing(bool many)
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var fence = await AcquireAsync(store, 0);
        Assert.True(await store.BeginEndOfDayAsync(Day1, Ct));

        var error = await Assert.ThrowsAsync<BusinessDateChangedException>(
            () => store.CommitAsync(SiloA, BookedBatch(fence, Day1, many: many), Ct));

        Assert.Contains("end of day", error.Message, StringComparison.Ordinal);
        await AssertNoRowsWrittenAsync(store);
        Assert.Equal(new LedgerState(Day1, Day1), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_BusinessDateMovedAndARowClashes_ReportsTheDate()
    {
        // Booked on Day1 before the date moved, then sent again: the outcome exists, but the reason given is
        // that Day1 is not the business date any more.
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var fence = await AcquireAsync(store, 0);
        await store.CommitAsync(SiloA, BookedBatch(fence, Day1), Ct);
        await SetBusinessDateAsync(store, Day2, expected: Day1);
        var again = Batch(fence);
        again.RequireBusinessDate = Day1;
        again.Outcomes.Add(Outcome("B1", "c1", fence.PartitionId, businessDate: Day1));

        var error = await Assert.ThrowsAsync<BusinessDateChangedException>(
            () => store.CommitAsync(SiloA, again, Ct));

        Assert.Contains(Day2.ToString("O"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitAsync_FencedOutAndBusinessDateChanged_ReportsTheFenceViolation()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day2);
        var fence = await AcquireAsync(store, 0);

        await Assert.ThrowsAsync<FenceViolationException>(() => store.CommitAsync(
            SiloA, BookedBatch(fence with { Epoch = fence.Epoch + 1 }, Day1), Ct));

        await AssertNoRowsWrittenAsync(store);
    }

    [Fact]
    public async Task CommitAsync_NoBusinessDateRequiredWhileEndOfDayRuns_Commits()
    {
        // End of day's own batches (partition days, interest) require no date and go through.
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var fence = await AcquireAsync(store, 0);
        Assert.True(await store.BeginEndOfDayAsync(Day1, Ct));
        var batch = BookedBatch(fence, Day1);
        batch.RequireBusinessDate = null;

        await store.CommitAsync(SiloA, batch, Ct);

        Assert.Equal([0], await store.GetPartitionsDoneAsync(Day1, Ct));
    }

    [Fact]
    public async Task BeginEndOfDayAsync_TheBusinessDate_SetsTheMark()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);

        Assert.True(await store.BeginEndOfDayAsync(Day1, Ct));

        Assert.Equal(new LedgerState(Day1, Day1), await store.GetLedgerStateAsync(Ct));
        Assert.Equal(Day1, await store.GetBusinessDateAsync(Ct));
    }

    [Fact]
    public async Task BeginEndOfDayAsync_CalledAgainForTheSameDate_ReturnsTrueAndKeepsTheMark()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        Assert.True(await store.BeginEndOfDayAsync(Day1, Ct));

        Assert.True(await OpenStore().BeginEndOfDayAsync(Day1, Ct));

        Assert.Equal(new LedgerState(Day1, Day1), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task BeginEndOfDayAsync_NotTheBusinessDate_ReturnsFalseAndSetsNothing()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);

        Assert.False(await store.BeginEndOfDayAsync(Day2, Ct));
        Assert.False(await store.BeginEndOfDayAsync(Day1.AddDays(-1), Ct));

        Assert.Equal(new LedgerState(Day1, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task BeginEndOfDayAsync_NoBusinessDateSet_ReturnsFalse()
    {
        var store = await OpenLedgerAsync();

        Assert.False(await store.BeginEndOfDayAsync(Day1, Ct));

        Assert.Equal(new LedgerState(null, null), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task CommitAsync_NewBusinessDate_ClearsTheEndOfDayMark()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        Assert.True(await store.BeginEndOfDayAsync(Day1, Ct));

        await SetBusinessDateAsync(store, Day2, expected: Day1);

        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));
        Assert.False(await store.BeginEndOfDayAsync(Day1, Ct));
        await store.CommitAsync(SiloA, BookedBatch(await AcquireAsync(store, 0), Day2), Ct);
        Assert.Single((await store.LoadBorrowerAsync("B1", Ct)).Grains);
    }

    [Fact]
    public async Task CommitAsync_StaleNewBusinessDate_KeepsTheEndOfDayMark()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        Assert.True(await store.BeginEndOfDayAsync(Day1, Ct));

        await Assert.ThrowsAsync<VersionConflictException>(() => SetBusinessDateAsync(store, Day2, expected: null));

        Assert.Equal(new LedgerState(Day1, Day1), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task EndOfDayMark_OtherThanTheBusinessDate_IsRefusedByTheDatabase()
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);

        await Assert.ThrowsAnyAsync<DbException>(
            () => ExecuteSqlAsync($"UPDATE ledger_meta SET eod_running = '{Day2:yyyy-MM-dd}'"));

        Assert.Equal(new LedgerState(Day1, null), await store.GetLedgerStateAsync(Ct));
    }
}
