using Ledger.Storage;
using Ledger.Storage.Books;

namespace Ledger.Grains;

/// <summary>Ledger-wide reads for the silo's API, each from one consistent read of the store, with books that have
/// days to close shown closed (in memory, through the domain: reads never write). They go to the store, not through
/// grains: a snapshot covers every book, and activating every grain to read it would cost far more.</summary>
public static class LedgerReads
{
    /// <summary>Streams the snapshot of stream-format.md in chunks of text, in order.</summary>
    public static async Task WriteSnapshotAsync(ILedgerStore store, Func<string, CancellationToken, Task> write,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var view = await store.OpenReadViewAsync(ct);
        await LedgerSnapshot.WriteAsync(view, write, ct);
    }

    /// <summary>Every journal posting of the ledger, the postings of missing days included.</summary>
    public static async IAsyncEnumerable<JournalPosting> StreamJournalAsync(ILedgerStore store,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var view = await store.OpenReadViewAsync(ct);
        var state = await view.GetLedgerStateAsync(ct);
        var closed = await ClosedInMemory.LoadAsync(view, state.BusinessDate, ct);
        await foreach (var posting in closed.Journal(view.StreamJournalAsync(ct)))
        {
            yield return posting;
        }
    }

    /// <summary>For verify: every journal posting, then the snapshot, both from one consistent read.</summary>
    public static async Task WriteAuditAsync(ILedgerStore store,
        Func<JournalPosting, CancellationToken, ValueTask> posting, Func<string, CancellationToken, Task> snapshot,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(posting);
        await using var view = await store.OpenReadViewAsync(ct);
        var state = await view.GetLedgerStateAsync(ct);
        var closed = await ClosedInMemory.LoadAsync(view, state.BusinessDate, ct);
        await foreach (var p in closed.Journal(view.StreamJournalAsync(ct)))
        {
            await posting(p, ct);
        }

        await LedgerSnapshot.WriteAsync(view, snapshot, ct, closed);
    }
}
