using Ledger.Domain;

namespace Ledger.LoadTest.Generate;

/// <summary>Small businesses on revolving credit lines (the CCB "quick loan" style): a line opened at the first
/// need, with a one-year expiry and a month's grace to maturity; frequent small draws and repayments in fen, now
/// and then a repayment of everything owed, an occasional rate change, a rare draw over the line's limit. About 4 %
/// of borrowers are delinquent: their line expires within the generated period, they stop repaying, try to draw on
/// the expired line, and go overdue into penalty interest; half of them pay everything late. The bank defers the
/// repayment (延期还本) of a third of the delinquent lines a few days before they mature, and of another third five
/// days after they fell overdue, by one to two months; those that pay late then pay after the new maturity.</summary>
internal sealed class CreditLineTraffic(SplitMix64 random, CommandEmitter emit, ulong seed, int days, bool varyTerms)
{
    private const int DelinquentPerMille = 40;

    private static readonly long[] RatesMicros = [36_500, 39_500, 42_000, 43_500, 48_000];
    private static readonly long[] BorrowerLimitsMinor = [10_000_000, 30_000_000, 50_000_000, 100_000_000, 300_000_000];

    private LedgerMirror Mirror => emit.Mirror;

    /// <summary>The aggregate limit a new small-business borrower gets.</summary>
    public long NextBorrowerLimit() => BorrowerLimitsMinor[random.Next(BorrowerLimitsMinor.Length)];

    public bool IsDelinquent(int b) => SplitMix64.Mix(seed, (ulong)b) % 1000 < DelinquentPerMille;

    /// <summary>Sends the borrower's next sensible line command, or returns false when it has nothing to do now
    /// (a delinquent borrower that is not paying).</summary>
    public bool TryEmit(int b)
    {
        ref readonly var line = ref Mirror.Line(b);
        if (!line.IsOpen)
        {
            if (IsDelinquent(b) && line.Number > 0)
            {
                // The bank does not renew a line that went overdue.
                return false;
            }

            OpenLine(b);
            return true;
        }

        var owedMinor = line.Loan.TotalOwedMinor;
        if (Mirror.Day > line.ExpiryDay)
        {
            return TryEmitExpired(b, owedMinor);
        }

        var roll = random.Next(1000);
        if (roll < 5 && !IsDelinquent(b))
        {
            // A business asks for more than its line has left: rejected LINE_LIMIT_EXCEEDED.
            emit.Draw(b, line.LimitMinor - line.Loan.PrincipalMinor + DrawAmount());
            return true;
        }

        if (roll < 15 && line.NextRateDay == LineState.NoDay)
        {
            emit.ChangeRate(b, OtherRate(line.RateMicros), Mirror.Day + random.Next(8));
            return true;
        }

        if (owedMinor == 0 || roll < 560 || IsDelinquent(b))
        {
            if (TryDraw(b))
            {
                return true;
            }

            if (owedMinor == 0 || IsDelinquent(b))
            {
                // Nothing owed and no room to draw, or a delinquent borrower, who does not repay.
                return false;
            }
        }

        emit.Repay(b, roll < 860 ? Math.Min(RepayAmount(), owedMinor) : owedMinor);
        return true;
    }

    /// <summary>Sends a draw whatever its outcome: the attempt of a borrower the ledger will refuse.</summary>
    public void EmitDrawAttempt(int b)
    {
        if (Mirror.Line(b).Number == 0 || (!Mirror.Line(b).IsOpen && !IsDelinquent(b)))
        {
            OpenLine(b);
            return;
        }

        emit.Draw(b, DrawAmount());
    }

    private bool TryEmitExpired(int b, long owedMinor)
    {
        ref readonly var line = ref Mirror.Line(b);
        if (owedMinor == 0)
        {
            // Renewal: the settled, expired line is closed; the next command opens a new one.
            emit.CloseLine(b);
            return true;
        }

        if (!IsDelinquent(b))
        {
            emit.Repay(b, owedMinor);
            return true;
        }

        if (line.Extensions == 0 && Mirror.Day >= DeferralDay(b, line.MaturityDay))
        {
            emit.ExtendLine(b, Math.Max(Mirror.Day, line.MaturityDay) + 30
                + (int)(SplitMix64.Mix(seed ^ 0xDEFE, (ulong)b) / 3 % 31));
            return true;
        }

        if (Mirror.Day >= LatePaymentDay(b, line.MaturityDay))
        {
            emit.Repay(b, owedMinor);
            return true;
        }

        if (random.Chance(400))
        {
            emit.Draw(b, DrawAmount());
            return true;
        }

        return false;
    }

    /// <summary>The day the bank defers a delinquent line: three days before its maturity (the drawing period has
    /// ended by then, or it is deferred on the first day after it), five days after it (penalty has accrued by
    /// then), or never, a third of the lines each.</summary>
    private int DeferralDay(int b, int maturityDay) => (SplitMix64.Mix(seed ^ 0xDEFE, (ulong)b) % 3) switch
    {
        0 => maturityDay - 3,
        1 => maturityDay + 5,
        _ => LineState.NoDay,
    };

    /// <summary>Half of the delinquent borrowers pay everything one to three weeks after maturity; the others never
    /// do within the stream.</summary>
    private int LatePaymentDay(int b, int maturityDay)
    {
        var trait = SplitMix64.Mix(seed ^ 0x1A7E, (ulong)b);
        return trait % 2 == 0 ? maturityDay + 7 + (int)(trait / 2 % 15) : LineState.NoDay;
    }

    /// <summary>Draws what the borrower needs, or what is left of its limits when that is less; false when not
    /// even the smallest draw would be accepted.</summary>
    private bool TryDraw(int b)
    {
        var amountMinor = DrawAmount();
        if (Mirror.CheckDraw(b, amountMinor) != CommandOutcome.Accepted)
        {
            ref readonly var line = ref Mirror.Line(b);
            var roomMinor = Math.Min(line.LimitMinor - line.Loan.PrincipalMinor,
                Mirror.LimitMinor(b) - Mirror.ExposureMinor(b));
            amountMinor = roomMinor / 100 * 100;
            if (amountMinor < 1_000 || Mirror.CheckDraw(b, amountMinor) != CommandOutcome.Accepted)
            {
                return false;
            }
        }

        emit.Draw(b, amountMinor);
        return true;
    }

    private void OpenLine(int b)
    {
        var day = Mirror.Day;
        var share = random.NextInRange(40, 100);
        var limitMinor = Math.Max(1_000_000, Mirror.LimitMinor(b) * share / 100 / 10_000 * 10_000);
        int expiryDay, maturityDay;
        if (IsDelinquent(b))
        {
            expiryDay = Math.Max(day, days / 3);
            maturityDay = expiryDay + Math.Max(1, days / 6);
        }
        else
        {
            expiryDay = day + 364;
            maturityDay = expiryDay + 30;
        }

        var dayCount = varyTerms && random.Chance(100) ? DayCount.Act365 : DayCount.Act360;
        var multiplierHundredths = varyTerms && random.Chance(100) ? 200 : 150;
        emit.OpenLine(b, limitMinor, RatesMicros[random.Next(RatesMicros.Length)], expiryDay, maturityDay, dayCount,
            multiplierHundredths);
    }

    private long OtherRate(long currentMicros)
    {
        var rate = RatesMicros[random.Next(RatesMicros.Length)];
        return rate == currentMicros ? RatesMicros[(Array.IndexOf(RatesMicros, rate) + 1) % RatesMicros.Length] : rate;
    }

    /// <summary>1,000 to 5,000,000 fen, most of them small: a few tens to a few thousand yuan.</summary>
    public long DrawAmount()
    {
        var bucket = random.Next(100);
        return bucket switch
        {
            < 30 => random.NextInRange(1_000, 9_999),
            < 65 => random.NextInRange(100, 999) * 100,
            < 90 => random.NextInRange(1_000, 9_999) * 100,
            _ => random.NextInRange(10_000, 50_000) * 100,
        };
    }

    private long RepayAmount()
    {
        var bucket = random.Next(100);
        return bucket switch
        {
            < 25 => random.NextInRange(1_000, 9_999),
            < 60 => random.NextInRange(100, 999) * 100,
            _ => random.NextInRange(1_000, 20_000) * 100,
        };
    }
}
