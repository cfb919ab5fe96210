using Ledger.Domain;
using Ledger.Storage;
using Ledger.Storage.Books;

namespace Ledger.Grains.Tests.Support;

/// <summary>What the store holds, read straight from it (not through a grain).</summary>
internal static class StoredBooks
{
    /// <summary>The borrower's book as its rows hold it.</summary>
    public static async Task<BorrowerBook> StoredBookAsync(this ILedgerStore store, string borrower)
    {
        var record = await store.LoadBorrowerAsync(borrower, CancellationToken.None);
        return GrainStateLoader.Restore(borrower, record, []);
    }

    public static async Task<IReadOnlyList<OutcomeRecord>> StoredOutcomesAsync(this ILedgerStore store,
        string borrower) => (await store.LoadBorrowerAsync(borrower, CancellationToken.None)).Outcomes;

    /// <summary>The borrower row: its version is the book's.</summary>
    public static async Task<GrainRow> BorrowerRowAsync(this ILedgerStore store, string borrower) =>
        (await store.LoadBorrowerAsync(borrower, CancellationToken.None)).Grains.Single(g => g.Kind == GrainKind.Borrower);

    public static Task<IReadOnlyList<JournalPosting>> JournalAsync(this ILedgerStore store, string borrower) =>
        store.ReadJournalAsync(borrower, 0, int.MaxValue, CancellationToken.None);

    public static async Task<List<JournalPosting>> WholeJournalAsync(this ILedgerStore store)
    {
        var postings = new List<JournalPosting>();
        await foreach (var posting in store.StreamJournalAsync(CancellationToken.None))
        {
            postings.Add(posting);
        }

        return postings;
    }

    /// <summary>The eager domain's snapshot (every book closes each day at its end of day) after
    /// <paramref name="commands"/>, each of which must be accepted.</summary>
    public static string ReferenceSnapshot(IEnumerable<LedgerCommand> commands)
    {
        var reference = new InMemoryLedger();
        foreach (var command in commands)
        {
            Assert.Equal(CommandOutcome.Accepted, reference.Apply(command));
        }

        return reference.Snapshot();
    }
}
