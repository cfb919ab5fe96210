using Ledger.Domain;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>The sweep never goes around a live book's memory: a live book is closed through its own mailbox, and a
/// book activated while a sweep chunk holds it waits for the chunk before it loads. Either way the book's next
/// command commits at once, with no version conflict and the same outcome as the eager domain's.</summary>
public sealed class SweepActivationTests : IAsyncLifetime
{
    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    /// <summary>Sweep passes run only when the test calls them; activations leave as soon as idle collection is
    /// asked for.</summary>
    private static RuntimeOptions Options(Action<RuntimeOptions>? configure = null) => EngineHarness.Options(o =>
    {
        o.SweepEnabled = false;
        o.IdleTimeout = TimeSpan.Zero;
        configure?.Invoke(o);
    });

    [Fact]
    public async Task SweepOnceAsync_LiveIdleActivation_ClosesItThroughItsMailboxAndItsNextCommandCommits()
    {
        var (engine, faulty) = await _harness.StartDecoratedAsync(s => new FaultyStore(s), Options());
        var commands = new List<LedgerCommand>
        {
            SetBusinessDate(Day1), OpenBorrower("B1"), OpenLine("B1", "L1"),
            // 36,000,000 at 1 % under ACT/360 bears exactly 1,000 a day.
            Draw("B1", "L1", 36_000_000, "d1"), EndOfDay(Day1),
        };
        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        Assert.Equal(1, engine.GetStatus().Activations);

        var closed = await engine.SweepOnceAsync(EngineHarness.Ct);

        Assert.Equal(1, closed);
        Assert.Equal(0, faulty.SweepCommits); // Not from its rows: through the activation.
        Assert.Equal(Day1, (await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough);
        var stored = await faulty.Inner.StoredBookAsync("B1");
        Assert.Equal(Day1, stored.ClosedThrough);
        var line = stored.Lines["L1"].Balance;
        Assert.Equal((1_000L, Day1), (line.InterestMinor, line.AccruedThrough));

        // The activation's memory is the store's: its next command commits at once, on day 2, without a reload.
        var next = Repay("B1", "L1", 36_001_000, "r1");
        await engine.SubmitOkAsync(next);
        Assert.Equal(1, faulty.LoadsOf("B1"));
        Assert.Equal(0, faulty.Failures);
        Assert.Equal(
            [(1L, JournalEvents.Draw, Day1), (2L, JournalEvents.InterestAccrual, Day1),
                (3L, JournalEvents.Repayment, Day2)],
            (await faulty.Inner.JournalAsync("B1")).Select(p => (p.EntrySeq, p.Event, p.BusinessDate)).Distinct());
        Assert.Equal(ReferenceSnapshot([.. commands, next]), await engine.SnapshotAsync());
    }

    [Fact]
    public async Task SweepOnceAsync_LiveBookInUse_IsLeftToItsNextTurnWhichClosesTheDayInItsOwnCommit()
    {
        // The silo's default grace; the harness's clock stands still, so the book stays in use.
        var (engine, faulty) = await _harness.StartDecoratedAsync(s => new FaultyStore(s),
            Options(o => o.SweepLiveIdle = new RuntimeOptions().SweepLiveIdle));
        var commands = new List<LedgerCommand>
        {
            SetBusinessDate(Day1), OpenBorrower("B1"), OpenLine("B1", "L1"),
            Draw("B1", "L1", 36_000_000, "d1"), EndOfDay(Day1),
        };
        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        var closed = await engine.SweepOnceAsync(EngineHarness.Ct);

        // In use (its last turn just now): no close turn, no sweep commit, the store's book still behind.
        Assert.Equal(0, closed);
        Assert.Equal(0, faulty.SweepCommits);
        Assert.Equal(Day1.AddDays(-1), (await faulty.Inner.StoredBookAsync("B1")).ClosedThrough);
        Assert.Null((await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough);

        // Its next command closes day 1 inside its own turn: the accrual and the repayment in one commit.
        var next = Repay("B1", "L1", 36_001_000, "r1");
        await engine.SubmitOkAsync(next);
        Assert.Equal(Day1, (await faulty.Inner.StoredBookAsync("B1")).ClosedThrough);
        Assert.Equal(
            [(1L, JournalEvents.Draw, Day1), (2L, JournalEvents.InterestAccrual, Day1),
                (3L, JournalEvents.Repayment, Day2)],
            (await faulty.Inner.JournalAsync("B1")).Select(p => (p.EntrySeq, p.Event, p.BusinessDate)).Distinct());
        Assert.Equal(0, await engine.SweepOnceAsync(EngineHarness.Ct));
        Assert.Equal(Day1, (await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough);
        Assert.Equal(ReferenceSnapshot([.. commands, next]), await engine.SnapshotAsync());
    }

    [Fact]
    public async Task SweepOnceAsync_LiveBookIdleLongerThanTheGrace_ClosesItThroughItsMailbox()
    {
        var grace = new RuntimeOptions().SweepLiveIdle;
        var (engine, faulty) = await _harness.StartDecoratedAsync(s => new FaultyStore(s), Options(o =>
        {
            o.SweepLiveIdle = grace;
            o.IdleTimeout = TimeSpan.FromHours(1); // Live all along: closed through its mailbox, not its rows.
        }));
        var commands = new List<LedgerCommand>
        {
            SetBusinessDate(Day1), OpenBorrower("B1"), OpenLine("B1", "L1"),
            Draw("B1", "L1", 36_000_000, "d1"), EndOfDay(Day1),
        };
        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        Assert.Equal(0, await engine.SweepOnceAsync(EngineHarness.Ct));
        _harness.Time.Advance(grace + TimeSpan.FromSeconds(1));
        var closed = await engine.SweepOnceAsync(EngineHarness.Ct);

        Assert.Equal(1, closed);
        Assert.Equal(1, engine.GetStatus().Activations);
        Assert.Equal(0, faulty.SweepCommits); // Through the activation, not from its rows.
        Assert.Equal(Day1, (await faulty.Inner.StoredBookAsync("B1")).ClosedThrough);
        Assert.Equal(Day1, (await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough);
    }

    [Fact]
    public async Task SubmitAsync_BorrowerActivatedWhileASweepChunkHoldsIt_LoadsAfterTheChunkAndCommits()
    {
        var (engine, recording) = await _harness.StartDecoratedAsync(s => new RecordingStore(s), Options());
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        for (var i = 0; i < 12; i++)
        {
            commands.Add(OpenBorrower($"B{i:D2}"));
            commands.Add(OpenLine($"B{i:D2}", "L1"));
            commands.Add(Draw($"B{i:D2}", "L1", 36_000_000 + (i * 1_000), $"d-B{i:D2}"));
        }

        commands.Add(EndOfDay(Day1));
        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        engine.CollectIdleActivations();
        Assert.Equal(0, engine.GetStatus().Activations);

        recording.HoldSweepCommits();
        var sweep = Task.Run(() => engine.SweepOnceAsync(EngineHarness.Ct));
        await LedgerReads.WaitUntilAsync(() => recording.SweepChunksWaiting.Count > 0, "a sweep chunk is held");
        var borrower = recording.SweepChunksWaiting[0][^1];
        var late = Draw(borrower, "L1", 7_000, "late");
        var loads = recording.LoadsOf(borrower);
        var submitted = engine.SubmitAsync(late, EngineHarness.Ct);
        await LedgerReads.WaitUntilAsync(() => engine.GetStatus().Activations == 1, "the borrower is activated");
        // Nothing to poll for: the point is that nothing happens. A short grace lets a wrong runtime load the book
        // (or even commit) under the held chunk, which the asserts below would see.
        await Task.WhenAny(submitted, Task.Delay(TimeSpan.FromMilliseconds(100)));
        Assert.False(submitted.IsCompleted, "The command was decided while the sweep chunk held its book.");
        Assert.Equal(loads, recording.LoadsOf(borrower));

        recording.ReleaseSweepCommits();

        Assert.Equal(CommandOutcome.Accepted, await submitted);
        var closed = await sweep;
        Assert.Equal(loads + 1, recording.LoadsOf(borrower));
        Assert.Equal(1, recording.MaxInFlightPerBorrower);
        Assert.Equal(12, closed);
        var journal = await recording.Inner.JournalAsync(borrower);
        Assert.Equal(
            [(1L, JournalEvents.Draw, Day1), (2L, JournalEvents.InterestAccrual, Day1), (3L, JournalEvents.Draw, Day2)],
            journal.Select(p => (p.EntrySeq, p.Event, p.BusinessDate)).Distinct());
        Assert.Equal(ReferenceSnapshot([.. commands, late]), await engine.SnapshotAsync());
    }

    private static string ReferenceSnapshot(IEnumerable<LedgerCommand> commands)
    {
        var reference = new InMemoryLedger();
        foreach (var command in commands)
        {
            Assert.Equal(CommandOutcome.Accepted, reference.Apply(command));
        }

        return reference.Snapshot();
    }
}
