namespace Ledger.Domain;

/// <summary>The balances every loan carries, a credit line or an order alike: what is owed, what was accrued in
/// total, and the accrual carries of semantics §5.</summary>
public sealed class LoanBalance
{
    public long PrincipalMinor { get; set; }

    public long InterestMinor { get; set; }

    public long PenaltyMinor { get; set; }

    public long InterestAccruedMinor { get; set; }

    public long PenaltyAccruedMinor { get; set; }

    /// <summary>Interest numerator carry, |carry| ≤ basis × 10^6 / 2.</summary>
    public long InterestCarry { get; set; }

    /// <summary>Penalty numerator carry, |carry| ≤ basis × 10^8 / 2.</summary>
    public long PenaltyCarry { get; set; }

    /// <summary>The last closed day accrued; a day is accrued once, which makes a resumed end of day safe.</summary>
    public DateOnly? AccruedThrough { get; set; }

    public long TotalOwedMinor => PrincipalMinor + InterestMinor + PenaltyMinor;

    public bool IsSettled => TotalOwedMinor == 0;

    /// <summary>Accrues closed day <paramref name="day"/> at <paramref name="rateMicros"/>: interest up to
    /// maturity, penalty after. Returns the journal event and amount posted, or null when nothing was posted or
    /// the day was already accrued.</summary>
    public (string Event, long AmountMinor)? AccrueDay(DateOnly day, long rateMicros, DayCount basis,
        DateOnly maturityDate, long multiplierHundredths)
    {
        if (AccruedThrough is { } through && day <= through)
        {
            return null;
        }

        AccruedThrough = day;
        if (day <= maturityDate)
        {
            var (posted, carry) = Accrual.Interest(PrincipalMinor, rateMicros, basis, InterestCarry);
            InterestCarry = carry;
            if (posted == 0)
            {
                return null;
            }

            InterestMinor += posted;
            InterestAccruedMinor += posted;
            return (JournalEvents.InterestAccrual, posted);
        }
        else
        {
            var (posted, carry) =
                Accrual.Penalty(PrincipalMinor, rateMicros, multiplierHundredths, basis, PenaltyCarry);
            PenaltyCarry = carry;
            if (posted == 0)
            {
                return null;
            }

            PenaltyMinor += posted;
            PenaltyAccruedMinor += posted;
            return (JournalEvents.PenaltyAccrual, posted);
        }
    }

    /// <summary>A Repay or RepayOrder on the entity owning this balance: OVERPAYMENT beyond the total owed, else
    /// the waterfall, the borrower's exposure and the repayment entry.</summary>
    internal CommandOutcome Repay(long amountMinor, EntityKind kind, string entityId, string commandId,
        IBookContext book)
    {
        if (amountMinor > TotalOwedMinor)
        {
            return CommandOutcome.Overpayment;
        }

        var principalBefore = PrincipalMinor;
        var postings = ApplyRepayment(amountMinor);
        book.Borrower.ExposureMinor -= principalBefore - PrincipalMinor;
        book.Post(book.BusinessDate, kind, entityId, JournalEvents.Repayment, commandId, postings);
        return CommandOutcome.Accepted;
    }

    /// <summary>Applies a repayment of at most the total owed: penalty first, then interest, then principal.
    /// Returns the postings of the repayment entry.</summary>
    public List<Posting> ApplyRepayment(long amountMinor)
    {
        if (amountMinor <= 0 || amountMinor > TotalOwedMinor)
        {
            throw new ArgumentOutOfRangeException(nameof(amountMinor), "A repayment must be 1..total owed.");
        }

        var toPenalty = Math.Min(amountMinor, PenaltyMinor);
        var toInterest = Math.Min(amountMinor - toPenalty, InterestMinor);
        var toPrincipal = amountMinor - toPenalty - toInterest;
        PenaltyMinor -= toPenalty;
        InterestMinor -= toInterest;
        PrincipalMinor -= toPrincipal;

        var postings = new List<Posting>(4) { new(Accounts.RepaymentClearing, amountMinor) };
        if (toPenalty > 0)
        {
            postings.Add(new Posting(Accounts.PenaltyReceivable, -toPenalty));
        }

        if (toInterest > 0)
        {
            postings.Add(new Posting(Accounts.InterestReceivable, -toInterest));
        }

        if (toPrincipal > 0)
        {
            postings.Add(new Posting(Accounts.LoanPrincipal, -toPrincipal));
        }

        return postings;
    }
}
