using Ledger.Domain;

namespace Ledger.Storage.Books;

/// <summary>The snapshot of stream-format.md from one consistent read of the store, books with days still to close
/// shown closed (in memory, through the domain: reads never write). Shared by every grain runtime and tool that
/// shows it.</summary>
internal static class LedgerSnapshot
{
    private const int SnapshotChunkChars = 64 * 1024;

    /// <summary>Streams the snapshot in chunks: <paramref name="write"/> receives each chunk of text in order. Only
    /// books with days still to close are held in memory (<paramref name="closed"/> when the caller has them).
    /// </summary>
    public static async Task WriteAsync(ILedgerReadView view, Func<string, CancellationToken, Task> write,
        CancellationToken ct, ClosedInMemory? closed = null)
    {
        var state = await view.GetLedgerStateAsync(ct);
        closed ??= await ClosedInMemory.LoadAsync(view, state.BusinessDate, ct);
        var writer = new SnapshotWriter();
        writer.Begin(closed.Accounts(await view.GetAccountBalancesAsync(ct)));
        await foreach (var row in view.StreamGrainsAsync(GrainKind.Borrower, ct))
        {
            writer.Borrower(closed.Borrower(row));
            await FlushIfFullAsync(writer, write, ct);
        }

        writer.BusinessDate(state.BusinessDate);
        await foreach (var row in view.StreamGrainsAsync(GrainKind.Line, ct))
        {
            writer.Line(row.BorrowerId, closed.Line(row));
            await FlushIfFullAsync(writer, write, ct);
        }

        writer.BeginOrders();
        await foreach (var row in view.StreamGrainsAsync(GrainKind.Order, ct))
        {
            writer.Order(row.BorrowerId, closed.Order(row));
            await FlushIfFullAsync(writer, write, ct);
        }

        var counts = await view.GetOutcomeCountsAsync(ct);
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
}
