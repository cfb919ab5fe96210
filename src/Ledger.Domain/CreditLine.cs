using System.Text.Json.Serialization;

namespace Ledger.Domain;

public enum LineStatus
{
    Open,
    Closed,
}

/// <summary>A rate that applies from <see cref="EffectiveDate"/> on.</summary>
public sealed record RateChange(DateOnly EffectiveDate, long RateMicros);

/// <summary>A revolving credit line: drawn as needed, repaid any time, interest by the day on the drawn
/// balance (semantics §3).</summary>
public sealed class CreditLine
{
    public required string Id { get; init; }

    public LineStatus Status { get; set; }

    public long LimitMinor { get; set; }

    /// <summary>The rate in force on the last accrued day (or at opening).</summary>
    public long RateMicros { get; set; }

    /// <summary>Future rate changes by effective date, ascending; one per date.</summary>
    public List<RateChange> RateChanges { get; set; } = [];

    public DayCount DayCount { get; set; }

    public DateOnly ExpiryDate { get; set; }

    /// <summary>The current maturity: the one opened with, or the last one an <see cref="ExtendLine"/> set.</summary>
    public DateOnly MaturityDate { get; set; }

    /// <summary>The maturity the line was opened with, once an extension has moved it; null before. Left out of
    /// the stored state while null (as <see cref="Extensions"/> while zero), so a line never extended is stored
    /// exactly as before deferrals existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? OriginalMaturityDate { get; set; }

    /// <summary>How many extensions were accepted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Extensions { get; set; }

    public long PenaltyMultiplierHundredths { get; set; }

    public LoanBalance Balance { get; set; } = new();

    internal static CreditLine Open(OpenCreditLine command) => new()
    {
        Id = command.Line,
        Status = LineStatus.Open,
        LimitMinor = command.LimitMinor,
        RateMicros = command.RateMicros,
        DayCount = command.DayCount,
        ExpiryDate = command.ExpiryDate,
        MaturityDate = command.MaturityDate,
        PenaltyMultiplierHundredths = command.PenaltyMultiplierHundredths,
    };

    internal CommandOutcome Handle(LineCommand command, IBookContext book)
    {
        if (Status == LineStatus.Closed)
        {
            return CommandOutcome.LineClosed;
        }

        return command switch
        {
            Draw draw => HandleDraw(draw, book),
            Repay repay => HandleRepay(repay, book),
            ChangeRate change => HandleChangeRate(change),
            CloseLine => HandleClose(),
            ExtendLine extend => HandleExtend(extend.MaturityDate),
            _ => throw new ArgumentException($"{command.Type} is not a line command.", nameof(command)),
        };
    }

    private CommandOutcome HandleDraw(Draw draw, IBookContext book)
    {
        if (book.Borrower.Frozen)
        {
            return CommandOutcome.BorrowerFrozen;
        }

        if (book.BusinessDate > ExpiryDate)
        {
            return CommandOutcome.LineExpired;
        }

        if (Balance.PrincipalMinor + draw.AmountMinor > LimitMinor)
        {
            return CommandOutcome.LineLimitExceeded;
        }

        if (!book.Borrower.HasRoomFor(draw.AmountMinor))
        {
            return CommandOutcome.BorrowerLimitExceeded;
        }

        Balance.PrincipalMinor += draw.AmountMinor;
        book.Borrower.ExposureMinor += draw.AmountMinor;
        book.Post(book.BusinessDate, EntityKind.Line, Id, JournalEvents.Draw, draw.Id,
            [new(Accounts.LoanPrincipal, draw.AmountMinor), new(Accounts.DisbursementClearing, -draw.AmountMinor)]);
        return CommandOutcome.Accepted;
    }

    private CommandOutcome HandleRepay(Repay repay, IBookContext book)
    {
        return Balance.Repay(repay.AmountMinor, EntityKind.Line, Id, repay.Id, book);
    }

    private CommandOutcome HandleChangeRate(ChangeRate change)
    {
        // A second change for the same date replaces the first.
        RateChanges.RemoveAll(c => c.EffectiveDate == change.EffectiveDate);
        RateChanges.Add(new RateChange(change.EffectiveDate, change.RateMicros));
        RateChanges.Sort((a, b) => a.EffectiveDate.CompareTo(b.EffectiveDate));
        return CommandOutcome.Accepted;
    }

    private CommandOutcome HandleClose()
    {
        if (!Balance.IsSettled)
        {
            return CommandOutcome.LineNotSettled;
        }

        Status = LineStatus.Closed;
        return CommandOutcome.Accepted;
    }

    /// <summary>Deferred repayment (semantics §3a), after LINE_CLOSED: the maturity moves later. The book has
    /// closed every day before the business date under the old maturity before deciding, so the move concerns the
    /// business date on: its days up to the new maturity accrue interest (<see cref="LoanBalance.AccrueDay"/>), the
    /// penalty already posted stays owed, and the penalty carry waits for a later overdue. The expiry date, the end
    /// of the drawing period, stays. No money moves, so there is no journal entry.</summary>
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

    /// <summary>The rate in force on <paramref name="day"/>: changes effective on or before it are folded in.</summary>
    private long RateOn(DateOnly day)
    {
        var applied = 0;
        while (applied < RateChanges.Count && RateChanges[applied].EffectiveDate <= day)
        {
            RateMicros = RateChanges[applied].RateMicros;
            applied++;
        }

        if (applied > 0)
        {
            RateChanges.RemoveRange(0, applied);
        }

        return RateMicros;
    }

    internal void AccrueDay(DateOnly day, IBookContext book)
    {
        if (Balance.AccruedThrough is { } through && day <= through)
        {
            return;
        }

        var posted = Balance.AccrueDay(day, RateOn(day), DayCount, MaturityDate, PenaltyMultiplierHundredths);
        if (posted is { } p)
        {
            book.Post(day, EntityKind.Line, Id, p.Event, null, AccrualPostings(p.Event, p.AmountMinor));
        }
    }

    internal static Posting[] AccrualPostings(string journalEvent, long amountMinor) =>
        journalEvent == JournalEvents.InterestAccrual
            ? [new(Accounts.InterestReceivable, amountMinor), new(Accounts.InterestIncome, -amountMinor)]
            : [new(Accounts.PenaltyReceivable, amountMinor), new(Accounts.PenaltyIncome, -amountMinor)];
}
