using Ledger.Domain;

namespace Ledger.Storage.Books;

/// <summary>Between the store's rows and a borrower's book: restores a book with the row versions, and turns a
/// book's changes into versioned grain writes and journal postings.</summary>
internal static class GrainStateLoader
{
    public static BorrowerBook Restore(string borrowerId, BorrowerRecord record,
        Dictionary<(EntityKind Kind, string Id), long> versions)
    {
        var outcomes = record.Outcomes.Select(o => new KeyValuePair<string, RecordedOutcome>(
            o.CommandId, new RecordedOutcome(o.ContentHash, CommandOutcomeCodes.Parse(o.Outcome))));
        return Restore(borrowerId, record.Grains, outcomes, versions);
    }

    public static BorrowerBook Restore(string borrowerId, IEnumerable<GrainRow> rows,
        IEnumerable<KeyValuePair<string, RecordedOutcome>> outcomes, Dictionary<(EntityKind Kind, string Id), long> versions)
    {
        Borrower? borrower = null;
        var lines = new List<CreditLine>();
        var orders = new List<SupplyOrder>();
        foreach (var row in rows)
        {
            switch (row.Kind)
            {
                case GrainKind.Borrower:
                    borrower = StateCodec.DecodeBorrower(row.State);
                    // State written before books closed their own days lacks the day; the row's column has it.
                    borrower.ClosedThrough ??= row.ClosedThrough;
                    versions[(EntityKind.Borrower, string.Empty)] = row.Version;
                    break;
                case GrainKind.Line:
                    lines.Add(StateCodec.DecodeLine(row.State));
                    versions[(EntityKind.Line, row.EntityId)] = row.Version;
                    break;
                case GrainKind.Order:
                    orders.Add(StateCodec.DecodeOrder(row.State));
                    versions[(EntityKind.Order, row.EntityId)] = row.Version;
                    break;
                default:
                    throw new InvalidDataException($"Unknown grain kind {row.Kind} for borrower {borrowerId}.");
            }
        }

        return BorrowerBook.Restore(borrowerId, borrower, lines, orders, outcomes);
    }

    /// <summary>A copy of <paramref name="book"/> (its borrower, lines and orders; not its outcomes) with its
    /// missing days before <paramref name="businessDate"/> closed: what a read shows without writing.</summary>
    /// <remarks>Also returns the journal entries the closing makes, numbered as they will be written.</remarks>
    public static (BorrowerBook Book, IReadOnlyList<JournalEntry> Pending) ClosedCopy(BorrowerBook book,
        DateOnly businessDate)
    {
        var copy = BorrowerBook.Restore(book.BorrowerId,
            book.Borrower is { } borrower ? StateCodec.DecodeBorrower(StateCodec.Encode(borrower)) : null,
            book.Lines.Values.Select(l => StateCodec.DecodeLine(StateCodec.Encode(l))),
            book.Orders.Values.Select(o => StateCodec.DecodeOrder(StateCodec.Encode(o))), []);
        copy.CloseDaysBefore(businessDate);
        return (copy, copy.DrainChanges().Journal);
    }

    /// <summary>The versioned writes of a book's changes. The borrower row's version is the book's version: any
    /// change to any row of the book writes the borrower row too (with the day its book closed last), so two
    /// writers of one book always meet on that row.</summary>
    public static void AddWrites(BorrowerBook book, BookChanges changes, int partitionId,
        Dictionary<(EntityKind Kind, string Id), long> versions, List<GrainWrite> writes)
    {
        var anyRow = changes.BorrowerChanged || changes.LinesChanged.Count > 0 || changes.OrdersChanged.Count > 0;
        if (anyRow && book.Borrower is { } borrower)
        {
            writes.Add(Write(book.BorrowerId, partitionId, EntityKind.Borrower, string.Empty,
                StateCodec.Encode(borrower), versions, borrower.ClosedThrough));
        }

        foreach (var lineId in changes.LinesChanged)
        {
            writes.Add(Write(book.BorrowerId, partitionId, EntityKind.Line, lineId,
                StateCodec.Encode(book.Lines[lineId]), versions));
        }

        foreach (var orderId in changes.OrdersChanged)
        {
            writes.Add(Write(book.BorrowerId, partitionId, EntityKind.Order, orderId,
                StateCodec.Encode(book.Orders[orderId]), versions));
        }
    }

    private static GrainWrite Write(string borrowerId, int partitionId, EntityKind kind, string entityId,
        byte[] state, Dictionary<(EntityKind Kind, string Id), long> versions, DateOnly? closedThrough = null)
    {
        var expected = versions.GetValueOrDefault((kind, entityId));
        versions[(kind, entityId)] = expected + 1;
        return new GrainWrite(partitionId, borrowerId, (GrainKind)kind, entityId, expected, expected + 1, state,
            closedThrough);
    }

    public static void AddPostings(IEnumerable<JournalEntry> journal, int partitionId, List<JournalPosting> postings)
    {
        foreach (var entry in journal)
        {
            var number = 0;
            foreach (var posting in entry.Postings)
            {
                postings.Add(new JournalPosting(partitionId, entry.Borrower, entry.EntrySeq, ++number, entry.Date,
                    (GrainKind)entry.EntityKind, entry.EntityId, entry.Event, entry.CommandId, posting.Account,
                    posting.AmountMinor));
            }
        }
    }
}
