using System.Text.Json.Serialization;

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

    /// <summary>The current maturity: the one opened with, or the last one an <see cref="ExtendOrder"/> set.</summary>
    public DateOnly MaturityDate { get; set; }

    /// <summary>The maturity the order was opened with, once an extension has moved it; null before. Left out of
    /// the stored state while null (as <see cref="Extensions"/> while zero), so an order never extended is stored
    /// exactly as before deferrals existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? OriginalMaturityDate { get; set; }

    /// <summary>How many extensions were accepted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Extensions { get; set; }

    public long PenaltyMultiplierHundredths { get; set; }

    /// <summary>Every tranche with its status, a pending one stuck after maturity included: an extension makes it
    /// releasable again (semantics §4), so it is never dropped.</summary>
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
        ExtendOrder extend => HandleExtend(extend.MaturityDate),
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

    /// <summary>Deferred repayment (semantics §3a). Accepted on a cancelled order too: its released principal is
    /// still owed. As for a line, the days before the business date are closed under the old maturity; from the
    /// business date on, days up to the new maturity accrue interest, and a scheduled tranche left pending because
    /// the order had matured is released again by end of day (<see cref="ReleaseScheduled"/>) while the new business
    /// date is not after the new maturity. No money moves, so there is no journal entry.</summary>
    private CommandOutcome HandleExtend(DateOnly maturityDate)
    {
        if (maturityDate <= MaturityDate)
        {
            return CommandOutcome.ExtensionNotLater;
        }

        OriginalMaturityDate ??= MaturityDate;
        MaturityDate = maturityDate;
        Extensions++;
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
