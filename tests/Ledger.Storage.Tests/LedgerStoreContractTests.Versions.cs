using Ledger.Storage;
using static Ledger.Storage.Tests.LedgerRows;

namespace Ledger.Storage.Tests;

/// <summary>Turns from several writers of one book (two store sessions, as two activations on two silos would have):
/// each is proven by the book version it was decided on (architecture, "Correctness when Orleans is not exact", item
/// 1).</summary>
public abstract partial class LedgerStoreContractTests
{
    private static CommitBatch WriterTurn(long bookVersion, string commandId, bool writesBook = true)
    {
        var turn = new CommitTurn("B1", 0, bookVersion);
        if (writesBook)
        {
            turn.Grains.Add(bookVersion == 0 ? NewGrain(0, "B1") : UpdatedGrain(0, "B1", bookVersion));
        }

        turn.Outcomes.Add(Outcome("B1", commandId, 0, writesBook ? Accepted : "UNKNOWN_LINE"));
        var batch = new CommitBatch();
        batch.Turns.Add(turn);
        return batch;
    }

    [Fact]
    public async Task CommitAsync_TurnsOfTwoWriters_AreProvenByTheirBookVersion()
    {
        var store = await OpenLedgerAsync();

        var first = await store.CommitAsync(SiloA, WriterTurn(0, "c1"), Ct);
        var raced = await store.CommitAsync(SiloB, WriterTurn(0, "c2"), Ct);
        var next = await store.CommitAsync(SiloB, WriterTurn(1, "c3"), Ct);

        Assert.Equal([TurnResult.Committed], first.Turns);
        Assert.Equal([TurnResult.VersionConflict], raced.Turns);
        Assert.Equal([TurnResult.Committed], next.Turns);
        var record = await store.LoadBorrowerAsync("B1", Ct);
        Assert.Equal(2, Assert.Single(record.Grains).Version);
        Assert.Equal(["c1", "c3"], record.Outcomes.Select(o => o.CommandId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CommitAsync_RejectionOnAStaleBook_RecordsNothing()
    {
        var store = await OpenLedgerAsync();
        await store.CommitAsync(SiloA, WriterTurn(0, "c1"), Ct);

        var stale = await store.CommitAsync(SiloB, WriterTurn(0, "c2", writesBook: false), Ct);
        var fresh = await store.CommitAsync(SiloB, WriterTurn(1, "c3", writesBook: false), Ct);

        Assert.Equal([TurnResult.VersionConflict], stale.Turns);
        Assert.Equal([TurnResult.Committed], fresh.Turns);
        var record = await store.LoadBorrowerAsync("B1", Ct);
        Assert.Equal(1, Assert.Single(record.Grains).Version);
        Assert.Equal(["c1", "c3"], record.Outcomes.Select(o => o.CommandId).Order(StringComparer.Ordinal));
    }

}
