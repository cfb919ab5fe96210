using System.Diagnostics;
using Ledger.Domain;

namespace Ledger.LoadTest.Generate;

/// <summary>What one line or order owes, with the accrual carries of semantics §5.</summary>
internal struct LoanState
{
    public long PrincipalMinor;
    public long InterestMinor;
    public long PenaltyMinor;
    public long InterestCarry;
    public long PenaltyCarry;

    public readonly long TotalOwedMinor => PrincipalMinor + InterestMinor + PenaltyMinor;

    /// <summary>Penalty first, then interest, then principal; returns the principal repaid.</summary>
    public long ApplyRepayment(long amountMinor)
    {
        var toPenalty = Math.Min(amountMinor, PenaltyMinor);
        var toInterest = Math.Min(amountMinor - toPenalty, InterestMinor);
        var toPrincipal = amountMinor - toPenalty - toInterest;
        PenaltyMinor -= toPenalty;
        InterestMinor -= toInterest;
        PrincipalMinor -= toPrincipal;
        return toPrincipal;
    }

    public void AccrueDay(int day, int maturityDay, long rateMicros, DayCount basis, long multiplierHundredths)
    {
        if (day <= maturityDay)
        {
            (var posted, InterestCarry) = Accrual.Interest(PrincipalMinor, rateMicros, basis, InterestCarry);
            InterestMinor += posted;
        }
        else
        {
            (var posted, PenaltyCarry) =
                Accrual.Penalty(PrincipalMinor, rateMicros, multiplierHundredths, basis, PenaltyCarry);
            PenaltyMinor += posted;
        }
    }
}

/// <summary>The borrower's current credit line (<c>QL{Number}</c>); older lines are closed and owe nothing.</summary>
internal struct LineState
{
    public const int NoDay = int.MaxValue;

    public int Number;
    public bool Closed;
    public long LimitMinor;
    public long RateMicros;
    public long NextRateMicros;
    public int NextRateDay;
    public int ExpiryDay;
    public int MaturityDay;
    public int Extensions;
    public DayCount DayCount;
    public long MultiplierHundredths;
    public LoanState Loan;

    public readonly bool IsOpen => Number > 0 && !Closed;
}

/// <summary>The borrower's current order (<c>F{Number}</c>): equal tranches, the first <see cref="Unscheduled"/>
/// released by command, the rest due every <see cref="IntervalDays"/> days from the opening day.</summary>
internal struct OrderState
{
    public int Number;
    public bool Cancelled;
    public int Supplier;
    public long RateMicros;
    public DayCount DayCount;
    public long MultiplierHundredths;
    public int OpenedDay;
    public int MaturityDay;
    public int Extensions;
    public int TrancheCount;
    public int Unscheduled;
    public int IntervalDays;
    public long TrancheMinor;
    public int Released;
    public LoanState Loan;

    /// <summary>1-based number of the next pending tranche, or 0 when none is pending.</summary>
    public readonly int NextPending => Cancelled || Released >= TrancheCount ? 0 : Released + 1;

    public readonly int ReleaseDay(int tranche) =>
        tranche <= Unscheduled ? LineState.NoDay : OpenedDay + (IntervalDays * (tranche - Unscheduled));

    /// <summary>Nothing pending and nothing owed: the flock is over.</summary>
    public readonly bool IsSettled => NextPending == 0 && Loan.TotalOwedMinor == 0;
}

/// <summary>The generator's own small copy of the ledger's state, a few dozen bytes per borrower in arrays indexed by
/// borrower number, so that millions of records stream out without holding them. It follows the rules of
/// ledger-semantics.md for the commands the generator emits (the domain's books would keep every command id in
/// memory), which lets the traffic models steer towards accepted commands: repay no more than is owed, draw within
/// the limits, release the next pending tranche. Interest uses the domain's own <see cref="Accrual"/>, so a
/// "repay everything" pays exactly what the ledger says is owed. Only the current line and order of a borrower are
/// followed: the models open a new one only after the old one owes nothing, and a zero balance never accrues.</summary>
internal sealed class LedgerMirror
{
    private readonly long[] _limitMinor;
    private readonly long[] _exposureMinor;
    private readonly bool[] _frozen;
    private readonly LineState[] _lines;
    private readonly OrderState[] _orders;

    public LedgerMirror(int borrowers, bool withLines, bool withOrders)
    {
        _limitMinor = new long[borrowers];
        _exposureMinor = new long[borrowers];
        _frozen = new bool[borrowers];
        _lines = withLines ? new LineState[borrowers] : [];
        _orders = withOrders ? new OrderState[borrowers] : [];
    }

    /// <summary>The business day, counted from the stream's first date.</summary>
    public int Day { get; private set; }

    public long LimitMinor(int b) => _limitMinor[b];

    public long ExposureMinor(int b) => _exposureMinor[b];

    public bool IsFrozen(int b) => _frozen[b];

    public ref readonly LineState Line(int b) => ref _lines[b];

    public ref readonly OrderState Order(int b) => ref _orders[b];

    public void OpenBorrower(int b, long limitMinor) => _limitMinor[b] = limitMinor;

    public void SetLimit(int b, long limitMinor) => _limitMinor[b] = limitMinor;

    public void SetFrozen(int b, bool frozen) => _frozen[b] = frozen;

    /// <summary>Opens the borrower's next line, <c>QL{Number + 1}</c>; returns its number.</summary>
    public int OpenLine(int b, long limitMinor, long rateMicros, int expiryDay, int maturityDay, DayCount dayCount,
        long multiplierHundredths)
    {
        ref var line = ref _lines[b];
        if (line.IsOpen || expiryDay < Day || maturityDay < expiryDay)
        {
            throw new UnreachableException($"Borrower {b}: a line opened over an open one, or with past dates.");
        }

        line = new LineState
        {
            Number = line.Number + 1, LimitMinor = limitMinor, RateMicros = rateMicros, NextRateDay = LineState.NoDay,
            ExpiryDay = expiryDay, MaturityDay = maturityDay, DayCount = dayCount,
            MultiplierHundredths = multiplierHundredths,
        };
        return line.Number;
    }

    /// <summary>What a draw would get now, changing nothing.</summary>
    public CommandOutcome CheckDraw(int b, long amountMinor)
    {
        ref readonly var line = ref _lines[b];
        return line.Closed ? CommandOutcome.LineClosed
            : _frozen[b] ? CommandOutcome.BorrowerFrozen
            : Day > line.ExpiryDay ? CommandOutcome.LineExpired
            : line.Loan.PrincipalMinor + amountMinor > line.LimitMinor ? CommandOutcome.LineLimitExceeded
            : _exposureMinor[b] + amountMinor > _limitMinor[b] ? CommandOutcome.BorrowerLimitExceeded
            : CommandOutcome.Accepted;
    }

    public CommandOutcome Draw(int b, long amountMinor)
    {
        ref var line = ref _lines[b];
        var outcome = CheckDraw(b, amountMinor);
        if (outcome == CommandOutcome.Accepted)
        {
            line.Loan.PrincipalMinor += amountMinor;
            _exposureMinor[b] += amountMinor;
        }

        return outcome;
    }

    public CommandOutcome Repay(int b, long amountMinor)
    {
        ref var line = ref _lines[b];
        if (line.Closed)
        {
            return CommandOutcome.LineClosed;
        }

        if (amountMinor > line.Loan.TotalOwedMinor)
        {
            return CommandOutcome.Overpayment;
        }

        _exposureMinor[b] -= line.Loan.ApplyRepayment(amountMinor);
        return CommandOutcome.Accepted;
    }

    /// <summary>One pending change at a time: the models wait for it to take effect before sending another.</summary>
    public CommandOutcome ChangeRate(int b, long rateMicros, int effectiveDay)
    {
        ref var line = ref _lines[b];
        if (line.Closed)
        {
            return CommandOutcome.LineClosed;
        }

        if (line.NextRateDay != LineState.NoDay || effectiveDay < Day)
        {
            throw new UnreachableException($"Borrower {b}: a second pending rate change, or one in the past.");
        }

        line.NextRateMicros = rateMicros;
        line.NextRateDay = effectiveDay;
        return CommandOutcome.Accepted;
    }

    public CommandOutcome CloseLine(int b)
    {
        ref var line = ref _lines[b];
        var outcome = line.Closed ? CommandOutcome.LineClosed
            : line.Loan.TotalOwedMinor > 0 ? CommandOutcome.LineNotSettled
            : CommandOutcome.Accepted;
        if (outcome == CommandOutcome.Accepted)
        {
            line.Closed = true;
        }

        return outcome;
    }

    /// <summary>ExtendLine (semantics §3a): a date in the past, then LINE_CLOSED, then EXTENSION_NOT_LATER; accepted,
    /// the line's maturity moves and the accrual follows it from today on.</summary>
    public CommandOutcome ExtendLine(int b, int maturityDay)
    {
        ref var line = ref _lines[b];
        var outcome = maturityDay < Day ? CommandOutcome.InvalidCommand
            : line.Closed ? CommandOutcome.LineClosed
            : maturityDay <= line.MaturityDay ? CommandOutcome.ExtensionNotLater
            : CommandOutcome.Accepted;
        if (outcome == CommandOutcome.Accepted)
        {
            line.MaturityDay = maturityDay;
            line.Extensions++;
        }

        return outcome;
    }

    /// <summary>Opens the borrower's next order, <c>F{Number + 1}</c>; returns its number.</summary>
    public int OpenOrder(int b, in OrderState terms)
    {
        ref var order = ref _orders[b];
        if (order.Number > 0 && !order.IsSettled)
        {
            throw new UnreachableException($"Borrower {b}: an order opened while the previous one is not settled.");
        }

        var number = order.Number + 1;
        order = terms;
        order.Number = number;
        order.OpenedDay = Day;
        order.Released = 0;
        order.Extensions = 0;
        order.Cancelled = false;
        order.Loan = default;
        return number;
    }

    /// <summary>What releasing <paramref name="tranche"/> would get now, changing nothing.</summary>
    public CommandOutcome CheckRelease(int b, int tranche)
    {
        ref readonly var order = ref _orders[b];
        var next = order.NextPending;
        return order.Cancelled ? CommandOutcome.OrderCancelled
            : tranche != next || next == 0 ? CommandOutcome.TrancheOutOfOrder
            : _frozen[b] ? CommandOutcome.BorrowerFrozen
            : Day > order.MaturityDay ? CommandOutcome.OrderMatured
            : _exposureMinor[b] + order.TrancheMinor > _limitMinor[b] ? CommandOutcome.BorrowerLimitExceeded
            : CommandOutcome.Accepted;
    }

    public CommandOutcome ReleaseTranche(int b, int tranche)
    {
        ref var order = ref _orders[b];
        var outcome = CheckRelease(b, tranche);
        if (outcome == CommandOutcome.Accepted)
        {
            order.Released++;
            order.Loan.PrincipalMinor += order.TrancheMinor;
            _exposureMinor[b] += order.TrancheMinor;
        }

        return outcome;
    }

    public CommandOutcome RepayOrder(int b, long amountMinor)
    {
        ref var order = ref _orders[b];
        if (amountMinor > order.Loan.TotalOwedMinor)
        {
            return CommandOutcome.Overpayment;
        }

        _exposureMinor[b] -= order.Loan.ApplyRepayment(amountMinor);
        return CommandOutcome.Accepted;
    }

    public CommandOutcome CancelOrder(int b)
    {
        ref var order = ref _orders[b];
        if (order.Cancelled)
        {
            return CommandOutcome.OrderCancelled;
        }

        order.Cancelled = true;
        return CommandOutcome.Accepted;
    }

    /// <summary>ExtendOrder, a cancelled order included; the end of day releases tranches stuck at the old maturity
    /// again (<see cref="EndOfDay"/> checks each release against the maturity in force).</summary>
    public CommandOutcome ExtendOrder(int b, int maturityDay)
    {
        ref var order = ref _orders[b];
        var outcome = maturityDay < Day ? CommandOutcome.InvalidCommand
            : maturityDay <= order.MaturityDay ? CommandOutcome.ExtensionNotLater
            : CommandOutcome.Accepted;
        if (outcome == CommandOutcome.Accepted)
        {
            order.MaturityDay = maturityDay;
            order.Extensions++;
        }

        return outcome;
    }

    /// <summary>End of day <see cref="Day"/>: accrue it on every line and order, move to the next day, then release
    /// the scheduled tranches now due, as semantics §2 orders it (per borrower independent, so one pass).</summary>
    public void EndOfDay()
    {
        var day = Day;
        Day = day + 1;
        for (var b = 0; b < _lines.Length; b++)
        {
            ref var line = ref _lines[b];
            if (line.Number == 0)
            {
                continue;
            }

            if (line.NextRateDay <= day)
            {
                line.RateMicros = line.NextRateMicros;
                line.NextRateDay = LineState.NoDay;
            }

            line.Loan.AccrueDay(day, line.MaturityDay, line.RateMicros, line.DayCount, line.MultiplierHundredths);
        }

        for (var b = 0; b < _orders.Length; b++)
        {
            ref var order = ref _orders[b];
            if (order.Number == 0)
            {
                continue;
            }

            order.Loan.AccrueDay(day, order.MaturityDay, order.RateMicros, order.DayCount, order.MultiplierHundredths);
            while (order.NextPending is var next and > 0 && order.ReleaseDay(next) <= Day
                && ReleaseTranche(b, next) == CommandOutcome.Accepted)
            {
            }
        }
    }
}
