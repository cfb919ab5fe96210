using Ledger.Domain;
using Ledger.Storage;
using Ledger.Runtime.Tests.Support;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>A sweep that dies part-way (some chunks of books committed, the rest not) is finished by the next pass,
/// of the same silo or of the silo that takes its partitions over, with every book closed exactly once: no line
/// accrued twice or skipped, no tranche released twice, and the ledger recorded closed through the day only at
/// the end.</summary>
/// <remarks>Run once per store by the subclasses at the end of this file.</remarks>
public abstract class SweepResumeTests : IAsyncLifetime
{
    private const int Borrowers = 40;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(5);

    private EngineHarness _harness = null!;

    private protected abstract Task<LedgerLocation> CreateLocationAsync();

    public async Task InitializeAsync() => _harness = new EngineHarness(await CreateLocationAsync());

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    /// <summary>Sweep passes run only when the test calls them, one chunk of three books at a time, so that a failure
    /// falls between two chunks; activations leave as soon as idle collection is asked for.</summary>
    private static RuntimeOptions Options(string siloId = "silo-1") => EngineHarness.Options(o =>
    {
        (o.SiloId, o.Endpoint) = (siloId, $"http://{siloId}.test");
        o.SweepEnabled = false;
        o.SweepWorkers = 1;
        o.SweepBooksPerCommit = 3;
        o.IdleTimeout = TimeSpan.Zero;
        o.LeaseDuration = Lease;
        o.UpkeepPeriod = TimeSpan.FromHours(1);
    });

    [Fact]
    public async Task SweepOnceAsync_ChunkCommitFailsAfterTheFirst_TheNextPassClosesEveryOtherBookOnce()
    {
        var (engine, faulty) = await StartInterruptedAsync();
        var closedBefore = faulty.SweepBooksWritten;

        faulty.HealSweepCommits();
        var closed = await engine.SweepOnceAsync(EngineHarness.Ct);

        Assert.Equal(Borrowers - closedBefore, closed);
        Assert.Equal(Borrowers, faulty.SweepBooksWritten);
        await AssertClosedOnceAsync(engine, faulty.Inner);
    }

    [Fact]
    public async Task SweepOnceAsync_SiloKilledAfterTheFirstChunk_TheSiloTakingItsPartitionsOverFinishes()
    {
        var (engine, faulty) = await StartInterruptedAsync();
        var closedBefore = faulty.SweepBooksWritten;
        await EngineHarness.StopAsync(engine, faulty.Store);

        // The killed silo's leases run out; the other silo takes every partition at a new epoch and sweeps.
        _harness.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var (taker, store) = await _harness.StartAsync(Options("silo-2"));
        Assert.Equal(EngineHarness.PartitionCount, taker.GetStatus().PartitionsOwned);
        var closed = await taker.SweepOnceAsync(EngineHarness.Ct);

        Assert.Equal(Borrowers - closedBefore, closed);
        Assert.Equal(Borrowers - closedBefore, taker.Closing.BooksClosedHere);
        await AssertClosedOnceAsync(taker, store);
    }

    /// <summary>Books the day, ends it, lets every activation leave (so the sweep closes every book from its rows),
    /// and runs a pass whose second chunk commit fails.</summary>
    private async Task<(LedgerEngine Engine, FaultyStore Faulty)> StartInterruptedAsync()
    {
        var (engine, faulty) = await _harness.StartDecoratedAsync(s => new FaultyStore(s), Options());
        foreach (var command in Day1Commands())
        {
            await engine.SubmitOkAsync(command);
        }

        await engine.SubmitOkAsync(EndOfDay(Day1));
        engine.CollectIdleActivations();
        Assert.Equal(0, engine.GetStatus().Activations);

        faulty.FailSweepCommitsAfter(1);
        await Assert.ThrowsAsync<IOException>(() => engine.SweepOnceAsync(EngineHarness.Ct));

        Assert.Equal((1, 1), (faulty.SweepCommits, faulty.Failures));
        Assert.InRange(faulty.SweepBooksWritten, 1, 3);
        var progress = await faulty.Inner.GetClosingProgressAsync(Day1, EngineHarness.Ct);
        Assert.Equal((faulty.SweepBooksWritten, (long)Borrowers), (progress.BooksClosed, progress.Books));
        Assert.Null((await faulty.Inner.GetLedgerStateAsync(EngineHarness.Ct)).ClosedThrough);
        return (engine, faulty);
    }

    /// <summary>Every line has exactly one interest accrual entry for day 1 and every tranche due on day 2 one
    /// release entry, the ledger is recorded closed through day 1, and the snapshot is the eager domain's.</summary>
    private static async Task AssertClosedOnceAsync(LedgerEngine engine, ILedgerStore store)
    {
        Assert.Equal(Day1, (await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough);
        Assert.Equal(Day1, (await store.GetLedgerStateAsync(EngineHarness.Ct)).ClosedThrough);
        var journal = await store.WholeJournalAsync();
        var accruals = journal
            .Where(p => p.Event == JournalEvents.InterestAccrual && p.EntityKind == GrainKind.Line)
            .GroupBy(p => p.BorrowerId)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.EntityId, p.EntrySeq, p.BusinessDate)).Distinct().ToList());
        Assert.Equal(Borrowers, accruals.Count);
        Assert.All(accruals.Values, entries => Assert.Equal("L1", Assert.Single(entries).EntityId));
        Assert.All(accruals.Values, entries => Assert.Equal(Day1, Assert.Single(entries).BusinessDate));
        var releases = journal.Where(p => p.Event == JournalEvents.Release)
            .Select(p => (p.BorrowerId, p.EntrySeq)).Distinct().ToList();
        Assert.Equal(Enumerable.Range(0, Borrowers).Count(HasOrder), releases.Count);
        Assert.Equal(releases.Count, releases.Select(r => r.BorrowerId).Distinct().Count());

        var reference = new InMemoryLedger();
        foreach (var command in Day1Commands().Append(EndOfDay(Day1)))
        {
            reference.Apply(command);
        }

        Assert.Equal(reference.Snapshot(), await engine.SnapshotAsync());
    }

    private static bool HasOrder(int i) => i % 4 == 0;

    /// <summary>Borrowers spread over every partition, each with a line drawn at its own rate; every fourth also
    /// has an order with a tranche that closing day 1 releases and one for the day after.</summary>
    private static List<LedgerCommand> Day1Commands()
    {
        var commands = new List<LedgerCommand> { SetBusinessDate(Day1) };
        for (var i = 0; i < Borrowers; i++)
        {
            var borrower = $"B{i:D3}";
            commands.Add(OpenBorrower(borrower, limitMinor: 1_000_000_000));
            commands.Add(OpenLine(borrower, "L1", limitMinor: 500_000_000, rate: $"0.{30 + (i % 40):D2}5"));
            commands.Add(Draw(borrower, "L1", 1_000_000 + (i * 12_345), $"draw-{borrower}"));
            if (HasOrder(i))
            {
                commands.Add(OpenOrder(borrower, "O1", $"S{i % 5}",
                    [(2_000_000 + i, Day1.AddDays(1)), (3_000_000 + i, Day1.AddDays(2))], rate: "0.0435"));
            }
        }

        return commands;
    }
}

public sealed class SqliteSweepResumeTests : SweepResumeTests
{
    private protected override Task<LedgerLocation> CreateLocationAsync() => Task.FromResult(LedgerLocation.Sqlite());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSweepResumeTests(PostgresFixture postgres) : SweepResumeTests
{
    private protected override async Task<LedgerLocation> CreateLocationAsync() =>
        LedgerLocation.Postgres(await postgres.CreateDatabaseAsync());
}
