using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Accruals;

/// <summary><see cref="Accrual.RoundHalfEven"/> and the one-day formulas of semantics §5.</summary>
public sealed class RoundingTests
{
    [Theory]
    [InlineData(1, 2, 0)]
    [InlineData(3, 2, 2)]
    [InlineData(5, 2, 2)]
    [InlineData(7, 2, 4)]
    [InlineData(9, 2, 4)]
    [InlineData(-1, 2, 0)]
    [InlineData(-3, 2, -2)]
    [InlineData(-5, 2, -2)]
    [InlineData(-7, 2, -4)]
    [InlineData(-9, 2, -4)]
    [InlineData(25, 10, 2)]
    [InlineData(35, 10, 4)]
    [InlineData(-25, 10, -2)]
    [InlineData(-35, 10, -4)]
    [InlineData(7, 3, 2)]
    [InlineData(8, 3, 3)]
    [InlineData(-7, 3, -2)]
    [InlineData(-8, 3, -3)]
    [InlineData(0, 7, 0)]
    [InlineData(14, 7, 2)]
    [InlineData(-14, 7, -2)]
    [InlineData(180_000_000, 360_000_000, 0)]
    [InlineData(540_000_000, 360_000_000, 2)]
    [InlineData(180_000_001, 360_000_000, 1)]
    [InlineData(-180_000_001, 360_000_000, -1)]
    public void RoundHalfEven_Quotient_RoundsToNearestAndTiesToEven(long numerator, long denominator, long expected)
    {
        Assert.Equal((Int128)expected, Accrual.RoundHalfEven(numerator, denominator));
        Assert.Equal((System.Numerics.BigInteger)expected, ExactAccrual.RoundHalfEven(numerator, denominator));
    }

    [Fact]
    public void RoundHalfEven_BeyondSixtyFourBits_IsExact()
    {
        var denominator = (Int128)36_000_000_000;
        var quotient = (Int128)13_888_888_888_889;

        Assert.Equal(quotient, Accrual.RoundHalfEven((quotient * denominator) + (denominator / 2) - 1, denominator));
        Assert.Equal(quotient + 1, Accrual.RoundHalfEven((quotient * denominator) + (denominator / 2), denominator));
        Assert.Equal(-quotient - 1,
            Accrual.RoundHalfEven((-quotient * denominator) - (denominator / 2), denominator));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void RoundHalfEven_NonPositiveDenominator_Throws(long denominator) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Accrual.RoundHalfEven(1, denominator));

    /// <summary>P × R = 180,000,000 is exactly half a fen under ACT/360: the first day posts 0 (0 is even) and
    /// carries the half; the second day posts 1 and carries nothing.</summary>
    [Fact]
    public void Interest_ExactHalfFen_CarriesItToTheNextDay()
    {
        var first = Accrual.Interest(180, 1_000_000, DayCount.Act360, 0);
        var second = Accrual.Interest(180, 1_000_000, DayCount.Act360, first.Carry);

        Assert.Equal((0L, 180_000_000L), first);
        Assert.Equal((1L, 0L), second);
    }

    [Fact]
    public void Interest_HalfFenOnAnOddQuotient_RoundsUpAndCarriesMinusHalf()
    {
        Assert.Equal((2L, -180_000_000L), Accrual.Interest(540, 1_000_000, DayCount.Act360, 0));
    }

    [Fact]
    public void Penalty_UsesRateTimesMultiplierOverBasisTimesTenToTheEight()
    {
        // 36,000,000 × 10,000 × 150 / (360 × 10^8) = 1,500 exactly.
        Assert.Equal((1_500L, 0L), Accrual.Penalty(36_000_000, 10_000, 150, DayCount.Act360, 0));
        // 1 × 1 × 100 / (365 × 10^8): nothing posted, all carried.
        Assert.Equal((0L, 100L), Accrual.Penalty(1, 1, 100, DayCount.Act365, 0));
    }
}
