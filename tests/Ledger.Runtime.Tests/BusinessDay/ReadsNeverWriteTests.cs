using Ledger.Domain;
using Ledger.Storage;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>Reads show a book with its missing days closed, and write nothing: the stored borrower row keeps its
/// version and its closed day, the stored journal its entries; the entries the closing will make are shown after
/// the stored ones, numbered as they will be written.</summary>
public sealed class ReadsNeverWriteTests : IAsyncLifetime
{
    private static readonly DateOnly Day2 = Day1.AddDays(1);
    private static readonly DateOnly Day3 = Day1.AddDays(2);

    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    /// <summary>B1 drew 36,000,000 at 1 % (1,000 a day under ACT/360) on day 1; two end of days later nothing has
    /// closed its days yet (no sweep).</summary>
    private static readonly LedgerCommand[] Commands =
    [
        SetBusinessDate(Day1), OpenBorrower("B1"), OpenLine("B1", "L1"), Draw("B1", "L1", 36_000_000, "d1"),
        EndOfDay(Day1), EndOfDay(Day2),
    ];

    [Fact]
    public async Task ReadBorrowerAsync_BookWithTwoDaysToClose_ShowsThemClosedAndLeavesTheStoredRowAlone()
    {
        var (engine, store) = await StartWithCommandsAsync();
        var before = await BorrowerRowAsync(store);
        Assert.Equal(Day1.AddDays(-1), before.ClosedThrough);

        foreach (var activation in new[] { "live", "fresh" })
        {
            if (activation == "fresh")
            {
                engine.CollectIdleActivations();
                Assert.Equal(0, engine.GetStatus().Activations);
            }

            var shown = await engine.ReadBorrowerAsync("B1", b => (b.ClosedThrough, b.Lines["L1"].Balance.InterestMinor,
                b.Lines["L1"].Balance.AccruedThrough), EngineHarness.Ct);

            Assert.Equal((Day2, 2_000L, Day2), shown);
            var after = await BorrowerRowAsync(store);
            Assert.Equal((before.Version, before.ClosedThrough), (after.Version, after.ClosedThrough));
            Assert.Equal([1L], (await store.JournalAsync("B1")).Select(p => p.EntrySeq).Distinct());
        }

        Assert.Equal(Reference(Commands).Snapshot(), await engine.SnapshotAsync());
        Assert.Equal((0L, 1L), ToTuple(await store.GetClosingProgressAsync(Day1, EngineHarness.Ct)));
        Assert.Equal(before.Version, (await BorrowerRowAsync(store)).Version);
    }

    [Fact]
    public async Task ReadJournalAsync_BookWithTwoDaysToClose_ShowsTheAccrualsToComeNumberedAfterTheStoredEntries()
    {
        var (engine, store) = await StartWithCommandsAsync();
        var version = (await BorrowerRowAsync(store)).Version;

        var shown = await engine.ReadJournalAsync("B1", 0, 100, EngineHarness.Ct);
        var secondOnly = await engine.ReadJournalAsync("B1", 1, 1, EngineHarness.Ct);

        Assert.Equal(
            [
                (1L, JournalEvents.Draw, Day1, "d1", Accounts.LoanPrincipal, 36_000_000L),
                (1L, JournalEvents.Draw, Day1, "d1", Accounts.DisbursementClearing, -36_000_000L),
                (2L, JournalEvents.InterestAccrual, Day1, null, Accounts.InterestReceivable, 1_000L),
                (2L, JournalEvents.InterestAccrual, Day1, null, Accounts.InterestIncome, -1_000L),
                (3L, JournalEvents.InterestAccrual, Day2, null, Accounts.InterestReceivable, 1_000L),
                (3L, JournalEvents.InterestAccrual, Day2, null, Accounts.InterestIncome, -1_000L),
            ],
            shown.Select(p => (p.EntrySeq, p.Event, p.BusinessDate, p.CommandId, p.Account, p.AmountMinor)));
        Assert.Equal(shown.Where(p => p.EntrySeq == 2), secondOnly);
        Assert.Equal(shown.Where(p => p.EntrySeq == 1), await store.JournalAsync("B1"));
        Assert.Equal(version, (await BorrowerRowAsync(store)).Version);

        // The next turn writes exactly the entries shown, then its own.
        var repay = Repay("B1", "L1", 36_002_000, "r1");
        await engine.SubmitOkAsync(repay);
        var stored = await store.JournalAsync("B1");
        Assert.Equal(shown, stored.Where(p => p.EntrySeq <= 3));
        Assert.All(stored.Where(p => p.EntrySeq > 3), p => Assert.Equal(("r1", Day3), (p.CommandId, p.BusinessDate)));
        Assert.Equal(Reference([.. Commands, repay]).Snapshot(), await engine.SnapshotAsync());
    }

    private async Task<(LedgerEngine Engine, ILedgerStore Store)> StartWithCommandsAsync()
    {
        var (engine, store) = await _harness.StartAsync(EngineHarness.Options(o =>
        {
            o.SweepEnabled = false;
            o.IdleTimeout = TimeSpan.Zero;
        }));
        foreach (var command in Commands)
        {
            await engine.SubmitOkAsync(command);
        }

        return (engine, store);
    }

    private static async Task<GrainRow> BorrowerRowAsync(ILedgerStore store) =>
        (await store.LoadBorrowerAsync("B1", EngineHarness.Ct)).Grains.Single(g => g.Kind == GrainKind.Borrower);

    private static (long, long) ToTuple(ClosingProgress progress) => (progress.BooksClosed, progress.Books);

    private static InMemoryLedger Reference(IEnumerable<LedgerCommand> commands)
    {
        var reference = new InMemoryLedger();
        foreach (var command in commands)
        {
            Assert.Equal(CommandOutcome.Accepted, reference.Apply(command));
        }

        return reference;
    }
}
