using Ledger.Domain;
using Ledger.Storage;

namespace Ledger.Runtime.Grains;

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

    public static void AddWrites(BorrowerBook book, BookChanges changes, int partitionId,
        Dictionary<(EntityKind Kind, string Id), long> versions, List<GrainWrite> writes)
    {
        if (changes.BorrowerChanged && book.Borrower is { } borrower)
        {
            writes.Add(Write(book.BorrowerId, partitionId, EntityKind.Borrower, string.Empty,
                StateCodec.Encode(borrower), versions));
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
        byte[] state, Dictionary<(EntityKind Kind, string Id), long> versions)
    {
        var expected = versions.GetValueOrDefault((kind, entityId));
        versions[(kind, entityId)] = expected + 1;
        return new GrainWrite(partitionId, borrowerId, (GrainKind)kind, entityId, expected, expected + 1, state);
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
