using Ledger.Storage;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

/// <summary>Turns: each proves the book version it was decided on and commits or fails on its own. A failed proof
/// or a key stored already fails only the turns it concerns (and the later turns of the same borrower in the
/// batch); the rest of the group commit commits.</summary>
public abstract partial class LedgerStoreContractTests
{
    private const string Rejected = "UNKNOWN_LINE";

    /// <summary>A turn of <paramref name="borrowerId"/> on partition 0 decided on <paramref name="bookVersion"/>:
    /// with <paramref name="writes"/>, it writes the borrower row to the next version (and a line row, when
    /// <paramref name="lineVersion"/> is given: 0 creates it), records <paramref name="commandId"/>'s outcome and
    /// posts one entry numbered <paramref name="entrySeq"/>; without, it only records a rejection.</summary>
    private static CommitTurn Turn(string borrowerId, long bookVersion, string commandId, bool writes = true,
        long? lineVersion = null, long entrySeq = 0, string tag = "")
    {
        var turn = new CommitTurn(borrowerId, 0, bookVersion);
        if (writes)
        {
            turn.Grains.Add(new GrainWrite(0, borrowerId, GrainKind.Borrower, "", bookVersion, bookVersion + 1,
                State($"{borrowerId}@{bookVersion + 1}{tag}"), Day0));
            if (lineVersion is { } line)
            {
                turn.Grains.Add(new GrainWrite(0, borrowerId, GrainKind.Line, "L1", line, line + 1,
                    State($"{borrowerId}/L1@{line + 1}{tag}"), null));
            }

            if (entrySeq > 0)
            {
                turn.Postings.AddRange(Entry(0, borrowerId, entrySeq, 100, commandId: commandId));
            }
        }

        turn.Outcomes.Add(Outcome(borrowerId, commandId, 0, writes ? Accepted : Rejected));
        return turn;
    }

    private static CommitBatch TurnBatch(int partition, params CommitTurn[] turns)
    {
        var batch = Batch();
        batch.Turns.AddRange(turns);
        return batch;
    }

    /// <summary>Opens B1 (version 1 after its first turn) and B2 the same way.</summary>
    private async Task<(ILedgerStore Store, int Partition)> OpenTwoBooksAsync()
    {
        var store = await OpenLedgerAsync();
        var partition = 0;
        var opened = await store.CommitAsync(SiloA,
            TurnBatch(partition, Turn("B1", 0, "open1"), Turn("B2", 0, "open2")), Ct);
        Assert.Equal([TurnResult.Committed, TurnResult.Committed], opened.Turns);
        return (store, partition);
    }

    private static async Task<long> BookVersionAsync(ILedgerStore store, string borrowerId) =>
        (await store.LoadBorrowerAsync(borrowerId, Ct)).Grains.SingleOrDefault(g => g.Kind == GrainKind.Borrower)
            ?.Version ?? 0;

    private static async Task<List<string>> OutcomeIdsAsync(ILedgerStore store, string borrowerId) =>
        [.. (await store.LoadBorrowerAsync(borrowerId, Ct)).Outcomes.Select(o => o.CommandId)];

    [Fact]
    public async Task CommitAsync_TurnOnAStaleBookVersion_FailsAloneWhileTheRestOfItsBatchCommits()
    {
        var (store, partition) = await OpenTwoBooksAsync();
        // Another activation of B1 moved its book to version 2.
        await store.CommitAsync(SiloA, TurnBatch(partition, Turn("B1", 1, "other", lineVersion: 0)), Ct);

        var result = await store.CommitAsync(SiloA, TurnBatch(partition,
            Turn("B1", 1, "stale", lineVersion: 0, entrySeq: 1, tag: "-stale"),
            Turn("B2", 1, "fresh", entrySeq: 1)), Ct);

        Assert.Equal([TurnResult.VersionConflict, TurnResult.Committed], result.Turns);
        var b1 = await store.LoadBorrowerAsync("B1", Ct);
        Assert.Equal(2, b1.Grains.Single(g => g.Kind == GrainKind.Borrower).Version);
        Assert.All(b1.Grains, g => Assert.DoesNotContain("-stale", System.Text.Encoding.UTF8.GetString(g.State),
            StringComparison.Ordinal));
        Assert.Equal(["open1", "other"], await OutcomeIdsAsync(store, "B1"));
        Assert.Empty(await store.ReadJournalAsync("B1", 0, 10, Ct));
        Assert.Equal(2, await BookVersionAsync(store, "B2"));
        Assert.Equal(["fresh", "open2"], await OutcomeIdsAsync(store, "B2"));
        Assert.Equal(2, (await store.ReadJournalAsync("B2", 0, 10, Ct)).Count);
    }

    [Fact]
    public async Task CommitAsync_RejectionDecidedOnAStaleVersion_IsNeverRecorded()
    {
        var (store, partition) = await OpenTwoBooksAsync();
        // B1's line is opened by another activation (version 2); this one still sees version 1, without the line.
        await store.CommitAsync(SiloA, TurnBatch(partition, Turn("B1", 1, "open-line", lineVersion: 0)), Ct);

        var result = await store.CommitAsync(SiloA, TurnBatch(partition,
            Turn("B1", 1, "draw", writes: false), Turn("B2", 1, "reject2", writes: false)), Ct);

        Assert.Equal([TurnResult.VersionConflict, TurnResult.Committed], result.Turns);
        Assert.Equal(["open-line", "open1"], await OutcomeIdsAsync(store, "B1"));
        // A rejection proves the version without moving it.
        Assert.Equal(["open2", "reject2"], await OutcomeIdsAsync(store, "B2"));
        Assert.Equal(1, await BookVersionAsync(store, "B2"));
    }

    [Fact]
    public async Task CommitAsync_RejectionProvingNoBookWhereOneExists_IsNotRecorded()
    {
        var (store, partition) = await OpenTwoBooksAsync();

        var result = await store.CommitAsync(SiloA, TurnBatch(partition,
            Turn("B1", 0, "unknown-borrower", writes: false), Turn("B3", 0, "unknown3", writes: false)), Ct);

        Assert.Equal([TurnResult.VersionConflict, TurnResult.Committed], result.Turns);
        Assert.Equal(["open1"], await OutcomeIdsAsync(store, "B1"));
        Assert.Equal(["unknown3"], await OutcomeIdsAsync(store, "B3"));
        Assert.Equal(0, await BookVersionAsync(store, "B3"));
    }

    [Fact]
    public async Task CommitAsync_FirstCommandRacedByTwoSessions_OneInsertWinsAndTheOtherTurnWritesNothing()
    {
        var first = await OpenLedgerAsync();
        var second = OpenStore();
        var partition = 0;
        for (var round = 0; round < 5; round++)
        {
            var borrower = $"N{round}";
            var sessions = new[] { first, second };
            var results = await Task.WhenAll(sessions.Select((store, i) => Task.Run(() => store.CommitAsync(SiloA,
                TurnBatch(partition, Turn(borrower, 0, $"c{i}", lineVersion: 0, entrySeq: 1, tag: $"-{i}"),
                    Turn($"Own{round}-{i}", 0, "own")), Ct))));

            var winners = Enumerable.Range(0, 2).Where(i => results[i].Turns[0] == TurnResult.Committed).ToList();
            var winner = Assert.Single(winners);
            Assert.NotEqual(TurnResult.Committed, results[1 - winner].Turns[0]);
            Assert.All(results, r => Assert.Equal(TurnResult.Committed, r.Turns[1]));
            var book = await first.LoadBorrowerAsync(borrower, Ct);
            Assert.Equal([$"c{winner}"], book.Outcomes.Select(o => o.CommandId));
            Assert.Equal(2, book.Grains.Count);
            Assert.All(book.Grains, g => Assert.EndsWith($"-{winner}", System.Text.Encoding.UTF8.GetString(g.State),
                StringComparison.Ordinal));
            var journal = await first.ReadJournalAsync(borrower, 0, 10, Ct);
            Assert.Equal(2, journal.Count);
            Assert.All(journal, p => Assert.Equal($"c{winner}", p.CommandId));
        }
    }

    [Fact]
    public async Task CommitAsync_DuplicateOutcomeKey_FailsOnlyItsTurn()
    {
        var (store, partition) = await OpenTwoBooksAsync();

        var result = await store.CommitAsync(SiloA, TurnBatch(partition,
            Turn("B1", 1, "open1", entrySeq: 1), Turn("B2", 1, "next2", entrySeq: 1)), Ct);

        Assert.Equal([TurnResult.DuplicateKey, TurnResult.Committed], result.Turns);
        Assert.Equal(1, await BookVersionAsync(store, "B1"));
        Assert.Empty(await store.ReadJournalAsync("B1", 0, 10, Ct));
        Assert.Equal(2, await BookVersionAsync(store, "B2"));
    }

    [Fact]
    public async Task CommitAsync_DuplicateJournalKey_FailsOnlyItsTurn()
    {
        var (store, partition) = await OpenTwoBooksAsync();
        await store.CommitAsync(SiloA, TurnBatch(partition, Turn("B1", 1, "d1", entrySeq: 1)), Ct);

        var result = await store.CommitAsync(SiloA, TurnBatch(partition,
            Turn("B1", 2, "d2", entrySeq: 1), Turn("B2", 1, "d3", entrySeq: 1)), Ct);

        Assert.Equal([TurnResult.DuplicateKey, TurnResult.Committed], result.Turns);
        Assert.Equal(2, await BookVersionAsync(store, "B1"));
        Assert.DoesNotContain("d2", await OutcomeIdsAsync(store, "B1"));
        Assert.Equal(2, (await store.ReadJournalAsync("B2", 0, 10, Ct)).Count);
    }

    [Fact]
    public async Task CommitAsync_LaterTurnsOfABorrowerWhoseTurnFailed_FailWithIt()
    {
        var (store, partition) = await OpenTwoBooksAsync();
        await store.CommitAsync(SiloA, TurnBatch(partition, Turn("B1", 1, "other")), Ct);

        // B1's turns chain 1 -> 2 -> 3 in memory; the store is at 2 from another writer, so the second turn's
        // proof would match by chance: it must fail with the first.
        var result = await store.CommitAsync(SiloA, TurnBatch(partition,
            Turn("B1", 1, "t1"), Turn("B2", 1, "u1"), Turn("B1", 2, "t2"), Turn("B1", 3, "t3", writes: false)), Ct);

        Assert.Equal([TurnResult.VersionConflict, TurnResult.Committed, TurnResult.VersionConflict,
            TurnResult.VersionConflict], result.Turns);
        Assert.Equal(2, await BookVersionAsync(store, "B1"));
        Assert.Equal(["open1", "other"], await OutcomeIdsAsync(store, "B1"));
    }

    [Fact]
    public async Task CommitAsync_ChainedTurnsOfOneBorrower_CommitTogether()
    {
        var (store, partition) = await OpenTwoBooksAsync();

        var result = await store.CommitAsync(SiloA, TurnBatch(partition,
            Turn("B1", 1, "t1", lineVersion: 0, entrySeq: 1), Turn("B1", 2, "t2", lineVersion: 1, entrySeq: 2),
            Turn("B1", 3, "t3", writes: false)), Ct);

        Assert.True(result.AllCommitted);
        var b1 = await store.LoadBorrowerAsync("B1", Ct);
        Assert.Equal([3L, 2L], b1.Grains.Select(g => g.Version));
        Assert.Equal(["open1", "t1", "t2", "t3"], b1.Outcomes.Select(o => o.CommandId));
    }

    [Fact]
    public async Task CommitAsync_ManyTurnsWithSomeFailing_CommitsAllTheOthers()
    {
        var store = await OpenLedgerAsync();
        var partition = 0;
        var opening = TurnBatch(partition, [.. Enumerable.Range(0, 150).Select(i => Turn($"M{i:D3}", 0, "open"))]);
        Assert.True((await store.CommitAsync(SiloA, opening, Ct)).AllCommitted);

        // Every tenth turn is stale (version 0 where the book is at 1), every fifteenth repeats a recorded id.
        var turns = Enumerable.Range(0, 150).Select(i => i % 10 == 3
            ? Turn($"M{i:D3}", 0, "again", entrySeq: 1)
            : Turn($"M{i:D3}", 1, i % 15 == 7 ? "open" : "next", entrySeq: 1)).ToArray();
        var result = await store.CommitAsync(SiloA, TurnBatch(partition, turns), Ct);

        var expected = Enumerable.Range(0, 150).Select(i => i % 10 == 3 ? TurnResult.VersionConflict
            : i % 15 == 7 ? TurnResult.DuplicateKey : TurnResult.Committed).ToList();
        Assert.Equal(expected, result.Turns);
        var journal = await ToListAsync(store.StreamJournalAsync(Ct));
        Assert.Equal(expected.Count(r => r == TurnResult.Committed) * 2, journal.Count);
        Assert.Equal(expected.Count(r => r == TurnResult.Committed), (await store.GetOutcomeCountsAsync(Ct))[Accepted]
            - 150);
    }

    [Fact]
    public async Task CommitAsync_TurnWritingALineWithoutItsBorrowerRow_ThrowsArgumentException()
    {
        var (store, partition) = await OpenTwoBooksAsync();
        var turn = new CommitTurn("B1", 0, 1);
        turn.Grains.Add(new GrainWrite(0, "B1", GrainKind.Line, "L1", 0, 1, State("line"), null));

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(SiloA, TurnBatch(partition, turn), Ct));
    }

    [Fact]
    public async Task CommitAsync_TurnWritingAnotherBorrowersRows_ThrowsArgumentException()
    {
        var (store, partition) = await OpenTwoBooksAsync();
        var turn = Turn("B1", 1, "x");
        turn.Outcomes.Add(Outcome("B2", "y", 0));

        await Assert.ThrowsAsync<ArgumentException>(() => store.CommitAsync(SiloA, TurnBatch(partition, turn), Ct));
    }

    [Fact]
    public async Task CommitAsync_TurnsOnAMovedBusinessDate_ThrowForTheWholeBatch()
    {
        var (store, partition) = await OpenTwoBooksAsync();
        var dated = Batch();
        dated.NewBusinessDate = Day1;
        await store.CommitAsync(SiloA, dated, Ct);
        var batch = TurnBatch(partition, Turn("B1", 1, "x"), Turn("B2", 1, "y"));
        batch.RequireBusinessDate = Day2;

        await Assert.ThrowsAsync<BusinessDateChangedException>(() => store.CommitAsync(SiloA, batch, Ct));

        Assert.Equal(1, await BookVersionAsync(store, "B1"));
        Assert.Equal(1, await BookVersionAsync(store, "B2"));
    }

    /// <summary>A turn of <paramref name="borrowerId"/> that creates its book in <paramref name="partition"/>.
    /// </summary>
    private static CommitTurn OpeningTurn(string borrowerId, int partition, string commandId)
    {
        var turn = new CommitTurn(borrowerId, partition, 0);
        turn.Grains.Add(new GrainWrite(partition, borrowerId, GrainKind.Borrower, "", 0, 1, State($"{borrowerId}@1"),
            Day0));
        turn.Outcomes.Add(Outcome(borrowerId, commandId, partition));
        return turn;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CommitAsync_BookCreatedInAPartitionTheLedgerDoesNotHave_FailsTheBatchWithNothingWritten(
        bool dated)
    {
        var store = await OpenLedgerAsync();
        await SetBusinessDateAsync(store, Day1);
        var batch = TurnBatch(0, OpeningTurn("B1", 0, "open1"), OpeningTurn("B9", Partitions, "open9"));
        if (dated)
        {
            // As the group commit sends it: the date's proof and the partitions' in one statement (PostgreSQL).
            batch.RequireBusinessDate = Day1;
        }

        await Assert.ThrowsAnyAsync<Exception>(() => store.CommitAsync(SiloA, batch, Ct));

        Assert.Equal(0, await BookVersionAsync(store, "B1"));
        Assert.Equal(0, await BookVersionAsync(store, "B9"));
        Assert.Empty(await OutcomeIdsAsync(store, "B1"));
        Assert.Empty(await OutcomeIdsAsync(store, "B9"));

        // The last partition the ledger has is fine.
        var last = TurnBatch(0, OpeningTurn("B9", Partitions - 1, "open9"));
        last.RequireBusinessDate = dated ? Day1 : null;
        Assert.Equal([TurnResult.Committed], (await store.CommitAsync(SiloA, last, Ct)).Turns);
        Assert.Equal(1, await BookVersionAsync(store, "B9"));
    }

    [Fact]
    public async Task CommitAsync_BookRowInANegativePartition_IsRefusedBeforeTheStore()
    {
        var store = await OpenLedgerAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.CommitAsync(SiloA, TurnBatch(0, OpeningTurn("B1", -1, "open1")), Ct));

        Assert.Equal(0, await BookVersionAsync(store, "B1"));
    }
}
