namespace Ledger.Domain;

public enum OrderStatus
{
    Open,
    Cancelled,
}

public enum TrancheStatus
{
    Pending,
    Released,
    Cancelled,
}

/// <summary>One tranche of an order.</summary>
public sealed class Tranche
{
    public long AmountMinor { get; set; }

    public DateOnly? ReleaseDate { get; set; }

    public TrancheStatus Status { get; set; }
}

/// <summary>A supply-chain order financed in tranches, each paid to the supplier when its production stage is
/// reached; interest runs on released amounts only (semantics §4).</summary>
public sealed class SupplyOrder
{
    public required string Id { get; init; }

    public required string Supplier { get; init; }

    public OrderStatus Status { get; set; }

    public long RateMicros { get; set; }

    public DayCount DayCount { get; set; }

    public DateOnly MaturityDate { get; set; }

    public long PenaltyMultiplierHundredths { get; set; }

    public List<Tranche> Tranches { get; set; } = [];

    public LoanBalance Balance { get; set; } = new();

    public int ReleasedTranches => Tranches.Count(t => t.Status == TrancheStatus.Released);

    public int PendingTranches => Tranches.Count(t => t.Status == TrancheStatus.Pending);

    /// <summary>The 1-based number of the next pending tranche, or 0 when none is pending.</summary>
    public int NextPendingTranche
    {
        get
        {
            var index = Tranches.FindIndex(t => t.Status == TrancheStatus.Pending);
            return index < 0 ? 0 : index + 1;
        }
    }

    internal static SupplyOrder Open(OpenOrder command) => new()
    {
        Id = command.Order,
        Supplier = command.Supplier,
        Status = OrderStatus.Open,
        RateMicros = command.RateMicros,
        DayCount = command.DayCount,
        MaturityDate = command.MaturityDate,
        PenaltyMultiplierHundredths = command.PenaltyMultiplierHundredths,
        Tranches = command.Tranches
            .Select(t => new Tranche { AmountMinor = t.AmountMinor, ReleaseDate = t.ReleaseDate })
            .ToList(),
    };

    internal CommandOutcome Handle(OrderCommand command, IBookContext book) => command switch
    {
        ReleaseTranche release => TryRelease(release.Tranche, book.BusinessDate, release.Id, book),
        RepayOrder repay => HandleRepay(repay, book),
        CancelOrder => HandleCancel(),
        _ => throw new ArgumentException($"{command.Type} is not an order command.", nameof(command)),
    };

    /// <summary>Releases tranche <paramref name="number"/> on <paramref name="date"/> if every check of §4
    /// passes, paying the supplier.</summary>
    private CommandOutcome TryRelease(int number, DateOnly date, string? commandId, IBookContext book)
    {
        if (Status == OrderStatus.Cancelled)
        {
            return CommandOutcome.OrderCancelled;
        }

        if (number != NextPendingTranche || number == 0)
        {
            return CommandOutcome.TrancheOutOfOrder;
        }

        if (book.Borrower.Frozen)
        {
            return CommandOutcome.BorrowerFrozen;
        }

        if (date > MaturityDate)
        {
            return CommandOutcome.OrderMatured;
        }

        var tranche = Tranches[number - 1];
        if (!book.Borrower.HasRoomFor(tranche.AmountMinor))
        {
            return CommandOutcome.BorrowerLimitExceeded;
        }

        tranche.Status = TrancheStatus.Released;
        Balance.PrincipalMinor += tranche.AmountMinor;
        book.Borrower.ExposureMinor += tranche.AmountMinor;
        book.Post(date, EntityKind.Order, Id, JournalEvents.Release, commandId,
        [
            new(Accounts.LoanPrincipal, tranche.AmountMinor),
            new(Accounts.SupplierPayable(Supplier), -tranche.AmountMinor),
        ]);
        return CommandOutcome.Accepted;
    }

    private CommandOutcome HandleRepay(RepayOrder repay, IBookContext book)
    {
        // Accepted on a cancelled order too: released principal stays owed.
        return Balance.Repay(repay.AmountMinor, EntityKind.Order, Id, repay.Id, book);
    }

    private CommandOutcome HandleCancel()
    {
        if (Status == OrderStatus.Cancelled)
        {
            return CommandOutcome.OrderCancelled;
        }

        Status = OrderStatus.Cancelled;
        foreach (var tranche in Tranches.Where(t => t.Status == TrancheStatus.Pending))
        {
            tranche.Status = TrancheStatus.Cancelled;
        }

        return CommandOutcome.Accepted;
    }

    internal void AccrueDay(DateOnly day, IBookContext book)
    {
        var posted = Balance.AccrueDay(day, RateMicros, DayCount, MaturityDate, PenaltyMultiplierHundredths);
        if (posted is { } p)
        {
            book.Post(day, EntityKind.Order, Id, p.Event, null, CreditLine.AccrualPostings(p.Event, p.AmountMinor));
        }
    }

    /// <summary>End of day, step 3: releases, in number order, the pending tranches scheduled on or before
    /// <paramref name="newDate"/>. A tranche whose checks fail stays pending and blocks those after it; it is
    /// tried again at the next end of day. Returns whether anything was released.</summary>
    internal bool ReleaseScheduled(DateOnly newDate, IBookContext book)
    {
        var released = false;
        while (Status == OrderStatus.Open)
        {
            var next = NextPendingTranche;
            if (next == 0 || Tranches[next - 1].ReleaseDate is not { } due || due > newDate)
            {
                break;
            }

            if (TryRelease(next, newDate, null, book) != CommandOutcome.Accepted)
            {
                break;
            }

            released = true;
        }

        return released;
    }
}
