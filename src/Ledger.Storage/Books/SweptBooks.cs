using Ledger.Domain;

namespace Ledger.Storage.Books;

/// <summary>What a sweep does with the rows of a chunk (<see cref="ILedgerStore.SweepChunkAsync"/>): groups them
/// by book and closes each book's missing days from its rows through the domain, as the writes and postings of a
/// <see cref="ClosedBook"/> that commits only at the version it was read at. Shared by every runtime's sweep.</summary>
internal static class SweptBooks
{
    /// <summary>Rows in key order, grouped by borrower, in that order.</summary>
    public static List<(string BorrowerId, List<GrainRow> Rows)> GroupByBorrower(IReadOnlyList<GrainRow> rows)
    {
        var books = new List<(string BorrowerId, List<GrainRow> Rows)>();
        foreach (var row in rows)
        {
            if (books.Count == 0 || books[^1].BorrowerId != row.BorrowerId)
            {
                books.Add((row.BorrowerId, []));
            }

            books[^1].Rows.Add(row);
        }

        return books;
    }

    /// <summary>A book closed from its stored rows through the domain; null when it has nothing to close.</summary>
    public static ClosedBook? CloseFromRows(int partitionId, string borrowerId, List<GrainRow> rows, DateOnly today)
    {
        var versions = new Dictionary<(EntityKind Kind, string Id), long>();
        var book = GrainStateLoader.Restore(borrowerId, rows, [], versions);
        if (book.CloseDaysBefore(today) == 0)
        {
            return null;
        }

        var changes = book.DrainChanges();
        var expected = versions[(EntityKind.Borrower, string.Empty)];
        var writes = new List<GrainWrite>();
        GrainStateLoader.AddWrites(book, changes, partitionId, versions, writes);
        var postings = new List<JournalPosting>();
        GrainStateLoader.AddPostings(changes.Journal, partitionId, postings);
        return new ClosedBook(borrowerId, expected, writes, postings);
    }
}
