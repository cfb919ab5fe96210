using System.Diagnostics;

namespace Ledger.LoadTest.Replay;

/// <summary>Open-loop pacing at a fixed rate: record n is due at start + n / rate, whatever happened to the
/// records before it, so a slow ledger shows up as latency (queueing included) rather than as a slower
/// sender.</summary>
internal sealed class ReplayPacer(double recordsPerSecond)
{
    private readonly long _start = Stopwatch.GetTimestamp();

    /// <summary>When record 1 is due (a <see cref="Stopwatch"/> timestamp).</summary>
    public long StartTimestamp => _start;

    public async ValueTask<long> WaitForAsync(long lineNumber, CancellationToken ct)
    {
        var dueTicks = _start + (long)((lineNumber - 1) / recordsPerSecond * Stopwatch.Frequency);
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), dueTicks);
        if (wait > TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(wait, ct);
        }

        return dueTicks;
    }
}
