using Ledger.Domain;

namespace Ledger.LoadTest.Generate;

/// <summary>Both products on one ledger, with the rest of the command set and the noise of real clients. Per
/// thousand commands: 20 retries (an earlier record sent again byte for byte), 5 id conflicts (an earlier id with a
/// different amount), 20 invalid commands (bad amounts, unknown borrowers, lines and tranches, dates in the past or
/// not dates at all, overpayments, deferrals to a date in the past or not after the maturity, now and then an
/// EndOfDay for the wrong date), 10 administrative commands (limit
/// changes up and down, freezes, closing settled lines, cancelling orders) and the rest product traffic. Borrowers
/// are small businesses with credit lines (55 %), farms with flock orders (30 %) or both (15 %).</summary>
internal sealed class MixedTraffic(SplitMix64 random, CommandEmitter emit, ulong seed, CreditLineTraffic lines,
    FlockTraffic flocks, BorrowerPicker picker)
{
    private const int RetryPerMille = 20;
    private const int ConflictPerMille = 5;
    private const int InvalidPerMille = 20;
    private const int AdminPerMille = 10;
    private const int Attempts = 16;

    private LedgerMirror Mirror => emit.Mirror;

    private bool HasLines(int b) => SplitMix64.Mix(seed ^ 0x5EED, (ulong)b) % 100 is < 55 or >= 85;

    private bool HasOrders(int b) => SplitMix64.Mix(seed ^ 0x5EED, (ulong)b) % 100 >= 55;

    public long NewBorrower(int b) =>
        (HasLines(b) ? lines.NextBorrowerLimit() : 0) + (HasOrders(b) ? flocks.NewFarm(b) : 0);

    public void EmitOne()
    {
        var roll = random.Next(1000);
        if (roll < RetryPerMille && emit.RecentCount > 0)
        {
            emit.Raw(emit.Recent(random.Next(emit.RecentCount)).Line);
        }
        else if (roll < RetryPerMille + ConflictPerMille && TryEmitConflict())
        {
        }
        else if (roll < RetryPerMille + ConflictPerMille + InvalidPerMille)
        {
            EmitInvalid(picker.Pick());
        }
        else if (roll < RetryPerMille + ConflictPerMille + InvalidPerMille + AdminPerMille)
        {
            EmitAdmin(picker.Pick());
        }
        else
        {
            EmitProduct();
        }
    }

    private void EmitProduct()
    {
        var b = 0;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            b = picker.Pick();
            if (Mirror.IsFrozen(b))
            {
                // A frozen borrower asks to be unfrozen, or tries a draw the ledger refuses.
                if (random.Chance(300))
                {
                    emit.Freeze(b, frozen: false);
                    return;
                }

                if (HasLines(b) && Mirror.Line(b).IsOpen && random.Chance(200))
                {
                    lines.EmitDrawAttempt(b);
                    return;
                }
            }

            var useLine = HasLines(b) && (!HasOrders(b) || random.Chance(500));
            if (useLine ? lines.TryEmit(b) : flocks.TryEmitDue(b))
            {
                return;
            }
        }

        if (HasOrders(b))
        {
            flocks.EmitAhead(b);
        }
        else
        {
            lines.EmitDrawAttempt(b);
        }
    }

    /// <summary>An earlier amount-bearing id sent with a different amount: DUPLICATE_ID_CONFLICT.</summary>
    private bool TryEmitConflict()
    {
        for (var attempt = 0; attempt < 8 && emit.RecentCount > 0; attempt++)
        {
            var recent = emit.Recent(random.Next(emit.RecentCount));
            if (recent.AmountMinor == 0)
            {
                continue;
            }

            var entity = recent.Type == "RepayOrder" ? ("order", "F") : ("line", "QL");
            var other = recent.AmountMinor + (100 * (1 + random.Next(50)));
            emit.Raw(new RecordBuilder().Begin(recent.Type, recent.IdNumber)
                .Padded("borrower", 'B', recent.Borrower + 1L, CommandEmitter.BorrowerDigits)
                .Numbered(entity.Item1, entity.Item2, recent.Entity).Integer("amount", other).End());
            return true;
        }

        return false;
    }

    private void EmitInvalid(int b)
    {
        var line = Math.Max(1, Mirror.Line(b).Number);
        var day = Mirror.Day;
        switch (random.Next(61))
        {
            case < 5:
                emit.Raw(emit.BeginFor("Draw", b).Numbered("line", "QL", line).Integer("amount", 0).End());
                break;
            case < 10:
                emit.Raw(emit.BeginFor("Repay", b).Numbered("line", "QL", line).Integer("amount", -50_000).End());
                break;
            case < 15:
                emit.Raw(emit.BeginFor("Draw", b).Numbered("line", "QL", line)
                    .Integer("amount", Values.MaxAmountMinor + 1).End());
                break;
            case < 20:
                emit.Raw(emit.Begin("Draw").Padded("borrower", 'U', b + 1L, CommandEmitter.BorrowerDigits)
                    .Numbered("line", "QL", 1).Integer("amount", lines.DrawAmount()).End());
                break;
            case < 25:
                emit.Raw(emit.BeginFor("ChangeRate", b).Numbered("line", "QL", line).String("rate", "0.0399")
                    .String("effectiveDate", emit.Date(day - 1 - random.Next(30))).End());
                break;
            case < 30:
                emit.Raw(emit.BeginFor("OpenCreditLine", b).Numbered("line", "QL", line + 1)
                    .Integer("limit", 5_000_000).String("rate", "0.0435")
                    .String("expiryDate", emit.Date(day - 1 - random.Next(30))).End());
                break;
            case < 35:
                emit.Raw(emit.BeginFor("ChangeRate", b).Numbered("line", "QL", line).String("rate", "0.0399")
                    .String("effectiveDate", "2024-02-30").End());
                break;
            case < 40:
                emit.Raw(emit.BeginFor("Repay", b).Numbered("line", "QL", 99).Integer("amount", 10_000).End());
                break;
            case < 45:
                emit.Raw(emit.BeginFor("Repay", b).Numbered("line", "QL", line)
                    .Integer("amount", Mirror.Line(b).Loan.TotalOwedMinor + 100).End());
                break;
            case < 50:
                emit.Raw(emit.BeginFor("ReleaseTranche", b).Numbered("order", "F", Math.Max(1, Mirror.Order(b).Number))
                    .Integer("tranche", Mirror.Order(b).NextPending + 1).End());
                break;
            case < 55:
                emit.Raw(emit.BeginFor("ExtendLine", b).Numbered("line", "QL", line)
                    .String("maturityDate", emit.Date(day - 1 - random.Next(30))).End());
                break;
            case < 60:
                // The maturity in force, or a day before it: EXTENSION_NOT_LATER (INVALID_COMMAND once it is past).
                emit.Raw(emit.BeginFor("ExtendOrder", b).Numbered("order", "F", Math.Max(1, Mirror.Order(b).Number))
                    .String("maturityDate", emit.Date(Mirror.Order(b).MaturityDay - random.Next(2))).End());
                break;
            default:
                emit.Raw(emit.Begin("EndOfDay").String("date", emit.Date(day + 1)).End());
                break;
        }
    }

    private void EmitAdmin(int b)
    {
        var roll = random.Next(100);
        ref readonly var line = ref Mirror.Line(b);
        ref readonly var order = ref Mirror.Order(b);
        if (roll < 15)
        {
            emit.Freeze(b, !Mirror.IsFrozen(b));
        }
        else if (roll < 40 && line.IsOpen)
        {
            // Mostly settled lines the borrower no longer needs; now and then one that still owes.
            if (line.Loan.TotalOwedMinor == 0 || random.Chance(250))
            {
                emit.CloseLine(b);
                return;
            }

            emit.Repay(b, line.Loan.TotalOwedMinor);
        }
        else if (roll < 65 && order.NextPending > 0)
        {
            emit.CancelOrder(b);
        }
        else
        {
            // Mostly raises; a quarter of the time a cut to about the exposure (possibly below it), which
            // blocks new lending until the next raise.
            var exposureMinor = Mirror.ExposureMinor(b);
            var newLimitMinor = exposureMinor > 0 && random.Chance(250)
                ? exposureMinor * random.NextInRange(80, 100) / 100
                : Math.Max(Mirror.LimitMinor(b), 1_000_000) * random.NextInRange(110, 150) / 100;
            emit.SetBorrowerLimit(b, Math.Min(Values.MaxLimitMinor, newLimitMinor / 10_000 * 10_000));
        }
    }
}
