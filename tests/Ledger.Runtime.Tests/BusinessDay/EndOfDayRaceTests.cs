using System.Collections.Concurrent;
using Ledger.Domain;
using Ledger.Storage;
using Ledger.Runtime.Tests.Support;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>End of day only steps the date, yet it is still a barrier for every book: each command racing it is
/// booked wholly on the old date or wholly on the new one (its journal entry and its recorded outcome agree), and
/// each book closes the old day after its commands of that day and before those of the next, whether the book
/// closes it in its own next turn or the sweep (woken by the end of day) closes it through the book's
/// mailbox.</summary>
public sealed class EndOfDayRaceTests : IAsyncLifetime
{
    private const int Borrowers = 10;
    private const int SendersPerBorrower = 4;
    private const long RateMicros = 43_500;

    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    [Fact]
    public async Task EndOfDay_WhileDrawsKeepArriving_EachDrawLandsWhollyBeforeOrWhollyAfterIt()
    {
        // The sweep, woken by the end of day, goes on passing every millisecond while the draws arrive.
        var (engine, store) = await _harness.StartAsync(EngineHarness.Options(o =>
            o.SweepPeriod = TimeSpan.FromMilliseconds(1)));
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        var borrowers = Enumerable.Range(0, Borrowers).Select(i => $"B{i}").ToList();
        foreach (var borrower in borrowers)
        {
            await engine.SubmitOkAsync(OpenBorrower(borrower));
            await engine.SubmitOkAsync(OpenLine(borrower, "L1", rate: "0.0435"));
        }

        var draws = await DrawAcrossEndOfDayAsync(engine, borrowers);

        Assert.Equal(Day2, await store.GetBusinessDateAsync(EngineHarness.Ct));
        foreach (var borrower in borrowers)
        {
            await AssertBarrierHeldAsync(store, borrower, draws.Where(d => d.Borrower == borrower).ToList());
        }

        var journal = await store.WholeJournalAsync();
        var drawDates = journal.Where(p => p.Event == JournalEvents.Draw).Select(p => p.BusinessDate).ToHashSet();
        Assert.Equal([Day1, Day2], drawDates.Order());
        Assert.Equal(ReferenceSnapshot(borrowers, draws, journal), await engine.SnapshotAsync());
    }

    /// <summary>The eager domain's snapshot for the draws in the order the journal booked them: day 1's, the end of
    /// day, day 2's.</summary>
    private static string ReferenceSnapshot(List<string> borrowers, List<Draw> draws, List<JournalPosting> journal)
    {
        var reference = new InMemoryLedger();
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        commands.AddRange(borrowers.SelectMany(b =>
            new LedgerCommand[] { OpenBorrower(b), OpenLine(b, "L1", rate: "0.0435") }));
        var byBorrowerAndId = draws.ToDictionary(d => (d.Borrower, d.Id));
        var booked = journal.Where(p => p.Event == JournalEvents.Draw && p.Account == Accounts.LoanPrincipal)
            .OrderBy(p => p.BusinessDate).ThenBy(p => p.BorrowerId, StringComparer.Ordinal).ThenBy(p => p.EntrySeq)
            .ToList();
        IEnumerable<Draw> BookedOn(DateOnly day) =>
            booked.Where(p => p.BusinessDate == day).Select(p => byBorrowerAndId[(p.BorrowerId, p.CommandId!)]);
        commands.AddRange(BookedOn(Day1));
        commands.Add(EndOfDay(Day1));
        commands.AddRange(BookedOn(Day2));
        foreach (var command in commands)
        {
            Assert.Equal(CommandOutcome.Accepted, reference.Apply(command));
        }

        return reference.Snapshot();
    }

    [Fact]
    public async Task EndOfDay_ReadAbandonedByItsCallerStillLoading_NextCommandSeesTheAccruedBook()
    {
        // Idle collection is asked for by hand: no upkeep pass needs to run while the clock moves.
        var (engine, recording) = await _harness.StartDecoratedAsync(s => new RecordingStore(s),
            EngineHarness.Options(o => o.UpkeepPeriod = TimeSpan.FromHours(1)));
        var store = recording.Store;
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        await engine.OpenBorrowerWithLineAsync("B1");
        await engine.SubmitOkAsync(Draw("B1", "L1", 36_000_000, "d1"));
        _harness.Time.Advance(TimeSpan.FromMinutes(11));
        engine.CollectIdleActivations();
        Assert.Equal(0, engine.GetStatus().Activations);

        // A read activates B1 again; its load has read the store but is slow to come back, and its caller gives
        // up waiting. The read's turn is still queued when end of day starts.
        recording.HoldLoads(afterReading: true);
        using var giveUp = new CancellationTokenSource();
        var read = engine.ReadBorrowerAsync("B1", b => b.Lines["L1"].Balance.InterestMinor, giveUp.Token);
        await LedgerReads.WaitUntilAsync(() => recording.LoadsWaiting == 1, "the read's load has read the store");
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        await engine.SubmitOkAsync(EndOfDay(Day1));
        recording.ReleaseLoads();

        // 36,000,000 at 1 % under ACT/360 bears 1,000 a day: the whole debt is now 36,001,000.
        var repaid = await engine.SubmitAsync(Repay("B1", "L1", 36_001_000, "r1"), EngineHarness.Ct);

        Assert.Equal(CommandOutcome.Accepted, repaid);
        var line = (await store.StoredBookAsync("B1")).Lines["L1"].Balance;
        Assert.Equal((0L, 0L, 1_000L), (line.PrincipalMinor, line.InterestMinor, line.InterestAccruedMinor));
    }

    /// <summary>Senders draw without pause; once 200 draws are booked, end of day is sent among them, and each
    /// sender goes on for a few draws after it finished. Returns every draw sent (all are accepted).</summary>
    private static async Task<List<Draw>> DrawAcrossEndOfDayAsync(LedgerEngine engine, List<string> borrowers)
    {
        var endOfDayDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new ConcurrentBag<Draw>();
        var booked = 0;
        var senders = borrowers.SelectMany(b => Enumerable.Range(0, SendersPerBorrower).Select(s => Task.Run(async () =>
        {
            for (int n = 0, after = 0; after < 3; n++)
            {
                after += endOfDayDone.Task.IsCompleted ? 1 : 0;
                var draw = Draw(b, "L1", 100_000 + (((n * 7919) + (s * 104_729)) % 900_000), $"s{s}-{n}");
                sent.Add(draw);
                Assert.Equal(CommandOutcome.Accepted, await engine.SubmitAsync(draw, EngineHarness.Ct));
                Interlocked.Increment(ref booked);
            }
        }))).ToList();

        await LedgerReads.WaitUntilAsync(() => Volatile.Read(ref booked) >= 200, "200 draws are booked");
        await engine.SubmitOkAsync(EndOfDay(Day1));
        endOfDayDone.SetResult();
        await Task.WhenAll(senders);
        return [.. sent];
    }

    /// <summary>Every draw is booked on day 1 or day 2 (its journal entry and its recorded outcome agree), the
    /// day-1 accrual is exactly the domain's interest on what was drawn on day 1, and in the borrower's journal
    /// every day-1 draw comes before the accrual and every day-2 draw after it.</summary>
    private static async Task AssertBarrierHeldAsync(ILedgerStore store, string borrower, List<Draw> draws)
    {
        var journal = await store.JournalAsync(borrower);
        var outcomes = (await store.StoredOutcomesAsync(borrower)).ToDictionary(o => o.CommandId);
        var drawEntries = journal.Where(p => p.Event == JournalEvents.Draw && p.Account == Accounts.LoanPrincipal)
            .ToDictionary(p => p.CommandId!);
        Assert.Equal(draws.Count, drawEntries.Count);
        foreach (var draw in draws)
        {
            var entry = drawEntries[draw.Id];
            Assert.Equal(draw.AmountMinor, entry.AmountMinor);
            Assert.Contains(entry.BusinessDate, new[] { Day1, Day2 });
            Assert.Equal(entry.BusinessDate, outcomes[draw.Id].BusinessDate);
        }

        var drawnOnDay1 = drawEntries.Values.Where(p => p.BusinessDate == Day1).Sum(p => p.AmountMinor);
        var accrual = Assert.Single(journal,
            p => p.Event == JournalEvents.InterestAccrual && p.Account == Accounts.InterestReceivable);
        Assert.Equal(Day1, accrual.BusinessDate);
        Assert.Equal(Accrual.Interest(drawnOnDay1, RateMicros, DayCount.Act360, 0).PostedMinor, accrual.AmountMinor);
        Assert.All(drawEntries.Values, p => Assert.True(
            p.BusinessDate == Day1 ? p.EntrySeq < accrual.EntrySeq : p.EntrySeq > accrual.EntrySeq,
            $"{p.CommandId} (entry {p.EntrySeq}, {p.BusinessDate}) against the accrual (entry {accrual.EntrySeq})"));

        var line = (await store.StoredBookAsync(borrower)).Lines["L1"].Balance;
        Assert.Equal(draws.Sum(d => d.AmountMinor), line.PrincipalMinor);
        Assert.Equal(accrual.AmountMinor, line.InterestMinor);
        Assert.Equal(Day1, line.AccruedThrough);
    }
}
