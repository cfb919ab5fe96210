using System.Diagnostics;
using System.Text;
using Ledger.Storage;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

/// <summary>Books closing their days: the sweep's reads and conditional writes, the closing progress and the
/// ledger's closed-through record.</summary>
public abstract partial class LedgerStoreContractTests
{
    private const string InterestReceivable = "INTEREST_RECEIVABLE";
    private const string InterestIncome = "INTEREST_INCOME";

    /// <summary>The first writes of one book: its borrower row, closed through <paramref name="closedThrough"/>,
    /// and its lines and orders.</summary>
    protected static GrainWrite[] Book(
        int partitionId, string borrowerId, DateOnly closedThrough, string[]? lines = null, string[]? orders = null) =>
    [
        NewGrain(partitionId, borrowerId, closedThrough: closedThrough),
        .. (lines ?? []).Select(l => NewGrain(partitionId, borrowerId, GrainKind.Line, l)),
        .. (orders ?? []).Select(o => NewGrain(partitionId, borrowerId, GrainKind.Order, o)),
    ];

    /// <summary>The sweep's write of a book whose borrower row it read at <paramref name="version"/>: the borrower
    /// row closed through <paramref name="closedThrough"/>, each of <paramref name="lines"/> (at version 1)
    /// updated, and one interest entry per line (entries 100, 101, ...).</summary>
    protected static ClosedBook Closed(
        int partitionId, string borrowerId, long version, DateOnly closedThrough, params string[] lines)
    {
        var grains = new List<GrainWrite>
        {
            UpdatedGrain(partitionId, borrowerId, version, closedThrough: closedThrough),
        };
        var postings = new List<JournalPosting>();
        for (var i = 0; i < lines.Length; i++)
        {
            grains.Add(UpdatedGrain(partitionId, borrowerId, 1, GrainKind.Line, lines[i]));
            postings.AddRange(Entry(partitionId, borrowerId, 100 + i, 7 + i, InterestReceivable, InterestIncome));
        }

        return new ClosedBook(borrowerId, version, grains, postings);
    }

    private static IEnumerable<(string BorrowerId, GrainKind Kind, string EntityId, DateOnly? ClosedThrough)> Keys(
        IEnumerable<GrainRow> rows) => rows.Select(r => (r.BorrowerId, r.Kind, r.EntityId, r.ClosedThrough));

    protected static IEnumerable<(GrainKind Kind, string EntityId, long Version, DateOnly? ClosedThrough, string State)>
        Contents(BorrowerRecord record) => record.Grains.Select(
            g => (g.Kind, g.EntityId, g.Version, g.ClosedThrough, Encoding.UTF8.GetString(g.State)));

    [Fact]
    public async Task LoadBooksToCloseAsync_ReturnsEveryRowOfThePartitionsBooksBehindTheDay_InKeyOrder()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(1, "B3", Day0, lines: ["L1"]),
            .. Book(1, "B2", Day1, lines: ["L1"]),
            .. Book(1, "B10", Day0),
            .. Book(1, "B1", Day0, lines: ["L2", "L10"], orders: ["A1"]),
            .. Book(1, "B1-x", Day0.AddDays(-5)),
            .. Book(2, "B0", Day0, lines: ["L1"]),
        ]);

        var rows = await store.LoadBooksToCloseAsync(1, Day1, "", 100, [], Ct);

        // B2 has closed Day1 already; B0 is of another partition. Within a book: borrower, lines, orders.
        Assert.Equal(
        [
            ("B1", GrainKind.Borrower, "", Day0), ("B1", GrainKind.Line, "L10", null),
            ("B1", GrainKind.Line, "L2", null), ("B1", GrainKind.Order, "A1", null),
            ("B1-x", GrainKind.Borrower, "", Day0.AddDays(-5)), ("B10", GrainKind.Borrower, "", Day0),
            ("B3", GrainKind.Borrower, "", Day0), ("B3", GrainKind.Line, "L1", null),
        ], Keys(rows));
        Assert.All(rows, r => Assert.Equal(
            (1, 1L, $"{r.BorrowerId}/{r.EntityId}@1"), (r.PartitionId, r.Version, Encoding.UTF8.GetString(r.State))));
    }

    [Theory]
    [InlineData("2025-03-02", new string[0])]
    [InlineData("2025-03-03", new[] { "B1" })]
    [InlineData("2025-03-04", new[] { "B1", "B2" })]
    [InlineData("2025-03-05", new[] { "B1", "B2", "B3" })]
    public async Task LoadBooksToCloseAsync_ADay_ReturnsTheBooksClosedBeforeIt(string dayText, string[] expected)
    {
        var store = await CommitGrainsAsync([.. Book(0, "B1", Day0), .. Book(0, "B2", Day1), .. Book(0, "B3", Day2)]);

        var rows = await store.LoadBooksToCloseAsync(0, DateOnly.Parse(dayText), "", 100, [], Ct);

        Assert.Equal(expected, rows.Select(r => r.BorrowerId));
    }

    [Fact]
    public async Task LoadBooksToCloseAsync_InChunks_ReturnsAtMostMaxBooksWholeAfterTheCursor()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(0, "B1", Day0, lines: ["L1", "L2"], orders: ["O1"]), .. Book(0, "B1-x", Day0),
            .. Book(0, "B10", Day0, lines: ["L1"]), .. Book(0, "B2", Day1, lines: ["L1"]),
            .. Book(0, "B3", Day0), .. Book(0, "B4", Day0, lines: ["L1"]),
        ]);
        var all = await store.LoadBooksToCloseAsync(0, Day1, "", 100, [], Ct);

        var chunks = new List<IReadOnlyList<GrainRow>>();
        for (var after = ""; ;)
        {
            var chunk = await store.LoadBooksToCloseAsync(0, Day1, after, 2, [], Ct);
            if (chunk.Count == 0)
            {
                break;
            }

            chunks.Add(chunk);
            after = chunk[^1].BorrowerId;
        }

        Assert.Equal(
            [["B1", "B1-x"], ["B10", "B3"], ["B4"]],
            chunks.Select(c => c.Select(r => r.BorrowerId).Distinct().ToArray()));
        Assert.Equal(Keys(all), Keys(chunks.SelectMany(c => c)));
        Assert.Equal(5, chunks[0].Count);
        Assert.Equal(["B3", "B4"], (await store.LoadBooksToCloseAsync(0, Day1, "B2", 5, [], Ct))
            .Select(r => r.BorrowerId).Distinct());
        Assert.Equal(["B1-x"], (await store.LoadBooksToCloseAsync(0, Day1, "B1", 1, [], Ct)).Select(r => r.BorrowerId));
    }

    [Fact]
    public async Task LoadBooksToCloseAsync_Skipping_LeavesThoseBorrowersOutOfEveryChunk()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(0, "B1", Day0, lines: ["L1"]), .. Book(0, "B2", Day0, lines: ["L1"]), .. Book(0, "B3", Day0),
            .. Book(0, "B4", Day0, lines: ["L1"]), .. Book(0, "B'5", Day0),
        ]);
        string[] skipping = ["B2", "B'5", "B9"];

        var chunks = new List<string[]>();
        for (var after = ""; ;)
        {
            var chunk = await store.LoadBooksToCloseAsync(0, Day1, after, 2, skipping, Ct);
            if (chunk.Count == 0)
            {
                break;
            }

            chunks.Add([.. chunk.Select(r => r.BorrowerId).Distinct()]);
            after = chunk[^1].BorrowerId;
        }

        Assert.Equal([["B1", "B3"], ["B4"]], chunks);
    }

    [Fact]
    public async Task SweepChunkAsync_HandsTheChunksRowsToClose_WritesTheBooksItReturnsAndSaysWhereItStopped()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(1, "B1", Day0, lines: ["L1"]), .. Book(1, "B2", Day0), .. Book(1, "B3", Day1),
            .. Book(1, "B4", Day0, lines: ["L1"]), .. Book(2, "B5", Day0),
        ]);
        var handed = new List<List<string>>();
        IReadOnlyList<ClosedBook> CloseLinedBooks(IReadOnlyList<GrainRow> rows)
        {
            handed.Add([.. rows.Select(r => $"{r.BorrowerId}/{r.EntityId}@{r.Version}")]);
            // B2 has nothing to close here (no line): only the books with a line are returned.
            return [.. rows.Where(r => r.Kind == GrainKind.Line).Select(r => Closed(1, r.BorrowerId, 1, Day1, "L1"))];
        }

        var first = await store.SweepChunkAsync(SiloA, 1, Day1, "", 2, [], CloseLinedBooks, Ct);
        var second = await store.SweepChunkAsync(SiloA, 1, Day1, first.LastBorrowerId!, 2, [], CloseLinedBooks, Ct);
        var third = await store.SweepChunkAsync(SiloA, 1, Day1, second.LastBorrowerId!, 2, [], CloseLinedBooks, Ct);

        Assert.Equal([["B1/@1", "B1/L1@1", "B2/@1"], ["B4/@1", "B4/L1@1"]], handed);
        Assert.Equal((2, "B2"), (first.BooksRead, first.LastBorrowerId));
        Assert.Equal(["B1"], first.Written);
        Assert.Equal((1, "B4"), (second.BooksRead, second.LastBorrowerId));
        Assert.Equal(["B4"], second.Written);
        Assert.Equal((0, (string?)null, 0), (third.BooksRead, third.LastBorrowerId, third.Written.Count));
        Assert.Equal(
            [(GrainKind.Borrower, "", 2L, Day1, "B1/@2"), (GrainKind.Line, "L1", 2L, null, "B1/L1@2")],
            Contents(await store.LoadBorrowerAsync("B1", Ct)));
        Assert.Equal([(GrainKind.Borrower, "", 1L, Day0, "B2/@1")], Contents(await store.LoadBorrowerAsync("B2", Ct)));
        Assert.Equal(["B1", "B1", "B4", "B4"], (await ToListAsync(store.StreamJournalAsync(Ct))).Select(p => p.BorrowerId));
        Assert.Equal(["B2"], (await store.LoadBooksToCloseAsync(1, Day1, "", 10, [], Ct)).Select(r => r.BorrowerId));
    }

    [Fact]
    public async Task SweepChunkAsync_Skipping_LeavesThoseBorrowersOutOfTheChunk()
    {
        var store = await CommitGrainsAsync([.. Book(1, "B1", Day0), .. Book(1, "B2", Day0), .. Book(1, "B3", Day0)]);
        var handed = new List<string>();

        var chunk = await store.SweepChunkAsync(SiloA, 1, Day1, "", 10, ["B2"], rows =>
        {
            handed.AddRange(rows.Select(r => r.BorrowerId));
            return [.. rows.Select(r => Closed(1, r.BorrowerId, r.Version, Day1))];
        }, Ct);

        Assert.Equal(["B1", "B3"], handed);
        Assert.Equal((2, "B3"), (chunk.BooksRead, chunk.LastBorrowerId));
        Assert.Equal(["B1", "B3"], chunk.Written);
    }

    [Fact]
    public async Task CommitClosedBooksAsync_BooksAtTheirVersion_WritesTheirRowsAndPostingsAndReturnsThemInOrder()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(1, "B1", Day0, lines: ["L1", "L2"]), .. Book(1, "B2", Day0), .. Book(1, "B3", Day0, lines: ["L1"]),
        ]);
        ClosedBook[] books = [Closed(1, "B2", 1, Day1), Closed(1, "B1", 1, Day1, "L1", "L2")];

        var written = await store.CommitClosedBooksAsync(SiloA, 1, books, Ct);

        Assert.Equal(["B2", "B1"], written);
        Assert.Equal(
        [
            (GrainKind.Borrower, "", 2L, Day1, "B1/@2"), (GrainKind.Line, "L1", 2L, null, "B1/L1@2"),
            (GrainKind.Line, "L2", 2L, null, "B1/L2@2"),
        ], Contents(await store.LoadBorrowerAsync("B1", Ct)));
        Assert.Equal([(GrainKind.Borrower, "", 2L, Day1, "B2/@2")], Contents(await store.LoadBorrowerAsync("B2", Ct)));
        Assert.Equal(
            [(GrainKind.Borrower, "", 1L, Day0, "B3/@1"), (GrainKind.Line, "L1", 1L, null, "B3/L1@1")],
            Contents(await store.LoadBorrowerAsync("B3", Ct)));
        Assert.Equal(books[1].Postings, await ToListAsync(store.StreamJournalAsync(Ct)));
        Assert.Equal([new AccountBalance(InterestIncome, -15), new AccountBalance(InterestReceivable, 15)],
            await store.GetAccountBalancesAsync(Ct));
        Assert.Equal(["B3"], (await store.LoadBooksToCloseAsync(1, Day1, "", 10, [], Ct)).Select(r => r.BorrowerId)
            .Distinct());
    }

    [Fact]
    public async Task CommitClosedBooksAsync_ABooksBorrowerRowMovedSinceTheRead_SkipsThatBookWhole()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(1, "B1", Day0, lines: ["L1"]), .. Book(1, "B2", Day0, lines: ["L1"]),
            .. Book(1, "B3", Day0, lines: ["L1"]),
        ]);
        var read = await store.LoadBooksToCloseAsync(1, Day1, "", 10, [], Ct);
        // Between the sweep's read and its write, B2's grain closes its own day and books a command.
        var command = Batch();
        command.Grains.Add(UpdatedGrain(1, "B2", 1, closedThrough: Day1) with { State = State("B2 by its grain") });
        command.Postings.AddRange(Entry(1, "B2", 1, 500));
        await store.CommitAsync(SiloA, command, Ct);
        var books = read.Where(r => r.Kind == GrainKind.Borrower)
            .Select(r => Closed(1, r.BorrowerId, r.Version, Day1, "L1")).ToList();

        var written = await store.CommitClosedBooksAsync(SiloA, 1, books, Ct);

        Assert.Equal(["B1", "B3"], written);
        Assert.Equal(
            [(GrainKind.Borrower, "", 2L, Day1, "B2 by its grain"), (GrainKind.Line, "L1", 1L, null, "B2/L1@1")],
            Contents(await store.LoadBorrowerAsync("B2", Ct)));
        Assert.Equal(
            [(GrainKind.Borrower, "", 2L, Day1, "B3/@2"), (GrainKind.Line, "L1", 2L, null, "B3/L1@2")],
            Contents(await store.LoadBorrowerAsync("B3", Ct)));
        Assert.Equal(
            [.. books[0].Postings, .. command.Postings, .. books[2].Postings],
            await ToListAsync(store.StreamJournalAsync(Ct)));
    }

    [Fact]
    public async Task CommitClosedBooksAsync_TwoSweepersCloseTheSameBooks_EachBookIsWrittenOnce()
    {
        // Two silos (or a sweep resumed after a crash) read the same chunk and both close it: no claim is needed,
        // the books' versions let the first commit write them and the second skip them.
        var store = await CommitGrainsAsync([.. Book(1, "B1", Day0, lines: ["L1"]), .. Book(1, "B2", Day0)]);
        ClosedBook[] books = [Closed(1, "B1", 1, Day1, "L1"), Closed(1, "B2", 1, Day1)];

        var first = await store.CommitClosedBooksAsync(SiloA, 1, books, Ct);
        var second = await OpenStore().CommitClosedBooksAsync(SiloB, 1, books, Ct);

        Assert.Equal(["B1", "B2"], first);
        Assert.Empty(second);
        Assert.Equal([.. books[0].Postings, .. books[1].Postings], await ToListAsync(store.StreamJournalAsync(Ct)));
        Assert.All(await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct)),
            g => Assert.Equal((2L, Day1), (g.Version, g.ClosedThrough)));
    }

    [Theory]
    [InlineData("another borrower's row")]
    [InlineData("a row of another partition")]
    [InlineData("another borrower's posting")]
    [InlineData("a posting of another partition")]
    [InlineData("no borrower row")]
    [InlineData("a borrower row from another version")]
    [InlineData("a borrower row without its closed day")]
    [InlineData("an unbalanced entry")]
    [InlineData("the same book twice")]
    [InlineData("a new row")]
    public async Task CommitClosedBooksAsync_InvalidBook_ThrowsArgumentExceptionAndWritesNothing(string invalid)
    {
        var store = await CommitGrainsAsync([.. Book(1, "B1", Day0, lines: ["L1"]), .. Book(1, "B2", Day0, ["L1"])]);
        var valid = Closed(1, "B1", 1, Day1, "L1");
        var book = Closed(1, "B2", 1, Day1, "L1");
        ClosedBook[] books = invalid switch
        {
            "another borrower's row" => [valid, book with { Grains = [.. book.Grains, NewGrain(1, "B9")] }],
            "a row of another partition" =>
                [valid, book with { Grains = [.. book.Grains, NewGrain(2, "B2", GrainKind.Order, "O1")] }],
            "another borrower's posting" =>
                [valid, book with { Postings = [.. book.Postings, .. Entry(1, "B9", 1, 5)] }],
            "a posting of another partition" =>
                [valid, book with { Postings = [.. book.Postings, .. Entry(2, "B2", 1, 5)] }],
            "no borrower row" => [valid, book with { Grains = [.. book.Grains.Skip(1)] }],
            "a borrower row from another version" => [valid, book with { ExpectedVersion = 2 }],
            "a borrower row without its closed day" =>
                [valid, book with { Grains = [book.Grains[0] with { ClosedThrough = null }, .. book.Grains.Skip(1)] }],
            "an unbalanced entry" => [valid, book with
            {
                Postings =
                [
                    Posting(1, "B2", 100, 1, InterestReceivable, 8), Posting(1, "B2", 100, 2, InterestIncome, -7),
                ],
            }],
            "the same book twice" => [valid, book, book],
            "a new row" => [valid, book with { Grains = [.. book.Grains, NewGrain(1, "B2", GrainKind.Order, "O1")] }],
            _ => throw new UnreachableException(invalid),
        };

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitClosedBooksAsync(SiloA, 1, books, Ct));

        await AssertBooksUnclosedAsync(store);
    }

    /// <summary>Asserts that every book is as <see cref="Book"/> wrote it (version 1, closed through
    /// <see cref="LedgerRows.Day0"/>) and that the journal is empty.</summary>
    private static async Task AssertBooksUnclosedAsync(ILedgerStore store)
    {
        var borrowers = await ToListAsync(store.StreamGrainsAsync(GrainKind.Borrower, Ct));
        Assert.NotEmpty(borrowers);
        Assert.All(borrowers, g => Assert.Equal((1L, Day0), (g.Version, g.ClosedThrough)));
        Assert.All(await ToListAsync(store.StreamGrainsAsync(GrainKind.Line, Ct)), g => Assert.Equal(1, g.Version));
        Assert.Empty(await ToListAsync(store.StreamJournalAsync(Ct)));
    }

    [Fact]
    public async Task GetClosingProgressAsync_CountsTheBooksThatClosedTheDayOrALaterOne_OfAllBooks()
    {
        var store = await CommitGrainsAsync(
        [
            .. Book(0, "B1", Day0, lines: ["L1"], orders: ["O1"]), .. Book(1, "B2", Day1, lines: ["L1", "L2"]),
            .. Book(2, "B3", Day2), .. Book(3, "B4", Day1),
        ]);

        Assert.Equal(new ClosingProgress(4, 4), await store.GetClosingProgressAsync(Day0, Ct));
        Assert.Equal(new ClosingProgress(3, 4), await store.GetClosingProgressAsync(Day1, Ct));
        Assert.Equal(new ClosingProgress(1, 4), await store.GetClosingProgressAsync(Day2, Ct));
        Assert.Equal(new ClosingProgress(0, 4), await store.GetClosingProgressAsync(Day3, Ct));
    }

    [Fact]
    public async Task GetPartitionsBehindAsync_ReturnsThePartitionsHoldingABookBehindTheDay_AscendingWithTheirCounts()
    {
        var store = await CommitGrainsAsync([.. Book(2, "B1", Day0, lines: ["L1"]), .. Book(0, "B2", Day1),
            .. Book(1, "B3", Day0), .. Book(2, "B4", Day0)]);

        Assert.Equal([new PartitionBehind(1, 1), new PartitionBehind(2, 2)],
            await store.GetPartitionsBehindAsync(Day1, Ct));
        Assert.Equal([new PartitionBehind(0, 1), new PartitionBehind(1, 1), new PartitionBehind(2, 2)],
            await store.GetPartitionsBehindAsync(Day2, Ct));
        Assert.Empty(await store.GetPartitionsBehindAsync(Day0, Ct));
    }

    [Fact]
    public async Task GetClosingProgressAsync_NoBooks_IsNoneOfNone()
    {
        var store = await OpenLedgerAsync();

        Assert.Equal(new ClosingProgress(0, 0), await store.GetClosingProgressAsync(Day1, Ct));
    }

    [Fact]
    public async Task RecordClosedThroughAsync_ABookIsBehind_RecordsNothingUntilItCloses()
    {
        var store = await CommitGrainsAsync([.. Book(0, "B1", Day1), .. Book(1, "B2", Day0, lines: ["L1"])]);
        await SetBusinessDateAsync(store, Day2);

        Assert.Null(await store.RecordClosedThroughAsync(Day1, Ct));
        Assert.Equal(new LedgerState(Day2, null), await store.GetLedgerStateAsync(Ct));

        Assert.Equal(["B2"], await store.CommitClosedBooksAsync(SiloA, 1, [Closed(1, "B2", 1, Day1, "L1")], Ct));
        Assert.Equal(Day1, await store.RecordClosedThroughAsync(Day1, Ct));
        Assert.Equal(new LedgerState(Day2, Day1), await OpenStore().GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task RecordClosedThroughAsync_ALaterDayWhileABookIsBehindIt_KeepsTheEarlierRecord()
    {
        var store = await CommitGrainsAsync([.. Book(0, "B1", Day1), .. Book(1, "B2", Day2)]);
        await SetBusinessDateAsync(store, Day3);
        Assert.Equal(Day1, await store.RecordClosedThroughAsync(Day1, Ct));

        Assert.Equal(Day1, await store.RecordClosedThroughAsync(Day2, Ct));

        Assert.Equal(new LedgerState(Day3, Day1), await store.GetLedgerStateAsync(Ct));
    }

    [Fact]
    public async Task RecordClosedThroughAsync_AnEarlierDay_NeverMovesTheRecordBackwards()
    {
        var store = await CommitGrainsAsync([.. Book(0, "B1", Day2)]);
        await SetBusinessDateAsync(store, Day3);
        Assert.Equal(Day2, await store.RecordClosedThroughAsync(Day2, Ct));

        Assert.Equal(Day2, await store.RecordClosedThroughAsync(Day1, Ct));
        Assert.Equal(Day2, await store.RecordClosedThroughAsync(Day0, Ct));

        Assert.Equal(new LedgerState(Day3, Day2), await store.GetLedgerStateAsync(Ct));
    }

    [Theory]
    [InlineData("2025-03-04")]
    [InlineData("2025-03-05")]
    public async Task RecordClosedThroughAsync_TheBusinessDateOrLater_IsNeverRecorded(string dayText)
    {
        // No book is behind any day (there are none), but the business date's day has not ended.
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day2);
        Assert.Equal(Day0, await store.RecordClosedThroughAsync(Day0, Ct));

        Assert.Equal(Day0, await store.RecordClosedThroughAsync(DateOnly.Parse(dayText), Ct));

        Assert.Equal(new LedgerState(Day2, Day0), await store.GetLedgerStateAsync(Ct));
        Assert.Equal(Day1, await store.RecordClosedThroughAsync(Day1, Ct));
    }
}
