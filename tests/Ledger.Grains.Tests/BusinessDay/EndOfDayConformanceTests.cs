using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using Ledger.Testing;

namespace Ledger.Grains.Tests.BusinessDay;

/// <summary>Who closes the books' days after an end of day in a conformance replay on Orleans.</summary>
public enum BookClosing
{
    /// <summary>Only each book's next command (no sweep at all): books nobody touches again stay behind, and the
    /// snapshot closes them in memory. Every grain is collected at each end of day, so books load with days
    /// missing.</summary>
    ByTurns = 1,

    /// <summary>Only the sweep: after each end of day it runs until the ledger is closed through the day, before the
    /// next record is sent, so no command ever finds a day to close. Grains stay live, so the sweep writes books under
    /// live grains, whose next commands fail their version proof, reload and decide again.</summary>
    BySweep = 2,

    /// <summary>Both at once: every silo's background sweep passes every few milliseconds, a few books a chunk, while
    /// commands keep flowing. Every grain is collected at each end of day, so the sweep closes books from their rows
    /// while the next commands activate them again.</summary>
    Racing = 3,
}

/// <summary>The conformance streams through the grains, with the books' days closed lazily by their next commands,
/// by the sweep alone, or by both racing, give exactly the conformance files (which the eager domain gives, every
/// book closing the day at the end of day itself): every outcome, and the snapshot byte for byte.</summary>
public sealed class EndOfDayConformanceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-grains-eod-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Every stream but seed-ccb-quickloan (181 end of days of single-borrower traffic, nothing mixed-small
    /// lacks) all three ways; mixed-small only racing, which goes through every path of the other two.</summary>
    public static TheoryData<string, BookClosing> Streams
    {
        get
        {
            var data = Combine(["edge-rounding", "seed-ccb-deferral", "seed-jd-broiler", "strict-fields"]);
            data.Add("mixed-small", BookClosing.Racing);
            return data;
        }
    }

    internal static TheoryData<string, BookClosing> Combine(IEnumerable<string> names)
    {
        var data = new TheoryData<string, BookClosing>();
        foreach (var name in names)
        {
            foreach (var closing in Enum.GetValues<BookClosing>())
            {
                data.Add(name, closing);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Replay_ConformanceStreamOnSqlite_MatchesOutcomesAndSnapshot(string name, BookClosing closing)
    {
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, $"{name}.db"));

        await AssertMatchesConformanceFilesAsync(cluster, name, closing);
    }

    internal static async Task AssertMatchesConformanceFilesAsync(GrainCluster cluster, string name,
        BookClosing closing)
    {
        var sweepOptions = new BookSweepOptions(Enabled: closing == BookClosing.Racing, BooksPerCommit: 4,
            Period: TimeSpan.FromMilliseconds(2), LiveIdle: TimeSpan.Zero);
        var sweeps = Enumerable.Range(0, cluster.Silos.Count).Select(i => cluster.Sweep(i, sweepOptions)).ToList();
        if (closing == BookClosing.Racing)
        {
            foreach (var sweep in sweeps)
            {
                await sweep.StartAsync(CancellationToken.None);
            }
        }

        await using var store = cluster.OpenStore();
        try
        {
            DateOnly? lastClosed = null;
            var outcomes = await GrainReplay.ReplayAsync(cluster.Client, name, ReplayPath.Records,
                async (command, result) =>
                {
                    // A retried end of day is answered from its record and moves nothing.
                    if (command is EndOfDay endOfDay && result.IsAccepted
                        && (lastClosed is null || endOfDay.Date > lastClosed))
                    {
                        lastClosed = endOfDay.Date;
                        if (closing == BookClosing.BySweep)
                        {
                            await SweepUntilClosedAsync(sweeps[0], store, endOfDay.Date);
                        }
                        else
                        {
                            await cluster.CollectIdleGrainsAsync();
                        }
                    }
                });

            StreamFiles.AssertSameBytes($"{name}.outcomes.jsonl", outcomes);
            switch (closing)
            {
                case BookClosing.ByTurns:
                    // Nothing but commands closed any book: the ledger never recorded a day closed everywhere.
                    Assert.Null((await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough);
                    break;
                case BookClosing.Racing when lastClosed is { } day:
                    // The background sweeps also finish what the commands left.
                    await Poll.UntilAsync(
                        async () => (await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough == day,
                        TimeSpan.FromSeconds(60), $"the sweep records the ledger closed through {day}");
                    break;
            }

            StreamFiles.AssertSameBytes($"{name}.snapshot.json", await cluster.SnapshotAsync());
        }
        finally
        {
            foreach (var sweep in sweeps)
            {
                if (closing == BookClosing.Racing)
                {
                    await sweep.StopAsync(CancellationToken.None);
                }

                sweep.Dispose();
            }
        }
    }

    /// <summary>Runs sweep passes until the ledger records <paramref name="day"/> closed everywhere; the first pass
    /// closes every book that was behind, and afterwards none is.</summary>
    private static async Task SweepUntilClosedAsync(BookSweep sweep, ILedgerStore store, DateOnly day)
    {
        var before = await store.GetClosingProgressAsync(day, CancellationToken.None);
        Assert.Equal(0, before.BooksClosed);
        var closed = await sweep.SweepOnceAsync(CancellationToken.None);
        Assert.Equal(before.Books, closed);
        for (var pass = 1; (await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough != day; pass++)
        {
            Assert.True(pass < 3, $"The ledger is not recorded closed through {day} after {pass} sweep passes.");
            await sweep.SweepOnceAsync(CancellationToken.None);
        }

        var after = await store.GetClosingProgressAsync(day, CancellationToken.None);
        Assert.Equal(before.Books, after.Books);
        Assert.Equal(after.Books, after.BooksClosed);
    }
}

/// <summary>The same on a 3-silo cluster on PostgreSQL, one fresh database per stream: the small streams all three
/// ways, mixed-small racing (every silo's sweep at once).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEndOfDayConformanceTests(PostgresFixture postgres)
{
    public static TheoryData<string, BookClosing> Streams
    {
        get
        {
            var data = EndOfDayConformanceTests.Combine(["edge-rounding", "seed-jd-broiler"]);
            data.Add("mixed-small", BookClosing.Racing);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Replay_ConformanceStreamOnThreeSilos_MatchesOutcomesAndSnapshot(string name,
        BookClosing closing)
    {
        await using var cluster = await GrainCluster.StartPostgresAsync(await postgres.CreateDatabaseAsync());

        await EndOfDayConformanceTests.AssertMatchesConformanceFilesAsync(cluster, name, closing);
    }
}
