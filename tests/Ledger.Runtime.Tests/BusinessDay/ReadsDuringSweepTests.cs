using System.Text;
using System.Text.Json.Nodes;
using Ledger.Domain;
using Ledger.Storage;
using Ledger.Runtime.Tests.Support;
using static Ledger.Runtime.Tests.Support.Commands;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>The snapshot and the audit (journal, then snapshot, from one read) taken while the sweep is half-way
/// through the books are exactly the eager domain's: books the sweep or their turns have closed are read as
/// stored, the others closed in memory, none twice; and the audit's postings re-added per account give the
/// snapshot's accounts.</summary>
public sealed class ReadsDuringSweepTests : IAsyncLifetime
{
    private const int LineBorrowers = 12;

    /// <summary>Books in the ledger: the borrowers with lines, and one with an order only.</summary>
    private const int Borrowers = LineBorrowers + 1;
    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private readonly EngineHarness _harness = new(LedgerLocation.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    [Fact]
    public async Task WriteAuditAsync_SweepHeldHalfWay_EqualsTheEagerDomainAndReAddsToItsAccounts()
    {
        var (engine, recording) = await _harness.StartDecoratedAsync(s => new RecordingStore(s),
            EngineHarness.Options(o =>
            {
                o.SweepEnabled = false;
                o.SweepWorkers = 1;
                o.SweepBooksPerCommit = 2;
                o.IdleTimeout = TimeSpan.Zero;
            }));
        var commands = DayCommands();
        foreach (var command in commands)
        {
            await engine.SubmitOkAsync(command);
        }

        engine.CollectIdleActivations();
        var expected = Reference(commands);

        // The first chunk commits, the second is held: some books are closed by their turns, some by the sweep,
        // two are being written, the rest are behind.
        recording.HoldSweepCommits(after: 1);
        var sweep = Task.Run(() => engine.SweepOnceAsync(EngineHarness.Ct));
        await LedgerReads.WaitUntilAsync(() => recording.SweepChunksWaiting.Count == 1, "the second chunk is held");
        var progress = await recording.Inner.GetClosingProgressAsync(Day1, EngineHarness.Ct);
        Assert.InRange(progress.BooksClosed, 3, Borrowers - 3);

        await AssertReadsAsync(engine, expected);

        recording.ReleaseSweepCommits();
        Assert.Equal(Borrowers - 2, await sweep); // All but the two closed by their turns.
        Assert.Equal(Day1, (await engine.GetClosingStatusAsync(EngineHarness.Ct)).ClosedThrough);
        await AssertReadsAsync(engine, expected);
    }

    [Fact]
    public async Task WriteSnapshotAsync_WhileTheBackgroundSweepRuns_EqualsTheEagerDomainEveryTime()
    {
        var (engine, store) = await _harness.StartAsync(EngineHarness.Options(o =>
        {
            o.SweepPeriod = TimeSpan.FromMilliseconds(1);
            o.SweepWorkers = 1;
            o.SweepBooksPerCommit = 1;
            o.IdleTimeout = TimeSpan.Zero;
        }));
        var commands = DayCommands();
        var endOfDay = commands.FindIndex(c => c is EndOfDay);
        foreach (var command in commands.Take(endOfDay))
        {
            await engine.SubmitOkAsync(command);
        }

        // The sweep closes most books from their rows (no activation left), the day-2 turns race it.
        engine.CollectIdleActivations();
        foreach (var command in commands.Skip(endOfDay))
        {
            await engine.SubmitOkAsync(command);
        }

        var expected = Reference(commands);

        // Reads race the sweep (woken by the end of day) until it has recorded the day closed, and once after.
        bool closed;
        do
        {
            closed = engine.Closing.ClosedThrough == Day1;
            await AssertReadsAsync(engine, expected);
        }
        while (!closed);

        Assert.Equal(Day1, (await store.GetLedgerStateAsync(EngineHarness.Ct)).ClosedThrough);
    }

    /// <summary>The snapshot and the audit's snapshot equal the domain's; the audit's journal numbers each
    /// borrower's entries 1, 2, ... with no gap or repeat, every entry balances, and its postings re-added per
    /// account give the snapshot's accounts.</summary>
    private static async Task AssertReadsAsync(LedgerEngine engine, InMemoryLedger expected)
    {
        var snapshot = expected.Snapshot();
        Assert.Equal(snapshot, await engine.SnapshotAsync());

        var postings = new List<JournalPosting>();
        var audited = new StringBuilder();
        await engine.WriteAuditAsync((p, _) =>
        {
            postings.Add(p);
            return ValueTask.CompletedTask;
        }, (chunk, _) =>
        {
            audited.Append(chunk);
            return Task.CompletedTask;
        }, EngineHarness.Ct);

        Assert.Equal(snapshot, audited.ToString());
        foreach (var book in postings.GroupBy(p => p.BorrowerId))
        {
            var entries = book.GroupBy(p => p.EntrySeq).ToList();
            Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Key));
            Assert.All(entries, e => Assert.Equal(0, e.Sum(p => p.AmountMinor)));
        }

        var readded = postings.GroupBy(p => p.Account, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.AmountMinor));
        var accounts = JsonNode.Parse(snapshot)!["accounts"]!.AsObject()
            .ToDictionary(a => a.Key, a => a.Value!.GetValue<long>());
        Assert.Equal(accounts, readded);
    }

    /// <summary>Borrowers with a drawn line each (every third with an order whose first tranche closing day 1
    /// releases), one more with only such an order (its first journal entry is the closing's), the end of day, and
    /// two borrowers' turns on day 2.</summary>
    private static List<LedgerCommand> DayCommands()
    {
        var commands = new List<LedgerCommand>
        {
            SetBusinessDate(Day1), OpenBorrower("A00"), OpenOrder("A00", "O1", "S9", [(4_000_000, Day2)]),
        };
        for (var i = 0; i < LineBorrowers; i++)
        {
            var borrower = $"B{i:D2}";
            commands.Add(OpenBorrower(borrower, limitMinor: 1_000_000_000));
            commands.Add(OpenLine(borrower, "L1", limitMinor: 500_000_000, rate: $"0.{30 + i:D2}5"));
            commands.Add(Draw(borrower, "L1", 1_000_000 + (i * 12_345), $"draw-{borrower}"));
            if (i % 3 == 0)
            {
                commands.Add(OpenOrder(borrower, "O1", $"S{i % 2}",
                    [(2_000_000 + i, Day2), (3_000_000 + i, Day2.AddDays(1))], rate: "0.0435"));
            }
        }

        commands.Add(EndOfDay(Day1));
        commands.Add(Draw("B03", "L1", 5_000, "late-B03"));
        commands.Add(Draw("B10", "L1", 7_000, "late-B10"));
        return commands;
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
