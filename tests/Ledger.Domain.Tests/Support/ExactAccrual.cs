using System.Numerics;

namespace Ledger.Domain.Tests.Support;

/// <summary>An independent reference for semantics §5 in <see cref="BigInteger"/>, written from the spec's text
/// rather than from the domain's code, so that the two can check each other.</summary>
internal sealed class ExactAccrual(long basis, bool penalty = false)
{
    /// <summary>The divisor D: basis × 10^6 for interest, basis × 10^8 for penalty.</summary>
    public BigInteger Divisor { get; } = basis * BigInteger.Pow(10, penalty ? 8 : 6);

    public BigInteger Carry { get; private set; }

    /// <summary>The exact value of everything accrued so far, as a numerator over <see cref="Divisor"/>.</summary>
    public BigInteger ExactNumerator { get; private set; }

    public BigInteger PostedTotal { get; private set; }

    /// <summary>Accrues one day whose numerator is <paramref name="dailyNumerator"/> (P × R, or P × R × M) and
    /// returns the minor units posted.</summary>
    public BigInteger Day(BigInteger dailyNumerator)
    {
        var n = dailyNumerator + Carry;
        var posted = RoundHalfEven(n, Divisor);
        Carry = n - (posted * Divisor);
        ExactNumerator += dailyNumerator;
        PostedTotal += posted;
        return posted;
    }

    /// <summary>q = floor(n / d), r = n − q·d; up when 2r &gt; d, or when 2r = d and q is odd.</summary>
    public static BigInteger RoundHalfEven(BigInteger n, BigInteger d)
    {
        var q = BigInteger.Divide(n, d);
        if (q * d > n)
        {
            q -= 1; // BigInteger division truncates toward zero; the spec's q is the floor.
        }

        var twiceR = 2 * (n - (q * d));
        return twiceR > d || (twiceR == d && !q.IsEven) ? q + 1 : q;
    }
}
