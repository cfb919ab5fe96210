using System.Collections.Concurrent;
using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using Ledger.Testing;
using static Ledger.Testing.TestCommands;

namespace Ledger.Grains.Tests.BusinessDay;

/// <summary>End of day only steps the date, yet on Orleans too it is a barrier for every book: each command racing it
/// on three silos is booked wholly on the old date or wholly on the new one (its journal entry and its recorded
/// outcome agree), and each book closes the old day after its commands of that day and before those of the next,
/// whether its next command closes it or the silos' sweeps (woken by the end of day, writing under live grains) do.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EndOfDayRaceTests(PostgresFixture postgres)
{
    private const int Borrowers = 10;
    private const int SendersPerBorrower = 4;
    private const long RateMicros = 43_500;

    private static readonly DateOnly Day2 = Day1.AddDays(1);

    [Fact]
    public async Task EndOfDay_WhileDrawsKeepArrivingOnThreeSilos_EachDrawLandsWhollyBeforeOrWhollyAfterIt()
    {
        await using var cluster = await GrainCluster.StartPostgresAsync(await postgres.CreateDatabaseAsync());
        var borrowers = Enumerable.Range(0, Borrowers).Select(i => $"B{i}").ToList();
        await cluster.Client.SubmitOkAsync(SetBusinessDate(Day1));
        foreach (var borrower in borrowers)
        {
            await cluster.Client.SubmitOkAsync(OpenBorrower(borrower));
            await cluster.Client.SubmitOkAsync(OpenLine(borrower, "L1", rate: "0.0435"));
        }

        // Every silo's sweep, woken by the end of day, passes every millisecond while the draws arrive.
        var sweeps = Enumerable.Range(0, cluster.Silos.Count).Select(i => cluster.Sweep(i,
            new BookSweepOptions(Period: TimeSpan.FromMilliseconds(1), LiveIdle: TimeSpan.Zero))).ToList();
        foreach (var sweep in sweeps)
        {
            await sweep.StartAsync(CancellationToken.None);
        }

        List<Draw> draws;
        try
        {
            draws = await DrawAcrossEndOfDayAsync(cluster.Client, borrowers);
        }
        finally
        {
            foreach (var sweep in sweeps)
            {
                await sweep.StopAsync(CancellationToken.None);
                sweep.Dispose();
            }
        }

        await using var store = cluster.OpenStore();
        Assert.Equal(Day2, await store.GetBusinessDateAsync(CancellationToken.None));
        foreach (var borrower in borrowers)
        {
            await AssertBarrierHeldAsync(store, borrower, draws.Where(d => d.Borrower == borrower).ToList());
        }

        var journal = await store.WholeJournalAsync();
        var drawDates = journal.Where(p => p.Event == JournalEvents.Draw).Select(p => p.BusinessDate).ToHashSet();
        Assert.Equal([Day1, Day2], drawDates.Order());
        Assert.Equal(ReferenceSnapshot(borrowers, draws, journal), await cluster.SnapshotAsync());
    }

    /// <summary>The eager domain's snapshot for the draws in the order the journal booked them: day 1's, the end of
    /// day, day 2's.</summary>
    private static string ReferenceSnapshot(List<string> borrowers, List<Draw> draws, List<JournalPosting> journal)
    {
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
        return StoredBooks.ReferenceSnapshot(commands);
    }

    /// <summary>Senders draw through the line grains without pause; once 200 draws are booked, end of day is sent
    /// among them, and each sender goes on for a few draws after it finished. Returns every draw sent (all are
    /// accepted; a "try again" is sent again, as a client does).</summary>
    private static async Task<List<Draw>> DrawAcrossEndOfDayAsync(IClusterClient client, List<string> borrowers)
    {
        var endOfDayDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new ConcurrentBag<Draw>();
        var booked = 0;
        var senders = borrowers.SelectMany(b => Enumerable.Range(0, SendersPerBorrower).Select(s => Task.Run(async () =>
        {
            var line = client.GetGrain<ICreditLineGrain>(GrainKeys.Line(b, "L1"));
            for (int n = 0, after = 0; after < 3; n++)
            {
                after += endOfDayDone.Task.IsCompleted ? 1 : 0;
                var amount = 100_000 + (((n * 7919) + (s * 104_729)) % 900_000);
                var draw = Draw(b, "L1", amount, $"s{s}-{n}");
                sent.Add(draw);
                CommandResult result;
                var attempts = 0;
                do
                {
                    result = await line.DrawAsync(new DrawCommand { Id = draw.Id, Borrower = b, Line = "L1", Amount = amount });
                    Assert.True(++attempts <= 20, $"{b} {draw.Id}: 'try again' {attempts} times ({result.Outcome}).");
                }
                while (result.Status == CommandStatus.TryAgain);

                Assert.True(result.IsAccepted, $"{b} {draw.Id}: {result.Outcome}");
                Interlocked.Increment(ref booked);
            }
        }))).ToList();

        await Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref booked) >= 200), TimeSpan.FromSeconds(60),
            "200 draws are booked");
        await client.SubmitOkAsync(EndOfDay(Day1));
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
