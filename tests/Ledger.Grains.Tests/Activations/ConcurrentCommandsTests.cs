using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using static Ledger.Testing.TestCommands;

namespace Ledger.Grains.Tests.Activations;

/// <summary>Commands sent to one borrower at once, from many callers and through its line grain, behave exactly as
/// if they had run one after another: every accepted draw is booked once, a draw is refused exactly when it would
/// cross the line's limit, and the journal numbers the entries without gap or repeat.</summary>
public sealed class ConcurrentCommandsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-concurrent-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Draw_TwoThousandAtOnceOnOneLine_BooksEveryAcceptedDrawOnceWithinTheLimit()
    {
        const int Draws = 2_000;
        const int Senders = 50;
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"));
        var amounts = SeededAmounts(Draws, seed: 7);
        var lineLimit = amounts.Sum() / 2;
        await cluster.Client.SubmitAllOkAsync(
            [SetBusinessDate(Day1), OpenBorrower("B1"), OpenLine("B1", "L1", limitMinor: lineLimit)]);
        var line = cluster.Client.GetGrain<ICreditLineGrain>(GrainKeys.Line("B1", "L1"));

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var senders = Enumerable.Range(0, Senders).Select(s => Task.Run(async () =>
        {
            await start.Task;
            var mine = Enumerable.Range(0, Draws).Where(i => i % Senders == s).ToList();
            var results = await Task.WhenAll(mine.Select(i => line.DrawAsync(
                new DrawCommand { Id = $"d{i}", Borrower = "B1", Line = "L1", Amount = amounts[i] })));
            return mine.Zip(results, (i, r) => (Index: i, Result: r));
        })).ToList();
        start.SetResult();
        var outcomes = (await Task.WhenAll(senders)).SelectMany(r => r).ToDictionary(r => r.Index, r => r.Result);

        Assert.All(outcomes.Values, r => Assert.Equal(CommandStatus.Decided, r.Status));
        var accepted = outcomes.Where(o => o.Value.IsAccepted).Select(o => o.Key).ToList();
        var rejected = outcomes.Where(o => !o.Value.IsAccepted).ToList();
        Assert.All(rejected, o => Assert.Equal(CommandOutcome.LineLimitExceeded.ToCode(), o.Value.Outcome));
        Assert.NotEmpty(accepted);
        Assert.NotEmpty(rejected);
        var principal = accepted.Sum(i => amounts[i]);
        await using var store = cluster.OpenStore();
        var book = await store.StoredBookAsync("B1");
        Assert.Equal((principal, principal), (book.Lines["L1"].Balance.PrincipalMinor, book.Borrower!.ExposureMinor));
        Assert.Equal(principal, (await line.GetAsync())!.Principal);
        // A draw is refused exactly when it would cross the limit: principal only grows, so a refused draw did not
        // fit even below the final principal, and the accepted ones all fit.
        Assert.True(principal <= lineLimit);
        Assert.All(rejected, o => Assert.True(principal + amounts[o.Key] > lineLimit, $"d{o.Key}"));

        var entries = (await store.JournalAsync("B1")).GroupBy(p => p.EntrySeq).OrderBy(g => g.Key).ToList();
        Assert.Equal(Enumerable.Range(1, accepted.Count).Select(i => (long)i), entries.Select(e => e.Key));
        Assert.Equal(accepted.Select(i => $"d{i}").Order(StringComparer.Ordinal),
            entries.Select(e => Assert.Single(e.Select(p => p.CommandId).Distinct())!).Order(StringComparer.Ordinal));
        var recorded = (await store.StoredOutcomesAsync("B1")).ToDictionary(r => r.CommandId);
        Assert.Equal(Draws + 2, recorded.Count);
        Assert.All(outcomes, o => Assert.Equal(o.Value.Outcome, recorded[$"d{o.Key}"].Outcome));
    }

#pragma warning disable CA5394 // A seeded generator for reproducible amounts, not for security.
    private static long[] SeededAmounts(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (long)random.Next(1, 100_000)).ToArray();
    }
#pragma warning restore CA5394
}
