using Ledger.Domain;
using Ledger.Runtime.Grains;
using Ledger.Storage;
using Ledger.Storage.Books;

namespace Ledger.Runtime;

/// <summary>Ledger-wide reads, from one consistent read of the store, with books that have days to close shown
/// closed (in memory, through the domain: reads never write).</summary>
public sealed partial class LedgerEngine
{
    /// <summary>Streams the snapshot of stream-format.md from one consistent read of the store in chunks:
    /// <paramref name="write"/> receives each chunk of text in order. Only books with days still to close are held
    /// in memory.</summary>
    public async Task WriteSnapshotAsync(Func<string, CancellationToken, Task> write, CancellationToken ct)
    {
        await using var view = await _store.OpenReadViewAsync(ct);
        await LedgerSnapshot.WriteAsync(view, write, ct);
    }

    /// <summary>A borrower's journal postings, in entry order, after <paramref name="afterEntrySeq"/>, at most
    /// <paramref name="maxEntries"/> entries; the entries its missing days will make follow the stored ones, numbered
    /// as they will be written.</summary>
    public async Task<IReadOnlyList<JournalPosting>> ReadJournalAsync(string borrowerId, long afterEntrySeq,
        int maxEntries, CancellationToken ct)
    {
        // The entries still to come are computed first: if the book closes its days in between, the stored read
        // already has them and the ones computed are dropped by number, never shown twice.
        var pending = await ReadBorrowerAsync(borrowerId, (book, entries) => entries, ct) ?? [];
        var stored = await _store.ReadJournalAsync(borrowerId, afterEntrySeq, maxEntries, ct);
        var storedEntries = stored.Select(p => p.EntrySeq).Distinct().Count();
        if (pending.Count == 0 || storedEntries >= maxEntries)
        {
            return stored;
        }

        var last = stored.Count > 0 ? stored[^1].EntrySeq : afterEntrySeq;
        var partition = PartitionHasher.PartitionOf(borrowerId, PartitionCount);
        var added = new List<JournalPosting>();
        GrainStateLoader.AddPostings(
            pending.Where(e => e.EntrySeq > last).Take(maxEntries - storedEntries), partition, added);
        return [.. stored, .. added];
    }

    /// <summary>Every journal posting of the ledger from one consistent read, the postings of missing days
    /// included.</summary>
    public async IAsyncEnumerable<JournalPosting> StreamJournalAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var view = await _store.OpenReadViewAsync(ct);
        var state = await view.GetLedgerStateAsync(ct);
        var closed = await ClosedInMemory.LoadAsync(view, state.BusinessDate, ct);
        await foreach (var posting in closed.Journal(view.StreamJournalAsync(ct)))
        {
            yield return posting;
        }
    }

    /// <summary>For verify: every journal posting, then the snapshot, both from one consistent read (so that
    /// nothing committed between them can make books that balance look as if they did not).</summary>
    public async Task WriteAuditAsync(Func<JournalPosting, CancellationToken, ValueTask> posting,
        Func<string, CancellationToken, Task> snapshot, CancellationToken ct)
    {
        await using var view = await _store.OpenReadViewAsync(ct);
        var state = await view.GetLedgerStateAsync(ct);
        var closed = await ClosedInMemory.LoadAsync(view, state.BusinessDate, ct);
        await foreach (var p in closed.Journal(view.StreamJournalAsync(ct)))
        {
            await posting(p, ct);
        }

        await LedgerSnapshot.WriteAsync(view, snapshot, ct, closed);
    }
}
