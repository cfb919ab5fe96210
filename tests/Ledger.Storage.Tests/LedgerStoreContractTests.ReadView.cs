using Ledger.Storage;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

public abstract partial class LedgerStoreContractTests
{
    /// <summary>Everything the read view can read, read through it or through the store; the books to close are
    /// those behind <see cref="LedgerRows.Day1"/>.</summary>
    private sealed record LedgerSnapshot(
        LedgerState State, List<GrainRow> Borrowers, List<GrainRow> Lines, List<JournalPosting> Journal,
        IReadOnlyList<AccountBalance> Balances, IReadOnlyDictionary<string, long> Outcomes, List<GrainRow> ToClose);

    private static async Task<LedgerSnapshot> ReadThroughViewAsync(ILedgerReadView view) => new(
        await view.GetLedgerStateAsync(Ct),
        await ToListAsync(view.StreamGrainsAsync(GrainKind.Borrower, Ct)),
        await ToListAsync(view.StreamGrainsAsync(GrainKind.Line, Ct)),
        await ToListAsync(view.StreamJournalAsync(Ct)),
        await view.GetAccountBalancesAsync(Ct),
        await view.GetOutcomeCountsAsync(Ct),
        await ToListAsync(view.StreamBooksToCloseAsync(Day1, Ct)));

    private static async Task<LedgerSnapshot> ReadThroughStoreAsync(ILedgerStore store)
    {
        var toClose = new List<GrainRow>();
        foreach (var partition in Enumerable.Range(0, Partitions))
        {
            toClose.AddRange(await store.LoadBooksToCloseAsync(partition, Day1, "", 1_000, [], Ct));
        }

        return new(
            await store.GetLedgerStateAsync(Ct),
            await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct)),
            await ToListAsync(store.StreamGrainsAsync(GrainKind.Line, Ct)),
            await ToListAsync(store.StreamJournalAsync(Ct)),
            await store.GetAccountBalancesAsync(Ct),
            await store.GetOutcomeCountsAsync(Ct),
            [.. toClose.OrderBy(r => r.BorrowerId, StringComparer.Ordinal).ThenBy(r => r.Kind)
                .ThenBy(r => r.EntityId, StringComparer.Ordinal)]);
    }

    /// <summary>Compares two snapshots field by field (rows hold byte arrays, which records compare by
    /// reference).</summary>
    private static void AssertSameSnapshot(LedgerSnapshot expected, LedgerSnapshot actual)
    {
        static IEnumerable<(int, string, GrainKind, string, long, string, DateOnly?)> Rows(List<GrainRow> rows) =>
            rows.Select(r => (r.PartitionId, r.BorrowerId, r.Kind, r.EntityId, r.Version,
                Convert.ToHexString(r.State), r.ClosedThrough));

        Assert.Equal(expected.State, actual.State);
        Assert.Equal(Rows(expected.Borrowers), Rows(actual.Borrowers));
        Assert.Equal(Rows(expected.Lines), Rows(actual.Lines));
        Assert.Equal(expected.Journal, actual.Journal);
        Assert.Equal(expected.Balances, actual.Balances);
        Assert.Equal(expected.Outcomes, actual.Outcomes);
        Assert.Equal(Rows(expected.ToClose), Rows(actual.ToClose));
    }

    /// <summary>A ledger on <see cref="LedgerRows.Day2"/> with books in two partitions, some behind.</summary>
    private async Task<ILedgerStore> OpenLedgerWithBooksAsync()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(0, "B1", Day0, lines: ["L1", "L2"]), .. Book(1, "B1-x", Day1, lines: ["L1"]),
            .. Book(1, "B10", Day0, orders: ["O1"]), .. Book(0, "B2", Day1),
        ]);
        var batch = Batch();
        batch.Postings.AddRange(Entry(0, "B1", 1, 10_000));
        batch.Outcomes.Add(Outcome("B1", "c1", 0, businessDate: Day1));
        batch.NewBusinessDate = Day2;
        await store.CommitAsync(SiloA, batch, Ct);
        return store;
    }

    [Fact]
    public async Task OpenReadViewAsync_CommitsAfterItOpened_AreNotSeenThroughItButByTheStore()
    {
        var store = await OpenLedgerWithBooksAsync();
        var before = await ReadThroughStoreAsync(store);

        await using var view = await store.OpenReadViewAsync(Ct);
        // Nothing is read through the view before these commits: it shows the state of the moment it opened.
        var command = Batch();
        command.RequireBusinessDate = Day2;
        command.Grains.Add(UpdatedGrain(0, "B1", 1, closedThrough: Day1));
        command.Grains.Add(NewGrain(0, "B3", closedThrough: Day1));
        command.Grains.Add(NewGrain(0, "B3", GrainKind.Line, "L1"));
        command.Postings.AddRange(Entry(0, "B3", 1, 2_500));
        command.Outcomes.Add(Outcome("B3", "c1", 0, "LIMIT_EXCEEDED", Day2));
        await OpenStore().CommitAsync(SiloA, command, Ct);
        Assert.Equal(["B10"], await store.CommitClosedBooksAsync(SiloA, 1, [Closed(1, "B10", 1, Day1)], Ct));
        Assert.Equal(Day1, await store.RecordClosedThroughAsync(Day1, Ct));
        await SetBusinessDateAsync(store, Day3, expected: Day2);

        var seen = await ReadThroughViewAsync(view);

        AssertSameSnapshot(before, seen);
        Assert.Equal(new LedgerState(Day2, null), seen.State);
        Assert.Equal(["B1", "B10"], seen.ToClose.Where(r => r.Kind == GrainKind.Borrower).Select(r => r.BorrowerId));
        var now = await ReadThroughStoreAsync(OpenStore());
        Assert.Equal(new LedgerState(Day3, Day1), now.State);
        Assert.Equal(["B1", "B1-x", "B10", "B2", "B3"], now.Borrowers.Select(g => g.BorrowerId));
        Assert.Empty(now.ToClose);
        Assert.Equal(1, now.Outcomes["LIMIT_EXCEEDED"]);
    }

    [Fact]
    public async Task OpenReadViewAsync_NothingChanged_ReadsWhatTheStoreReads()
    {
        var store = await OpenLedgerWithBooksAsync();

        await using var view = await store.OpenReadViewAsync(Ct);

        AssertSameSnapshot(await ReadThroughStoreAsync(store), await ReadThroughViewAsync(view));
        // Read twice through one view: the same again.
        AssertSameSnapshot(await ReadThroughStoreAsync(store), await ReadThroughViewAsync(view));
    }

    [Fact]
    public async Task StreamBooksToCloseAsync_ReturnsEveryRowOfTheBooksBehind_AllPartitionsInKeyOrder()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(3, "B3", Day0, lines: ["L1"]), .. Book(2, "B2", Day1, lines: ["L1"]), .. Book(1, "B10", Day0),
            .. Book(0, "B1", Day0, lines: ["L2", "L10"], orders: ["A1"]), .. Book(2, "B1-x", Day0.AddDays(-5)),
        ]);
        await using var view = await store.OpenReadViewAsync(Ct);

        var rows = await ToListAsync(view.StreamBooksToCloseAsync(Day1, Ct));

        Assert.Equal(
        [
            ("B1", GrainKind.Borrower, "", Day0), ("B1", GrainKind.Line, "L10", null),
            ("B1", GrainKind.Line, "L2", null), ("B1", GrainKind.Order, "A1", null),
            ("B1-x", GrainKind.Borrower, "", Day0.AddDays(-5)), ("B10", GrainKind.Borrower, "", Day0),
            ("B3", GrainKind.Borrower, "", Day0), ("B3", GrainKind.Line, "L1", null),
        ], Keys(rows));
        Assert.Equal([0, 0, 0, 0, 2, 1, 3, 3], rows.Select(r => r.PartitionId));
        Assert.All(rows, r => Assert.Equal(1, r.Version));
        Assert.Equal(
            ["B1", "B1-x", "B10", "B2", "B3"],
            (await ToListAsync(view.StreamBooksToCloseAsync(Day2, Ct))).Select(r => r.BorrowerId).Distinct());
        Assert.Empty(await ToListAsync(view.StreamBooksToCloseAsync(Day0.AddDays(-5), Ct)));
    }
}
