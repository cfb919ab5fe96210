using Ledger.Domain;
using Ledger.Storage;

namespace Ledger.Runtime;

/// <summary>Ledger-wide reads, straight from the store.</summary>
public sealed partial class LedgerEngine
{
    private const int SnapshotChunkChars = 64 * 1024;

    /// <summary>Streams the snapshot of stream-format.md from the store in chunks, never holding the ledger in
    /// memory: <paramref name="write"/> receives each chunk of text in order.</summary>
    public async Task WriteSnapshotAsync(Func<string, CancellationToken, Task> write, CancellationToken ct)
    {
        var writer = new SnapshotWriter();
        var accounts = await _store.GetAccountBalancesAsync(ct);
        writer.Begin(accounts.Select(a => KeyValuePair.Create(a.Account, a.BalanceMinor)));
        await foreach (var row in _store.StreamGrainsAsync(GrainKind.Borrower, ct))
        {
            writer.Borrower(StateCodec.DecodeBorrower(row.State));
            await FlushIfFullAsync(writer, write, ct);
        }

        writer.BusinessDate(await _store.GetBusinessDateAsync(ct));
        await foreach (var row in _store.StreamGrainsAsync(GrainKind.Line, ct))
        {
            writer.Line(row.BorrowerId, StateCodec.DecodeLine(row.State));
            await FlushIfFullAsync(writer, write, ct);
        }

        writer.BeginOrders();
        await foreach (var row in _store.StreamGrainsAsync(GrainKind.Order, ct))
        {
            writer.Order(row.BorrowerId, StateCodec.DecodeOrder(row.State));
            await FlushIfFullAsync(writer, write, ct);
        }

        var counts = await _store.GetOutcomeCountsAsync(ct);
        var accepted = CommandOutcome.Accepted.ToCode();
        writer.End(counts.GetValueOrDefault(accepted), counts.Where(c => c.Key != accepted));
        await write(writer.TakeText(), ct);
    }

    private static async Task FlushIfFullAsync(SnapshotWriter writer, Func<string, CancellationToken, Task> write,
        CancellationToken ct)
    {
        if (writer.BufferedLength >= SnapshotChunkChars)
        {
            await write(writer.TakeText(), ct);
        }
    }

    /// <summary>A borrower's journal postings, in entry order, after <paramref name="afterEntrySeq"/>.</summary>
    public Task<IReadOnlyList<JournalPosting>> ReadJournalAsync(string borrowerId, long afterEntrySeq,
        int maxEntries, CancellationToken ct) =>
        _store.ReadJournalAsync(borrowerId, afterEntrySeq, maxEntries, ct);

    /// <summary>Every journal posting of the ledger, for verification.</summary>
    public IAsyncEnumerable<JournalPosting> StreamJournalAsync(CancellationToken ct) => _store.StreamJournalAsync(ct);
}
