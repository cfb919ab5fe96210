using System.Diagnostics;
using System.Globalization;

namespace Ledger.LoadTest.Replay;

/// <summary>Live figures while a replay runs: records done, rate, accepted / rejected, elapsed, ETA. On a terminal
/// one line is redrawn in place every half second; otherwise a plain line is printed every five seconds.</summary>
internal sealed class ProgressDisplay : IAsyncDisposable
{
    private readonly TextWriter _out;
    private readonly long _totalRecords;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private ReplaySummary? _latest;

    public ProgressDisplay(TextWriter output, long totalRecords, bool interactive)
    {
        _out = output;
        _totalRecords = totalRecords;
        _interactive = interactive;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Called by the replayer with its running summary (read racily: progress is approximate).</summary>
    public void Update(ReplaySummary summary) => _latest = summary;

    private async Task RunAsync()
    {
        var period = TimeSpan.FromMilliseconds(_interactive ? 500 : 5000);
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Print(final: false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Print(bool final)
    {
        if (_latest is not { } s)
        {
            return;
        }

        var elapsed = _clock.Elapsed.TotalSeconds;
        var rate = elapsed > 0 ? s.Records / elapsed : 0;
        var eta = rate > 0 && _totalRecords > s.Records ? (_totalRecords - s.Records) / rate : 0;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{s.Records:N0}/{_totalRecords:N0} records  {rate:N0}/s  accepted {s.Accepted:N0}  " +
            $"rejected {s.Rejected:N0}  elapsed {elapsed:F0}s  eta {eta:F0}s");
        if (_interactive)
        {
            _out.Write($"\r{line.PadRight(100)}{(final ? "\n" : string.Empty)}");
        }
        else
        {
            _out.WriteLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        if (_interactive)
        {
            Print(final: true);
        }

        _stop.Dispose();
    }
}
