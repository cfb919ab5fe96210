using System.Text.Json.Serialization;
using Ledger.Domain;
using Ledger.Grains;

namespace Ledger.Silo;

/// <summary>The answer to one command: its id and <c>ACCEPTED</c> or the spec's rejection reason.</summary>
public sealed record CommandResponse(string Id, string Outcome);

/// <summary>One item of a batch answer. <see cref="Outcome"/> is set when the ledger decided (accepted, or a
/// rejection reason including shape failures, then with <see cref="Field"/>); <see cref="Retry"/> is set instead
/// when nothing was booked and the item may be sent again.</summary>
public sealed record BatchItemResponse(
    string? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Retry = null);

public sealed record BorrowerView(
    string Borrower, long Limit, long Exposure, bool Frozen, IReadOnlyList<string> Lines,
    IReadOnlyList<string> Orders);

/// <summary>A credit line. <c>maturityDate</c> is the one in force; once an <c>ExtendLine</c> has moved it,
/// <c>originalMaturityDate</c> (the one opened with) and <c>extensions</c> (how many) are shown too, and left out
/// before.</summary>
public sealed record LineView(
    string Borrower, string Line, string Status, long Limit, string Rate, string DayCount, string ExpiryDate,
    string MaturityDate, string PenaltyMultiplier, long Principal, long Interest, long Penalty,
    long InterestAccrued, long PenaltyAccrued)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OriginalMaturityDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Extensions { get; init; }
}

public sealed record TrancheView(int Tranche, long Amount, string? ReleaseDate, string Status);

/// <summary>An order, its maturity shown as a line's (<see cref="LineView"/>).</summary>
public sealed record OrderView(
    string Borrower, string Order, string Supplier, string Status, string Rate, string DayCount,
    string MaturityDate, string PenaltyMultiplier, long Principal, long Interest, long Penalty, long InterestAccrued,
    long PenaltyAccrued, int ReleasedTranches, int PendingTranches, IReadOnlyList<TrancheView> Tranches)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OriginalMaturityDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Extensions { get; init; }
}

public sealed record PostingView(string Account, long Amount);

public sealed record JournalEntryView(
    long Entry, string Date, string EntityKind, string Entity, string Event, string? CommandId,
    IReadOnlyList<PostingView> Postings);

/// <summary>A page of a borrower's journal. <c>closedThrough</c>: the last day every book of the ledger has closed,
/// so every entry dated on or before it exists (downstream consumers wait for it before treating a day as
/// complete).</summary>
public sealed record JournalView(string Borrower, IReadOnlyList<JournalEntryView> Entries, long? Next,
    string? ClosedThrough);

public sealed record HealthView(string Status);

public sealed record StatusView(
    string SiloId, int PartitionCount, string? BusinessDate, int Activations, long Activated,
    long Deactivated, long CommitBatches, long CommittedTurns, ClosingView Closing);

/// <summary>End of day's progress: <c>closing</c> is the day books are closing through (the day before the business
/// date); <c>booksClosed</c> of <c>books</c> have closed it; <c>closedThrough</c> is the last day every book has
/// closed (the journal is complete through it); <c>booksClosedHere</c> this silo's sweep closed.</summary>
public sealed record ClosingView(string? Closing, long BooksClosed, long Books, string? ClosedThrough,
    long BooksClosedHere);

internal static class Views
{
    public static BorrowerView Of(BorrowerBook book) => new(book.BorrowerId, book.Borrower!.LimitMinor,
        book.Borrower.ExposureMinor, book.Borrower.Frozen, [.. book.Lines.Keys], [.. book.Orders.Keys]);

    public static LineView Of(string borrowerId, CreditLine line) => new(borrowerId, line.Id,
        line.Status == LineStatus.Open ? "open" : "closed", line.LimitMinor, Values.FormatFixed(line.RateMicros, 6),
        Values.FormatDayCount(line.DayCount), Values.FormatDate(line.ExpiryDate),
        Values.FormatDate(line.MaturityDate), Values.FormatFixed(line.PenaltyMultiplierHundredths, 2),
        line.Balance.PrincipalMinor, line.Balance.InterestMinor, line.Balance.PenaltyMinor,
        line.Balance.InterestAccruedMinor, line.Balance.PenaltyAccruedMinor)
    {
        OriginalMaturityDate = OriginalMaturity(line.OriginalMaturityDate),
        Extensions = ExtensionCount(line.OriginalMaturityDate, line.Extensions),
    };

    public static OrderView Of(string borrowerId, SupplyOrder order) => new(borrowerId, order.Id, order.Supplier,
        order.Status == OrderStatus.Open ? "open" : "cancelled", Values.FormatFixed(order.RateMicros, 6),
        Values.FormatDayCount(order.DayCount), Values.FormatDate(order.MaturityDate),
        Values.FormatFixed(order.PenaltyMultiplierHundredths, 2), order.Balance.PrincipalMinor,
        order.Balance.InterestMinor, order.Balance.PenaltyMinor, order.Balance.InterestAccruedMinor,
        order.Balance.PenaltyAccruedMinor, order.ReleasedTranches, order.PendingTranches,
        [.. order.Tranches.Select((t, i) => new TrancheView(i + 1, t.AmountMinor,
            t.ReleaseDate is { } d ? Values.FormatDate(d) : null, t.Status.ToString().ToLowerInvariant()))])
    {
        OriginalMaturityDate = OriginalMaturity(order.OriginalMaturityDate),
        Extensions = ExtensionCount(order.OriginalMaturityDate, order.Extensions),
    };

    private static string? OriginalMaturity(DateOnly? original) =>
        original is { } date ? Values.FormatDate(date) : null;

    /// <summary>Shown with the original maturity only: a loan never extended shows neither.</summary>
    private static int? ExtensionCount(DateOnly? original, int extensions) => original is null ? null : extensions;

    public static StatusView Of(string siloId, SiloCounts status, SweepProgress closing) => new(
        siloId, status.PartitionCount,
        status.BusinessDate is { } d ? Values.FormatDate(d) : null, status.Activations, status.Activated,
        status.Deactivated, status.CommitBatches, status.CommittedTurns, Of(closing));

    public static ClosingView Of(SweepProgress closing) => new(
        closing.Closing is { } day ? Values.FormatDate(day) : null, closing.BooksClosed, closing.Books,
        closing.ClosedThrough is { } through ? Values.FormatDate(through) : null, closing.BooksClosedHere);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CommandResponse))]
[JsonSerializable(typeof(BatchItemResponse[]))]
[JsonSerializable(typeof(BorrowerView))]
[JsonSerializable(typeof(LineView))]
[JsonSerializable(typeof(OrderView))]
[JsonSerializable(typeof(JournalView))]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(StatusView))]
internal sealed partial class ApiJson : JsonSerializerContext;
