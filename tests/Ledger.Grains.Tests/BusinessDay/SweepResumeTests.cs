using Ledger.Domain;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using Ledger.Testing;
using Ledger.Testing.Stores;
using static Ledger.Testing.TestCommands;

namespace Ledger.Grains.Tests.BusinessDay;

/// <summary>A sweep that dies part-way (some chunks of books committed, the rest not) is finished by the next pass,
/// of the same silo or of another silo, with every book closed exactly once: no line accrued twice or skipped, no
/// tranche released twice, and the ledger recorded closed through the day only at the end.</summary>
public abstract class SweepResumeTests
{
    private const int Borrowers = 40;

    /// <summary>One chunk of three books at a time, one partition at a time in the whole cluster, so that a failure
    /// falls between two chunks; books are closed whether or not their grain is live.</summary>
    private static readonly BookSweepOptions Options =
        new(Enabled: false, Workers: 1, BooksPerCommit: 3, LiveIdle: TimeSpan.Zero);

    private protected abstract Task<GrainCluster> StartAsync(Func<ILedgerStore, ILedgerStore> decorate);

    /// <summary>Books the day, ends it, lets every grain go (so the sweep closes every book from its rows), and runs
    /// a pass whose second chunk commit fails (on whichever silo holds the first partition swept); the pass stops
    /// there. Returns the books closed before the failure.</summary>
    private async Task<(GrainCluster Cluster, List<FaultyStore> Faulty, int ClosedBefore)> StartInterruptedAsync()
    {
        var faulty = new List<FaultyStore>();
        var cluster = await StartAsync(s =>
        {
            var decorator = new FaultyStore(s);
            lock (faulty)
            {
                faulty.Add(decorator);
            }

            return decorator.Store;
        });
        await cluster.Client.SubmitAllOkAsync(Day1Commands().Append(EndOfDay(Day1)));
        await cluster.CollectIdleGrainsAsync();
        // The silos' stores are made when a silo first needs one: the first command made them all.
        faulty.ForEach(f => f.FailSweepCommitsAfter(1));
        using var dying = cluster.Sweep(0, Options);
        await Assert.ThrowsAsync<IOException>(() => dying.SweepOnceAsync(CancellationToken.None));

        // Each silo's store lets one chunk commit through: one failure, after one chunk per silo at most.
        Assert.Equal(1, faulty.Sum(f => f.Failures));
        Assert.InRange(faulty.Sum(f => f.SweepCommits), 1, faulty.Count);
        var written = faulty.Sum(f => f.SweepBooksWritten);
        Assert.InRange(written, 1, 3 * faulty.Count);
        await using var store = cluster.OpenStore();
        var progress = await store.GetClosingProgressAsync(Day1, CancellationToken.None);
        Assert.Equal((written, (long)Borrowers), (progress.BooksClosed, progress.Books));
        Assert.Null((await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough);
        return (cluster, faulty, written);
    }

    [Fact]
    public async Task SweepOnceAsync_ChunkCommitFailsAfterTheFirst_TheNextPassClosesEveryOtherBookOnce()
    {
        var (cluster, faulty, closedBefore) = await StartInterruptedAsync();
        await using var _ = cluster;
        faulty.ForEach(f => f.HealSweepCommits());
        using var next = cluster.Sweep(0, Options);

        var closed = await next.SweepOnceAsync(CancellationToken.None);

        Assert.Equal(Borrowers - closedBefore, closed);
        await AssertClosedOnceAsync(cluster);
    }

    [Fact]
    public async Task SweepOnceAsync_SiloSweepingLeavesAfterTheFirstChunk_TheOtherSiloFinishes()
    {
        var (cluster, faulty, closedBefore) = await StartInterruptedAsync();
        await using var _ = cluster;
        faulty.ForEach(f => f.HealSweepCommits());
        // The silo whose work item failed leaves the cluster: every partition's work item (and book) moves to the
        // other. The embedded store has one silo: there the other sweep is a new one of that silo, on a healed store.
        if (cluster.Silos.Count > 1)
        {
            var failedOn = cluster.Silos.ToList().FindIndex(s => faulty.Single(f => ReferenceEquals(f.Store, s.Store)).Failures > 0);
            await cluster.StopSiloAsync(failedOn);
        }

        using var taker = cluster.Sweep(0, Options);
        var closedHereBefore = cluster.Silos[0].SweptHere(Day1);

        var closed = await taker.SweepOnceAsync(CancellationToken.None);

        Assert.Equal(Borrowers - closedBefore, closed);
        // Every work item now runs on the one silo left, which closed all the rest.
        Assert.Equal(closedHereBefore + Borrowers - closedBefore, taker.Progress.BooksClosedHere);
        await AssertClosedOnceAsync(cluster);
    }

    /// <summary>Every line has exactly one interest accrual entry for day 1 and every tranche due on day 2 one
    /// release entry, the ledger is recorded closed through day 1, and the snapshot is the eager domain's.</summary>
    private static async Task AssertClosedOnceAsync(GrainCluster cluster)
    {
        await using var store = cluster.OpenStore();
        Assert.Equal(Day1, (await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough);
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
        Assert.Equal(StoredBooks.ReferenceSnapshot(Day1Commands().Append(EndOfDay(Day1))),
            await cluster.SnapshotAsync());
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

public sealed class SqliteSweepResumeTests : SweepResumeTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-sweep-resume-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private protected override Task<GrainCluster> StartAsync(Func<ILedgerStore, ILedgerStore> decorate) =>
        GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"), decorate);
}

/// <summary>Two silos on PostgreSQL: the second silo's sweep finishes what the first one's left.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSweepResumeTests(PostgresFixture postgres) : SweepResumeTests
{
    private protected override async Task<GrainCluster> StartAsync(Func<ILedgerStore, ILedgerStore> decorate) =>
        await GrainCluster.StartPostgresAsync(await postgres.CreateDatabaseAsync(), silos: 2, decorate);
}
