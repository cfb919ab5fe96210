namespace Ledger.Domain;

/// <summary>A borrower: one aggregate credit limit over all its lines and orders (semantics §3).</summary>
public sealed class Borrower
{
    public required string Id { get; init; }

    public long LimitMinor { get; set; }

    public bool Frozen { get; set; }

    /// <summary>Sum of outstanding principal over the borrower's lines and orders; checked against the
    /// entities at every commit.</summary>
    public long ExposureMinor { get; set; }

    /// <summary>The number the borrower's next journal entry takes.</summary>
    public long NextEntrySeq { get; set; } = 1;

    /// <summary>The last business day this borrower's book has closed (accrued, stepped past, released the tranches
    /// due the day after): the day before the business date it was opened on, then each day its book closes,
    /// lazily (<see cref="BorrowerBook.CloseDaysBefore"/>). Null only in state written before books closed their
    /// own days, which the store fills in from its column when it loads the book.</summary>
    public DateOnly? ClosedThrough { get; set; }

    /// <summary>Whether lending <paramref name="amountMinor"/> more stays within the aggregate limit.</summary>
    public bool HasRoomFor(long amountMinor) => ExposureMinor + amountMinor <= LimitMinor;

    internal CommandOutcome Handle(BorrowerCommand command)
    {
        switch (command)
        {
            case SetBorrowerLimit setLimit:
                // A limit may drop below the exposure: it only blocks new lending.
                LimitMinor = setLimit.LimitMinor;
                return CommandOutcome.Accepted;
            case FreezeBorrower:
                Frozen = true;
                return CommandOutcome.Accepted;
            case UnfreezeBorrower:
                Frozen = false;
                return CommandOutcome.Accepted;
            default:
                throw new ArgumentException($"{command.Type} is not a borrower command.", nameof(command));
        }
    }
}

/// <summary>What a line or an order sees of its borrower's book while it handles a command.</summary>
internal interface IBookContext
{
    DateOnly BusinessDate { get; }

    Borrower Borrower { get; }

    /// <summary>Makes a journal entry for the entity, booked on <paramref name="date"/>.</summary>
    void Post(DateOnly date, EntityKind kind, string entityId, string journalEvent, string? commandId,
        IReadOnlyList<Posting> postings);
}
