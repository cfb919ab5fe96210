using System.Diagnostics;
using System.Threading.Channels;
using Ledger.Client;
using Ledger.Domain;

namespace Ledger.LoadTest.Replay;

/// <summary>Replays a stream into a silo through an <see cref="IRecordSink"/> (the HTTP API or the Orleans client): records of one borrower in stream
/// order, different borrowers concurrently, SetBusinessDate and EndOfDay as barriers. Borrowers are spread over
/// <c>concurrency</c> lanes by a stable hash; each lane sends its records in batches, one request at a time, so a
/// borrower's records keep their order. Outcomes are written in stream order through a bounded reorder window.</summary>
internal sealed class NetworkReplayer : IDisposable
{
    private readonly IRecordSink _client;
    private readonly int _lanes;
    private readonly int _batchSize;
    private readonly TextWriter _outcomes;
    private readonly TextWriter _diagnostics;
    private readonly Dictionary<long, (string? Id, string Outcome)> _done = [];
    private readonly Lock _lock = new();
    private readonly Lock _traceLock = new();
    private readonly SemaphoreSlim _window;
    private readonly ReplaySummary _summary = new();
    private long _nextToWrite = 1;
    private long _read;
    private long _traceOrigin;
    private TaskCompletionSource _progressed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A replay through a silo's HTTP API.</summary>
    public NetworkReplayer(LedgerClient client, int concurrency, int batchSize, TextWriter outcomes,
        TextWriter diagnostics)
        : this(new HttpRecordSink(client), concurrency, batchSize, outcomes, diagnostics)
    {
    }

    public NetworkReplayer(IRecordSink client, int concurrency, int batchSize, TextWriter outcomes,
        TextWriter diagnostics)
    {
        _client = client;
        _lanes = Math.Max(1, concurrency);
        _batchSize = Math.Max(1, batchSize);
        _outcomes = outcomes;
        _diagnostics = diagnostics;
        _window = new SemaphoreSlim(Math.Max(1024, _lanes * _batchSize * 4));
    }

    /// <summary>Latency of the records due after the warm-up.</summary>
    public LatencyHistogram Latency { get; } = new();

    /// <summary>Latency of the records due during the warm-up (the first <see cref="Warmup"/> of the run): a silo
    /// just started activates every borrower it is sent for the first time and compiles its code as it goes.
    /// </summary>
    public LatencyHistogram WarmupLatency { get; } = new();

    /// <summary>How long, from the run's clock origin (<see cref="TraceOrigin"/>), records count as warm-up: a record
    /// due before origin + warm-up is filed in <see cref="WarmupLatency"/>. Zero: none is.</summary>
    public TimeSpan Warmup { get; init; }

    private long _warmupEnds;
    private long _lastHandedOver;

    /// <summary>When set, one CSV row per record answered by the silo (<see cref="RecordTrace"/>), in the order
    /// the answers come; the caller owns and disposes the writer.</summary>
    public TextWriter? Trace { get; init; }

    /// <summary>The run's clock origin, which the trace's times and the warm-up count from (a timestamp of
    /// <see cref="Stopwatch"/>): the pacer's start, so that record n of a paced run is due at (n − 1) / rate, or when
    /// the run started; by default the start of the replay. One clock for the pacer, the warm-up and the trace, so
    /// that with <c>--warmup 0</c> no record is warm-up, and with <c>--warmup S</c> exactly those due in the first S
    /// seconds are.</summary>
    public long? TraceOrigin { get; init; }

    /// <summary>Seconds from the clock origin until the last record was handed to its lane (or sent, for a ledger
    /// command): the records sent per second over this span are the rate the replay offered, which an open-loop run
    /// compares with the rate asked (a full window or lane holds the sender back when the ledger cannot keep
    /// up).</summary>
    public double SendingSeconds => _lastHandedOver == 0
        ? 0
        : Stopwatch.GetElapsedTime(_traceOrigin, _lastHandedOver).TotalSeconds;

    /// <summary>Called after each record's outcome is known (records done so far, the summary).</summary>
    public Action<ReplaySummary>? Progress { get; set; }

    /// <param name="pace">Open-loop pacing: given a line number, waits until that record is due and returns the
    /// timestamp it was due at, from which its latency is measured (so queueing counts). Null: as fast as
    /// the lanes take records, latency measured from when a record is handed to its lane.</param>
    public async Task<ReplaySummary> ReplayAsync(TextReader stream, Func<long, CancellationToken, ValueTask<long>>? pace,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        _traceOrigin = TraceOrigin ?? Stopwatch.GetTimestamp();
        _warmupEnds = _traceOrigin + (long)(Warmup.TotalSeconds * Stopwatch.Frequency);
        Trace?.WriteLine(RecordTrace.Header);
        var lanes = Enumerable.Range(0, _lanes).Select(_ => Channel.CreateBounded<Pending>(_batchSize * 4)).ToArray();
        // A lane that gives up (its silo gone past every retry) stops the whole replay, with the lane's error,
        // instead of leaving the reader waiting on outcomes that will never come.
        var caller = ct;
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(caller);
        Exception? laneFailure = null;
        var workers = lanes.Select(lane => Task.Run(async () =>
        {
            try
            {
                await RunLaneAsync(lane.Reader, failed.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !caller.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref laneFailure, ex, null);
                await failed.CancelAsync();
            }
        }, caller)).ToArray();
        ct = failed.Token;
        try
        {
            long lineNumber = 0;
            while (await stream.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                await _window.WaitAsync(ct);
                lock (_lock)
                {
                    _read = lineNumber;
                }

                var due = pace is null ? Stopwatch.GetTimestamp() : await pace(lineNumber, ct);
                await DispatchAsync(lineNumber, line, due, lanes, ct);
                _lastHandedOver = Stopwatch.GetTimestamp();
            }

            foreach (var lane in lanes)
            {
                lane.Writer.TryComplete();
            }

            await Task.WhenAll(workers);
            await WaitCaughtUpAsync(ct);
        }
        catch (OperationCanceledException) when (laneFailure is not null)
        {
            throw laneFailure;
        }
        finally
        {
            foreach (var lane in lanes)
            {
                lane.Writer.TryComplete();
            }
        }

        if (laneFailure is not null)
        {
            throw laneFailure;
        }

        _summary.Seconds = clock.Elapsed.TotalSeconds;
        return _summary;
    }

    private async Task DispatchAsync(long lineNumber, string line, long due, Channel<Pending>[] lanes,
        CancellationToken ct)
    {
        // Parsed to route the record and to answer a malformed one; the silo parses (and hashes) it again.
        var parsed = CommandParser.ParseToRoute(line);
        if (parsed.Status == ParseStatus.Malformed)
        {
            if (_summary.Malformed < 50)
            {
                await _diagnostics.WriteLineAsync($"line {lineNumber}: malformed record skipped ({parsed.Message})");
            }

            await CompleteAsync(lineNumber, null, OutcomeListWriter.Malformed);
            return;
        }

        if (parsed.Command is LedgerScopeCommand)
        {
            // A barrier: everything before it is decided first, nothing after it starts before it is.
            await WaitCaughtUpAsync(ct, lineNumber - 1);
            var outcome = (await _client.SubmitParsedAsync([new ParsedLine(line, parsed)], ct))[0];
            var answered = Stopwatch.GetTimestamp();
            HistogramFor(due).Record(Stopwatch.GetElapsedTime(due, answered));
            TraceRecord(lineNumber, due, answered, 1);
            await CompleteAsync(lineNumber, parsed.Id, outcome);
            return;
        }

        var key = parsed.Command is BorrowerCommand b ? b.Borrower : parsed.Id ?? string.Empty;
        var lane = (int)((uint)StableHash(key) % (uint)lanes.Length);
        await lanes[lane].Writer.WriteAsync(new Pending(lineNumber, new ParsedLine(line, parsed), due), ct);
    }

    private async Task RunLaneAsync(ChannelReader<Pending> lane, CancellationToken ct)
    {
        var batch = new List<Pending>(_batchSize);
        while (await lane.WaitToReadAsync(ct))
        {
            batch.Clear();
            while (batch.Count < _batchSize && lane.TryRead(out var item))
            {
                batch.Add(item);
            }

            // The records go on with their parse (made once, in DispatchAsync): a sink that routes by borrower
            // takes it from there.
            var records = new ParsedLine[batch.Count];
            for (var i = 0; i < records.Length; i++)
            {
                records[i] = batch[i].Record;
            }

            var results = await _client.SubmitParsedAsync(records, ct);
            var finished = Stopwatch.GetTimestamp();
            for (var i = 0; i < batch.Count; i++)
            {
                HistogramFor(batch[i].EnqueuedTicks)
                    .RecordMicros((long)Stopwatch.GetElapsedTime(batch[i].EnqueuedTicks, finished).TotalMicroseconds);
                TraceRecord(batch[i].LineNumber, batch[i].EnqueuedTicks, finished, batch.Count);
                await CompleteAsync(batch[i].LineNumber, batch[i].Record.Parsed.Id, results[i]);
            }
        }
    }

    private void TraceRecord(long lineNumber, long due, long answered, int requestRecords)
    {
        if (Trace is null)
        {
            return;
        }

        var row = RecordTrace.Row(lineNumber, Stopwatch.GetElapsedTime(_traceOrigin, due),
            Stopwatch.GetElapsedTime(due, answered), requestRecords);
        lock (_traceLock)
        {
            Trace.WriteLine(row);
        }
    }

    private LatencyHistogram HistogramFor(long dueTicks) =>
        Warmup > TimeSpan.Zero && dueTicks < _warmupEnds ? WarmupLatency : Latency;

    /// <summary>Records an outcome and writes every outcome now contiguous from the head, in stream order. The
    /// writes happen under the lock (to a buffered writer) so that two completions cannot reorder them.</summary>
    private Task CompleteAsync(long lineNumber, string? id, string outcome)
    {
        var written = 0;
        TaskCompletionSource progressed;
        lock (_lock)
        {
            _done[lineNumber] = (id, outcome);
            while (_done.Remove(_nextToWrite, out var next))
            {
                _outcomes.WriteLine(OutcomeListWriter.Format(_nextToWrite, next.Id, next.Outcome));
                _summary.Count(next.Outcome);
                _nextToWrite++;
                written++;
            }

            if (written == 0)
            {
                return Task.CompletedTask;
            }

            Progress?.Invoke(_summary);
            progressed = _progressed;
            _progressed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _window.Release(written);
        progressed.TrySetResult();
        return Task.CompletedTask;
    }

    /// <summary>Waits until every outcome up to line <paramref name="upTo"/> (or every line read) is written.</summary>
    private async Task WaitCaughtUpAsync(CancellationToken ct, long upTo = long.MaxValue)
    {
        while (true)
        {
            Task wait;
            lock (_lock)
            {
                if (_nextToWrite > Math.Min(upTo, _read))
                {
                    return;
                }

                wait = _progressed.Task;
            }

            await wait.WaitAsync(ct);
        }
    }

    public void Dispose() => _window.Dispose();

    private static int StableHash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    private sealed record Pending(long LineNumber, ParsedLine Record, long EnqueuedTicks);
}
