using Ledger.Domain;
using Ledger.Storage;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.Activations;

/// <summary>One message at a time per activation, one activation per borrower: concurrent commands on one
/// borrower behave exactly as if they had run one after another.</summary>
public sealed class TurnTests : IAsyncLifetime
{
    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    [Fact]
    public async Task SubmitAsync_TwoThousandConcurrentDrawsOnOneLine_BookEveryAcceptedDrawOnceWithinTheLimit()
    {
        const int Draws = 2_000;
        const int Senders = 50;
        var (engine, store) = await _harness.StartAsync();
        var amounts = SeededAmounts(Draws, seed: 7);
        var lineLimit = amounts.Sum() / 2;
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        await engine.OpenBorrowerWithLineAsync("B1", lineLimit);
        var draws = Enumerable.Range(0, Draws).Select(i => Draw("B1", "L1", amounts[i], $"d{i}")).ToList();

        var outcomes = await SubmitFromManySendersAsync(engine, draws, Senders);

        var accepted = draws.Where(d => outcomes[d.Id] == CommandOutcome.Accepted).ToList();
        var rejected = draws.Where(d => outcomes[d.Id] != CommandOutcome.Accepted).ToList();
        Assert.All(rejected, d => Assert.Equal(CommandOutcome.LineLimitExceeded, outcomes[d.Id]));
        Assert.NotEmpty(accepted);
        Assert.NotEmpty(rejected);
        var principal = accepted.Sum(d => d.AmountMinor);
        var book = await store.StoredBookAsync("B1");
        Assert.Equal(principal, book.Lines["L1"].Balance.PrincipalMinor);
        Assert.Equal(principal, book.Borrower!.ExposureMinor);
        Assert.Equal(principal, await engine.ReadBorrowerAsync("B1", b => b.Lines["L1"].Balance.PrincipalMinor,
            EngineHarness.Ct));
        // A draw is refused exactly when it would cross the limit: principal only grows, so a refused draw did
        // not fit even below the final principal, and the accepted ones all fit.
        Assert.True(principal <= lineLimit);
        Assert.All(rejected, d => Assert.True(principal + d.AmountMinor > lineLimit, d.Id));

        var journal = await store.JournalAsync("B1");
        AssertOneEntryPerAcceptedDraw(journal, accepted);
        var recorded = await store.StoredOutcomesAsync("B1");
        Assert.Equal(Draws + 2, recorded.Count);
        var recordedById = recorded.ToDictionary(r => r.CommandId);
        Assert.All(draws, d => Assert.Equal(outcomes[d.Id].ToCode(), recordedById[d.Id].Outcome));
    }

    [Fact]
    public async Task SubmitAsync_ConcurrentDrawsOnSeveralBorrowers_LoadEachBorrowerOnceAndNeverOverlapItsStoreCalls()
    {
        const int Borrowers = 8;
        const int DrawsEach = 250;
        var (engine, recording) = await _harness.StartDecoratedAsync(s => new RecordingStore(s));
        var store = recording.Store;
        var borrowers = Enumerable.Range(0, Borrowers).Select(i => $"B{i}").ToList();
        await engine.SubmitOkAsync(SetBusinessDate(Day1));
        foreach (var borrower in borrowers)
        {
            await engine.OpenBorrowerWithLineAsync(borrower);
        }

        // Start from cold activations, and keep the first load of each borrower waiting until every draw was
        // sent, so that all of them arrive while the borrower is still being activated.
        _harness.Time.Advance(TimeSpan.FromMinutes(11));
        engine.CollectIdleActivations();
        Assert.Equal(0, engine.GetStatus().Activations);
        var activatedBefore = engine.GetStatus().Activated;
        recording.HoldLoads();
        var draws = borrowers
            .SelectMany(b => Enumerable.Range(0, DrawsEach).Select(i => Draw(b, "L1", 100 + i, $"d{i}")))
            .ToList();
        var senders = draws.Chunk(25).Select(chunk => Task.Run(() =>
            chunk.Select(d => (d, engine.SubmitAsync(d, EngineHarness.Ct))).ToList())).ToList();
        var sent = (await Task.WhenAll(senders)).SelectMany(s => s).ToList();
        await LedgerReads.WaitUntilAsync(() => recording.LoadsWaiting == Borrowers, "every borrower is loading");

        // The opening commands loaded each borrower once; the draws, all queued behind one load, once more.
        Assert.All(borrowers, b => Assert.Equal(2, recording.LoadsOf(b)));
        recording.ReleaseLoads();
        var outcomes = await Task.WhenAll(sent.Select(s => s.Item2));

        Assert.All(outcomes, o => Assert.Equal(CommandOutcome.Accepted, o));
        Assert.Equal(1, recording.MaxInFlightPerBorrower);
        Assert.Equal(activatedBefore + Borrowers, engine.GetStatus().Activated);
        Assert.All(borrowers, b => Assert.Equal(2, recording.LoadsOf(b)));
        var drawnEach = Enumerable.Range(0, DrawsEach).Sum(i => 100L + i);
        foreach (var borrower in borrowers)
        {
            var book = await store.StoredBookAsync(borrower);
            Assert.Equal(drawnEach, book.Lines["L1"].Balance.PrincipalMinor);
            AssertOneEntryPerAcceptedDraw(await store.JournalAsync(borrower),
                draws.Where(d => d.Borrower == borrower).ToList());
        }
    }

    /// <summary>Sends every command from one of <paramref name="senders"/> tasks that all start together, each
    /// keeping all of its commands in flight at once.</summary>
    private static async Task<Dictionary<string, CommandOutcome>> SubmitFromManySendersAsync(LedgerEngine engine,
        IReadOnlyList<Draw> draws, int senders)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, senders).Select(s => Task.Run(async () =>
        {
            await start.Task;
            var mine = draws.Where((_, i) => i % senders == s).ToList();
            var outcomes = await Task.WhenAll(mine.Select(d => engine.SubmitAsync(d, EngineHarness.Ct)));
            return mine.Zip(outcomes, (d, o) => KeyValuePair.Create(d.Id, o));
        })).ToList();
        start.SetResult();
        return (await Task.WhenAll(tasks)).SelectMany(t => t).ToDictionary();
    }

    /// <summary>The journal holds entries 1..N, N the accepted draws, each a two-posting draw entry of one
    /// accepted draw, with its amount, and every accepted draw appears once.</summary>
    private static void AssertOneEntryPerAcceptedDraw(IReadOnlyList<JournalPosting> journal, List<Draw> accepted)
    {
        var entries = journal.GroupBy(p => p.EntrySeq).OrderBy(g => g.Key).ToList();
        Assert.Equal(Enumerable.Range(1, accepted.Count).Select(i => (long)i), entries.Select(e => e.Key));
        var byId = accepted.ToDictionary(d => d.Id);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var postings = entry.OrderBy(p => p.PostingNo).ToList();
            Assert.Equal([1, 2], postings.Select(p => p.PostingNo));
            var commandId = Assert.Single(postings.Select(p => p.CommandId).Distinct());
            Assert.True(byId.TryGetValue(commandId!, out var draw), $"entry {entry.Key} is of {commandId}");
            Assert.True(seen.Add(commandId!), $"{commandId} booked twice");
            Assert.Equal(
                [(Accounts.LoanPrincipal, draw.AmountMinor), (Accounts.DisbursementClearing, -draw.AmountMinor)],
                postings.Select(p => (p.Account, p.AmountMinor)));
        }

        Assert.Equal(accepted.Count, seen.Count);
    }

#pragma warning disable CA5394 // A seeded generator for reproducible amounts, not for security.
    private static long[] SeededAmounts(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (long)random.Next(1, 100_000)).ToArray();
    }
#pragma warning restore CA5394
}
