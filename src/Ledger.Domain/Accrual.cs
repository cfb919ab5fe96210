namespace Ledger.Domain;

/// <summary>Day-count convention: the divisor of the annual rate.</summary>
public enum DayCount
{
    Act360 = 360,
    Act365 = 365,
}

/// <summary>The exact integer arithmetic of semantics §5: Int128 numerators, per-kind carries,
/// round half to even.</summary>
public static class Accrual
{
    /// <summary>Rates are micro-units: <c>0.0395</c> is 39,500.</summary>
    public const long RateScale = 1_000_000;

    /// <summary>Penalty multipliers are hundredths: <c>1.5</c> is 150.</summary>
    public const long MultiplierScale = 100;

    /// <summary>round_half_even(n / d) for d &gt; 0, exactly as the spec states it.</summary>
    public static Int128 RoundHalfEven(Int128 numerator, Int128 denominator)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        }

        var quotient = Int128.DivRem(numerator, denominator).Quotient;
        var remainder = numerator - (quotient * denominator);
        if (remainder < 0)
        {
            // Int128 division truncates toward zero; the spec's q is the floor.
            quotient -= 1;
            remainder += denominator;
        }

        var twiceRemainder = remainder * 2;
        if (twiceRemainder > denominator || (twiceRemainder == denominator && !Int128.IsEvenInteger(quotient)))
        {
            quotient += 1;
        }

        return quotient;
    }

    /// <summary>One day of interest on <paramref name="principalMinor"/>: returns the posted minor units and the
    /// new carry.</summary>
    public static (long PostedMinor, long Carry) Interest(long principalMinor, long rateMicros, DayCount basis,
        long carry)
    {
        Int128 numerator = ((Int128)principalMinor * rateMicros) + carry;
        Int128 denominator = (int)basis * (Int128)RateScale;
        return Post(numerator, denominator);
    }

    /// <summary>One day of penalty interest at rate × multiplier.</summary>
    public static (long PostedMinor, long Carry) Penalty(long principalMinor, long rateMicros,
        long multiplierHundredths, DayCount basis, long carry)
    {
        Int128 numerator = ((Int128)principalMinor * rateMicros * multiplierHundredths) + carry;
        Int128 denominator = (int)basis * (Int128)RateScale * MultiplierScale;
        return Post(numerator, denominator);
    }

    private static (long PostedMinor, long Carry) Post(Int128 numerator, Int128 denominator)
    {
        var posted = RoundHalfEven(numerator, denominator);
        var carry = numerator - (posted * denominator);
        if (posted < 0 || Int128.Abs(carry) * 2 > denominator)
        {
            throw new System.Diagnostics.UnreachableException(
                $"Accrual broke its bounds: posted {posted}, carry {carry}, divisor {denominator}.");
        }

        return ((long)posted, (long)carry);
    }
}
