using Ledger.Domain;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.Activations;

/// <summary>Activations leave memory when idle past the timeout or when the ceiling is reached; the store keeps
/// everything, so the next command finds the borrower exactly as it was.</summary>
public sealed class DeactivationTests : IAsyncLifetime
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);

    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    private Task<(LedgerEngine Engine, Storage.ILedgerStore Store)> StartAsync(int maxActivations = 100_000) =>
        _harness.StartAsync(EngineHarness.Options(o =>
        {
            o.IdleTimeout = IdleTimeout;
            o.MaxActivations = maxActivations;
            // Every tick the manual clock passes runs an upkeep pass: a minute apart rather than a second, moving
            // the clock by the idle timeout costs a few passes, not hundreds.
            o.UpkeepPeriod = TimeSpan.FromMinutes(1);
        }));

    [Fact]
    public async Task CollectIdleActivations_AfterTheIdleTimeout_DeactivatesAllAndTheNextCommandReloadsTheBook()
    {
        var (engine, store) = await StartAsync();
        var borrowers = await OpenWithOneDrawAsync(engine, 5);
        Assert.Equal(5, engine.GetStatus().Activations);

        _harness.Time.Advance(IdleTimeout + TimeSpan.FromMinutes(1));
        engine.CollectIdleActivations();

        var status = engine.GetStatus();
        Assert.Equal(0, status.Activations);
        Assert.Equal(5, status.Deactivated);
        await AssertIntactOnNextCommandAsync(engine, store, borrowers);
        Assert.Equal(10, engine.GetStatus().Activated);
    }

    [Fact]
    public async Task Maintenance_ActivationsIdlePastTheTimeout_DeactivatesThemUnasked()
    {
        var (engine, store) = await StartAsync();
        var borrowers = await OpenWithOneDrawAsync(engine, 5);

        _harness.Time.Advance(IdleTimeout + TimeSpan.FromMinutes(1));

        await LedgerReads.WaitUntilAsync(() => engine.GetStatus().Activations == 0, "idle activations are gone");
        await AssertIntactOnNextCommandAsync(engine, store, borrowers);
    }

    [Fact]
    public async Task CollectIdleActivations_BeforeTheIdleTimeout_KeepsEveryActivation()
    {
        var (engine, _) = await StartAsync();
        await OpenWithOneDrawAsync(engine, 5);

        _harness.Time.Advance(IdleTimeout - TimeSpan.FromMinutes(1));

        Assert.Equal(0, engine.CollectIdleActivations());
        Assert.Equal(5, engine.GetStatus().Activations);
    }

    [Fact]
    public async Task CollectIdleActivations_OneBorrowerUsedLately_KeepsOnlyThatOne()
    {
        var (engine, _) = await StartAsync();
        var borrowers = await OpenWithOneDrawAsync(engine, 5);
        _harness.Time.Advance(IdleTimeout - TimeSpan.FromMinutes(1));
        await engine.SubmitOkAsync(Draw(borrowers[2], "L1", 7, "late"));

        _harness.Time.Advance(TimeSpan.FromMinutes(2));
        engine.CollectIdleActivations();

        Assert.Equal(1, engine.GetStatus().Activations);
        var activated = engine.GetStatus().Activated;
        await engine.SubmitOkAsync(Draw(borrowers[2], "L1", 7, "later"));
        Assert.Equal(activated, engine.GetStatus().Activated);
    }

    [Fact]
    public async Task MaxActivations_HundredBorrowersTouched_StaysWithinTheCeilingAndEvictedBooksReloadIntact()
    {
        const int Ceiling = 10;
        var (engine, store) = await StartAsync(maxActivations: Ceiling);
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        var borrowers = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            borrowers.Add($"B{i:D3}");
            await engine.OpenBorrowerWithLineAsync(borrowers[^1]);
            await engine.SubmitOkAsync(Draw(borrowers[^1], "L1", DrawnFirst(borrowers[^1]), "first"));
            Assert.InRange(engine.GetStatus().Activations, 1, Ceiling);
        }

        var status = engine.GetStatus();
        Assert.Equal(100, status.Activated);
        Assert.Equal(100 - status.Activations, status.Deactivated);
        await AssertIntactOnNextCommandAsync(engine, store, borrowers);
        Assert.InRange(engine.GetStatus().Activations, 1, Ceiling);
    }

    [Fact]
    public async Task MaxActivations_BurstOfHundredNewBorrowersOver_ComesBackWithinTheCeiling()
    {
        const int Ceiling = 10;
        var (engine, recording) = await _harness.StartDecoratedAsync(s => new RecordingStore(s),
            EngineHarness.Options(o => o.MaxActivations = Ceiling));
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        var borrowers = Enumerable.Range(0, 100).Select(i => $"B{i:D3}").ToList();

        // A burst: a hundred new borrowers all activating at once (their loads held until all have started).
        // While it lasts every activation is busy and none can leave, which the ceiling allows ("approximate
        // under a burst"); once it is over they are all idle, and nothing should keep them past the ceiling.
        recording.HoldLoads();
        var sent = borrowers.Select(b => Task.Run(() => engine.SubmitAsync(OpenBorrower(b), EngineHarness.Ct)))
            .ToList();
        await LedgerReads.WaitUntilAsync(() => recording.LoadsWaiting == borrowers.Count, "every borrower loads");
        recording.ReleaseLoads();
        var outcomes = await Task.WhenAll(sent);

        Assert.All(outcomes, o => Assert.Equal(CommandOutcome.Accepted, o));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        while (engine.GetStatus().Activations > Ceiling && DateTime.UtcNow < deadline)
        {
            // Whatever upkeep the engine does between messages (its maintenance pass included) may evict.
            engine.CollectIdleActivations();
            await Task.Delay(1);
        }

        Assert.InRange(engine.GetStatus().Activations, 1, Ceiling);
    }

    [Fact]
    public async Task MaxActivations_CeilingReached_EvictsTheLeastRecentlyUsedFirst()
    {
        const int Ceiling = 10;
        var (engine, _) = await StartAsync(maxActivations: Ceiling);
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        for (var i = 0; i < Ceiling; i++)
        {
            await engine.SubmitOkAsync(OpenBorrower($"B{i}"));
            _harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        // B0 is used again, so B1 and B2 are now the least recently used; the eleventh activation evicts down to
        // 90 % of the ceiling, which takes exactly those two.
        await engine.SubmitOkAsync(SetBorrowerLimitOf("B0"));
        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        await engine.SubmitOkAsync(OpenBorrower("B10"));

        Assert.Equal(Ceiling - 1, engine.GetStatus().Activations);
        var activated = engine.GetStatus().Activated;
        foreach (var stillActive in new[] { "B0", "B3", "B9", "B10" })
        {
            await engine.SubmitAsync(OpenBorrower(stillActive), EngineHarness.Ct);
        }

        Assert.Equal(activated, engine.GetStatus().Activated);
        await engine.SubmitAsync(OpenBorrower("B1"), EngineHarness.Ct);
        Assert.Equal(activated + 1, engine.GetStatus().Activated);
    }

    private static SetBorrowerLimit SetBorrowerLimitOf(string borrower) =>
        SetBorrowerLimit(borrower, 5_000_000, $"limit-{borrower}");

    /// <summary>A first draw that differs between borrowers, so that books cannot be mixed up unnoticed.</summary>
    private static long DrawnFirst(string borrower) => 1_000 + (borrower.Sum(c => c) * 37 % 500);

    private static async Task<List<string>> OpenWithOneDrawAsync(LedgerEngine engine, int count)
    {
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        var borrowers = Enumerable.Range(0, count).Select(i => $"B{i}").ToList();
        foreach (var borrower in borrowers)
        {
            await engine.OpenBorrowerWithLineAsync(borrower);
            await engine.SubmitOkAsync(Draw(borrower, "L1", DrawnFirst(borrower), "first"));
        }

        return borrowers;
    }

    /// <summary>Each borrower takes a second draw on top of the first, answers a retry of the first from its
    /// recorded outcome without booking it again, and shows both in its book and journal.</summary>
    private static async Task AssertIntactOnNextCommandAsync(LedgerEngine engine, Storage.ILedgerStore store,
        List<string> borrowers)
    {
        foreach (var borrower in borrowers)
        {
            Assert.Equal(CommandOutcome.Accepted,
                await engine.SubmitAsync(Draw(borrower, "L1", DrawnFirst(borrower), "first"), EngineHarness.Ct));
            await engine.SubmitOkAsync(Draw(borrower, "L1", 50, "second"));

            var expected = DrawnFirst(borrower) + 50;
            Assert.Equal(expected, await engine.ReadBorrowerAsync(borrower,
                b => b.Lines["L1"].Balance.PrincipalMinor, EngineHarness.Ct));
            var book = await store.StoredBookAsync(borrower);
            Assert.Equal(expected, book.Lines["L1"].Balance.PrincipalMinor);
            Assert.Equal(expected, book.Borrower!.ExposureMinor);
            var journal = await store.JournalAsync(borrower);
            Assert.Equal([(1L, "first"), (2L, "second")],
                journal.Select(p => (p.EntrySeq, p.CommandId!)).Distinct());
        }
    }
}
