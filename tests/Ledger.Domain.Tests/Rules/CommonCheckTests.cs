using Ledger.Domain.Tests.Parsing;
using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Rules;

/// <summary>Semantics §2 (business date) and the common checks 2 to 5 of §7, in their order.</summary>
public sealed class CommonCheckTests
{
    public static TheoryData<string> AllButSetBusinessDate =>
        new(ValidRecords.ByType.Keys.Where(t => t != "SetBusinessDate"));

    public static TheoryData<string> BorrowerCommandsButOpenBorrower =>
        new(ValidRecords.ByType.Keys.Where(t => t is not ("SetBusinessDate" or "EndOfDay" or "OpenBorrower")));

    [Theory]
    [MemberData(nameof(AllButSetBusinessDate))]
    public void AnyCommand_BeforeSetBusinessDate_IsNoBusinessDate(string type)
    {
        var harness = new LedgerHarness();

        Assert.Equal("NO_BUSINESS_DATE", harness.Apply(ValidRecords.Of(type)));
        Assert.Null(harness.Ledger.BusinessDate);
        Assert.Equal(new Dictionary<string, long> { ["NO_BUSINESS_DATE"] = 1 }, harness.Ledger.OutcomeCounts());
    }

    [Fact]
    public void SetBusinessDate_WhenNoneSet_SetsIt()
    {
        var harness = new LedgerHarness();

        Assert.Equal("ACCEPTED", harness.SetBusinessDate("2024-03-01"));
        Assert.Equal(new DateOnly(2024, 3, 1), harness.Ledger.BusinessDate);
    }

    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("2024-03-02")]
    [InlineData("2024-02-01")]
    public void SetBusinessDate_WhenAlreadySet_IsBusinessDateAlreadySet(string date)
    {
        var harness = LedgerHarness.Started();

        Assert.Equal("BUSINESS_DATE_ALREADY_SET", harness.SetBusinessDate(date));
        Assert.Equal(new DateOnly(2024, 3, 1), harness.Ledger.BusinessDate);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2024-03-02")]
    [InlineData("2025-03-01")]
    public void EndOfDay_OtherThanBusinessDate_IsWrongBusinessDateAndAccruesNothing(string date)
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 50_000_000);
        harness.Draw("B1", "L1", 36_000_000);

        Assert.Equal("WRONG_BUSINESS_DATE", harness.EndOfDay(date));
        Assert.Equal(new DateOnly(2024, 3, 1), harness.Ledger.BusinessDate);
        Assert.Equal(0, harness.Line("B1", "L1").Balance.InterestAccruedMinor);
    }

    [Fact]
    public void EndOfDay_OnBusinessDate_MovesItToTheNextDay()
    {
        var harness = LedgerHarness.Started();

        Assert.Equal("ACCEPTED", harness.EndOfDay("2024-03-01"));
        Assert.Equal("WRONG_BUSINESS_DATE", harness.EndOfDay("2024-03-01"));
        Assert.Equal("ACCEPTED", harness.EndOfDay("2024-03-02"));
        Assert.Equal(new DateOnly(2024, 3, 3), harness.Ledger.BusinessDate);
    }

    [Theory]
    [MemberData(nameof(BorrowerCommandsButOpenBorrower))]
    public void BorrowerCommand_UnknownBorrower_IsUnknownBorrower(string type)
    {
        var harness = LedgerHarness.Started();

        Assert.Equal("UNKNOWN_BORROWER", harness.Apply(ValidRecords.Of(type)));
    }

    [Fact]
    public void OpenBorrower_Existing_IsAlreadyExistsAndKeepsTheLimit()
    {
        var harness = LedgerHarness.WithBorrower("B1", 1_000);

        Assert.Equal("ALREADY_EXISTS", harness.OpenBorrower("B1", 5_000));
        Assert.Equal(1_000, harness.Borrower("B1").LimitMinor);
    }

    [Fact]
    public void OpenCreditLine_ExistingLine_IsAlreadyExists()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 1_000);

        Assert.Equal("ALREADY_EXISTS", harness.OpenLine("B1", "L1", 2_000));
        Assert.Equal(1_000, harness.Line("B1", "L1").LimitMinor);
    }

    [Fact]
    public void OpenOrder_ExistingOrder_IsAlreadyExists()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", 2, 1_000);

        Assert.Equal("ALREADY_EXISTS", harness.OpenOrder("B1", "O1", 3, 1_000));
        Assert.Equal(2, harness.Order("B1", "O1").PendingTranches);
    }

    [Fact]
    public void LineAndOrder_SameIdUnderOneBorrower_AreDifferentEntities()
    {
        var harness = LedgerHarness.WithBorrower();

        Assert.Equal("ACCEPTED", harness.OpenLine("B1", "X1", 1_000));
        Assert.Equal("ACCEPTED", harness.OpenOrder("B1", "X1", 1, 1_000));
    }

    [Theory]
    [InlineData("Draw")]
    [InlineData("Repay")]
    [InlineData("ChangeRate")]
    [InlineData("CloseLine")]
    [InlineData("ExtendLine")]
    public void LineCommand_UnknownLine_IsUnknownLine(string type)
    {
        var harness = LedgerHarness.WithBorrower();

        Assert.Equal("UNKNOWN_LINE", harness.Apply(ValidRecords.Of(type)));
    }

    [Theory]
    [InlineData("ReleaseTranche")]
    [InlineData("RepayOrder")]
    [InlineData("CancelOrder")]
    [InlineData("ExtendOrder")]
    public void OrderCommand_UnknownOrder_IsUnknownOrder(string type)
    {
        var harness = LedgerHarness.WithBorrower();

        Assert.Equal("UNKNOWN_ORDER", harness.Apply(ValidRecords.Of(type)));
    }

    [Fact]
    public void UnknownBorrower_BeatsUnknownLineAndPastDate()
    {
        var harness = LedgerHarness.Started();

        Assert.Equal("UNKNOWN_BORROWER", harness.ChangeRate("B9", "L9", "0.02", harness.Day(-1)));
    }

    [Fact]
    public void UnknownLine_BeatsPastEffectiveDate()
    {
        var harness = LedgerHarness.WithBorrower();

        Assert.Equal("UNKNOWN_LINE", harness.ChangeRate("B1", "L9", "0.02", harness.Day(-1)));
    }

    [Fact]
    public void AlreadyExists_BeatsPastExpiryAndMaturity()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 1_000);
        harness.OpenOrder("B1", "O1", 1, 1_000);
        harness.RunDays(2);

        Assert.Equal("ALREADY_EXISTS", harness.OpenLine("B1", "L1", 1_000, expiryDate: harness.Day(-1)));
        Assert.Equal("ALREADY_EXISTS", harness.OpenOrder("B1", "O1", 1, 1_000, maturityDate: harness.Day(-1)));
    }

    [Fact]
    public void OpenCreditLine_ExpiryBeforeBusinessDate_IsInvalidCommandButTodayIsAccepted()
    {
        var harness = LedgerHarness.WithBorrower();

        Assert.Equal("INVALID_COMMAND", harness.OpenLine("B1", "L1", 1_000, expiryDate: harness.Day(-1)));
        Assert.Equal("ACCEPTED", harness.OpenLine("B1", "L1", 1_000, expiryDate: harness.Day(0)));
    }

    [Fact]
    public void OpenOrder_MaturityBeforeBusinessDate_IsInvalidCommandButTodayIsAccepted()
    {
        var harness = LedgerHarness.WithBorrower();

        Assert.Equal("INVALID_COMMAND", harness.OpenOrder("B1", "O1", 1, 1_000, maturityDate: harness.Day(-1)));
        Assert.Equal("ACCEPTED", harness.OpenOrder("B1", "O1", 1, 1_000, maturityDate: harness.Day(0)));
    }

    [Theory]
    [InlineData(-1, "INVALID_COMMAND")]
    [InlineData(0, "INVALID_COMMAND")]
    [InlineData(1, "ACCEPTED")]
    public void OpenOrder_ReleaseDateRelativeToBusinessDate_MustLieAfterIt(int days, string expected)
    {
        var harness = LedgerHarness.WithBorrower();

        Assert.Equal(expected, harness.OpenOrder("B1", "O1",
            [Records.Tranche(1_000), Records.Tranche(1_000, harness.Day(days)), Records.Tranche(1_000, harness.Day(5))],
            maturityDate: harness.Day(10)));
    }

    [Theory]
    [InlineData(-1, "INVALID_COMMAND")]
    [InlineData(0, "ACCEPTED")]
    [InlineData(1, "ACCEPTED")]
    public void ChangeRate_EffectiveDateRelativeToBusinessDate_MustNotLieInThePast(int days, string expected)
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 1_000);

        Assert.Equal(expected, harness.ChangeRate("B1", "L1", "0.02", harness.Day(days)));
    }

    /// <summary>Check 5 comes before the line's own checks (check 6), so a past date on a closed line is
    /// INVALID_COMMAND, not LINE_CLOSED.</summary>
    [Fact]
    public void ChangeRate_PastDateOnClosedLine_IsInvalidCommand()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 1_000);
        Assert.Equal("ACCEPTED", harness.CloseLine("B1", "L1"));
        harness.RunDays(1);

        Assert.Equal("INVALID_COMMAND", harness.ChangeRate("B1", "L1", "0.02", harness.Day(-1)));
        Assert.Equal("LINE_CLOSED", harness.ChangeRate("B1", "L1", "0.02", harness.Day(0)));
    }

    [Fact]
    public void PastDateRejection_IsRecordedUnlikeAShapeRejection()
    {
        var harness = LedgerHarness.WithBorrower();
        var pastExpiry = Records.Of("OpenCreditLine", "x1", ("borrower", "B1"), ("line", "L1"), ("limit", 1_000),
            ("rate", "0.01"), ("expiryDate", harness.Day(-1)));

        Assert.Equal("INVALID_COMMAND", harness.Apply(pastExpiry));

        Assert.Equal(1, harness.Ledger.OutcomeCounts()["INVALID_COMMAND"]);
        Assert.Equal("INVALID_COMMAND", harness.Apply(pastExpiry.Reversed()));
        Assert.Equal("DUPLICATE_ID_CONFLICT", harness.Apply(pastExpiry.With("expiryDate", $"\"{harness.Day(1)}\"")));
    }
}
