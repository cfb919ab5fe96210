namespace Ledger.LoadTest.Replay;

/// <summary>A log-linear latency histogram: values in microseconds fall into 32 linear sub-buckets per power of two,
/// so any percentile is within 1/32 (3 %) of the truth, with no per-sample storage. Thread-safe recording.</summary>
internal sealed class LatencyHistogram
{
    private readonly long[] _counts = new long[32 * 64];
    private long _total;
    private long _maxMicros;

    public long Count => Interlocked.Read(ref _total);

    public long MaxMicros => Interlocked.Read(ref _maxMicros);

    public void Record(TimeSpan latency) => RecordMicros((long)latency.TotalMicroseconds);

    public void RecordMicros(long micros)
    {
        micros = Math.Max(0, micros);
        Interlocked.Increment(ref _counts[IndexOf(micros)]);
        Interlocked.Increment(ref _total);
        RecordMax(micros);
    }

    /// <summary>The value at quantile <paramref name="q"/> (0..1), in microseconds: the upper bound of the bucket
    /// holding it, capped by the maximum seen.</summary>
    public long PercentileMicros(double q)
    {
        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(Math.Clamp(q, 0, 1) * total);
        rank = Math.Max(1, rank);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= rank)
            {
                return Math.Min(UpperBoundOf(i), MaxMicros);
            }
        }

        return MaxMicros;
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            Interlocked.Add(ref _counts[i], other._counts[i]);
        }

        Interlocked.Add(ref _total, other.Count);
        RecordMax(other.MaxMicros);
    }

    private void RecordMax(long micros)
    {
        long seen;
        while (micros > (seen = Interlocked.Read(ref _maxMicros))
            && Interlocked.CompareExchange(ref _maxMicros, micros, seen) != seen)
        {
        }
    }

    /// <summary>Values below 64 have a bucket each; above, a value v with highest bit h goes to shift s = h − 5,
    /// bucket 32·s + (v &gt;&gt; s), whose width 2^s is at most 1/32 of v.</summary>
    internal static int IndexOf(long value)
    {
        if (value < 64)
        {
            return (int)value;
        }

        var shift = 63 - (int)long.LeadingZeroCount(value) - 5;
        return (32 * shift) + (int)(value >> shift);
    }

    /// <summary>The largest value that falls into bucket <paramref name="index"/>.</summary>
    internal static long UpperBoundOf(int index)
    {
        if (index < 64)
        {
            return index;
        }

        var shift = (index / 32) - 1;
        var mantissa = (long)(index % 32) + 32;
        return ((mantissa + 1) << shift) - 1;
    }
}
