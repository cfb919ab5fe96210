using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Rules;

/// <summary>Semantics §4: supply-chain orders, the release checks in their order, scheduled releases at end of
/// day, cancellation and repayment.</summary>
public sealed class OrderRuleTests
{
    /// <summary>Borrower B1 (limit 1,000) with order O1 of three unscheduled tranches of 400, maturing on the
    /// business date.</summary>
    private static LedgerHarness SmallOrder()
    {
        var harness = LedgerHarness.WithBorrower("B1", 1_000);
        Assert.Equal("ACCEPTED", harness.OpenOrder("B1", "O1", 3, 400, maturityDate: harness.Day(0)));
        return harness;
    }

    [Fact]
    public void ReleaseTranche_NextPending_PaysTheSupplierAndRaisesPrincipal()
    {
        var harness = SmallOrder();

        Assert.Equal("ACCEPTED", harness.Release("B1", "O1", 1));

        var order = harness.Order("B1", "O1");
        Assert.Equal((400L, 1, 2), (order.Balance.PrincipalMinor, order.ReleasedTranches, order.PendingTranches));
        Assert.Equal(400, harness.Borrower("B1").ExposureMinor);
        Assert.Equal(400, harness.Ledger.Accounts[Accounts.LoanPrincipal]);
        Assert.Equal(-400, harness.Ledger.Accounts["supplier-payable:SUP1"]);
    }

    [Fact]
    public void ReleaseTranche_CancelledOrderWrongTranche_IsOrderCancelled()
    {
        var harness = SmallOrder();
        harness.CancelOrder("B1", "O1");

        Assert.Equal("ORDER_CANCELLED", harness.Release("B1", "O1", 3));
        Assert.Equal("ORDER_CANCELLED", harness.Release("B1", "O1", 1));
    }

    [Fact]
    public void ReleaseTranche_WrongTrancheOfFrozenBorrower_IsTrancheOutOfOrder()
    {
        var harness = SmallOrder();
        harness.Freeze("B1");

        Assert.Equal("TRANCHE_OUT_OF_ORDER", harness.Release("B1", "O1", 2));
    }

    [Fact]
    public void ReleaseTranche_NonePendingOrBeyondTheLast_IsTrancheOutOfOrder()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", 2, 100);
        harness.Release("B1", "O1", 1);
        harness.Release("B1", "O1", 2);

        Assert.Equal("TRANCHE_OUT_OF_ORDER", harness.Release("B1", "O1", 2));
        Assert.Equal("TRANCHE_OUT_OF_ORDER", harness.Release("B1", "O1", 3));
        Assert.Equal("TRANCHE_OUT_OF_ORDER", harness.Release("B1", "O1", 64));
    }

    [Fact]
    public void ReleaseTranche_FrozenBorrowerMaturedOrderOverLimit_IsBorrowerFrozen()
    {
        var harness = SmallOrder();
        harness.SetBorrowerLimit("B1", 0);
        harness.RunDays(1);
        harness.Freeze("B1");

        Assert.Equal("BORROWER_FROZEN", harness.Release("B1", "O1", 1));
    }

    [Fact]
    public void ReleaseTranche_MaturedOrderOverLimit_IsOrderMatured()
    {
        var harness = SmallOrder();
        harness.SetBorrowerLimit("B1", 0);
        harness.RunDays(1);

        Assert.Equal("ORDER_MATURED", harness.Release("B1", "O1", 1));
    }

    [Fact]
    public void ReleaseTranche_OverBorrowerLimitOnMaturityDate_IsBorrowerLimitExceededThenAccepted()
    {
        var harness = SmallOrder();
        Assert.Equal("ACCEPTED", harness.Release("B1", "O1", 1));
        Assert.Equal("ACCEPTED", harness.Release("B1", "O1", 2));

        Assert.Equal("BORROWER_LIMIT_EXCEEDED", harness.Release("B1", "O1", 3));
        harness.SetBorrowerLimit("B1", 1_200);
        Assert.Equal("ACCEPTED", harness.Release("B1", "O1", 3));
    }

    [Fact]
    public void FrozenBorrower_BlocksReleasesButNotRepaymentOrCancellation()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", 3, 400);
        harness.Release("B1", "O1", 1);

        Assert.Equal("ACCEPTED", harness.Freeze("B1"));

        Assert.Equal("BORROWER_FROZEN", harness.Release("B1", "O1", 2));
        Assert.Equal("ACCEPTED", harness.RepayOrder("B1", "O1", 100));
        Assert.Equal("ACCEPTED", harness.OpenOrder("B1", "O2", 1, 400));
        Assert.Equal("ACCEPTED", harness.CancelOrder("B1", "O1"));
        Assert.Equal("ACCEPTED", harness.Unfreeze("B1"));
        Assert.Equal("ACCEPTED", harness.Release("B1", "O2", 1));
        Assert.Equal(700, harness.Borrower("B1").ExposureMinor);
    }

    [Fact]
    public void CancelOrder_WithReleasedTranches_CancelsPendingOnesAndKeepsPrincipalOwed()
    {
        var harness = SmallOrder();
        harness.Release("B1", "O1", 1);

        Assert.Equal("ACCEPTED", harness.CancelOrder("B1", "O1"));

        var order = harness.Order("B1", "O1");
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal((1, 0), (order.ReleasedTranches, order.PendingTranches));
        Assert.Equal([TrancheStatus.Released, TrancheStatus.Cancelled, TrancheStatus.Cancelled],
            order.Tranches.Select(t => t.Status));
        Assert.Equal(400, order.Balance.PrincipalMinor);
        Assert.Equal(400, harness.Borrower("B1").ExposureMinor);
    }

    [Fact]
    public void CancelOrder_Twice_IsOrderCancelled()
    {
        var harness = SmallOrder();

        Assert.Equal("ACCEPTED", harness.CancelOrder("B1", "O1"));
        Assert.Equal("ORDER_CANCELLED", harness.CancelOrder("B1", "O1"));
    }

    [Fact]
    public void RepayOrder_OnCancelledOrder_IsAcceptedAndOverpaymentIsRejected()
    {
        var harness = SmallOrder();
        harness.Release("B1", "O1", 1);
        harness.CancelOrder("B1", "O1");

        Assert.Equal("OVERPAYMENT", harness.RepayOrder("B1", "O1", 401));
        Assert.Equal("ACCEPTED", harness.RepayOrder("B1", "O1", 400));
        Assert.Equal(0, harness.Order("B1", "O1").Balance.PrincipalMinor);
        Assert.Equal(0, harness.Borrower("B1").ExposureMinor);
    }

    [Fact]
    public void CancelledOrder_StillAccruesOnReleasedPrincipal()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", 2, 36_000_000);
        harness.Release("B1", "O1", 1);
        harness.CancelOrder("B1", "O1");

        harness.RunDays(3);

        Assert.Equal(3_000, harness.Order("B1", "O1").Balance.InterestMinor);
    }

    /// <summary>36,000,000 fen at 1 % ACT/360 bears 1,000 fen a day, 1,500 as penalty at m = 1.5.</summary>
    [Fact]
    public void RepayOrder_Waterfall_PaysPenaltyThenInterestThenPrincipal()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", 1, 36_000_000, maturityDate: harness.Day(0));
        harness.Release("B1", "O1", 1);
        harness.RunDays(3);
        var balance = harness.Order("B1", "O1").Balance;
        Assert.Equal((36_000_000L, 1_000L, 3_000L), LedgerHarness.Owed(balance));

        Assert.Equal("ACCEPTED", harness.RepayOrder("B1", "O1", 3_500));
        Assert.Equal("ACCEPTED", harness.RepayOrder("B1", "O1", 700));

        Assert.Equal((35_999_800L, 0L, 0L), LedgerHarness.Owed(balance));
        Assert.Equal(
        [
            [
                new Posting(Accounts.RepaymentClearing, 3_500), new Posting(Accounts.PenaltyReceivable, -3_000),
                new Posting(Accounts.InterestReceivable, -500),
            ],
            [
                new Posting(Accounts.RepaymentClearing, 700), new Posting(Accounts.InterestReceivable, -500),
                new Posting(Accounts.LoanPrincipal, -200),
            ],
        ],
        harness.EntriesOf("B1", "O1", JournalEvents.Repayment).Select(e => e.Postings.ToArray()));
    }

    [Fact]
    public void ScheduledTranche_EndOfDayBeforeItsDate_ReleasesItOnThatDateAndItAccruesFromThen()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", [Records.Tranche(36_000_000, harness.Day(2))]);
        harness.RunDays(1);
        Assert.Equal(0, harness.Order("B1", "O1").ReleasedTranches);

        harness.RunDays(1);

        var release = Assert.Single(harness.EntriesOf("B1", "O1", JournalEvents.Release));
        Assert.Equal(LedgerHarness.DateOf(LedgerHarness.Start).AddDays(2), release.Date);
        Assert.Null(release.CommandId);
        Assert.Equal(36_000_000, harness.Order("B1", "O1").Balance.PrincipalMinor);
        Assert.Equal(0, harness.Order("B1", "O1").Balance.InterestAccruedMinor);
        harness.RunDays(2);
        Assert.Equal(2_000, harness.Order("B1", "O1").Balance.InterestAccruedMinor);
    }

    [Fact]
    public void ScheduledTranche_ReleasedEarlyByCommand_IsNotReleasedAgain()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", [Records.Tranche(500, harness.Day(2)), Records.Tranche(700, harness.Day(3))]);

        Assert.Equal("ACCEPTED", harness.Release("B1", "O1", 1));
        harness.RunDays(3);

        Assert.Equal(1_200, harness.Order("B1", "O1").Balance.PrincipalMinor);
        Assert.Equal(2, harness.EntriesOf("B1", "O1", JournalEvents.Release).Count());
    }

    [Fact]
    public void ScheduledTranche_WhileFrozen_StaysPendingAndIsReleasedWithTheNextDueOneAfterUnfreeze()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1",
            [Records.Tranche(500, harness.Day(1)), Records.Tranche(700, harness.Day(2)), Records.Tranche(900)]);
        harness.Freeze("B1");
        harness.RunDays(2);
        Assert.Equal(3, harness.Order("B1", "O1").PendingTranches);

        harness.Unfreeze("B1");
        harness.RunDays(1);

        var order = harness.Order("B1", "O1");
        Assert.Equal((2, 1, 1_200L), (order.ReleasedTranches, order.PendingTranches, order.Balance.PrincipalMinor));
    }

    [Fact]
    public void ScheduledTranche_OverBorrowerLimit_StaysPendingUntilTheLimitAllowsIt()
    {
        var harness = LedgerHarness.WithBorrower("B1", 400);
        harness.OpenOrder("B1", "O1", [Records.Tranche(500, harness.Day(1))]);
        harness.RunDays(2);
        Assert.Equal(1, harness.Order("B1", "O1").PendingTranches);

        harness.SetBorrowerLimit("B1", 500);
        harness.RunDays(1);

        Assert.Equal(1, harness.Order("B1", "O1").ReleasedTranches);
    }

    [Fact]
    public void ScheduledTranche_OrderMaturedWhileBlocked_StaysPendingForGood()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", [Records.Tranche(500, harness.Day(1))], maturityDate: harness.Day(1));
        harness.Freeze("B1");
        harness.RunDays(2);
        harness.Unfreeze("B1");

        harness.RunDays(3);

        var order = harness.Order("B1", "O1");
        Assert.Equal((0, 1, 0L), (order.ReleasedTranches, order.PendingTranches, order.Balance.PrincipalMinor));
        Assert.Equal("ORDER_MATURED", harness.Release("B1", "O1", 1));
    }

    /// <summary>Releases follow tranche numbers, so an unscheduled pending tranche holds back the scheduled ones
    /// after it until a ReleaseTranche releases it.</summary>
    [Fact]
    public void ScheduledTranche_BehindAnUnscheduledPendingOne_WaitsForIt()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", [Records.Tranche(500), Records.Tranche(700, harness.Day(1))]);
        harness.RunDays(2);
        Assert.Equal(0, harness.Order("B1", "O1").ReleasedTranches);

        harness.Release("B1", "O1", 1);
        harness.RunDays(1);

        Assert.Equal(2, harness.Order("B1", "O1").ReleasedTranches);
    }

    [Fact]
    public void ScheduledTranche_OfCancelledOrder_IsNeverReleased()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", [Records.Tranche(500, harness.Day(1))]);
        harness.CancelOrder("B1", "O1");

        harness.RunDays(2);

        Assert.Equal(0, harness.Order("B1", "O1").ReleasedTranches);
        Assert.Empty(harness.EntriesOf("B1", "O1", JournalEvents.Release));
    }
}
