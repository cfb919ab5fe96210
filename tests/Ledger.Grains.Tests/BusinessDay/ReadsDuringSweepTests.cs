using System.Text;
using System.Text.Json.Nodes;
using Ledger.Domain;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using Ledger.Testing;
using Ledger.Testing.Stores;
using static Ledger.Testing.TestCommands;

namespace Ledger.Grains.Tests.BusinessDay;

/// <summary>The silo's snapshot and audit (journal, then snapshot, from one read: <see cref="LedgerReads"/>) taken
/// while the Orleans sweep is half-way through the books are exactly the eager domain's: books the sweep or their
/// commands have closed are read as stored, the others closed in memory, none twice; and the audit's postings re-added
/// per account give the snapshot's accounts.</summary>
public sealed class ReadsDuringSweepTests : IDisposable
{
    private const int LineBorrowers = 12;

    /// <summary>Books in the ledger: the borrowers with lines, and one with an order only.</summary>
    private const int Borrowers = LineBorrowers + 1;
    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-reads-sweep-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task WriteAuditAsync_SweepHeldHalfWay_EqualsTheEagerDomainAndReAddsToItsAccounts()
    {
        FaultyStore? faulty = null;
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"),
            s => (faulty = new FaultyStore(s)).Store);
        var commands = DayCommands();
        await cluster.Client.SubmitAllOkAsync(commands);
        await cluster.CollectIdleGrainsAsync();
        var expected = StoredBooks.ReferenceSnapshot(commands);
        await using var store = cluster.OpenStore();

        // The first chunk commits, the second is held: some books are closed by their commands, some by the sweep,
        // some are being written, the rest are behind.
        var sweep = cluster.Sweep(0, new BookSweepOptions(Enabled: false, Workers: 1, BooksPerCommit: 2,
            LiveIdle: TimeSpan.Zero));
        faulty!.HoldSweepCommits(after: 1);
        var pass = Task.Run(() => sweep.SweepOnceAsync(CancellationToken.None));
        await Poll.UntilAsync(() => Task.FromResult(faulty.SweepChunksWaiting == 1), TimeSpan.FromSeconds(30),
            "the second chunk is held");
        var progress = await store.GetClosingProgressAsync(Day1, CancellationToken.None);
        Assert.InRange(progress.BooksClosed, 3, Borrowers - 3);

        await AssertReadsAsync(store, expected);

        faulty.ReleaseSweepCommits();
        Assert.Equal(Borrowers - 2, await pass); // All but the two closed by their commands.
        Assert.Equal(Day1, (await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough);
        await AssertReadsAsync(store, expected);
    }

    [Fact]
    public async Task WriteSnapshotAsync_WhileTheBackgroundSweepRuns_EqualsTheEagerDomainEveryTime()
    {
        await using var cluster = await GrainCluster.StartSqliteAsync(Path.Combine(_directory, "ledger.db"));
        var commands = DayCommands();
        var endOfDay = commands.FindIndex(c => c is EndOfDay);
        await cluster.Client.SubmitAllOkAsync(commands.Take(endOfDay));
        // The sweep closes most books from their rows (no grain left), the day-2 commands race it.
        await cluster.CollectIdleGrainsAsync();
        using var sweep = cluster.Sweep(0, new BookSweepOptions(Workers: 1, BooksPerCommit: 1,
            Period: TimeSpan.FromMilliseconds(1), LiveIdle: TimeSpan.Zero));
        await sweep.StartAsync(CancellationToken.None);
        try
        {
            await cluster.Client.SubmitAllOkAsync(commands.Skip(endOfDay));
            var expected = StoredBooks.ReferenceSnapshot(commands);
            await using var store = cluster.OpenStore();

            // Reads race the sweep (woken by the end of day) until it has recorded the day closed, and once after.
            var reads = 0;
            bool closed;
            do
            {
                closed = (await store.GetLedgerStateAsync(CancellationToken.None)).ClosedThrough == Day1;
                await AssertReadsAsync(store, expected);
                Assert.True(++reads < 10_000, "The sweep did not record the day closed.");
            }
            while (!closed);
        }
        finally
        {
            await sweep.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The snapshot and the audit's snapshot equal the domain's; the audit's journal numbers each
    /// borrower's entries 1, 2, ... with no gap or repeat, every entry balances, and its postings re-added per
    /// account give the snapshot's accounts.</summary>
    private static async Task AssertReadsAsync(ILedgerStore store, string snapshot)
    {
        var text = new StringBuilder();
        await LedgerReads.WriteSnapshotAsync(store, (chunk, _) =>
        {
            text.Append(chunk);
            return Task.CompletedTask;
        }, CancellationToken.None);
        Assert.Equal(snapshot, text.ToString());

        var postings = new List<JournalPosting>();
        var audited = new StringBuilder();
        await LedgerReads.WriteAuditAsync(store, (p, _) =>
        {
            postings.Add(p);
            return ValueTask.CompletedTask;
        }, (chunk, _) =>
        {
            audited.Append(chunk);
            return Task.CompletedTask;
        }, CancellationToken.None);

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
    /// two borrowers' commands on day 2.</summary>
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
}
