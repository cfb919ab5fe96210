using Ledger.Domain.Tests.Conformance;
using Ledger.LoadTest.Replay;

namespace Ledger.Domain.Tests.LazyEndOfDay;

/// <summary>The conformance streams replayed into a ledger whose books close their days lazily must give exactly
/// the outcome list and snapshot of the eager reference, whenever the sweep runs. Alongside, an eager ledger
/// replays the same stream: every book a command touches is then closed and must equal the eager one, every
/// sweep leaves all books equal to the eager ones, and at the end every borrower's journal is the same.</summary>
public sealed class LazyConformanceStreamTests
{
    public static TheoryData<string, string> StreamsAndSchedules
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var stream in StreamFiles.Names)
            {
                foreach (var schedule in SweepSchedule.Names)
                {
                    data.Add(stream, schedule);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(StreamsAndSchedules))]
    public void LazyReplay_ConformanceStream_MatchesOutcomesSnapshotAndEagerBooks(string name, string schedule)
    {
        var eager = new InMemoryLedger(keepJournal: true);
        var lazy = new InMemoryLedger(keepJournal: true, lazyEndOfDay: true);
        var sweeps = SweepSchedule.Named(schedule);
        using var outcomes = new StringWriter { NewLine = "\n" };
        var (sweepsRun, maxDaysBehind, lateTouches, endOfDays) = (0, 0, 0, 0);
        long lineNumber = 0;

        foreach (var record in File.ReadLines(StreamFiles.Path($"{name}.jsonl")))
        {
            lineNumber++;
            var parsed = CommandParser.Parse(record);
            var dateBefore = lazy.BusinessDate;
            if (parsed.Command is BorrowerCommand { Borrower: var borrower } && lazy.BusinessDate is { } today
                && lazy.Books.GetValueOrDefault(borrower) is { } touched && touched.HasDaysToCloseBefore(today))
            {
                lateTouches++;
            }

            var outcome = Apply(lazy, parsed);
            outcomes.WriteLine(OutcomeListWriter.Format(lineNumber, parsed.Id, outcome));
            Assert.Equal(Apply(eager, parsed), outcome);

            if (parsed.Command is BorrowerCommand { Borrower: var named })
            {
                Assert.True(BookComparison.StateOf(eager.Books[named]) == BookComparison.StateOf(lazy.Books[named]),
                    $"{name} line {lineNumber}: the book of {named} differs after {record}");
            }

            if (lazy.BusinessDate is { } date)
            {
                maxDaysBehind = Math.Max(maxDaysBehind,
                    lazy.Books.Values.Select(b => BookComparison.DaysBehind(b, date)).DefaultIfEmpty().Max());
            }

            var isEndOfDay = dateBefore is not null && lazy.BusinessDate != dateBefore;
            endOfDays += isEndOfDay ? 1 : 0;
            if (sweeps.ShouldSweepAfter(isEndOfDay))
            {
                lazy.CloseAllBooks();
                sweepsRun++;
                BookComparison.AssertAllBooksClosed(lazy);
                Assert.Equal(eager.Books.Values.Select(BookComparison.StateOf),
                    lazy.Books.Values.Select(BookComparison.StateOf));
            }
        }

        StreamFiles.AssertSameBytes($"{name}.outcomes.jsonl", outcomes.ToString());
        StreamFiles.AssertSameBytes($"{name}.snapshot.json", lazy.Snapshot());
        BookComparison.AssertAllBooksClosed(lazy);
        BookComparison.AssertSameLedger(eager, lazy);

        // Without sweeps every stream leaves books behind for days and has commands catch them up, so the replay
        // exercises the lazy way and not only the snapshot's final sweep.
        // A random schedule may miss every one of a short stream's few dates (strict-fields, a stream about the
        // parser, steps three): a stream of ten dates or more is bound to see a sweep.
        var exercised = schedule == SweepSchedule.Never
            ? maxDaysBehind >= 2 && lateTouches > 0
            : sweepsRun > 0 || endOfDays < 10;
        Assert.True(exercised,
            $"{name}: books at most {maxDaysBehind} days behind, {lateTouches} caught up by a command, " +
            $"{sweepsRun} sweeps");
    }

    /// <summary>What the dry-run replay does with a record: the ledger decides what parsed, a shape rejection is
    /// its reason, a malformed line is reported and not applied.</summary>
    private static string Apply(InMemoryLedger ledger, ParseResult parsed) => parsed.Status switch
    {
        ParseStatus.Malformed => OutcomeListWriter.Malformed,
        _ => parsed.Command is { } command ? ledger.Apply(command).ToCode() : parsed.Reason.ToCode(),
    };
}
