using System.Text.Json.Serialization;

namespace Ledger.Client;

/// <summary>A borrower as the ledger shows it (<c>GET /v1/borrowers/{borrower}</c>). Money in minor units (fen).
/// </summary>
/// <param name="Borrower">The borrower's id.</param>
/// <param name="LimitMinor">The aggregate limit over all its lines and orders.</param>
/// <param name="ExposureMinor">The principal outstanding over all its lines and orders.</param>
/// <param name="Frozen">Whether draws and releases are refused.</param>
/// <param name="Lines">The ids of its credit lines.</param>
/// <param name="Orders">The ids of its orders.</param>
public sealed record BorrowerView(
    string Borrower,
    [property: JsonPropertyName("limit")] long LimitMinor,
    [property: JsonPropertyName("exposure")] long ExposureMinor,
    bool Frozen,
    IReadOnlyList<string> Lines,
    IReadOnlyList<string> Orders);

/// <summary>The balances every loan shows, in minor units (fen): owed now, and posted in total since it opened.
/// </summary>
public interface ILoanBalances
{
    /// <summary>Principal outstanding.</summary>
    long PrincipalMinor { get; }

    /// <summary>Interest owed now.</summary>
    long InterestMinor { get; }

    /// <summary>Penalty interest owed now.</summary>
    long PenaltyMinor { get; }

    /// <summary>Interest posted in total since the loan was opened.</summary>
    long InterestAccruedMinor { get; }

    /// <summary>Penalty interest posted in total since the loan was opened.</summary>
    long PenaltyAccruedMinor { get; }
}

/// <summary>A revolving credit line (<c>GET /v1/borrowers/{borrower}/lines/{line}</c>).</summary>
/// <param name="Borrower">The borrower's id.</param>
/// <param name="Line">The line's id within the borrower.</param>
/// <param name="Status"><c>open</c> or <c>closed</c>.</param>
/// <param name="LimitMinor">The line's limit.</param>
/// <param name="Rate">The annual rate in force (0.0395 is 3.95 %).</param>
/// <param name="DayCount"><c>ACT/360</c> or <c>ACT/365</c>.</param>
/// <param name="ExpiryDate">The end of the drawing period.</param>
/// <param name="MaturityDate">The maturity in force (moved by a deferral).</param>
/// <param name="PenaltyMultiplier">Penalty interest is the rate times this after maturity.</param>
/// <param name="PrincipalMinor">Principal outstanding.</param>
/// <param name="InterestMinor">Interest owed now.</param>
/// <param name="PenaltyMinor">Penalty interest owed now.</param>
/// <param name="InterestAccruedMinor">Interest posted in total.</param>
/// <param name="PenaltyAccruedMinor">Penalty interest posted in total.</param>
public sealed record LineView(
    string Borrower,
    string Line,
    string Status,
    [property: JsonPropertyName("limit")] long LimitMinor,
    decimal Rate,
    string DayCount,
    DateOnly ExpiryDate,
    DateOnly MaturityDate,
    decimal PenaltyMultiplier,
    [property: JsonPropertyName("principal")] long PrincipalMinor,
    [property: JsonPropertyName("interest")] long InterestMinor,
    [property: JsonPropertyName("penalty")] long PenaltyMinor,
    [property: JsonPropertyName("interestAccrued")] long InterestAccruedMinor,
    [property: JsonPropertyName("penaltyAccrued")] long PenaltyAccruedMinor) : ILoanBalances
{
    /// <summary>The maturity the line was opened with, once a deferral has moved it; else null.</summary>
    public DateOnly? OriginalMaturityDate { get; init; }

    /// <summary>How many deferrals moved the maturity; null before the first.</summary>
    public int? Extensions { get; init; }
}

/// <summary>One tranche of an order.</summary>
/// <param name="Tranche">Its number, from 1.</param>
/// <param name="AmountMinor">Its amount.</param>
/// <param name="ReleaseDate">The date it is released by end of day, if scheduled.</param>
/// <param name="Status"><c>pending</c> or <c>released</c>.</param>
public sealed record TrancheView(
    int Tranche,
    [property: JsonPropertyName("amount")] long AmountMinor,
    DateOnly? ReleaseDate,
    string Status);

/// <summary>A supply-chain order (<c>GET /v1/borrowers/{borrower}/orders/{order}</c>).</summary>
/// <param name="Borrower">The borrower's id.</param>
/// <param name="Order">The order's id within the borrower.</param>
/// <param name="Supplier">Who the tranches are paid to.</param>
/// <param name="Status"><c>open</c> or <c>cancelled</c>.</param>
/// <param name="Rate">The annual rate.</param>
/// <param name="DayCount"><c>ACT/360</c> or <c>ACT/365</c>.</param>
/// <param name="MaturityDate">The maturity in force (moved by a deferral).</param>
/// <param name="PenaltyMultiplier">Penalty interest is the rate times this after maturity.</param>
/// <param name="PrincipalMinor">Principal outstanding (released and not repaid).</param>
/// <param name="InterestMinor">Interest owed now.</param>
/// <param name="PenaltyMinor">Penalty interest owed now.</param>
/// <param name="InterestAccruedMinor">Interest posted in total.</param>
/// <param name="PenaltyAccruedMinor">Penalty interest posted in total.</param>
/// <param name="ReleasedTranches">How many tranches were paid out.</param>
/// <param name="PendingTranches">How many are still to be paid out.</param>
/// <param name="Tranches">Every tranche, in order.</param>
public sealed record OrderView(
    string Borrower,
    string Order,
    string Supplier,
    string Status,
    decimal Rate,
    string DayCount,
    DateOnly MaturityDate,
    decimal PenaltyMultiplier,
    [property: JsonPropertyName("principal")] long PrincipalMinor,
    [property: JsonPropertyName("interest")] long InterestMinor,
    [property: JsonPropertyName("penalty")] long PenaltyMinor,
    [property: JsonPropertyName("interestAccrued")] long InterestAccruedMinor,
    [property: JsonPropertyName("penaltyAccrued")] long PenaltyAccruedMinor,
    int ReleasedTranches,
    int PendingTranches,
    IReadOnlyList<TrancheView> Tranches) : ILoanBalances
{
    /// <summary>The maturity the order was opened with, once a deferral has moved it; else null.</summary>
    public DateOnly? OriginalMaturityDate { get; init; }

    /// <summary>How many deferrals moved the maturity; null before the first.</summary>
    public int? Extensions { get; init; }
}

/// <summary>One side of a journal entry.</summary>
/// <param name="Account">The account (<c>loan-principal</c>, <c>supplier-payable:FEED</c>, ...).</param>
/// <param name="AmountMinor">Debit positive, credit negative.</param>
public sealed record PostingView(string Account, [property: JsonPropertyName("amount")] long AmountMinor);

/// <summary>One balanced journal entry.</summary>
/// <param name="Entry">Its number in the borrower's journal; page after it with <c>after</c>.</param>
/// <param name="Date">The business date it was booked on.</param>
/// <param name="EntityKind"><c>line</c> or <c>order</c>.</param>
/// <param name="Entity">The line or order id.</param>
/// <param name="Event">What moved the money: <c>draw</c>, <c>release</c>, <c>interest-accrual</c>,
/// <c>penalty-accrual</c> or <c>repayment</c>.
/// </param>
/// <param name="CommandId">The command that booked it; null for end of day's postings.</param>
/// <param name="Postings">Its postings; they sum to zero.</param>
public sealed record JournalEntryView(
    long Entry,
    DateOnly Date,
    string EntityKind,
    string Entity,
    string Event,
    string? CommandId,
    IReadOnlyList<PostingView> Postings);

/// <summary>A page of a borrower's journal (<c>GET /v1/borrowers/{borrower}/journal</c>).</summary>
/// <param name="Borrower">The borrower's id.</param>
/// <param name="Entries">The entries of this page, in order.</param>
/// <param name="Next">The <c>after</c> of the next page; null on the last.</param>
/// <param name="ClosedThrough">The last day every book of the ledger has closed: every entry dated on or before it
/// exists.</param>
public sealed record JournalPage(
    string Borrower,
    IReadOnlyList<JournalEntryView> Entries,
    long? Next,
    DateOnly? ClosedThrough);

/// <summary>End of day's progress.</summary>
/// <param name="Closing">The day books are closing through (the day before the business date).</param>
/// <param name="BooksClosed">How many books have closed it.</param>
/// <param name="Books">How many books there are.</param>
/// <param name="ClosedThrough">The last day every book has closed.</param>
/// <param name="BooksClosedHere">How many this silo's sweep closed.</param>
public sealed record ClosingView(
    DateOnly? Closing,
    long BooksClosed,
    long Books,
    DateOnly? ClosedThrough,
    long BooksClosedHere);

/// <summary>A silo and the ledger's date (<c>GET /v1/status</c>).</summary>
/// <param name="SiloId">The silo answering.</param>
/// <param name="PartitionCount">Partitions of the ledger, fixed when it was created (end of day sweeps by them).
/// </param>
/// <param name="BusinessDate">The ledger's business date; null before it is set.</param>
/// <param name="Activations">Books active in memory now.</param>
/// <param name="Activated">Books activated since the silo started.</param>
/// <param name="Deactivated">Books deactivated since the silo started.</param>
/// <param name="CommitBatches">Group commits since the silo started.</param>
/// <param name="CommittedTurns">Turns committed since the silo started.</param>
/// <param name="Closing">End of day's progress.</param>
public sealed record StatusView(
    string SiloId,
    int PartitionCount,
    DateOnly? BusinessDate,
    int Activations,
    long Activated,
    long Deactivated,
    long CommitBatches,
    long CommittedTurns,
    ClosingView Closing);
