using System.Diagnostics;
using System.Threading.Channels;
using Ledger.Storage;
using Microsoft.Extensions.Logging;

namespace Ledger.Runtime.Commit;

/// <summary>The writes of one turn, waiting to be made durable. <see cref="Completion"/> finishes when they are
/// committed (or fails when the batch carrying them failed).</summary>
internal sealed class CommitRequest
{
    public required PartitionFence Fence { get; init; }

    /// <summary>The business date the turn was decided on; the commit proves it is still the ledger's.</summary>
    public DateOnly? BusinessDate { get; init; }

    public List<GrainWrite> Grains { get; } = [];

    public List<OutcomeRecord> Outcomes { get; } = [];

    public List<JournalPosting> Postings { get; } = [];

    /// <summary>The activation whose turn this is; when a batch fails, it is dropped (its memory ran ahead of
    /// the store), and later turns of the same activation are refused.</summary>
    public ICommitSource? Source { get; init; }

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Who made a commit request.</summary>
internal interface ICommitSource
{
    bool IsPoisoned { get; }

    void Poison(Exception reason);
}

/// <summary>Group commit: turns queue their writes in commit lanes, one per partition residue. Each lane's loop
/// takes whatever has queued (up to a batch) and commits it in one fenced store transaction, so throughput rises
/// with load while every turn still waits for a real commit; lanes commit concurrently, so one transaction's
/// round trips and fsync do not hold up the others. A borrower's partition always maps to the same lane and a
/// lane commits one batch after another, so the commits of one activation keep their order. Queues are bounded:
/// producers wait when they are full.</summary>
internal sealed class CommitPipeline : IAsyncDisposable
{
    private readonly CommitLane[] _lanes;

    public CommitPipeline(ILedgerStore store, RuntimeOptions options, TimeProvider time, ILogger logger)
    {
        _lanes = [.. Enumerable.Range(0, Math.Max(1, options.CommitLanes))
            .Select(_ => new CommitLane(store, options, time, logger, () => BusinessDateChanged?.Invoke()))];
    }

    /// <summary>Raised when a commit found the business date changed or an end of day running.</summary>
    public Action? BusinessDateChanged { get; set; }

    public long Batches => _lanes.Sum(l => l.Batches);

    public long Turns => _lanes.Sum(l => l.Turns);

    public ValueTask EnqueueAsync(CommitRequest request, CancellationToken cancellationToken) =>
        _lanes[request.Fence.PartitionId % _lanes.Length].EnqueueAsync(request, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
        {
            await lane.DisposeAsync();
        }
    }
}

/// <summary>One commit lane: a bounded queue and a loop committing its batches one after another.</summary>
internal sealed partial class CommitLane : IAsyncDisposable
{
    private readonly ILedgerStore _store;
    private readonly string _siloId;
    private readonly RuntimeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<CommitRequest> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private CommitRequest? _carried;
    private long _batches;
    private long _turns;

    public CommitLane(ILedgerStore store, RuntimeOptions options, TimeProvider time, ILogger logger,
        Action businessDateChanged)
    {
        BusinessDateChanged = businessDateChanged;
        _store = store;
        _siloId = options.SiloId;
        _options = options;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<CommitRequest>(new BoundedChannelOptions(options.CommitQueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    private Action BusinessDateChanged { get; }

    public long Batches => Interlocked.Read(ref _batches);

    public long Turns => Interlocked.Read(ref _turns);

    public ValueTask EnqueueAsync(CommitRequest request, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync(request, cancellationToken);

    private async Task RunAsync()
    {
        var batch = new List<CommitRequest>(_options.MaxCommitBatchTurns);
        try
        {
            while (_carried is not null || await _queue.Reader.WaitToReadAsync(_stopping.Token))
            {
                batch.Clear();
                Drain(batch);
                if (batch.Count < _options.MaxCommitBatchTurns && _options.MaxCommitDelay > TimeSpan.Zero)
                {
                    await Task.Delay(_options.MaxCommitDelay, _time, _stopping.Token);
                    Drain(batch);
                }

                await CommitAsync(batch);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: whatever is still queued fails below.
        }

        var stopped = new RetryableLedgerException("STOPPING", "The silo is stopping; the command was not booked.");
        while (_queue.Reader.TryRead(out var left))
        {
            left.Completion.TrySetException(stopped);
        }
    }

    /// <summary>Takes queued turns into the batch, all decided on one business date (a turn of another date waits
    /// for the next batch: one commit proves one date).</summary>
    private void Drain(List<CommitRequest> batch)
    {
        if (_carried is { } carried && batch.Count == 0)
        {
            batch.Add(carried);
            _carried = null;
        }

        while (_carried is null && batch.Count < _options.MaxCommitBatchTurns && _queue.Reader.TryRead(out var request))
        {
            if (batch.Count > 0 && request.BusinessDate != batch[0].BusinessDate)
            {
                _carried = request;
                break;
            }

            batch.Add(request);
        }
    }

    private async Task CommitAsync(List<CommitRequest> requests)
    {
        var batch = new CommitBatch();
        var fences = new HashSet<PartitionFence>();
        var included = new List<CommitRequest>(requests.Count);
        foreach (var request in requests)
        {
            if (request.Source is { IsPoisoned: true })
            {
                // An earlier turn of this activation failed to commit: this one built on it.
                request.Completion.TrySetException(new RetryableLedgerException("COMMIT_FAILED",
                    "An earlier write of this borrower failed to commit; retry the command."));
                continue;
            }

            included.Add(request);
            if (fences.Add(request.Fence))
            {
                batch.Fences.Add(request.Fence);
            }

            batch.Grains.AddRange(request.Grains);
            batch.Outcomes.AddRange(request.Outcomes);
            batch.Postings.AddRange(request.Postings);
        }

        if (included.Count == 0)
        {
            return;
        }

        batch.RequireBusinessDate = included[0].BusinessDate;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await _store.CommitAsync(_siloId, batch, _stopping.Token);
        }
        catch (Exception ex)
        {
            LogCommitFailed(_logger, ex, included.Count, fences.Count);
            var failure = ex switch
            {
                FenceViolationException fence => new RetryableLedgerException("NOT_OWNER", fence.Message, ex),
                BusinessDateChangedException => new RetryableLedgerException("BUSINESS_DATE_CHANGED",
                    "The business date has moved on; nothing was booked. Retry the command.", ex),
                _ => new RetryableLedgerException("COMMIT_FAILED", "The commit failed; nothing was booked.", ex),
            };
            if (ex is BusinessDateChangedException)
            {
                BusinessDateChanged();
            }
            foreach (var request in included)
            {
                request.Source?.Poison(failure);
                request.Completion.TrySetException(failure);
            }

            return;
        }

        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _turns, included.Count);
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogCommitted(_logger, included.Count, elapsedMs);
        foreach (var request in included)
        {
            request.Completion.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            // Let queued turns commit before stopping, within a bound.
            await _loop.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync();
            await _loop;
        }

        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Group commit of {Turns} turns over {Partitions} partitions failed")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int turns, int partitions);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Committed {Turns} turns in {Milliseconds} ms")]
    private static partial void LogCommitted(ILogger logger, int turns, double milliseconds);
}
