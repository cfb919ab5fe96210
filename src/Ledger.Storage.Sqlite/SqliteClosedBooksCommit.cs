using System.Diagnostics;
using Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// The books one sweep pass closed in one partition (<see cref="ILedgerStore.CommitClosedBooksAsync"/>), written
/// in one transaction on the writer connection, with the row writers of <see cref="SqliteCommit"/>.
/// The caller holds the store's write lock. SQLite has a single writer, so no other transaction can hold a book
/// locked meanwhile: the borrower row's version is the only thing that makes a book skipped (its grain committed
/// since the sweep read it, and closed its days itself).
/// </summary>
internal sealed class SqliteClosedBooksCommit(
    string siloId, int partitionId, IReadOnlyList<ClosedBook> books, List<List<GrainWrite>> grains,
    long nowMicros)
{
    /// <summary>Shown in errors: which sweep commit failed.</summary>
    internal string Describe() =>
        $"Commit of {books.Count} closed book(s) of partition {partitionId} "
        + $"by silo {siloId}";

    /// <summary>Returns the ids of the books written, in the order given.</summary>
    internal async Task<IReadOnlyList<string>> RunAsync(
        SqliteConnection connection, CancellationToken cancellationToken)
    {
        // As in SqliteCommit: BEGIN IMMEDIATE, and disposing without committing rolls everything back.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var grainWriter = new SqliteGrainWriter(connection, transaction, nowMicros);
        await using var postingWriter = SqliteCommit.PostingWriter(connection, transaction, nowMicros);
        var written = new List<string>(books.Count);
        for (var i = 0; i < books.Count; i++)
        {
            if (await WriteBookAsync(grainWriter, postingWriter, books[i], grains[i], cancellationToken))
            {
                written.Add(books[i].BorrowerId);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>Writes one book, or nothing of it when its borrower row is no longer at the version the sweep read.
    /// The borrower row goes first: every change to a book writes that row, so once it matched, the book's other
    /// rows are as the sweep read them, and one that is not is a bug that fails the whole commit.</summary>
    private async Task<bool> WriteBookAsync(
        SqliteGrainWriter grainWriter, SqliteRowWriter<JournalPosting> postingWriter, ClosedBook book,
        List<GrainWrite> bookGrains, CancellationToken cancellationToken)
    {
        var borrowerRow = bookGrains.Find(g => g.Kind == GrainKind.Borrower)
            ?? throw new UnreachableException(
                $"Book {book.BorrowerId} passed validation without a borrower row write.");
        if (!await grainWriter.TryWriteAsync(borrowerRow, cancellationToken))
        {
            return false;
        }

        foreach (var grain in bookGrains)
        {
            if (!ReferenceEquals(grain, borrowerRow) && !await grainWriter.TryWriteAsync(grain, cancellationToken))
            {
                throw SqliteGrainWriter.Conflict(Describe(), grain);
            }
        }

        foreach (var posting in book.Postings)
        {
            await postingWriter.WriteAsync(posting, cancellationToken);
        }

        return true;
    }
}
