using System.Numerics;
using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Accruals;

/// <summary>Semantics §5 through the ledger: day counts, rate changes, the switch to penalty interest at
/// maturity, the largest values, carries, and the seed examples.</summary>
public sealed class DailyAccrualTests
{
    /// <summary>36,000,000 fen at 1 % ACT/360: exactly 1,000 fen a day.</summary>
    private const long ThousandADay = 36_000_000;

    private static long[] InterestPosted(LedgerHarness harness, string borrower, string entity) =>
        harness.Posted(borrower, entity, JournalEvents.InterestAccrual, Accounts.InterestReceivable);

    private static long[] PenaltyPosted(LedgerHarness harness, string borrower, string entity) =>
        harness.Posted(borrower, entity, JournalEvents.PenaltyAccrual, Accounts.PenaltyReceivable);

    [Fact]
    public void Accrual_Act365VersusAct360_DividesTheSameInterestByTheirBasis()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "A360", 72_000_000, expiryDate: harness.Day(400), dayCount: "ACT/360");
        harness.OpenLine("B1", "A365", 72_000_000, expiryDate: harness.Day(400), dayCount: "ACT/365");
        harness.Draw("B1", "A360", 72_000_000);
        harness.Draw("B1", "A365", 72_000_000);

        harness.RunDays(1);
        // 72,000,000 × 10,000 / (360 × 10^6) = 2,000; / (365 × 10^6) = 1,972.60... → 1,973.
        Assert.Equal([2_000L], InterestPosted(harness, "B1", "A360"));
        Assert.Equal([1_973L], InterestPosted(harness, "B1", "A365"));

        harness.RunDays(364);
        // A year of 365 days: exactly 1 % under ACT/365, 365/360 of it under ACT/360; no fen lost to rounding.
        Assert.Equal(730_000, harness.Line("B1", "A360").Balance.InterestAccruedMinor);
        Assert.Equal(720_000, harness.Line("B1", "A365").Balance.InterestAccruedMinor);
        Assert.Equal(0, harness.Line("B1", "A365").Balance.InterestCarry);
    }

    [Fact]
    public void ChangeRate_FutureDate_AppliesFromThatDayAndASecondChangeForTheDateReplacesTheFirst()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", ThousandADay);
        harness.Draw("B1", "L1", ThousandADay);

        Assert.Equal("ACCEPTED", harness.ChangeRate("B1", "L1", "0.02", harness.Day(2)));
        Assert.Equal("ACCEPTED", harness.ChangeRate("B1", "L1", "0.03", harness.Day(2)));
        harness.RunDays(4);
        Assert.Equal("ACCEPTED", harness.ChangeRate("B1", "L1", "0.005", harness.Day(0)));
        harness.RunDays(1);

        Assert.Equal([1_000L, 1_000, 3_000, 3_000, 500], InterestPosted(harness, "B1", "L1"));
        Assert.Equal(8_500, harness.Line("B1", "L1").Balance.InterestMinor);
    }

    [Fact]
    public void ChangeRate_ToZero_StopsInterest()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", ThousandADay);
        harness.Draw("B1", "L1", ThousandADay);

        harness.ChangeRate("B1", "L1", "0", harness.Day(1));
        harness.RunDays(3);

        Assert.Equal([1_000L], InterestPosted(harness, "B1", "L1"));
    }

    /// <summary>The maturity day itself bears interest; from the next day the principal bears penalty interest at
    /// rate × m (here m = 2), at the rate in force that day.</summary>
    [Fact]
    public void Accrual_AfterMaturity_SwitchesToPenaltyAtRateTimesMultiplier()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", ThousandADay, expiryDate: harness.Day(1), multiplier: "2");
        harness.Draw("B1", "L1", ThousandADay);
        harness.ChangeRate("B1", "L1", "0.02", harness.Day(3));

        harness.RunDays(4);

        Assert.Equal([1_000L, 1_000], InterestPosted(harness, "B1", "L1"));
        Assert.Equal([2_000L, 4_000], PenaltyPosted(harness, "B1", "L1"));
        var start = LedgerHarness.DateOf(LedgerHarness.Start);
        Assert.Equal([start, start.AddDays(1)],
            harness.EntriesOf("B1", "L1", JournalEvents.InterestAccrual).Select(e => e.Date));
        Assert.Equal([start.AddDays(2), start.AddDays(3)],
            harness.EntriesOf("B1", "L1", JournalEvents.PenaltyAccrual).Select(e => e.Date));
        var balance = harness.Line("B1", "L1").Balance;
        Assert.Equal((2_000L, 6_000L, 2_000L, 6_000L),
            (balance.InterestMinor, balance.PenaltyMinor, balance.InterestAccruedMinor, balance.PenaltyAccruedMinor));
    }

    [Fact]
    public void Accrual_OrderAfterMaturity_SwitchesToPenaltyAtTheDefaultMultiplier()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenOrder("B1", "O1", 1, ThousandADay, maturityDate: harness.Day(0));
        harness.Release("B1", "O1", 1);

        harness.RunDays(3);

        Assert.Equal([1_000L], InterestPosted(harness, "B1", "O1"));
        Assert.Equal([1_500L, 1_500], PenaltyPosted(harness, "B1", "O1"));
    }

    /// <summary>Principal 10^15 at rate 1 and multiplier 5 under ACT/360: P × R × M = 5 × 10^23 overflows 64
    /// bits. The values posted are checked against an independent BigInteger computation.</summary>
    [Fact]
    public void Accrual_LargestPrincipalRateAndMultiplier_PostsExactValuesWithoutOverflow()
    {
        var harness = LedgerHarness.WithBorrower("BIG", Values.MaxLimitMinor);
        harness.OpenLine("BIG", "MAX", Values.MaxLimitMinor, rate: "1", expiryDate: harness.Day(0), multiplier: "5");
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal("ACCEPTED", harness.Draw("BIG", "MAX", Values.MaxAmountMinor));
        }

        harness.RunDays(4);

        var principal = (BigInteger)Values.MaxLimitMinor;
        var interest = new ExactAccrual(360);
        var penalty = new ExactAccrual(360, penalty: true);
        var expectedInterest = (long)interest.Day(principal * 1_000_000);
        long[] expectedPenalty =
            [.. Enumerable.Range(0, 3).Select(_ => (long)penalty.Day(principal * 1_000_000 * 500))];
        Assert.Equal(2_777_777_777_778, expectedInterest);
        Assert.Equal(13_888_888_888_889, expectedPenalty[0]);
        Assert.Equal([expectedInterest], InterestPosted(harness, "BIG", "MAX"));
        Assert.Equal(expectedPenalty, PenaltyPosted(harness, "BIG", "MAX"));
        var balance = harness.Line("BIG", "MAX").Balance;
        Assert.Equal((long)interest.Carry, balance.InterestCarry);
        Assert.Equal((long)penalty.Carry, balance.PenaltyCarry);
        Assert.Equal(Values.MaxLimitMinor, harness.Borrower("BIG").ExposureMinor);
        Assert.Equal(0, harness.Ledger.Accounts.Values.Sum());
    }

    /// <summary>Over many days of a changing principal, an awkward rate and basis, and a maturity half-way, the
    /// posted total equals the exact total minus the carry, which stays within half a fen: no fen is lost.</summary>
    [Fact]
    public void Accrual_OverManyDays_PostsTheExactInterestAndPenaltyToWithinOneFen()
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", 900_000_000, rate: "0.0395", expiryDate: harness.Day(80), dayCount: "ACT/365",
            multiplier: "1.37");
        var interest = new ExactAccrual(365);
        var penalty = new ExactAccrual(365, penalty: true);

        for (var day = 0; day < 150; day++)
        {
            Assert.Equal("ACCEPTED", day > 80 || day % 3 == 2
                ? harness.Repay("B1", "L1", 1 + (day * 104_729 % 700_000))
                : harness.Draw("B1", "L1", 500_000 + (day * 7_919 % 1_300_000)));
            var principal = (BigInteger)harness.Line("B1", "L1").Balance.PrincipalMinor;
            var posted = day <= 80 ? interest.Day(principal * 39_500) : penalty.Day(principal * 39_500 * 137);
            var postedBefore = harness.Ledger.Journal.Count;
            harness.RunDays(1);
            Assert.Equal(posted == 0 ? 0 : 1, harness.Ledger.Journal.Count - postedBefore);
        }

        var balance = harness.Line("B1", "L1").Balance;
        AssertWithinHalfAFen(interest, balance.InterestAccruedMinor, balance.InterestCarry);
        AssertWithinHalfAFen(penalty, balance.PenaltyAccruedMinor, balance.PenaltyCarry);
        Assert.True(balance.PenaltyAccruedMinor > 0);
    }

    private static void AssertWithinHalfAFen(ExactAccrual exact, long postedMinor, long carry)
    {
        Assert.Equal(exact.PostedTotal, (BigInteger)postedMinor);
        Assert.Equal(exact.Carry, (BigInteger)carry);
        Assert.Equal(exact.ExactNumerator, (postedMinor * exact.Divisor) + carry);
        Assert.True(BigInteger.Abs(carry) * 2 <= exact.Divisor);
    }

    /// <summary>算头不算尾: a loan drawn on day D and repaid on day D + k bears k days of interest.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(30)]
    public void DrawnOnDayDRepaidOnDayDPlusK_BearsKDaysOfInterest(int days)
    {
        var harness = LedgerHarness.WithBorrower();
        harness.OpenLine("B1", "L1", ThousandADay);
        harness.Draw("B1", "L1", ThousandADay);
        harness.RunDays(days);

        Assert.Equal("ACCEPTED", harness.Repay("B1", "L1", ThousandADay + (1_000 * days)));
        harness.RunDays(3);

        Assert.Equal(1_000 * days, harness.Line("B1", "L1").Balance.InterestAccruedMinor);
        Assert.Equal(days, InterestPosted(harness, "B1", "L1").Length);
        Assert.True(harness.Line("B1", "L1").Balance.IsSettled);
    }

    /// <summary>The JD broiler example: a 42-day flock financed by six weekly tranches of 2,000,000 fen
    /// (2,000,000 fen bears 477.77... fen a day at 8.6 % ACT/360) against one lump sum of 12,000,000 fen.
    /// Interest runs on 147 tranche-days against 252, and the ledger's interest shows exactly that ratio.</summary>
    [Fact]
    public void BroilerFlock_SixWeeklyTranchesVersusLumpSum_BearInterestInTheRatioOfTrancheDays()
    {
        var harness = LedgerHarness.Started();
        harness.OpenBorrower("FARM-T", 12_000_000);
        harness.OpenBorrower("FARM-L", 12_000_000);
        var tranches = Enumerable.Range(0, 6)
            .Select(week => Records.Tranche(2_000_000, week == 0 ? null : harness.Day(7 * week)));
        Assert.Equal("ACCEPTED", harness.OpenOrder("FARM-T", "FLOCK", tranches, rate: "0.0860",
            maturityDate: harness.Day(45), supplier: "FEED"));
        Assert.Equal("ACCEPTED", harness.Release("FARM-T", "FLOCK", 1));
        harness.OpenLine("FARM-L", "LUMP", 12_000_000, rate: "0.0860", expiryDate: harness.Day(45));
        Assert.Equal("ACCEPTED", harness.Draw("FARM-L", "LUMP", 12_000_000));
        var endOfCycle = harness.BusinessDate.AddDays(42);

        harness.RunDays(42);

        var trancheDays = harness.EntriesOf("FARM-T", "FLOCK", JournalEvents.Release)
            .Sum(e => (endOfCycle.DayNumber - e.Date.DayNumber) * e.Postings[0].AmountMinor / 2_000_000);
        var instalmentInterest = harness.Order("FARM-T", "FLOCK").Balance.InterestAccruedMinor;
        var lumpSumInterest = harness.Line("FARM-L", "LUMP").Balance.InterestAccruedMinor;
        Assert.Equal(147, trancheDays);
        Assert.Equal(120_400, lumpSumInterest);
        Assert.Equal(70_233, instalmentInterest);
        Assert.Equal(ExactAccrual.RoundHalfEven(lumpSumInterest * (BigInteger)trancheDays, 6 * 42),
            (BigInteger)instalmentInterest);
        Assert.Equal("ACCEPTED", harness.RepayOrder("FARM-T", "FLOCK", 12_000_000 + instalmentInterest));
        Assert.Equal("ACCEPTED", harness.Repay("FARM-L", "LUMP", 12_000_000 + lumpSumInterest));
    }
}
