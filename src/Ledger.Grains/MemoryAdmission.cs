using Microsoft.Extensions.Logging;

namespace Ledger.Grains;

/// <summary>What the garbage-collected heap holds now and the most it may hold.</summary>
/// <param name="HeapBytes">Bytes in the heap now, live and not yet collected.</param>
/// <param name="LimitBytes">The heap limit: the silo's memory budget (<c>--memoryLimitMb</c>) or the machine's.
/// </param>
public readonly record struct MemoryReading(long HeapBytes, long LimitBytes)
{
    /// <summary>The heap as a share of its limit, in percent.</summary>
    public double Percent => LimitBytes <= 0 ? 0 : HeapBytes * 100.0 / LimitBytes;
}

/// <summary>Reads the silo's memory for <see cref="MemoryAdmission"/>; a test registers its own.</summary>
public interface IMemoryProbe
{
    MemoryReading Read();

    /// <summary>Collects the heap's garbage now, so that the next reading counts what deactivated books freed.
    /// </summary>
    void Collect();
}

/// <summary>The process's own heap (<see cref="GC.GetTotalMemory"/>, cheap: no collection) against its limit (the
/// hard limit the memory budget sets, else the machine's or container's memory).</summary>
public sealed class GcMemoryProbe : IMemoryProbe
{
    public MemoryReading Read() =>
        new(GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    /// <summary>A full blocking collection, not compacting (what is wanted is the garbage gone, fast).</summary>
    public void Collect() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
}

/// <summary>When the heap counts as full for new books: from <paramref name="RefusePercent"/> of its limit, until it
/// is below <paramref name="ResumePercent"/> again; the heap is read at most every <paramref name="ProbeInterval"/>
/// and collected at most every <paramref name="CollectInterval"/>.</summary>
public sealed record MemoryAdmissionOptions(double RefusePercent = 85, double ResumePercent = 75,
    TimeSpan? ProbeInterval = null, TimeSpan? CollectInterval = null)
{
    public TimeSpan Probe => ProbeInterval ?? TimeSpan.FromMilliseconds(100);

    public TimeSpan Collection => CollectInterval ?? TimeSpan.FromSeconds(1);
}

/// <summary>Admission control of new books under memory pressure. Orleans sheds idle activations from 70 % of the
/// heap limit (<c>GrainCollectionOptions</c>), but a bulk load activates books faster than shedding and the next
/// collection free them (~9,000 new borrower grains a second ran a silo with a 906 MB heap out of memory:
/// <c>eod-bench.sh 1000000</c>). So while the heap is over <see cref="MemoryAdmissionOptions.RefusePercent"/> of its
/// limit a new activation of a borrower, line or order grain loads nothing and answers its commands "try again"
/// (<c>MEMORY_PRESSURE</c>: nothing booked, the same ids may be sent again; the HTTP API answers 503 with
/// Retry-After) and its views likewise (a retryable <c>LedgerUnavailableException</c>), while books already in memory
/// go on deciding and being read. Before it starts refusing, and every
/// <see cref="MemoryAdmissionOptions.CollectInterval"/> while it refuses, it has the heap collected, so that garbage
/// and the books shedding deactivated do not count. It admits again once the heap is below
/// <see cref="MemoryAdmissionOptions.ResumePercent"/> (a gap, so it does not flap at one figure). The heap is read by
/// the activations themselves, at most every <see cref="MemoryAdmissionOptions.ProbeInterval"/>; an episode is logged
/// when it starts and when it ends, never per command.</summary>
public sealed partial class MemoryAdmission
{
    private const double Megabyte = 1024 * 1024;

    private readonly IMemoryProbe _probe;
    private readonly MemoryAdmissionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly long _probeTicks;
    private readonly long _collectTicks;
    private long _probedAt;
    private long _collectedAt;
    private int _probing;
    private volatile bool _refusing;
    private long _episodeStartedAt;
    private long _episodeStartRefused;
    private long _refused;
    private long _episodes;

    public MemoryAdmission(IMemoryProbe probe, MemoryAdmissionOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ResumePercent > options.RefusePercent)
        {
            throw new ArgumentException("ResumePercent must not be above RefusePercent.", nameof(options));
        }

        _probe = probe;
        _options = options;
        _time = time;
        _logger = logger;
        _probeTicks = (long)(options.Probe.TotalSeconds * time.TimestampFrequency);
        _collectTicks = (long)(options.Collection.TotalSeconds * time.TimestampFrequency);
        _probedAt = long.MinValue / 2;
        _collectedAt = long.MinValue / 2;
    }

    /// <summary>Commands and views refused since the silo started.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Episodes of refusal since the silo started.</summary>
    public long Episodes => Interlocked.Read(ref _episodes);

    /// <summary>Whether new books are refused now. Reading it reads the heap when the last reading is old, so an
    /// episode ends (and is logged) when the heap has room even if no book asks to be loaded meanwhile.</summary>
    public bool Refusing
    {
        get
        {
            Probe();
            return _refusing;
        }
    }

    /// <summary>Whether a grain activating now may load its book: false while the heap is over its limit.</summary>
    public bool AdmitsNewBook()
    {
        Probe();
        return !_refusing;
    }

    /// <summary>Counts <paramref name="commands"/> (or views) answered "try again" by a refused activation.</summary>
    public void CountRefused(int commands) => Interlocked.Add(ref _refused, commands);

    /// <summary>Reads the heap when the last reading is older than the probe interval (one caller at a time; the
    /// others go on with the last verdict).</summary>
    private void Probe()
    {
        var now = _time.GetTimestamp();
        if (now - Interlocked.Read(ref _probedAt) < _probeTicks || Interlocked.Exchange(ref _probing, 1) != 0)
        {
            return;
        }

        try
        {
            Interlocked.Exchange(ref _probedAt, now);
            var reading = _probe.Read();
            if (!_refusing && reading.Percent >= _options.RefusePercent)
            {
                // Garbage counts in the reading: only what is left after a collection makes an episode.
                reading = CollectIfDue(now, reading);
                if (reading.Percent >= _options.RefusePercent)
                {
                    Start(now, reading);
                }
            }
            else if (_refusing)
            {
                if (reading.Percent >= _options.ResumePercent)
                {
                    // Shedding deactivates books, but their memory is free only once collected.
                    reading = CollectIfDue(now, reading);
                }

                if (reading.Percent < _options.ResumePercent)
                {
                    End(now, reading);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }
    }

    private MemoryReading CollectIfDue(long now, MemoryReading reading)
    {
        if (now - _collectedAt < _collectTicks)
        {
            return reading;
        }

        _collectedAt = now;
        _probe.Collect();
        return _probe.Read();
    }

    private void Start(long now, MemoryReading reading)
    {
        _episodeStartedAt = now;
        _episodeStartRefused = Refused;
        Interlocked.Increment(ref _episodes);
        _refusing = true;
        LogStarted(_logger, reading.HeapBytes / Megabyte, reading.LimitBytes / Megabyte, reading.Percent,
            _options.RefusePercent, _options.ResumePercent);
    }

    private void End(long now, MemoryReading reading)
    {
        _refusing = false;
        LogEnded(_logger, reading.HeapBytes / Megabyte, reading.Percent,
            _time.GetElapsedTime(_episodeStartedAt, now).TotalSeconds, Refused - _episodeStartRefused);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Memory pressure: the heap holds {HeapMb:F0} MB of its "
        + "{LimitMb:F0} MB limit ({Percent:F1} %, from {RefusePercent} % after a collection); commands that would load "
        + "a book not in memory are answered \"try again\" (MEMORY_PRESSURE) until it is below {ResumePercent} %")]
    private static partial void LogStarted(ILogger logger, double heapMb, double limitMb, double percent,
        double refusePercent, double resumePercent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Memory pressure over: the heap holds {HeapMb:F0} MB "
        + "({Percent:F1} %) after {Seconds:F1} s; {Refused} commands and views were answered \"try again\" meanwhile")]
    private static partial void LogEnded(ILogger logger, double heapMb, double percent, double seconds,
        long refused);
}
