using Ledger.Domain.Tests.Properties;
using Ledger.Domain.Tests.Support;
using Xunit.Abstractions;

namespace Ledger.Domain.Tests.LazyEndOfDay;

/// <summary>Seeded random streams applied to three ledgers: the eager reference, a lazy one never swept (books
/// close only when a command touches them, and at the final snapshot), and a lazy one swept at random. Every
/// command must have the same outcome in all three, every book a command touched must equal the eager one, every
/// sweep must leave all books equal, and at the end the snapshots and every borrower's journal must be the same.
/// The eager ledger drives the stream (it aims repayments at what is owed), and the stream is paced so that books
/// fall behind for many days: runs of end of days, and borrowers left alone for a while.</summary>
public sealed class LazyEndOfDayPropertyTests(ITestOutputHelper output)
{
    private const int CommandsPerSeed = 2_000;

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 20).Select(i => i * 7_919));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomStream_EagerLazyAndSweptLazy_SameOutcomesBooksSnapshotsAndJournals(int seed)
    {
        var eager = new InMemoryLedger(keepJournal: true);
        var lazy = new InMemoryLedger(keepJournal: true, lazyEndOfDay: true);
        var swept = new InMemoryLedger(keepJournal: true, lazyEndOfDay: true);
        var (lazyInvariants, sweptInvariants) = (new LedgerInvariants(), new LedgerInvariants());
        var records = new PacedStream(seed);
        // Seeded System.Random is deterministic and fine for test data (CA5394 is about security).
#pragma warning disable CA5394
        var sweeps = new Random(seed + 1);
#pragma warning restore CA5394
        var (lateTouches, maxCatchUpDays, sweepsRun) = (0, 0, 0);

        for (var i = 0; i < CommandsPerSeed; i++)
        {
            var record = records.Next(eager);
            var parsed = CommandParser.Parse(record);
            if (parsed.Command is BorrowerCommand { Borrower: var borrower } && lazy.BusinessDate is { } today
                && lazy.Books.GetValueOrDefault(borrower) is { } book && book.HasDaysToCloseBefore(today))
            {
                lateTouches++;
                maxCatchUpDays = Math.Max(maxCatchUpDays, BookComparison.DaysBehind(book, today));
            }

            var expected = Apply(eager, parsed);
            var context = $"seed {seed}, command {i + 1}: {record} → {expected}";
            Assert.True(expected == Apply(lazy, parsed), $"{context}, lazy differs");
            Assert.True(expected == Apply(swept, parsed), $"{context}, swept lazy differs");

            if (parsed.Command is BorrowerCommand { Borrower: var named })
            {
                var state = BookComparison.StateOf(eager.Books[named]);
                Assert.True(state == BookComparison.StateOf(lazy.Books[named]), $"{context}: lazy book differs");
                Assert.True(state == BookComparison.StateOf(swept.Books[named]), $"{context}: swept book differs");
            }

            lazyInvariants.AssertHold(lazy);
            sweptInvariants.AssertHold(swept);
#pragma warning disable CA5394
            var roll = sweeps.Next(100);
#pragma warning restore CA5394
            if (roll < 8)
            {
                swept.CloseAllBooks();
                sweepsRun++;
                BookComparison.AssertAllBooksClosed(swept);
                sweptInvariants.AssertHold(swept);
                Assert.Equal(eager.Books.Values.Select(BookComparison.StateOf),
                    swept.Books.Values.Select(BookComparison.StateOf));
            }
            else if (roll < 10)
            {
                // The snapshot sweeps too.
                Assert.True(eager.Snapshot() == swept.Snapshot(), $"{context}: swept snapshot differs");
            }
        }

        var summary = $"{records.EndOfDays} end of days, {lateTouches} commands caught a book up, at most " +
            $"{maxCatchUpDays} days; {sweepsRun} sweeps; journal entries {eager.Journal.Count}; " +
            $"business date {(eager.BusinessDate is { } date ? Values.FormatDate(date) : "none")}";
        output.WriteLine(summary);

        BookComparison.AssertSameLedger(eager, lazy);
        BookComparison.AssertSameLedger(eager, swept);
        Assert.True(lateTouches > 100 && maxCatchUpDays >= 5, $"the lazy way was hardly exercised: {summary}");
        Assert.True(eager.Journal.Count > 200, $"too few journal entries: {summary}");
    }

    private static string Apply(InMemoryLedger ledger, ParseResult parsed) =>
        parsed.Command is { } command ? ledger.Apply(command).ToCode() : parsed.Reason.ToCode();

    /// <summary><see cref="RandomCommandStream"/> with longer gaps between a book's commands: now and then a run
    /// of end of days of its own, and one borrower left alone for some days (its commands are dropped; the stream
    /// may retry them later, which is then their first sending).</summary>
    private sealed class PacedStream(int seed)
    {
        private static readonly string[] BorrowerIds = ["B0", "B1", "B2", "B3"];

        private readonly RandomCommandStream _stream = new(seed);
#pragma warning disable CA5394
        private readonly Random _random = new(seed - 1);
        private int _endOfDaysQueued;
        private string? _aloneBorrower;
        private DateOnly _aloneUntil;
        private int _nextId;

        public int EndOfDays { get; private set; }

        public string Next(InMemoryLedger ledger)
        {
            if (ledger.BusinessDate is not { } today)
            {
                return _stream.Next(ledger);
            }

            if (_aloneBorrower is null && _random.Next(100) < 2)
            {
                _aloneBorrower = BorrowerIds[_random.Next(BorrowerIds.Length)];
                _aloneUntil = today.AddDays(_random.Next(2, 12));
            }
            else if (_aloneBorrower is not null && today >= _aloneUntil)
            {
                _aloneBorrower = null;
            }

            if (_endOfDaysQueued == 0 && _random.Next(100) < 2)
            {
                _endOfDaysQueued = _random.Next(2, 9);
            }

            if (_endOfDaysQueued > 0)
            {
                _endOfDaysQueued--;
                EndOfDays++;
                return Records.Of("EndOfDay", $"paced-eod-{++_nextId}", ("date", Values.FormatDate(today)))
                    .ToJsonString();
            }

            while (true)
            {
                var record = _stream.Next(ledger);
                var command = CommandParser.Parse(record).Command;
                if (_aloneBorrower is null || command is not BorrowerCommand { Borrower: var named }
                    || named != _aloneBorrower)
                {
                    EndOfDays += command is EndOfDay ? 1 : 0;
                    return record;
                }
            }
        }
#pragma warning restore CA5394
    }
}
