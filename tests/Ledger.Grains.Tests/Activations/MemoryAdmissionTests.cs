using Ledger.Testing;
using Microsoft.Extensions.Logging;

namespace Ledger.Grains.Tests.Activations;

/// <summary>When <see cref="MemoryAdmission"/> refuses new books: from the refusal threshold once a collection has
/// not brought the heap under it, until the heap is under the resume threshold; the heap read at most once per probe
/// interval, collected at most once per collection interval; one log line when an episode starts and one when it
/// ends.</summary>
public sealed class MemoryAdmissionTests
{
    private static readonly MemoryAdmissionOptions Options = new(RefusePercent: 85, ResumePercent: 75,
        ProbeInterval: TimeSpan.FromMilliseconds(100), CollectInterval: TimeSpan.FromSeconds(1));

    private readonly ManualTimeProvider _clock = new();
    private readonly ScriptedProbe _probe = new();
    private readonly ListLogger _log = new();

    private MemoryAdmission NewAdmission() => new(_probe, Options, _clock, _log);

    [Fact]
    public void AdmitsNewBook_HeapOverTheLimitAfterACollection_RefusesUntilUnderTheResumeThreshold()
    {
        var admission = NewAdmission();
        _probe.Heap = 500;
        Assert.True(admission.AdmitsNewBook());
        Assert.Equal(0, _probe.Collections);

        _probe.Heap = 900;
        _probe.AfterCollection = 880;
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.False(admission.AdmitsNewBook());
        Assert.Equal(1, _probe.Collections);
        Assert.True(admission.Refusing);
        admission.CountRefused(3);

        // Under the refusal threshold but not under the resume one: still refusing (no flapping at one figure).
        _probe.Heap = 800;
        _probe.AfterCollection = 800;
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(admission.AdmitsNewBook());
        Assert.Equal(2, _probe.Collections);

        // Shedding deactivated books; their memory counts as free once collected.
        _probe.Heap = 800;
        _probe.AfterCollection = 600;
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(admission.AdmitsNewBook());
        Assert.Equal(3, _probe.Collections);
        Assert.False(admission.Refusing);
        Assert.Equal((3L, 1L), (admission.Refused, admission.Episodes));
        Assert.Equal(2, _log.Lines.Count);
        Assert.Contains("880 MB", _log.Lines[0], StringComparison.Ordinal);
        Assert.Contains("3 commands", _log.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AdmitsNewBook_HeapOverTheLimitWithGarbageOnly_CollectsAndAdmits()
    {
        var admission = NewAdmission();
        _probe.Heap = 950;
        _probe.AfterCollection = 400;
        Assert.True(admission.AdmitsNewBook());
        Assert.Equal(1, _probe.Collections);
        Assert.Equal(0, admission.Episodes);
        Assert.Empty(_log.Lines);
    }

    [Fact]
    public void AdmitsNewBook_WithinTheProbeInterval_KeepsTheLastVerdictWithoutReading()
    {
        var admission = NewAdmission();
        _probe.Heap = 500;
        Assert.True(admission.AdmitsNewBook());
        _probe.Heap = 990;
        _probe.AfterCollection = 990;
        _clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.True(admission.AdmitsNewBook());
        Assert.Equal(1, _probe.Reads);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(admission.AdmitsNewBook());
        _probe.Heap = 100;
        _clock.Advance(TimeSpan.FromMilliseconds(50));
        Assert.False(admission.AdmitsNewBook());
        _clock.Advance(TimeSpan.FromMilliseconds(50));
        Assert.True(admission.AdmitsNewBook());
    }

    [Fact]
    public void AdmitsNewBook_OverAgainWithinTheCollectionInterval_RefusesWithoutCollectingAgain()
    {
        var admission = NewAdmission();
        _probe.Heap = 900;
        _probe.AfterCollection = 900;
        Assert.False(admission.AdmitsNewBook());
        _probe.Heap = 100;
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(admission.AdmitsNewBook());

        _probe.Heap = 900;
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.False(admission.AdmitsNewBook());
        Assert.Equal(1, _probe.Collections);
        Assert.Equal(2, admission.Episodes);
        Assert.Equal(3, _log.Lines.Count);
    }

    /// <summary>The process's own probe: the heap and its limit are this process's, and a collection frees garbage.
    /// </summary>
    [Fact]
    public void GcMemoryProbe_ReadsThisProcessHeapAndCollectsItsGarbage()
    {
        var probe = new GcMemoryProbe();
        var before = ReadHolding(probe, 64);
        probe.Collect();
        var after = probe.Read();

        Assert.Equal(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, before.LimitBytes);
        Assert.True(before.HeapBytes >= 64L * 1024 * 1024, $"{before.HeapBytes} bytes before the collection");
        Assert.True(after.HeapBytes < before.HeapBytes - (32L * 1024 * 1024),
            $"{before.HeapBytes} bytes before the collection, {after.HeapBytes} after");
    }

    /// <summary>Reads the heap while holding <paramref name="megabytes"/> MB, which are garbage once it returns.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static MemoryReading ReadHolding(GcMemoryProbe probe, int megabytes)
    {
        var held = new byte[megabytes][];
        for (var i = 0; i < held.Length; i++)
        {
            held[i] = new byte[1024 * 1024];
        }

        var reading = probe.Read();
        GC.KeepAlive(held);
        return reading;
    }

    /// <summary>Heap figures out of 1,000 bytes of limit, as the test sets them; a collection brings the heap to
    /// <see cref="AfterCollection"/>.</summary>
    private sealed class ScriptedProbe : IMemoryProbe
    {
        public long Heap { get; set; }

        public long AfterCollection { get; set; }

        public int Collections { get; private set; }

        public int Reads { get; private set; }

        public MemoryReading Read()
        {
            Reads++;
            return new MemoryReading(Heap * 1024 * 1024, 1_000L * 1024 * 1024);
        }

        public void Collect()
        {
            Collections++;
            Heap = AfterCollection;
        }
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) => Lines.Add(formatter(state, exception));
    }
}
