namespace Ledger.GrainInterfaces;

// What the grains show: the same figures as the HTTP views (README, "HTTP API"), as of the business date: a book with
// days still to close is shown closed (in memory; a read never writes). Money in minor units, rates and multipliers
// as the decimal strings of the stream format.

[GenerateSerializer, Immutable, Alias("ledger.BorrowerView")]
public sealed record BorrowerView
{
    [Id(0)] public required string Borrower { get; init; }

    [Id(1)] public required long Limit { get; init; }

    /// <summary>Outstanding principal over all the borrower's lines and orders.</summary>
    [Id(2)] public required long Exposure { get; init; }

    [Id(3)] public required bool Frozen { get; init; }

    /// <summary>Line ids, ordinally.</summary>
    [Id(4)] public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>Order ids, ordinally.</summary>
    [Id(5)] public required IReadOnlyList<string> Orders { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.LineView")]
public sealed record LineView
{
    [Id(0)] public required string Borrower { get; init; }

    [Id(1)] public required string Line { get; init; }

    /// <summary>"open" or "closed".</summary>
    [Id(2)] public required string Status { get; init; }

    [Id(3)] public required long Limit { get; init; }

    [Id(4)] public required string Rate { get; init; }

    [Id(5)] public required string DayCount { get; init; }

    [Id(6)] public required DateOnly ExpiryDate { get; init; }

    /// <summary>The maturity in force: the one opened with, or the last one a deferral set.</summary>
    [Id(7)] public required DateOnly MaturityDate { get; init; }

    [Id(8)] public required string PenaltyMultiplier { get; init; }

    [Id(9)] public required long Principal { get; init; }

    /// <summary>Interest owed now.</summary>
    [Id(10)] public required long Interest { get; init; }

    /// <summary>Penalty interest owed now.</summary>
    [Id(11)] public required long Penalty { get; init; }

    /// <summary>Interest posted since the line was opened.</summary>
    [Id(12)] public required long InterestAccrued { get; init; }

    [Id(13)] public required long PenaltyAccrued { get; init; }

    /// <summary>The maturity the line was opened with, once a deferral has moved <see cref="MaturityDate"/>; null
    /// before.</summary>
    [Id(14)] public DateOnly? OriginalMaturityDate { get; init; }

    /// <summary>How many deferrals moved the maturity; null while none has (with <see cref="OriginalMaturityDate"/>).
    /// </summary>
    [Id(15)] public int? Extensions { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.TrancheView")]
public sealed record TrancheView
{
    /// <summary>1-based.</summary>
    [Id(0)] public required int Tranche { get; init; }

    [Id(1)] public required long Amount { get; init; }

    [Id(2)] public DateOnly? ReleaseDate { get; init; }

    /// <summary>"pending", "released" or "cancelled".</summary>
    [Id(3)] public required string Status { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.OrderView")]
public sealed record OrderView
{
    [Id(0)] public required string Borrower { get; init; }

    [Id(1)] public required string Order { get; init; }

    [Id(2)] public required string Supplier { get; init; }

    /// <summary>"open" or "cancelled".</summary>
    [Id(3)] public required string Status { get; init; }

    [Id(4)] public required string Rate { get; init; }

    [Id(5)] public required string DayCount { get; init; }

    /// <summary>The maturity in force: the one opened with, or the last one a deferral set.</summary>
    [Id(6)] public required DateOnly MaturityDate { get; init; }

    [Id(7)] public required string PenaltyMultiplier { get; init; }

    [Id(8)] public required long Principal { get; init; }

    [Id(9)] public required long Interest { get; init; }

    [Id(10)] public required long Penalty { get; init; }

    [Id(11)] public required long InterestAccrued { get; init; }

    [Id(12)] public required long PenaltyAccrued { get; init; }

    [Id(13)] public required int ReleasedTranches { get; init; }

    [Id(14)] public required int PendingTranches { get; init; }

    [Id(15)] public required IReadOnlyList<TrancheView> Tranches { get; init; }

    /// <summary>The maturity the order was opened with, once a deferral has moved <see cref="MaturityDate"/>; null
    /// before.</summary>
    [Id(16)] public DateOnly? OriginalMaturityDate { get; init; }

    /// <summary>How many deferrals moved the maturity; null while none has.</summary>
    [Id(17)] public int? Extensions { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.Posting")]
public sealed record PostingView
{
    [Id(0)] public required string Account { get; init; }

    /// <summary>Debit positive, credit negative.</summary>
    [Id(1)] public required long Amount { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.JournalEntry")]
public sealed record JournalEntryView
{
    [Id(0)] public required long Entry { get; init; }

    [Id(1)] public required DateOnly Date { get; init; }

    /// <summary>"line" or "order".</summary>
    [Id(2)] public required string EntityKind { get; init; }

    [Id(3)] public required string Entity { get; init; }

    [Id(4)] public required string Event { get; init; }

    [Id(5)] public string? CommandId { get; init; }

    /// <summary>Its postings, which sum to zero.</summary>
    [Id(6)] public required IReadOnlyList<PostingView> Postings { get; init; }
}

/// <summary>A page of a borrower's journal; <see cref="Next"/> is the entry to page on from, null at the end.
/// </summary>
[GenerateSerializer, Immutable, Alias("ledger.JournalPage")]
public sealed record JournalPage
{
    [Id(0)] public required string Borrower { get; init; }

    [Id(1)] public required IReadOnlyList<JournalEntryView> Entries { get; init; }

    [Id(2)] public long? Next { get; init; }
}

/// <summary>The ledger's dates and end of day's progress.</summary>
[GenerateSerializer, Immutable, Alias("ledger.LedgerStatus")]
public sealed record LedgerStatus
{
    /// <summary>Null until SetBusinessDate.</summary>
    [Id(0)] public DateOnly? BusinessDate { get; init; }

    /// <summary>The last day every book has closed: the journal is complete through it.</summary>
    [Id(1)] public DateOnly? ClosedThrough { get; init; }

    /// <summary>Books that have closed the day before the business date, of <see cref="Books"/>.</summary>
    [Id(2)] public required long BooksClosed { get; init; }

    [Id(3)] public required long Books { get; init; }
}
