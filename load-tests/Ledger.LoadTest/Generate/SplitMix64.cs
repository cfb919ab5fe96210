namespace Ledger.LoadTest.Generate;

/// <summary>SplitMix64 (Steele, Lea, Flood 2014): a tiny generator whose output is fixed by its seed forever.
/// <see cref="Random"/> is not used because its algorithm may change between .NET versions, and a stream must
/// come out byte for byte the same from the same seed. Only integer arithmetic, so no platform's floating point
/// can change a value either.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="count"/>); the multiply-shift mapping's bias is below 2^-32 for
    /// any count a stream uses.</summary>
    public int Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)(((UInt128)NextUInt64() * (ulong)count) >> 64);
    }

    /// <summary>A value in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public long NextInRange(long min, long maxInclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInclusive, min);
        var span = (ulong)(maxInclusive - min) + 1;
        return span == 0 ? (long)NextUInt64() : min + (long)(ulong)(((UInt128)NextUInt64() * span) >> 64);
    }

    /// <summary>True with probability <paramref name="perMille"/>/1000.</summary>
    public bool Chance(int perMille) => Next(1000) < perMille;

    /// <summary>A well-mixed value derived from a seed and a number, independent of any generator's position:
    /// per-borrower traits that must not depend on the order they are asked for.</summary>
    public static ulong Mix(ulong seed, ulong value)
    {
        var generator = new SplitMix64(seed ^ (value * 0xD1B54A32D192ED03UL));
        return generator.NextUInt64();
    }
}
