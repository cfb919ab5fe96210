using Ledger.Domain;
using Ledger.Storage;
using Ledger.Runtime.Tests.Support;
using Ledger.Testing;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>Who closes the books' days after an end of day in a conformance replay.</summary>
public enum BookClosing
{
    /// <summary>Only each book's next turn (no sweep at all): books nobody touches again stay behind, and the
    /// snapshot closes them in memory. Every activation leaves at each end of day, so books load with days
    /// missing.</summary>
    ByTurns = 1,

    /// <summary>Only the sweep: after each end of day it runs until the ledger is closed through the day, before
    /// the next command is sent, so no turn ever finds a day to close. Activations stay, so the sweep closes
    /// the books touched lately through their mailboxes, the others from their rows.</summary>
    BySweep = 2,

    /// <summary>Both at once: the background sweep runs every few milliseconds, a few books a chunk, while commands
    /// keep flowing. Every activation leaves at each end of day, so the sweep closes books from their rows while
    /// the next commands activate them again.</summary>
    Racing = 3,
}

/// <summary>The conformance streams through the engine, with the books' days closed lazily by their turns, by the
/// sweep alone, or by both racing, give exactly what the pure domain gives with an eager end of day (every book
/// closes the day at the end of day itself): every outcome, and the snapshot byte for byte.</summary>
public sealed class EndOfDayConformanceTests
{
    public static TheoryData<string, BookClosing> Streams => Combine(ConformanceStreams.Names);

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
    public async Task SubmitAsync_ConformanceStreamOnSqlite_MatchesTheInMemoryLedger(string name, BookClosing closing)
    {
        await using var harness = new EngineHarness(LedgerLocation.Sqlite());

        await AssertMatchesInMemoryLedgerAsync(harness, name, closing);
    }

    internal static async Task AssertMatchesInMemoryLedgerAsync(EngineHarness harness, string name,
        BookClosing closing)
    {
        var (engine, store) = await harness.StartAsync(EngineHarness.Options(o =>
        {
            o.SweepEnabled = closing == BookClosing.Racing;
            o.SweepPeriod = TimeSpan.FromMilliseconds(2);
            o.SweepBooksPerCommit = 4;
            o.IdleTimeout = TimeSpan.Zero;
        }));
        DateOnly? lastClosed = null;

        var reference = await ConformanceStreams.ReplayAsync(name, engine, async (command, outcome) =>
        {
            // A retried end of day is answered from its record and moves nothing.
            if (command is EndOfDay endOfDay && outcome == CommandOutcome.Accepted
                && (lastClosed is null || endOfDay.Date > lastClosed))
            {
                lastClosed = endOfDay.Date;
                if (closing == BookClosing.BySweep)
                {
                    await SweepUntilClosedAsync(engine, store, endOfDay.Date);
                }
                else
                {
                    engine.CollectIdleActivations();
                }
            }
        });

        switch (closing)
        {
            case BookClosing.ByTurns:
                // Nothing but turns closed any book: the ledger never recorded a day closed everywhere.
                Assert.Null(await engine.GetClosedThroughAsync(EngineHarness.Ct));
                break;
            case BookClosing.Racing when lastClosed is { } day:
                // The background sweep also finishes what the turns left.
                await LedgerReads.WaitUntilAsync(() => engine.Closing.ClosedThrough == day,
                    $"the sweep records the ledger closed through {day}");
                break;
        }

        Assert.Equal(reference.Snapshot(), await engine.SnapshotAsync());
    }

    /// <summary>Runs sweep passes until the ledger records <paramref name="day"/> closed everywhere; the first pass
    /// closes every book that was behind, and afterwards none is.</summary>
    private static async Task SweepUntilClosedAsync(LedgerEngine engine, ILedgerStore store, DateOnly day)
    {
        var before = await store.GetClosingProgressAsync(day, EngineHarness.Ct);
        Assert.Equal(0, before.BooksClosed);
        var closed = await engine.SweepOnceAsync(EngineHarness.Ct);
        Assert.Equal(before.Books, closed);
        for (var pass = 1; (await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough != day; pass++)
        {
            Assert.True(pass < 3, $"The ledger is not recorded closed through {day} after {pass} sweep passes.");
            await engine.SweepOnceAsync(EngineHarness.Ct);
        }

        var after = await store.GetClosingProgressAsync(day, EngineHarness.Ct);
        Assert.Equal(before.Books, after.Books);
        Assert.Equal(after.Books, after.BooksClosed);
    }
}

/// <summary>The same on PostgreSQL, one fresh database per stream. To keep the run short (PostgreSQL tests run one
/// after another), the largest stream of single-borrower traffic (seed-ccb-quickloan) is left to SQLite, as it adds
/// nothing mixed-small lacks, and mixed-small (some 10 s a replay here) runs only with both ways racing, which
/// goes through every path of the other two; the small streams run all three ways.</summary>
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
    public async Task SubmitAsync_ConformanceStreamOnPostgres_MatchesTheInMemoryLedger(string name,
        BookClosing closing)
    {
        await using var harness = new EngineHarness(LedgerLocation.Postgres(await postgres.CreateDatabaseAsync()));

        await EndOfDayConformanceTests.AssertMatchesInMemoryLedgerAsync(harness, name, closing);
    }
}
