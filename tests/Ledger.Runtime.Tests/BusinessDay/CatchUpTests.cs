using Ledger.Domain;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>Books catch up on every day they missed, in order: a book closes its missing days strictly before
/// deciding its next command, in the same commit, whatever the command's outcome (a rejection, or the answer to a
/// retry of a recorded id, still commits the catch-up); and the sweep closes several missing days at once, even
/// when the date moved on again while it was closing the first.</summary>
public sealed class CatchUpTests : IAsyncLifetime
{
    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    public static TheoryData<string> NextCommands => ["rejected", "refused-deferral", "retry"];

    [Theory]
    [MemberData(nameof(NextCommands))]
    public async Task SubmitAsync_FirstCommandAfterEndOfDayChangesNothingItself_StillCommitsTheClosedDay(string kind)
    {
        var (engine, store) = await _harness.StartAsync(EngineHarness.Options(o => o.SweepEnabled = false));
        var commands = new List<LedgerCommand>
        {
            SetBusinessDate(Day1), OpenBorrower("B1"), OpenLine("B1", "L1", limitMinor: 40_000_000),
            Draw("B1", "L1", 36_000_000, "d1"), EndOfDay(Day1),
        };
        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        // Over the line's limit, a deferral to a date not after the line's maturity (decided after the day closes
        // under the old one), or the first draw sent again: none books anything of its own.
        var (next, expected) = kind switch
        {
            "rejected" => ((LedgerCommand)Draw("B1", "L1", 5_000_000, "d2"), CommandOutcome.LineLimitExceeded),
            "refused-deferral" => (ExtendLine("B1", "L1", new DateOnly(2025, 2, 28), "d2"),
                CommandOutcome.ExtensionNotLater),
            _ => (Draw("B1", "L1", 36_000_000, "d1"), CommandOutcome.Accepted),
        };

        Assert.Equal(expected, await engine.SubmitAsync(next, EngineHarness.Ct));

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
        Assert.Equal(reference.Snapshot(), await engine.SnapshotAsync());
        Assert.Equal((1L, 1L), ToTuple(await store.GetClosingProgressAsync(Day1, EngineHarness.Ct)));
    }

    [Fact]
    public async Task SweepOnceAsync_TwoDaysMissing_ClosesBothInOrderAndRecordsTheLaterDay()
    {
        var (engine, store) = await _harness.StartAsync(EngineHarness.Options(o =>
        {
            o.SweepEnabled = false;
            o.IdleTimeout = TimeSpan.Zero;
        }));
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        foreach (var borrower in new[] { "B1", "B2", "B3" })
        {
            commands.AddRange([OpenBorrower(borrower), OpenLine(borrower, "L1"),
                Draw(borrower, "L1", 36_000_000, $"d-{borrower}")]);
        }

        commands.AddRange([EndOfDay(Day1), EndOfDay(Day2)]);
        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        engine.CollectIdleActivations(); // B1 and B3 are closed from their rows, B2 through its activation.
        await engine.ReadBorrowerAsync("B2", b => b.ClosedThrough, EngineHarness.Ct);

        Assert.Equal(3, await engine.SweepOnceAsync(EngineHarness.Ct));

        Assert.Equal(Day2, (await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough);
        foreach (var borrower in new[] { "B1", "B2", "B3" })
        {
            Assert.Equal(
                [(1L, JournalEvents.Draw, Day1), (2L, JournalEvents.InterestAccrual, Day1),
                    (3L, JournalEvents.InterestAccrual, Day2)],
                (await store.JournalAsync(borrower)).Select(p => (p.EntrySeq, p.Event, p.BusinessDate)).Distinct());
        }

        var reference = new InMemoryLedger();
        foreach (var command in commands)
        {
            reference.Apply(command);
        }

        Assert.Equal(reference.Snapshot(), await engine.SnapshotAsync());
    }

    [Fact]
    public async Task EndOfDay_WhileASweepChunkIsHeld_StepsTheDateAndTheNextPassClosesTheNewDayToo()
    {
        var (engine, recording) = await _harness.StartDecoratedAsync(s => new RecordingStore(s),
            EngineHarness.Options(o =>
            {
                o.SweepEnabled = false;
                o.SweepWorkers = 1;
                o.IdleTimeout = TimeSpan.Zero;
            }));
        var store = recording.Inner;
        var borrowers = Enumerable.Range(0, 6).Select(i => $"B{i}").ToList();
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        foreach (var borrower in borrowers)
        {
            commands.AddRange([OpenBorrower(borrower), OpenLine(borrower, "L1"),
                Draw(borrower, "L1", 36_000_000, $"d-{borrower}")]);
        }

        commands.Add(EndOfDay(Day1));
        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        engine.CollectIdleActivations();
        recording.HoldSweepCommits();
        var firstPass = Task.Run(() => engine.SweepOnceAsync(EngineHarness.Ct));
        await LedgerReads.WaitUntilAsync(() => recording.SweepChunksWaiting.Count == 1, "a sweep chunk is held");

        // The date step does not wait for the sweep.
        commands.Add(EndOfDay(Day2));
        await engine.SubmitOkAsync(commands[^1]);
        recording.ReleaseSweepCommits();
        await firstPass;
        while ((await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough != Day2)
        {
            Assert.True(await engine.SweepOnceAsync(EngineHarness.Ct) > 0, "A sweep pass closed nothing.");
        }

        var journal = await store.WholeJournalAsync();
        foreach (var borrower in borrowers)
        {
            Assert.Equal([Day1, Day2], journal
                .Where(p => p.BorrowerId == borrower && p.Event == JournalEvents.InterestAccrual)
                .Select(p => (p.EntrySeq, p.BusinessDate)).Distinct().Select(e => e.BusinessDate));
        }

        var reference = new InMemoryLedger();
        foreach (var command in commands)
        {
            reference.Apply(command);
        }

        Assert.Equal(reference.Snapshot(), await engine.SnapshotAsync());
    }

    private static (long, long) ToTuple(Storage.ClosingProgress progress) => (progress.BooksClosed, progress.Books);
}
