using Ledger.Domain;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using Ledger.Testing;
using Ledger.Testing.Stores;
using static Ledger.Testing.TestCommands;

namespace Ledger.Grains.Tests.BusinessDay;

/// <summary>Books catch up on every day they missed, in order, on Orleans: a borrower grain closes its book's missing
/// days before deciding its next command, in the same commit, whatever the command's outcome (a rejection, a refused
/// deferral, or the answer to a retry of a recorded id still commits the catch-up); and the sweep closes several
/// missing days at once, even when the date moved on again while it was closing the first.</summary>
public sealed class CatchUpTests : IDisposable
{
    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-catch-up-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<GrainCluster> StartAsync(Func<ILedgerStore, ILedgerStore>? decorate = null) =>
        GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"), decorate);

    public static TheoryData<string> NextCommands => ["rejected", "refused-deferral", "retry"];

    [Theory]
    [MemberData(nameof(NextCommands))]
    public async Task Submit_FirstCommandAfterEndOfDayChangesNothingItself_StillCommitsTheClosedDay(string kind)
    {
        await using var cluster = await StartAsync();
        var commands = new List<LedgerCommand>
        {
            SetBusinessDate(Day1), OpenBorrower("B1"), OpenLine("B1", "L1", limitMinor: 40_000_000),
            Draw("B1", "L1", 36_000_000, "d1"), EndOfDay(Day1),
        };
        await cluster.Client.SubmitAllOkAsync(commands);

        // Over the line's limit, a deferral to a date not after the line's maturity (decided after the day closes
        // under the old one), or the first draw sent again: none books anything of its own.
        var (next, expected) = kind switch
        {
            "rejected" => ((LedgerCommand)Draw("B1", "L1", 5_000_000, "d2"), CommandOutcome.LineLimitExceeded),
            "refused-deferral" => (ExtendLine("B1", "L1", new DateOnly(2025, 2, 28), "d2"),
                CommandOutcome.ExtensionNotLater),
            _ => (Draw("B1", "L1", 36_000_000, "d1"), CommandOutcome.Accepted),
        };

        Assert.Equal(expected.ToCode(), (await cluster.Client.SubmitDecidedAsync(next)).Outcome);

        await using var store = cluster.OpenStore();
        var stored = await store.StoredBookAsync("B1");
        Assert.Equal(Day1, stored.ClosedThrough);
        var line = stored.Lines["L1"].Balance;
        Assert.Equal((1_000L, Day1), (line.InterestMinor, line.AccruedThrough));
        Assert.Equal([(1L, JournalEvents.Draw, Day1), (2L, JournalEvents.InterestAccrual, Day1)],
            (await store.JournalAsync("B1")).Select(p => (p.EntrySeq, p.Event, p.BusinessDate)).Distinct());
        var outcomes = await store.StoredOutcomesAsync("B1");
        Assert.Equal(kind == "retry" ? 3 : 4, outcomes.Count);
        if (kind != "retry")
        {
            Assert.Equal(Day2, outcomes.Single(o => o.CommandId == "d2").BusinessDate);
        }

        var reference = new InMemoryLedger();
        foreach (var command in commands)
        {
            reference.Apply(command);
        }

        Assert.Equal(expected, reference.Apply(next));
        Assert.Equal(reference.Snapshot(), await cluster.SnapshotAsync());
        var progress = await store.GetClosingProgressAsync(Day1, CancellationToken.None);
        Assert.Equal((1L, 1L), (progress.BooksClosed, progress.Books));
    }

    [Fact]
    public async Task SweepOnceAsync_TwoDaysMissing_ClosesBothInOrderAndRecordsTheLaterDay()
    {
        await using var cluster = await StartAsync();
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        foreach (var borrower in new[] { "B1", "B2", "B3" })
        {
            commands.AddRange([OpenBorrower(borrower), OpenLine(borrower, "L1"),
                Draw(borrower, "L1", 36_000_000, $"d-{borrower}")]);
        }

        commands.AddRange([EndOfDay(Day1), EndOfDay(Day2)]);
        await cluster.Client.SubmitAllOkAsync(commands);
        // B1 and B3 have no grain any more; B2's is live again (a read), holding its book as stored.
        await cluster.CollectIdleGrainsAsync();
        Assert.NotNull(await cluster.Client.GetGrain<GrainInterfaces.IBorrowerGrain>("B2").GetAsync());
        var sweep = cluster.Sweep(0, new BookSweepOptions(Enabled: false, LiveIdle: TimeSpan.Zero));

        Assert.Equal(3, await sweep.SweepOnceAsync(CancellationToken.None));

        await using var store = cluster.OpenStore();
        Assert.Equal(Day2, (await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough);
        foreach (var borrower in new[] { "B1", "B2", "B3" })
        {
            Assert.Equal(
                [(1L, JournalEvents.Draw, Day1), (2L, JournalEvents.InterestAccrual, Day1),
                    (3L, JournalEvents.InterestAccrual, Day2)],
                (await store.JournalAsync(borrower)).Select(p => (p.EntrySeq, p.Event, p.BusinessDate)).Distinct());
        }

        // B2's grain held the book from before the sweep wrote it: its next command reloads and books once.
        var repay = Repay("B2", "L1", 36_002_000, "r-B2");
        await cluster.Client.SubmitOkAsync(repay);
        Assert.Equal(StoredBooks.ReferenceSnapshot([.. commands, repay]), await cluster.SnapshotAsync());
    }

    [Fact]
    public async Task EndOfDay_WhileASweepChunkIsHeld_StepsTheDateAndTheNextPassClosesTheNewDayToo()
    {
        FaultyStore? faulty = null;
        await using var cluster = await StartAsync(s => (faulty = new FaultyStore(s)).Store);
        var borrowers = Enumerable.Range(0, 6).Select(i => $"B{i}").ToList();
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        foreach (var borrower in borrowers)
        {
            commands.AddRange([OpenBorrower(borrower), OpenLine(borrower, "L1"),
                Draw(borrower, "L1", 36_000_000, $"d-{borrower}")]);
        }

        commands.Add(EndOfDay(Day1));
        await cluster.Client.SubmitAllOkAsync(commands);
        await cluster.CollectIdleGrainsAsync();
        var sweep = cluster.Sweep(0, new BookSweepOptions(Enabled: false, Workers: 1, LiveIdle: TimeSpan.Zero));
        faulty!.HoldSweepCommits();
        var firstPass = Task.Run(() => sweep.SweepOnceAsync(CancellationToken.None));
        await Poll.UntilAsync(() => Task.FromResult(faulty.SweepChunksWaiting == 1), TimeSpan.FromSeconds(30),
            "a sweep chunk is held");

        // The date step does not wait for the sweep.
        commands.Add(EndOfDay(Day2));
        await cluster.Client.SubmitOkAsync(commands[^1]);
        faulty.ReleaseSweepCommits();
        await firstPass;
        await using var store = cluster.OpenStore();
        for (var pass = 1; (await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough != Day2; pass++)
        {
            Assert.True(pass <= 3, $"The ledger is not recorded closed through {Day2} after {pass - 1} passes.");
            Assert.True(await sweep.SweepOnceAsync(CancellationToken.None) > 0, "A sweep pass closed nothing.");
        }

        var journal = await store.WholeJournalAsync();
        foreach (var borrower in borrowers)
        {
            Assert.Equal([Day1, Day2], journal
                .Where(p => p.BorrowerId == borrower && p.Event == JournalEvents.InterestAccrual)
                .Select(p => (p.EntrySeq, p.BusinessDate)).Distinct().Select(e => e.BusinessDate));
        }

        Assert.Equal(StoredBooks.ReferenceSnapshot(commands), await cluster.SnapshotAsync());
    }
}
