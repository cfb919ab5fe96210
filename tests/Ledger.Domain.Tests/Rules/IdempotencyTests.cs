using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Rules;

/// <summary>Semantics §7: the scope of an id, retries, id conflicts and shape rejections.</summary>
public sealed class IdempotencyTests
{
    private static LedgerHarness WithLine()
    {
        var harness = LedgerHarness.WithBorrower("B1", 1_000);
        Assert.Equal("ACCEPTED", harness.OpenLine("B1", "L1", 1_000));
        return harness;
    }

    private static System.Text.Json.Nodes.JsonObject Draw(string id, long amountMinor, string borrower = "B1") =>
        Records.Of("Draw", id, ("borrower", borrower), ("line", "L1"), ("amount", amountMinor));

    [Fact]
    public void Retry_AcceptedCommandWithFieldsReordered_ReturnsAcceptedAndChangesNothing()
    {
        var harness = WithLine();
        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 300)));
        var before = harness.Ledger.Snapshot();

        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 300).Reversed()));
        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 300).ToIndentedJson()));

        Assert.Equal(before, harness.Ledger.Snapshot());
        Assert.Equal(300, harness.Line("B1", "L1").Balance.PrincipalMinor);
        Assert.Single(harness.EntriesOf("B1", "L1", JournalEvents.Draw));
    }

    [Fact]
    public void Retry_RejectedCommandAfterTheReasonWentAway_ReturnsTheRecordedRejection()
    {
        var harness = WithLine();
        harness.SetBorrowerLimit("B1", 100);
        Assert.Equal("BORROWER_LIMIT_EXCEEDED", harness.Apply(Draw("d1", 300)));
        harness.SetBorrowerLimit("B1", 1_000);
        var before = harness.Ledger.Snapshot();

        Assert.Equal("BORROWER_LIMIT_EXCEEDED", harness.Apply(Draw("d1", 300).Reversed()));

        Assert.Equal(before, harness.Ledger.Snapshot());
    }

    [Fact]
    public void Retry_EndOfDay_ReturnsAcceptedAndDoesNotAccrueTwice()
    {
        var harness = WithLine();
        harness.Draw("B1", "L1", 1_000);
        var endOfDay = Records.Of("EndOfDay", "e1", ("date", harness.Day(0)));
        Assert.Equal("ACCEPTED", harness.Apply(endOfDay));
        var before = harness.Ledger.Snapshot();

        Assert.Equal("ACCEPTED", harness.Apply(endOfDay.Reversed()));

        Assert.Equal(before, harness.Ledger.Snapshot());
        Assert.Equal(LedgerHarness.DateOf(LedgerHarness.Start).AddDays(1), harness.Ledger.BusinessDate);
    }

    [Fact]
    public void Retry_SetBusinessDate_ReturnsAccepted()
    {
        var harness = new LedgerHarness();
        var setDate = Records.Of("SetBusinessDate", "s1", ("date", "2024-03-01"));

        Assert.Equal("ACCEPTED", harness.Apply(setDate));
        Assert.Equal("ACCEPTED", harness.Apply(setDate.Reversed()));
        Assert.Equal("BUSINESS_DATE_ALREADY_SET", harness.SetBusinessDate("2024-03-01"));
    }

    [Fact]
    public void Retry_OfACommandRejectedForNoBusinessDate_StaysRejected()
    {
        var harness = new LedgerHarness();
        var open = Records.Of("OpenBorrower", "o1", ("borrower", "B1"), ("limit", 1_000));
        Assert.Equal("NO_BUSINESS_DATE", harness.Apply(open));
        harness.SetBusinessDate("2024-03-01");

        Assert.Equal("NO_BUSINESS_DATE", harness.Apply(open));
        Assert.Equal("ACCEPTED", harness.Apply(open.With("id", "\"o2\"")));
    }

    [Fact]
    public void SameIdDifferentContent_IsDuplicateIdConflictAndNotRecorded()
    {
        var harness = WithLine();
        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 300)));
        var before = harness.Ledger.Snapshot();
        var countsBefore = harness.Ledger.OutcomeCounts();

        Assert.Equal("DUPLICATE_ID_CONFLICT", harness.Apply(Draw("d1", 301)));
        Assert.Equal("DUPLICATE_ID_CONFLICT", harness.Apply(Records.Of("Repay", "d1", ("borrower", "B1"),
            ("line", "L1"), ("amount", 300))));

        Assert.Equal(before, harness.Ledger.Snapshot());
        Assert.Equal(countsBefore, harness.Ledger.OutcomeCounts());
        Assert.DoesNotContain("DUPLICATE_ID_CONFLICT", harness.Ledger.OutcomeCounts().Keys);
        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 300)));
    }

    [Fact]
    public void SameIdDifferentContent_LedgerScope_IsDuplicateIdConflict()
    {
        var harness = LedgerHarness.Started();
        Assert.Equal("ACCEPTED", harness.Apply(Records.Of("EndOfDay", "e1", ("date", harness.Day(0)))));

        Assert.Equal("DUPLICATE_ID_CONFLICT", harness.Apply(Records.Of("EndOfDay", "e1", ("date", harness.Day(0)))));
        Assert.Equal(LedgerHarness.DateOf(LedgerHarness.Start).AddDays(1), harness.Ledger.BusinessDate);
    }

    [Fact]
    public void SameId_UnderTwoBorrowers_IsTwoScopes()
    {
        var harness = LedgerHarness.Started();
        harness.OpenBorrower("B1", 1_000);
        harness.OpenBorrower("B2", 1_000);
        harness.OpenLine("B1", "L1", 1_000);
        harness.OpenLine("B2", "L1", 1_000);

        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 300, "B1")));
        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 500, "B2")));

        Assert.Equal(300, harness.Line("B1", "L1").Balance.PrincipalMinor);
        Assert.Equal(500, harness.Line("B2", "L1").Balance.PrincipalMinor);
    }

    [Fact]
    public void SameId_InLedgerScopeAndBorrowerScope_IsTwoScopes()
    {
        var harness = LedgerHarness.Started();

        Assert.Equal("ACCEPTED", harness.Apply(Records.Of("OpenBorrower", "x", ("borrower", "B1"), ("limit", 1))));
        Assert.Equal("ACCEPTED", harness.Apply(Records.Of("EndOfDay", "x", ("date", harness.Day(0)))));
    }

    [Fact]
    public void ShapeRejectedRecord_LeavesItsIdFree()
    {
        var harness = WithLine();
        var countsBefore = harness.Ledger.OutcomeCounts();

        Assert.Equal("INVALID_AMOUNT", harness.Apply(Draw("d1", 0)));
        Assert.Equal("INVALID_COMMAND", harness.Apply(Draw("d1", 300).Without("line")));

        Assert.Equal(countsBefore, harness.Ledger.OutcomeCounts());
        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 300)));
        Assert.Equal(300, harness.Line("B1", "L1").Balance.PrincipalMinor);
    }

    [Fact]
    public void ShapeRejectedRecord_WithARecordedId_IsStillAShapeRejection()
    {
        var harness = WithLine();
        harness.Apply(Draw("d1", 300));

        Assert.Equal("INVALID_AMOUNT", harness.Apply(Draw("d1", 0)));
        Assert.Equal("ACCEPTED", harness.Apply(Draw("d1", 300)));
    }

    [Fact]
    public void UnknownBorrowerRejection_IsRecordedInThatBorrowersScope()
    {
        var harness = LedgerHarness.Started();
        var open = Records.Of("OpenBorrower", "c1", ("borrower", "B1"), ("limit", 1_000));
        Assert.Equal("UNKNOWN_BORROWER", harness.Apply(Records.Of("FreezeBorrower", "c1", ("borrower", "B1"))));

        Assert.Equal("DUPLICATE_ID_CONFLICT", harness.Apply(open));
        Assert.Equal("ACCEPTED", harness.Apply(open.With("id", "\"c2\"")));
        Assert.Equal(new Dictionary<string, long> { ["ACCEPTED"] = 2, ["UNKNOWN_BORROWER"] = 1 },
            harness.Ledger.OutcomeCounts());
    }

    [Fact]
    public void RecordedOutcome_ComparesEveryByteOfTheHash()
    {
        var hash = Enumerable.Range(1, RecordedOutcome.ContentHashLength).Select(b => (byte)b).ToArray();
        var recorded = new RecordedOutcome(hash, CommandOutcome.Accepted);
        hash[^1] ^= 1;
        var lastByteDiffers = hash.ToArray();
        hash[^1] ^= 1;

        Assert.True(recorded.IsFor(hash));
        Assert.False(recorded.IsFor(lastByteDiffers));
        Assert.False(recorded.IsFor(hash.AsSpan(0, 31)));
        Assert.Equal(CommandOutcome.Accepted, recorded.Outcome);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void RecordedOutcome_HashOfWrongLength_IsRefused(int length) =>
        Assert.Throws<ArgumentException>(() => new RecordedOutcome(new byte[length], CommandOutcome.Accepted));
}
