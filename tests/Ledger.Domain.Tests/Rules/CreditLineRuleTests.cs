using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Rules;

/// <summary>Semantics §3: borrowers and credit lines, the draw checks in their order, repayment and its
/// waterfall, closing.</summary>
public sealed class CreditLineRuleTests
{
    /// <summary>A borrower B1 (limit 500) with a line L1 (limit 1,000) that expires on the business date.</summary>
    private static LedgerHarness SmallLine()
    {
        var harness = LedgerHarness.WithBorrower("B1", 500);
        Assert.Equal("ACCEPTED", harness.OpenLine("B1", "L1", 1_000, expiryDate: harness.Day(0),
            maturityDate: harness.Day(30)));
        return harness;
    }

    [Fact]
    public void Draw_WithinEveryLimit_RaisesPrincipalExposureAndLoanPrincipal()
    {
        var harness = SmallLine();

        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", 300));

        Assert.Equal(300, harness.Line("B1", "L1").Balance.PrincipalMinor);
        Assert.Equal(300, harness.Borrower("B1").ExposureMinor);
        Assert.Equal(300, harness.Ledger.Accounts[Accounts.LoanPrincipal]);
        Assert.Equal(-300, harness.Ledger.Accounts[Accounts.DisbursementClearing]);
    }

    [Fact]
    public void Draw_UpToBothLimitsExactly_IsAccepted()
    {
        var harness = SmallLine();
        harness.SetBorrowerLimit("B1", 1_000);

        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", 400));
        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", 600));
        Assert.Equal("LINE_LIMIT_EXCEEDED", harness.Draw("B1", "L1", 1));
    }

    [Fact]
    public void Draw_ClosedLineOfFrozenBorrower_IsLineClosed()
    {
        var harness = SmallLine();
        harness.CloseLine("B1", "L1");
        harness.Freeze("B1");

        Assert.Equal("LINE_CLOSED", harness.Draw("B1", "L1", 5_000));
    }

    [Fact]
    public void Draw_FrozenBorrowerOnExpiredLineOverEveryLimit_IsBorrowerFrozen()
    {
        var harness = SmallLine();
        harness.RunDays(1);
        harness.Freeze("B1");

        Assert.Equal("BORROWER_FROZEN", harness.Draw("B1", "L1", 5_000));
    }

    [Fact]
    public void Draw_ExpiredLineOverEveryLimit_IsLineExpired()
    {
        var harness = SmallLine();
        harness.RunDays(1);

        Assert.Equal("LINE_EXPIRED", harness.Draw("B1", "L1", 5_000));
        Assert.Equal("LINE_EXPIRED", harness.Draw("B1", "L1", 1));
    }

    [Fact]
    public void Draw_OnExpiryDate_IsAccepted()
    {
        var harness = SmallLine();

        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", 1));
    }

    [Fact]
    public void Draw_OverLineAndBorrowerLimits_IsLineLimitExceeded()
    {
        var harness = SmallLine();

        Assert.Equal("LINE_LIMIT_EXCEEDED", harness.Draw("B1", "L1", 1_001));
    }

    [Fact]
    public void Draw_OverBorrowerLimitOnly_IsBorrowerLimitExceeded()
    {
        var harness = SmallLine();

        Assert.Equal("BORROWER_LIMIT_EXCEEDED", harness.Draw("B1", "L1", 501));
        Assert.Equal(0, harness.Borrower("B1").ExposureMinor);
    }

    [Fact]
    public void Draw_BorrowerLimitSpansLinesAndOrders_CountsAllExposure()
    {
        var harness = LedgerHarness.WithBorrower("B1", 1_000);
        harness.OpenLine("B1", "L1", 1_000);
        harness.OpenLine("B1", "L2", 1_000);
        harness.OpenOrder("B1", "O1", 1, 300);
        Assert.Equal("ACCEPTED", harness.Release("B1", "O1", 1));
        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", 400));

        Assert.Equal("BORROWER_LIMIT_EXCEEDED", harness.Draw("B1", "L2", 301));
        Assert.Equal("ACCEPTED", harness.Draw("B1", "L2", 300));
        Assert.Equal(1_000, harness.Borrower("B1").ExposureMinor);
    }

    [Fact]
    public void SetBorrowerLimit_BelowExposure_IsAcceptedAndBlocksFurtherLending()
    {
        var harness = LedgerHarness.WithBorrower("B1", 1_000);
        harness.OpenLine("B1", "L1", 1_000);
        harness.OpenOrder("B1", "O1", 1, 10);
        harness.Draw("B1", "L1", 800);

        Assert.Equal("ACCEPTED", harness.SetBorrowerLimit("B1", 500));

        Assert.Equal(500, harness.Borrower("B1").LimitMinor);
        Assert.Equal(800, harness.Borrower("B1").ExposureMinor);
        Assert.Equal("BORROWER_LIMIT_EXCEEDED", harness.Draw("B1", "L1", 1));
        Assert.Equal("BORROWER_LIMIT_EXCEEDED", harness.Release("B1", "O1", 1));
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 400));
        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", 100));
    }

    [Fact]
    public void SetBorrowerLimit_ToZero_BlocksEveryDraw()
    {
        var harness = SmallLine();

        Assert.Equal("ACCEPTED", harness.SetBorrowerLimit("B1", 0));
        Assert.Equal("BORROWER_LIMIT_EXCEEDED", harness.Draw("B1", "L1", 1));
    }

    [Fact]
    public void FrozenBorrower_BlocksDrawsOnly_AndUnfreezeLiftsIt()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 50_000_000);
        harness.Draw("B1", "L1", 1_000);

        Assert.Equal("ACCEPTED", harness.Freeze("B1"));

        Assert.True(harness.Borrower("B1").Frozen);
        Assert.Equal("BORROWER_FROZEN", harness.Draw("B1", "L1", 1));
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 400));
        Assert.Equal("ACCEPTED", harness.ChangeRate("B1", "L1", "0.02", harness.Day(1)));
        Assert.Equal("ACCEPTED", harness.OpenLine("B1", "L2", 1_000));
        Assert.Equal("ACCEPTED", harness.SetBorrowerLimit("B1", 2_000_000_000));
        Assert.Equal("ACCEPTED", harness.Freeze("B1"));
        Assert.Equal("ACCEPTED", harness.Unfreeze("B1"));
        Assert.False(harness.Borrower("B1").Frozen);
        Assert.Equal("ACCEPTED", harness.Draw("B1", "L1", 1));
        Assert.Equal(601, harness.Line("B1", "L1").Balance.PrincipalMinor);
    }

    [Fact]
    public void Repay_MoreThanOwed_IsOverpaymentAndTheWholeDebtIsAccepted()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 50_000_000);
        harness.Draw("B1", "L1", 36_000_000);
        harness.RunDays(2);

        Assert.Equal("OVERPAYMENT", harness.Repay("B1", "L1", 36_002_001));
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 36_002_000));
        Assert.Equal("OVERPAYMENT", harness.Repay("B1", "L1", 1));
        Assert.True(harness.Line("B1", "L1").Balance.IsSettled);
        Assert.Equal(0, harness.Borrower("B1").ExposureMinor);
    }

    [Fact]
    public void Repay_OnExpiredLineOfFrozenBorrower_IsAccepted()
    {
        var harness = SmallLine();
        harness.Draw("B1", "L1", 100);
        harness.RunDays(3);
        harness.Freeze("B1");

        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 100));
    }

    /// <summary>36,000,000 fen at 1 % ACT/360 bears 1,000 fen a day; after maturity, at m = 1.5, 1,500 fen of
    /// penalty. Two days of interest and two of penalty leave 2,000 interest and 3,000 penalty owed.</summary>
    [Fact]
    public void Repay_Waterfall_PaysPenaltyThenInterestThenPrincipal()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 50_000_000, expiryDate: harness.Day(1));
        harness.Draw("B1", "L1", 36_000_000);
        harness.RunDays(4);
        var balance = harness.Line("B1", "L1").Balance;
        Assert.Equal((36_000_000L, 2_000L, 3_000L), LedgerHarness.Owed(balance));

        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 1_000));
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 3_000));
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 1_500));

        Assert.Equal((35_999_500L, 0L, 0L), LedgerHarness.Owed(balance));
        Assert.Equal(35_999_500, harness.Borrower("B1").ExposureMinor);
        Assert.Equal(
        [
            [new Posting(Accounts.RepaymentClearing, 1_000), new Posting(Accounts.PenaltyReceivable, -1_000)],
            [
                new Posting(Accounts.RepaymentClearing, 3_000), new Posting(Accounts.PenaltyReceivable, -2_000),
                new Posting(Accounts.InterestReceivable, -1_000),
            ],
            [
                new Posting(Accounts.RepaymentClearing, 1_500), new Posting(Accounts.InterestReceivable, -1_000),
                new Posting(Accounts.LoanPrincipal, -500),
            ],
        ],
        harness.EntriesOf("B1", "L1", JournalEvents.Repayment).Select(e => e.Postings.ToArray()));
        Assert.Equal(2_000, balance.InterestAccruedMinor);
        Assert.Equal(3_000, balance.PenaltyAccruedMinor);
    }

    [Fact]
    public void CloseLine_WhileAnythingIsOwed_IsLineNotSettled()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 50_000_000);
        harness.Draw("B1", "L1", 36_000_000);
        harness.RunDays(1);

        Assert.Equal("LINE_NOT_SETTLED", harness.CloseLine("B1", "L1"));
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 36_000_000));
        Assert.Equal((1_000L, 0L, 0L), LedgerHarness.Owed(harness.Line("B1", "L1").Balance));
        Assert.Equal("LINE_NOT_SETTLED", harness.CloseLine("B1", "L1"));
        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", 1_000));
        Assert.Equal("ACCEPTED", harness.CloseLine("B1", "L1"));
        Assert.Equal(LineStatus.Closed, harness.Line("B1", "L1").Status);
    }

    [Fact]
    public void ClosedLine_EveryLaterCommandOnIt_IsLineClosed()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 50_000_000);
        harness.CloseLine("B1", "L1");
        harness.RunDays(1);

        Assert.Equal("LINE_CLOSED", harness.Draw("B1", "L1", 1));
        Assert.Equal("LINE_CLOSED", harness.Repay("B1", "L1", 1));
        Assert.Equal("LINE_CLOSED", harness.ChangeRate("B1", "L1", "0.02", harness.Day(0)));
        Assert.Equal("LINE_CLOSED", harness.CloseLine("B1", "L1"));
        Assert.Equal("ALREADY_EXISTS", harness.OpenLine("B1", "L1", 1_000));
        Assert.Equal(LineStatus.Closed, harness.Line("B1", "L1").Status);
    }

    [Fact]
    public void RejectedCommand_ChangesNothingButItsOutcome()
    {
        var harness = SmallLine();
        harness.Draw("B1", "L1", 100);
        var before = harness.Ledger.Snapshot();
        var journalBefore = harness.Ledger.Journal.Count;
        var countsBefore = harness.Ledger.OutcomeCounts();

        Assert.Equal("LINE_LIMIT_EXCEEDED", harness.Draw("B1", "L1", 5_000));

        Assert.Equal(journalBefore, harness.Ledger.Journal.Count);
        Assert.Equal(WithoutOutcomes(before), WithoutOutcomes(harness.Ledger.Snapshot()));
        countsBefore["LINE_LIMIT_EXCEEDED"] = 1;
        Assert.Equal(countsBefore, harness.Ledger.OutcomeCounts());
    }

    private static string WithoutOutcomes(string snapshot) =>
        snapshot[..snapshot.IndexOf("\"outcomes\"", StringComparison.Ordinal)];
}
