using Ledger.Domain;
using Ledger.GrainInterfaces;

namespace Ledger.Grains;

/// <summary>The grain interfaces' views of the domain's state (no figure is computed here, only copied).</summary>
internal static class ViewMapping
{
    public static BorrowerView Of(BorrowerBook book) => new()
    {
        Borrower = book.BorrowerId, Limit = book.Borrower!.LimitMinor, Exposure = book.Borrower.ExposureMinor,
        Frozen = book.Borrower.Frozen, Lines = [.. book.Lines.Keys], Orders = [.. book.Orders.Keys],
    };

    public static LineView Of(string borrowerId, CreditLine line) => new()
    {
        Borrower = borrowerId, Line = line.Id, Status = line.Status == LineStatus.Open ? "open" : "closed",
        Limit = line.LimitMinor, Rate = Values.FormatFixed(line.RateMicros, 6),
        DayCount = Values.FormatDayCount(line.DayCount), ExpiryDate = line.ExpiryDate,
        MaturityDate = line.MaturityDate, PenaltyMultiplier = Values.FormatFixed(line.PenaltyMultiplierHundredths, 2),
        Principal = line.Balance.PrincipalMinor, Interest = line.Balance.InterestMinor,
        Penalty = line.Balance.PenaltyMinor, InterestAccrued = line.Balance.InterestAccruedMinor,
        PenaltyAccrued = line.Balance.PenaltyAccruedMinor, OriginalMaturityDate = line.OriginalMaturityDate,
        Extensions = line.OriginalMaturityDate is null ? null : line.Extensions,
    };

    public static OrderView Of(string borrowerId, SupplyOrder order) => new()
    {
        Borrower = borrowerId, Order = order.Id, Supplier = order.Supplier,
        Status = order.Status == OrderStatus.Open ? "open" : "cancelled",
        Rate = Values.FormatFixed(order.RateMicros, 6), DayCount = Values.FormatDayCount(order.DayCount),
        MaturityDate = order.MaturityDate,
        PenaltyMultiplier = Values.FormatFixed(order.PenaltyMultiplierHundredths, 2),
        Principal = order.Balance.PrincipalMinor, Interest = order.Balance.InterestMinor,
        Penalty = order.Balance.PenaltyMinor, InterestAccrued = order.Balance.InterestAccruedMinor,
        PenaltyAccrued = order.Balance.PenaltyAccruedMinor, ReleasedTranches = order.ReleasedTranches,
        PendingTranches = order.PendingTranches,
        Tranches = [.. order.Tranches.Select((t, i) => new TrancheView
        {
            Tranche = i + 1, Amount = t.AmountMinor, ReleaseDate = t.ReleaseDate,
            Status = t.Status.ToString().ToLowerInvariant(),
        })],
        OriginalMaturityDate = order.OriginalMaturityDate,
        Extensions = order.OriginalMaturityDate is null ? null : order.Extensions,
    };

    public static JournalEntryView Of(JournalEntry entry) => new()
    {
        Entry = entry.EntrySeq, Date = entry.Date, EntityKind = entry.EntityKind.ToString().ToLowerInvariant(),
        Entity = entry.EntityId, Event = entry.Event, CommandId = entry.CommandId,
        Postings = [.. entry.Postings.Select(p => new PostingView { Account = p.Account, Amount = p.AmountMinor })],
    };

    public static JournalEntryView Of(IReadOnlyList<Storage.JournalPosting> entry) => new()
    {
        Entry = entry[0].EntrySeq, Date = entry[0].BusinessDate,
        EntityKind = entry[0].EntityKind.ToString().ToLowerInvariant(), Entity = entry[0].EntityId,
        Event = entry[0].Event, CommandId = entry[0].CommandId,
        Postings = [.. entry.Select(p => new PostingView { Account = p.Account, Amount = p.AmountMinor })],
    };
}
