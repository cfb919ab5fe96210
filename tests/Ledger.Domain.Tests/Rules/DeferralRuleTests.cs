using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Rules;

/// <summary>Semantics §3a: ExtendLine and ExtendOrder (延期还本), their checks in the order of §7 and §3a, and what a
/// deferral does to the accrual and the scheduled releases. Amounts: 36,000,000 fen at 1 % ACT/360 bear 1,000 fen a
/// day as interest and 1,500 as penalty (m = 1.5); the ledger starts on 2024-03-01.</summary>
public sealed class DeferralRuleTests
{
    private const long Loan = 36_000_000;

    private static DateOnly D(string date) => LedgerHarness.DateOf(date);

    /// <summary>Borrower B1 with line L1 (expiry and maturity <paramref name="maturityDate"/>) drawn
    /// <see cref="Loan"/> on 2024-03-01.</summary>
    private static LedgerHarness LineDrawn(string maturityDate, string rate = LedgerHarness.OnePercent,
        string? dayCount = null, string? multiplier = null, long amountMinor = Loan)
    {
        var harness = LedgerHarness.WithBorrower();
        Assert.Equal("ACCEPTED", harness.OpenLine("B1", "L1", 100_000_000, rate, expiryDate: maturityDate,
            maturityDate: maturityDate, dayCount: dayCount, multiplier: multiplier));
        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", amountMinor));
        return harness;
    }

    /// <summary>An entity's journal entries in order: date, event, and the amount of the first posting.</summary>
    private static string[] Timeline(LedgerHarness harness, string entity) =>
        [.. harness.Ledger.Journal.Where(e => e.Borrower == "B1" && e.EntityId == entity)
            .Select(e => $"{Values.FormatDate(e.Date)} {e.Event} {e.Postings[0].AmountMinor}")];

    private static string[] Days(string journalEvent, long amountMinor, string from, string through)
    {
        var days = new List<string>();
        for (var day = D(from); day <= D(through); day = day.AddDays(1))
        {
            days.Add($"{Values.FormatDate(day)} {journalEvent} {amountMinor}");
        }

        return [.. days];
    }

    private static void RunUntil(LedgerHarness harness, string businessDate)
    {
        while (harness.BusinessDate < D(businessDate))
        {
            Assert.Equal("ACCEPTED", harness.EndOfDay());
        }
    }

    // ---- checks, in their order ----

    [Fact]
    public void ExtendLine_UnknownLineWithPastDate_IsUnknownLine()
    {
        var harness = LedgerHarness.WithBorrower();

        Assert.Equal("UNKNOWN_LINE", harness.ExtendLine("B1", "L9", "2024-02-01"));
    }

    [Fact]
    public void ExtendLine_ClosedLineWithPastDate_IsInvalidCommandThenLineClosed()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 1_000, expiryDate: "2024-03-05");
        Assert.Equal("ACCEPTED", harness.CloseLine("B1", "L1"));
        harness.RunDays(2);

        Assert.Equal("INVALID_COMMAND", harness.ExtendLine("B1", "L1", "2024-03-02"));
        Assert.Equal("LINE_CLOSED", harness.ExtendLine("B1", "L1", "2024-04-30"));
        Assert.Equal("LINE_CLOSED", harness.ExtendLine("B1", "L1", "2024-03-05"));
        Assert.Equal(D("2024-03-05"), harness.Line("B1", "L1").MaturityDate);
    }

    [Theory]
    [InlineData("2024-03-20")]
    [InlineData("2024-03-19")]
    [InlineData("2024-03-01")]
    public void ExtendLine_SameOrEarlierMaturity_IsExtensionNotLaterAndChangesNothing(string maturityDate)
    {
        var harness = LineDrawn("2024-03-20");
        var entries = harness.Ledger.Journal.Count;

        Assert.Equal("EXTENSION_NOT_LATER", harness.ExtendLine("B1", "L1", maturityDate));

        var line = harness.Line("B1", "L1");
        Assert.Equal((D("2024-03-20"), null, 0), (line.MaturityDate, line.OriginalMaturityDate, line.Extensions));
        Assert.Equal(entries, harness.Ledger.Journal.Count);
    }

    [Theory]
    [InlineData("2024-03-04")]
    [InlineData("2024-03-08")]
    public void ExtendLine_DateBeforeTheBusinessDate_IsInvalidCommandEvenWhenLaterThanTheMaturity(string date)
    {
        var harness = LineDrawn("2024-03-05");
        RunUntil(harness, "2024-03-09");

        Assert.Equal("INVALID_COMMAND", harness.ExtendLine("B1", "L1", date));
        Assert.Equal(D("2024-03-05"), harness.Line("B1", "L1").MaturityDate);
    }

    [Fact]
    public void ExtendOrder_ChecksInOrder_UnknownOrderThenPastDateThenNotLater()
    {
        var harness = LedgerHarness.WithBorrower();
        Assert.Equal("ACCEPTED", harness.OpenOrder("B1", "O1", 2, 1_000, maturityDate: "2024-03-10"));
        harness.RunDays(2);

        Assert.Equal("UNKNOWN_ORDER", harness.ExtendOrder("B1", "O9", "2024-02-01"));
        Assert.Equal("INVALID_COMMAND", harness.ExtendOrder("B1", "O1", "2024-03-02"));
        Assert.Equal("EXTENSION_NOT_LATER", harness.ExtendOrder("B1", "O1", "2024-03-10"));
        Assert.Equal("EXTENSION_NOT_LATER", harness.ExtendOrder("B1", "O1", "2024-03-03"));
        Assert.Equal("ACCEPTED", harness.ExtendOrder("B1", "O1", "2024-03-11"));
    }

    [Fact]
    public void ExtendOrder_CancelledOrder_IsAccepted()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", 2, 1_000, maturityDate: "2024-03-10");
        Assert.Equal("ACCEPTED", harness.CancelOrder("B1", "O1"));

        Assert.Equal("ACCEPTED", harness.ExtendOrder("B1", "O1", "2024-04-10"));
        Assert.Equal("EXTENSION_NOT_LATER", harness.ExtendOrder("B1", "O1", "2024-04-10"));
    }

    [Fact]
    public void ExtendLine_SameIdAgain_ReturnsItsOutcomeAndExtendsOnce()
    {
        var harness = LineDrawn("2024-03-20");
        var extend = Records.Of("ExtendLine", "x1", ("borrower", "B1"), ("line", "L1"),
            ("maturityDate", "2024-04-20"));

        Assert.Equal("ACCEPTED", harness.Apply(extend));
        Assert.Equal("ACCEPTED", harness.Apply(extend.Reversed()));
        Assert.Equal("DUPLICATE_ID_CONFLICT", harness.Apply(extend.With("maturityDate", "\"2024-05-20\"")));

        var line = harness.Line("B1", "L1");
        Assert.Equal((D("2024-04-20"), 1), (line.MaturityDate, line.Extensions));
    }

    // ---- effects ----

    [Fact]
    public void ExtendLine_Twice_KeepsTheOriginalMaturityCountsAndPostsNothing()
    {
        var harness = LineDrawn("2024-03-20");
        var entries = harness.Ledger.Journal.Count;
        var accounts = harness.Ledger.Accounts.ToDictionary();

        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-04-20"));
        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-05-20"));

        var line = harness.Line("B1", "L1");
        Assert.Equal((D("2024-05-20"), D("2024-03-20"), 2),
            (line.MaturityDate, line.OriginalMaturityDate, line.Extensions));
        Assert.Equal(D("2024-03-20"), line.ExpiryDate);
        Assert.Equal(entries, harness.Ledger.Journal.Count);
        Assert.Equal(accounts, harness.Ledger.Accounts);
    }

    [Fact]
    public void ExtendLine_ExpiryUnchanged_DrawAfterExpiryIsStillLineExpired()
    {
        var harness = LineDrawn("2024-03-02");
        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-04-30"));
        harness.RunDays(2);

        Assert.Equal("LINE_EXPIRED", harness.Draw("B1", "L1", 100));
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 100));
    }

    [Fact]
    public void ExtendLine_BeforeMaturity_DaysUpToTheNewMaturityAccrueInterestThenPenalty()
    {
        var harness = LineDrawn("2024-03-03");

        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-03-06"));
        RunUntil(harness, "2024-03-09");

        Assert.Equal(
            [
                "2024-03-01 draw 36000000", .. Days("interest-accrual", 1_000, "2024-03-01", "2024-03-06"),
                .. Days("penalty-accrual", 1_500, "2024-03-07", "2024-03-08"),
            ],
            Timeline(harness, "L1"));
    }

    [Fact]
    public void ExtendLine_OnTheDayItMatures_InterestContinuesUpToTheNewMaturity()
    {
        var harness = LineDrawn("2024-03-03");
        RunUntil(harness, "2024-03-03");

        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-03-05"));
        RunUntil(harness, "2024-03-07");

        Assert.Equal(
            [
                "2024-03-01 draw 36000000", .. Days("interest-accrual", 1_000, "2024-03-01", "2024-03-05"),
                "2024-03-06 penalty-accrual 1500",
            ],
            Timeline(harness, "L1"));
    }

    [Fact]
    public void ExtendLine_AfterMaturity_PenaltyAccruedStaysOwedAndInterestRunsFromTheExtensionDay()
    {
        var harness = LineDrawn("2024-03-02");
        RunUntil(harness, "2024-03-05");
        Assert.Equal((Loan, 2_000L, 3_000L), LedgerHarness.Owed(harness.Line("B1", "L1").Balance));

        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-03-08"));
        RunUntil(harness, "2024-03-10");

        Assert.Equal(
            [
                "2024-03-01 draw 36000000", .. Days("interest-accrual", 1_000, "2024-03-01", "2024-03-02"),
                .. Days("penalty-accrual", 1_500, "2024-03-03", "2024-03-04"),
                .. Days("interest-accrual", 1_000, "2024-03-05", "2024-03-08"),
                "2024-03-09 penalty-accrual 1500",
            ],
            Timeline(harness, "L1"));
        var balance = harness.Line("B1", "L1").Balance;
        Assert.Equal((Loan, 6_000L, 4_500L), LedgerHarness.Owed(balance));
        Assert.Equal((6_000L, 4_500L), (balance.InterestAccruedMinor, balance.PenaltyAccruedMinor));

        // The waterfall still pays the penalty first.
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 5_000));
        Assert.Equal((Loan, 5_500L, 0L), LedgerHarness.Owed(balance));
    }

    [Fact]
    public void ExtendLine_ToTheBusinessDateItself_AccruesInterestTodayAndPenaltyAgainFromTomorrow()
    {
        var harness = LineDrawn("2024-03-02");
        RunUntil(harness, "2024-03-05");

        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-03-05"));
        RunUntil(harness, "2024-03-08");

        Assert.Equal(
            [
                "2024-03-01 draw 36000000", .. Days("interest-accrual", 1_000, "2024-03-01", "2024-03-02"),
                .. Days("penalty-accrual", 1_500, "2024-03-03", "2024-03-04"),
                "2024-03-05 interest-accrual 1000", .. Days("penalty-accrual", 1_500, "2024-03-06", "2024-03-07"),
            ],
            Timeline(harness, "L1"));
    }

    /// <summary>A rate change sent before the extension, effective after the old maturity, applies from its date on
    /// the days the extension turned back into interest days; the penalty afterwards uses it too.</summary>
    [Fact]
    public void ExtendLine_WithPendingRateChange_EachDayAccruesAtTheRateInForceOnIt()
    {
        var harness = LineDrawn("2024-03-03");
        Assert.Equal("ACCEPTED", harness.ChangeRate("B1", "L1", "0.02", "2024-03-06"));
        RunUntil(harness, "2024-03-05");

        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-03-08"));
        RunUntil(harness, "2024-03-11");

        Assert.Equal(
            [
                "2024-03-01 draw 36000000", .. Days("interest-accrual", 1_000, "2024-03-01", "2024-03-03"),
                "2024-03-04 penalty-accrual 1500", "2024-03-05 interest-accrual 1000",
                .. Days("interest-accrual", 2_000, "2024-03-06", "2024-03-08"),
                .. Days("penalty-accrual", 3_000, "2024-03-09", "2024-03-10"),
            ],
            Timeline(harness, "L1"));
        Assert.Equal(20_000, harness.Line("B1", "L1").RateMicros);
    }

    /// <summary>ACT/365 and a penalty multiplier of 2.37 on an odd principal and rate, so that every day leaves a
    /// remainder: each kind of accrual keeps its own carry, the penalty's waiting through the interest days the
    /// extension brought back. The expected postings come from <see cref="ExactAccrual"/>, written from the spec.
    /// </summary>
    [Fact]
    public void ExtendLine_Act365AndCustomMultiplier_EachKindKeepsItsCarryAcrossTheDeferral()
    {
        const long Principal = 12_345_679;
        const long RateMicros = 43_700;
        const long MultiplierHundredths = 237;
        var harness = LineDrawn("2024-03-03", rate: "0.0437", dayCount: "ACT/365", multiplier: "2.37",
            amountMinor: Principal);
        RunUntil(harness, "2024-03-07");
        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-03-10"));
        RunUntil(harness, "2024-03-14");

        var interest = new ExactAccrual(365);
        var penalty = new ExactAccrual(365, penalty: true);
        var expected = new List<string> { $"2024-03-01 draw {Principal}" };
        for (var day = D("2024-03-01"); day < D("2024-03-14"); day = day.AddDays(1))
        {
            var isInterestDay = day <= D("2024-03-03") || (day >= D("2024-03-07") && day <= D("2024-03-10"));
            var posted = isInterestDay
                ? interest.Day((System.Numerics.BigInteger)Principal * RateMicros)
                : penalty.Day((System.Numerics.BigInteger)Principal * RateMicros * MultiplierHundredths);
            if (posted > 0)
            {
                expected.Add($"{Values.FormatDate(day)} {(isInterestDay ? "interest" : "penalty")}-accrual {posted}");
            }
        }

        Assert.Equal(expected, Timeline(harness, "L1"));
        var balance = harness.Line("B1", "L1").Balance;
        Assert.Equal(((long)interest.PostedTotal, (long)penalty.PostedTotal),
            (balance.InterestAccruedMinor, balance.PenaltyAccruedMinor));
        Assert.Equal(((long)interest.Carry, (long)penalty.Carry), (balance.InterestCarry, balance.PenaltyCarry));
        Assert.NotEqual(0, balance.PenaltyCarry);
    }

    [Fact]
    public void ExtendLine_Act365AndMultiplier_PenaltyStopsOnTheExtensionDay()
    {
        // 36,500,000 fen at 1 % ACT/365: 1,000 fen a day; penalty at m = 2.5: 2,500.
        var harness = LineDrawn("2024-03-02", dayCount: "ACT/365", multiplier: "2.5", amountMinor: 36_500_000);
        RunUntil(harness, "2024-03-05");

        Assert.Equal("ACCEPTED", harness.ExtendLine("B1", "L1", "2024-03-07"));
        RunUntil(harness, "2024-03-09");

        Assert.Equal(
            [
                "2024-03-01 draw 36500000", .. Days("interest-accrual", 1_000, "2024-03-01", "2024-03-02"),
                .. Days("penalty-accrual", 2_500, "2024-03-03", "2024-03-04"),
                .. Days("interest-accrual", 1_000, "2024-03-05", "2024-03-07"),
                "2024-03-08 penalty-accrual 2500",
            ],
            Timeline(harness, "L1"));
    }

    // ---- orders ----

    /// <summary>Order O1 (limit 10,000,000) maturing 2024-03-04, tranches of 1,000,000 due 2024-03-02 and
    /// 2024-03-04 and one unscheduled, its borrower frozen, so the scheduled ones stay pending past maturity.</summary>
    private static LedgerHarness StuckOrder()
    {
        var harness = LedgerHarness.WithBorrower("B1", 10_000_000);
        Assert.Equal("ACCEPTED", harness.OpenOrder("B1", "O1",
            [
                Records.Tranche(1_000_000, "2024-03-02"), Records.Tranche(1_000_000, "2024-03-04"),
                Records.Tranche(1_000_000),
            ],
            maturityDate: "2024-03-04"));
        Assert.Equal("ACCEPTED", harness.Freeze("B1"));
        RunUntil(harness, "2024-03-06");
        Assert.Equal("ACCEPTED", harness.Unfreeze("B1"));
        RunUntil(harness, "2024-03-08");
        Assert.Equal(3, harness.Order("B1", "O1").PendingTranches);
        return harness;
    }

    [Fact]
    public void ExtendOrder_StuckScheduledTranches_AreReleasedAtTheNextEndOfDayInOrder()
    {
        var harness = StuckOrder();

        Assert.Equal("ACCEPTED", harness.ExtendOrder("B1", "O1", "2024-03-20"));
        Assert.Equal(3, harness.Order("B1", "O1").PendingTranches);
        RunUntil(harness, "2024-03-10");

        Assert.Equal(
            ["2024-03-09 release 1000000", "2024-03-09 release 1000000", "2024-03-09 interest-accrual 56"],
            Timeline(harness, "O1"));
        var order = harness.Order("B1", "O1");
        Assert.Equal((2, 1, 2_000_000L), (order.ReleasedTranches, order.PendingTranches, order.Balance.PrincipalMinor));
        Assert.Equal(2_000_000, harness.Borrower("B1").ExposureMinor);
        Assert.Equal(-2_000_000, harness.Ledger.Accounts["supplier-payable:SUP1"]);
    }

    [Fact]
    public void ExtendOrder_NewMaturityBeforeTheNextBusinessDate_StuckTranchesStayPending()
    {
        var harness = StuckOrder();

        Assert.Equal("ACCEPTED", harness.ExtendOrder("B1", "O1", "2024-03-08"));
        RunUntil(harness, "2024-03-10");

        Assert.Empty(Timeline(harness, "O1"));
        Assert.Equal(3, harness.Order("B1", "O1").PendingTranches);
        Assert.Equal("ORDER_MATURED", harness.Release("B1", "O1", 1));
    }

    [Fact]
    public void ExtendOrder_ThenReleaseByCommandAfterTheOldMaturity_IsAccepted()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", 2, 1_000_000, maturityDate: "2024-03-02");
        RunUntil(harness, "2024-03-04");
        Assert.Equal("ORDER_MATURED", harness.Release("B1", "O1", 1));

        Assert.Equal("ACCEPTED", harness.ExtendOrder("B1", "O1", "2024-03-04"));

        Assert.Equal("ACCEPTED", harness.Release("B1", "O1", 1));
        harness.RunDays(1);
        Assert.Equal("ORDER_MATURED", harness.Release("B1", "O1", 2));
    }

    [Fact]
    public void ExtendOrder_CancelledAfterMaturity_ReleasedPrincipalAccruesInterestAgainAndNothingIsReleased()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1",
            [Records.Tranche(Loan), Records.Tranche(1_000_000, "2024-03-02")], maturityDate: "2024-03-02");
        Assert.Equal("ACCEPTED", harness.Release("B1", "O1", 1));
        Assert.Equal("ACCEPTED", harness.CancelOrder("B1", "O1"));
        RunUntil(harness, "2024-03-04");

        Assert.Equal("ACCEPTED", harness.ExtendOrder("B1", "O1", "2024-03-05"));
        RunUntil(harness, "2024-03-07");

        Assert.Equal(
            [
                $"2024-03-01 release {Loan}", .. Days("interest-accrual", 1_000, "2024-03-01", "2024-03-02"),
                "2024-03-03 penalty-accrual 1500", .. Days("interest-accrual", 1_000, "2024-03-04", "2024-03-05"),
                "2024-03-06 penalty-accrual 1500",
            ],
            Timeline(harness, "O1"));
        var order = harness.Order("B1", "O1");
        Assert.Equal((OrderStatus.Cancelled, 1, 0), (order.Status, order.ReleasedTranches, order.PendingTranches));
        Assert.Equal((D("2024-03-05"), D("2024-03-02"), 1),
            (order.MaturityDate, order.OriginalMaturityDate, order.Extensions));
    }
}
