using Ledger.Domain;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>End of day spans silos: the silo that receives it closes the partitions it owns, asks its peers
/// (<see cref="LedgerEngine.RemoteEndOfDay"/>, over HTTP in a real silo) to close theirs, waits until every
/// partition is recorded done and then moves the business date; a peer books its next command on the new date
/// once it has seen it.</summary>
public sealed class EndOfDayOwnershipTests : IAsyncLifetime
{
    private const string EndpointA = "http://silo-a.test";
    private const string EndpointB = "http://silo-b.test";
    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    [Fact]
    public async Task EndOfDay_TwoSilosEachOwningHalf_ClosesEveryPartitionAndThePeerBooksOnTheNewDate()
    {
        var (a, store) = await _harness.StartAsync(EngineHarness.Options(o => (o.SiloId, o.Endpoint) = ("silo-a", EndpointA)));
        var (b, _) = await _harness.StartAsync(EngineHarness.Options(o => (o.SiloId, o.Endpoint) = ("silo-b", EndpointB)));
        // Balance by hand (the clock stands still, so no upkeep runs by itself): A hands B its share, B takes it,
        // A reads the new owners.
        await a.UpkeepOnceAsync(EngineHarness.Ct);
        await b.UpkeepOnceAsync(EngineHarness.Ct);
        await a.UpkeepOnceAsync(EngineHarness.Ct);
        Assert.Equal((4, 4), (a.GetStatus().PartitionsOwned, b.GetStatus().PartitionsOwned));
        var asked = new List<string>();
        a.RemoteEndOfDay = async (endpoint, day, ct) =>
        {
            asked.Add(endpoint);
            await b.CloseDayForOwnedPartitionsAsync(day, ct);
        };
        var onA = BorrowerServedBy(a);
        var onB = BorrowerServedBy(b);
        await a.SubmitOkAsync(SetBusinessDate(Day1));
        await a.OpenBorrowerWithLineAsync(onA);
        await b.OpenBorrowerWithLineAsync(onB);
        // 36,000,000 at 1 % under ACT/360 bears exactly 1,000 a day.
        await a.SubmitOkAsync(Draw(onA, "L1", 36_000_000, "a1"));
        await b.SubmitOkAsync(Draw(onB, "L1", 36_000_000, "b1"));

        // Bounded: with a peer that never closes its share, end of day would wait for upkeeps that never come.
        var outcome = await a.SubmitAsync(EndOfDay(Day1), EngineHarness.Ct).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(CommandOutcome.Accepted, outcome);
        Assert.Equal([EndpointB], asked);
        Assert.Equal(Enumerable.Range(0, EngineHarness.PartitionCount),
            (await store.GetPartitionsDoneAsync(Day1, EngineHarness.Ct)).Order());
        Assert.Equal(Day2, await store.GetBusinessDateAsync(EngineHarness.Ct));
        // Each silo accrued its own half.
        Assert.Equal((4, 4), (a.EndOfDayProgress.PartitionsDone, b.EndOfDayProgress.PartitionsDone));
        foreach (var borrower in new[] { onA, onB })
        {
            var line = (await store.StoredBookAsync(borrower)).Lines["L1"].Balance;
            Assert.Equal((1_000L, Day1), (line.InterestMinor, line.AccruedThrough));
        }

        // Before B has seen the new date, a command there is either refused as retryable or booked on the new
        // date; never on the old one.
        try
        {
            await b.SubmitAsync(Draw(onB, "L1", 500, "b-early"), EngineHarness.Ct);
        }
        catch (RetryableLedgerException)
        {
            Assert.DoesNotContain(await store.JournalAsync(onB), p => p.CommandId == "b-early");
        }

        await b.UpkeepOnceAsync(EngineHarness.Ct);
        Assert.Equal((Day2, false), (b.GetStatus().BusinessDate, b.GetStatus().EndOfDayPending));
        await b.SubmitOkAsync(Draw(onB, "L1", 1_000, "b2"));

        var journal = await store.JournalAsync(onB);
        Assert.All(journal.Where(p => p.CommandId is "b2" or "b-early"), p => Assert.Equal(Day2, p.BusinessDate));
        Assert.Contains(journal, p => p.CommandId == "b2");
        Assert.Equal(Day2, (await store.StoredOutcomesAsync(onB)).Single(o => o.CommandId == "b2").BusinessDate);
    }

    private static string BorrowerServedBy(LedgerEngine engine) =>
        Enumerable.Range(0, 1_000).Select(i => $"B{i}").First(b => engine.Serves(engine.PartitionOf(b)));
}
