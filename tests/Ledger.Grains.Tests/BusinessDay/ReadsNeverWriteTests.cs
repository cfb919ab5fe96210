using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using static Ledger.Testing.TestCommands;

namespace Ledger.Grains.Tests.BusinessDay;

/// <summary>The grains' views show a book with its missing days closed, and write nothing: the stored borrower row
/// keeps its version and its closed day, the stored journal its entries; the entries the closing will make are shown
/// after the stored ones, numbered as they will be written. The same whether the grain was live through the end of
/// day or loads the book afresh.</summary>
public sealed class ReadsNeverWriteTests : IDisposable
{
    private static readonly DateOnly Day2 = Day1.AddDays(1);
    private static readonly DateOnly Day3 = Day1.AddDays(2);

    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-reads-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>B1 drew 36,000,000 at 1 % (1,000 a day under ACT/360) on day 1; two end of days later nothing has
    /// closed its days yet (no sweep, no command since).</summary>
    private static readonly LedgerCommand[] Commands =
    [
        SetBusinessDate(Day1), OpenBorrower("B1"), OpenLine("B1", "L1"), Draw("B1", "L1", 36_000_000, "d1"),
        EndOfDay(Day1), EndOfDay(Day2),
    ];

    private async Task<GrainCluster> StartWithCommandsAsync()
    {
        var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"));
        await cluster.Client.SubmitAllOkAsync(Commands);
        return cluster;
    }

    [Fact]
    public async Task Views_BookWithTwoDaysToClose_ShowThemClosedAndLeaveTheStoredRowAlone()
    {
        await using var cluster = await StartWithCommandsAsync();
        await using var store = cluster.OpenStore();
        var before = await store.BorrowerRowAsync("B1");
        Assert.Equal(Day1.AddDays(-1), before.ClosedThrough);

        foreach (var activation in new[] { "live", "fresh" })
        {
            if (activation == "fresh")
            {
                await cluster.CollectIdleGrainsAsync();
            }

            var line = await cluster.Client.GetGrain<ICreditLineGrain>(GrainKeys.Line("B1", "L1")).GetAsync();
            var borrower = await cluster.Client.GetGrain<IBorrowerGrain>("B1").GetAsync();

            Assert.Equal((36_000_000L, 2_000L, 2_000L), (line!.Principal, line.Interest, line.InterestAccrued));
            Assert.Equal(36_000_000L, borrower!.Exposure);
            var after = await store.BorrowerRowAsync("B1");
            Assert.Equal((before.Version, before.ClosedThrough), (after.Version, after.ClosedThrough));
            Assert.Equal([1L], (await store.JournalAsync("B1")).Select(p => p.EntrySeq).Distinct());
        }

        Assert.Equal(StoredBooks.ReferenceSnapshot(Commands), await cluster.SnapshotAsync());
        var progress = await store.GetClosingProgressAsync(Day1, CancellationToken.None);
        Assert.Equal((0L, 1L), (progress.BooksClosed, progress.Books));
        Assert.Equal(before.Version, (await store.BorrowerRowAsync("B1")).Version);
    }

    [Fact]
    public async Task GetJournalAsync_BookWithTwoDaysToClose_ShowsTheAccrualsToComeNumberedAfterTheStoredEntries()
    {
        await using var cluster = await StartWithCommandsAsync();
        await using var store = cluster.OpenStore();
        var version = (await store.BorrowerRowAsync("B1")).Version;
        var borrower = cluster.Client.GetGrain<IBorrowerGrain>("B1");

        var shown = (await borrower.GetJournalAsync(0, 100))!.Entries;
        var secondOnly = (await borrower.GetJournalAsync(1, 1))!.Entries;

        Assert.Equal(
            [
                (1L, JournalEvents.Draw, Day1, "d1", Accounts.LoanPrincipal, 36_000_000L),
                (1L, JournalEvents.Draw, Day1, "d1", Accounts.DisbursementClearing, -36_000_000L),
                (2L, JournalEvents.InterestAccrual, Day1, null, Accounts.InterestReceivable, 1_000L),
                (2L, JournalEvents.InterestAccrual, Day1, null, Accounts.InterestIncome, -1_000L),
                (3L, JournalEvents.InterestAccrual, Day2, null, Accounts.InterestReceivable, 1_000L),
                (3L, JournalEvents.InterestAccrual, Day2, null, Accounts.InterestIncome, -1_000L),
            ],
            Flatten(shown));
        Assert.Equal(Flatten(shown.Where(e => e.Entry == 2)), Flatten(secondOnly));
        Assert.Equal([1L], (await store.JournalAsync("B1")).Select(p => p.EntrySeq).Distinct());
        Assert.Equal(version, (await store.BorrowerRowAsync("B1")).Version);

        // The next command writes exactly the entries shown, then its own.
        var repay = Repay("B1", "L1", 36_002_000, "r1");
        await cluster.Client.SubmitOkAsync(repay);
        var stored = await store.JournalAsync("B1");
        Assert.Equal(Flatten(shown), stored.Where(p => p.EntrySeq <= 3)
            .Select(p => (p.EntrySeq, p.Event, p.BusinessDate, p.CommandId, p.Account, p.AmountMinor)));
        Assert.All(stored.Where(p => p.EntrySeq > 3), p => Assert.Equal(("r1", Day3), (p.CommandId, p.BusinessDate)));
        Assert.Equal(StoredBooks.ReferenceSnapshot([.. Commands, repay]), await cluster.SnapshotAsync());
    }

    private static IEnumerable<(long, string, DateOnly, string?, string, long)> Flatten(
        IEnumerable<JournalEntryView> entries) =>
        entries.SelectMany(e => e.Postings.Select(p => (e.Entry, e.Event, e.Date, e.CommandId, p.Account, p.Amount)));
}
