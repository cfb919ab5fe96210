using Ledger.Domain;
using Ledger.Runtime.Grains;
using Ledger.Storage;
using Ledger.Storage.Books;
using Ledger.Runtime.Tests.Support;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>End of day over two silos sharing one store, each owning half the partitions: the silo that gets
/// <c>EndOfDay</c> only steps the date and tells its peer (<see cref="LedgerEngine.NotifyBusinessDateMoved"/>, over
/// HTTP in a real silo), which books its next command on the new date; each silo's sweep closes its own
/// partitions, and the ledger is recorded closed through the day only once both have. A silo that missed the
/// notice decides on the store's date as soon as a book shows it a closed day it believed open.</summary>
/// <remarks>Run once per store by the subclasses at the end of this file.</remarks>
public abstract class EndOfDayOwnershipTests : IAsyncLifetime
{
    private const string EndpointA = "http://silo-a.test";
    private const string EndpointB = "http://silo-b.test";
    private const int BorrowersPerSilo = 3;
    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private EngineHarness _harness = null!;

    private protected abstract Task<LedgerLocation> CreateLocationAsync();

    public async Task InitializeAsync() => _harness = new EngineHarness(await CreateLocationAsync());

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    /// <summary>Upkeep and sweep passes run only when the test calls them (the clock stands still, and the
    /// background sweep is off); activations leave as soon as idle collection is asked for.</summary>
    private static RuntimeOptions Options(string siloId, string endpoint) => EngineHarness.Options(o =>
    {
        (o.SiloId, o.Endpoint) = (siloId, endpoint);
        o.SweepEnabled = false;
        o.IdleTimeout = TimeSpan.Zero;
    });

    [Fact]
    public async Task EndOfDay_OnOneOfTwoSilos_ThePeerBooksOnTheNewDateAndTheDayIsClosedOnlyWhenBothHaveSwept()
    {
        var (a, b, store) = await StartTwoSilosAsync();
        var notified = new List<string>();
        a.NotifyBusinessDateMoved = (endpoint, ct) =>
        {
            notified.Add(endpoint);
            return b.BusinessDateMovedAsync(ct);
        };
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        var onA = BorrowersServedBy(a);
        var onB = BorrowersServedBy(b);
        await a.SubmitOkAsync(commands[0]);
        commands.AddRange(await OpenWithDrawAsync(a, onA));
        commands.AddRange(await OpenWithDrawAsync(b, onB));
        a.CollectIdleActivations();
        b.CollectIdleActivations();
        Assert.Equal([EndpointB], notified); // Setting the date is a date step too.
        notified.Clear();

        commands.Add(EndOfDay(Day1));
        await a.SubmitOkAsync(commands[^1]);

        Assert.Equal([EndpointB], notified);
        Assert.Equal(Day2, b.GetStatus().BusinessDate);
        // No retry: B decides on the new date at once (a command decided on day 1 would fail its commit).
        var onBNext = Draw(onB[0], "L1", 1_000, "b-next");
        commands.Add(onBNext);
        await b.SubmitOkAsync(onBNext);
        Assert.Equal(Day2, (await store.StoredOutcomesAsync(onB[0])).Single(o => o.CommandId == "b-next").BusinessDate);
        Assert.All((await store.JournalAsync(onB[0])).Where(p => p.CommandId == "b-next"),
            p => Assert.Equal(Day2, p.BusinessDate));

        // A sweeps its own half only: the day is not closed everywhere yet.
        Assert.Equal(BorrowersPerSilo, await a.SweepOnceAsync(EngineHarness.Ct));
        var afterA = await a.GetClosingStatusAsync(EngineHarness.Ct);
        Assert.Equal((BorrowersPerSilo + 1L, 2L * BorrowersPerSilo, (DateOnly?)null, (long)BorrowersPerSilo),
            (afterA.BooksClosed, afterA.Books, afterA.ClosedThrough, afterA.BooksClosedHere));
        foreach (var borrower in onB.Skip(1))
        {
            Assert.Equal(Day1.AddDays(-1), (await store.StoredBookAsync(borrower)).ClosedThrough);
        }

        // B sweeps the rest of its half (the book its command closed is not behind any more): now it is.
        Assert.Equal(BorrowersPerSilo - 1, await b.SweepOnceAsync(EngineHarness.Ct));
        var afterB = await b.GetClosingStatusAsync(EngineHarness.Ct);
        Assert.Equal((2L * BorrowersPerSilo, (DateOnly?)Day1, BorrowersPerSilo - 1L),
            (afterB.BooksClosed, afterB.ClosedThrough, afterB.BooksClosedHere));
        Assert.Equal(Day1, (await a.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough);
        Assert.Equal(Reference(commands).Snapshot(), await a.SnapshotAsync());
    }

    [Fact]
    public async Task SubmitAsync_SiloNotToldOfTheNewDateMeetsABookClosedThroughIt_DecidesOnTheStoresDate()
    {
        var (a, b, store) = await StartTwoSilosAsync();
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        var onB = BorrowersServedBy(b);
        await a.SubmitOkAsync(commands[0]);
        commands.AddRange(await OpenWithDrawAsync(b, onB));
        b.CollectIdleActivations();

        // Nobody tells B: it still believes day 1 is open. A book of B's closes day 1 (as another silo's sweep of
        // the partition would, arranged here through the store with B's own lease).
        commands.Add(EndOfDay(Day1));
        await a.SubmitOkAsync(commands[^1]);
        Assert.Equal(Day1, b.GetStatus().BusinessDate);
        var closed = onB[0];
        await CloseThroughTheStoreAsync(store, "silo-b", closed, Day2);

        var next = Draw(closed, "L1", 1_000, "b-next");
        commands.Add(next);
        await b.SubmitOkAsync(next);

        Assert.Equal(Day2, b.GetStatus().BusinessDate);
        Assert.Equal(Day2, (await store.StoredOutcomesAsync(closed)).Single(o => o.CommandId == "b-next").BusinessDate);
        var journal = await store.JournalAsync(closed);
        Assert.Single(journal.Where(p => p.Event == JournalEvents.InterestAccrual).Select(p => p.EntrySeq).Distinct());
        Assert.All(journal.Where(p => p.CommandId == "b-next"), p => Assert.Equal(Day2, p.BusinessDate));
        Assert.Equal(Reference(commands).Snapshot(), await a.SnapshotAsync());
    }

    /// <summary>Starts silo A, then silo B, and balances by hand (the clock stands still, so no upkeep runs by
    /// itself): A hands B its share, B takes it, A reads the new owners.</summary>
    private async Task<(LedgerEngine A, LedgerEngine B, ILedgerStore Store)> StartTwoSilosAsync()
    {
        var (a, store) = await _harness.StartAsync(Options("silo-a", EndpointA));
        var (b, _) = await _harness.StartAsync(Options("silo-b", EndpointB));
        await a.UpkeepOnceAsync(EngineHarness.Ct);
        await b.UpkeepOnceAsync(EngineHarness.Ct);
        await a.UpkeepOnceAsync(EngineHarness.Ct);
        var half = EngineHarness.PartitionCount / 2;
        Assert.Equal((half, half), (a.GetStatus().PartitionsOwned, b.GetStatus().PartitionsOwned));
        return (a, b, store);
    }

    private static List<string> BorrowersServedBy(LedgerEngine engine) =>
        [.. Enumerable.Range(0, 1_000).Select(i => $"B{i:D3}").Where(b => engine.Serves(engine.PartitionOf(b)))
            .Take(BorrowersPerSilo)];

    /// <summary>Opens each borrower with a line and draws on it (36,000,000 at 1 % bears 1,000 a day).</summary>
    private static async Task<List<LedgerCommand>> OpenWithDrawAsync(LedgerEngine engine, List<string> borrowers)
    {
        var commands = new List<LedgerCommand>();
        foreach (var borrower in borrowers)
        {
            commands.AddRange([OpenBorrower(borrower), OpenLine(borrower, "L1"),
                Draw(borrower, "L1", 36_000_000, $"d-{borrower}")]);
        }

        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        return commands;
    }

    /// <summary>Closes a book's days before <paramref name="today"/> from its rows and writes it through the store,
    /// as a sweep of <paramref name="siloId"/> would.</summary>
    private static async Task CloseThroughTheStoreAsync(ILedgerStore store, string siloId, string borrower,
        DateOnly today)
    {
        var record = await store.LoadBorrowerAsync(borrower, EngineHarness.Ct);
        var versions = new Dictionary<(EntityKind Kind, string Id), long>();
        var book = GrainStateLoader.Restore(borrower, record.Grains, [], versions);
        Assert.Equal(1, book.CloseDaysBefore(today));
        var partition = record.Grains[0].PartitionId;
        var expected = versions[(EntityKind.Borrower, string.Empty)];
        var changes = book.DrainChanges();
        var writes = new List<GrainWrite>();
        GrainStateLoader.AddWrites(book, changes, partition, versions, writes);
        var postings = new List<JournalPosting>();
        GrainStateLoader.AddPostings(changes.Journal, partition, postings);
        var lease = (await store.GetPartitionsAsync(EngineHarness.Ct)).Single(p => p.PartitionId == partition);
        Assert.Equal(siloId, lease.Owner);

        var written = await store.CommitClosedBooksAsync(siloId, partition,
            [new ClosedBook(borrower, expected, writes, postings)], EngineHarness.Ct);

        Assert.Equal([borrower], written);
    }

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

public sealed class SqliteEndOfDayOwnershipTests : EndOfDayOwnershipTests
{
    private protected override Task<LedgerLocation> CreateLocationAsync() => Task.FromResult(LedgerLocation.Sqlite());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresEndOfDayOwnershipTests(PostgresFixture postgres) : EndOfDayOwnershipTests
{
    private protected override async Task<LedgerLocation> CreateLocationAsync() =>
        LedgerLocation.Postgres(await postgres.CreateDatabaseAsync());
}
