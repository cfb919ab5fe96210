using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Ledger.Storage.Commit;

/// <summary>Settings of a silo's group commit.</summary>
/// <param name="SiloId">The silo committing (it names the writer in the store's errors).</param>
/// <param name="Lanes">Commit transactions that may be in flight at once; partitions are spread over the lanes
/// by residue.</param>
/// <param name="MaxBatchTurns">Turns a single group commit may carry.</param>
/// <param name="MaxDelay">How long a lane waits for more turns before committing a batch that is not full; zero
/// commits at once whatever has arrived while the previous commit ran.</param>
/// <param name="QueueCapacity">Turns waiting for a commit, per lane, before producers wait (back-pressure).</param>
public sealed record GroupCommitOptions(
    string SiloId, int Lanes = 2, int MaxBatchTurns = 1024, TimeSpan MaxDelay = default, int QueueCapacity = 8192);

/// <summary>The writes of one turn, waiting to be made durable. <see cref="Completion"/> finishes with what became of
/// the turn (<see cref="TurnResult"/>: committed, or failed alone while the rest of its batch committed), or fails
/// with the store's exception when the whole batch failed (with <see cref="GroupCommitStoppedException"/> when the
/// group commit stopped before committing it).</summary>
public sealed class CommitRequest
{
    /// <summary>The business date the turn was decided on; the commit proves it is still the ledger's.</summary>
    public DateOnly? BusinessDate { get; init; }

    /// <summary>The turn's writes and the book version it proves.</summary>
    public required CommitTurn Turn { get; init; }

    /// <summary>Who made the request: see <see cref="ICommitSource"/>.</summary>
    public ICommitSource? Source { get; init; }

    /// <summary>The source's generation the turn was decided in (<see cref="ICommitSource.StaleBefore"/>).</summary>
    public long Generation { get; init; }

    public TaskCompletionSource<TurnResult> Completion { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Who made a commit request: an activation, whose memory runs ahead of the store by its queued turns. Its
/// later turns were decided on the state its earlier ones left, so when one of them fails, the later ones must not
/// commit either, even in a later batch, where their proofs could match a version another writer happened to
/// reach: the group commit tells the source, and refuses the turns it decided before it noticed.</summary>
public interface ICommitSource
{
    /// <summary>A whole batch carrying one of this source's turns failed with <paramref name="reason"/>.</summary>
    void Fail(Exception reason);

    /// <summary>Turns decided in an earlier generation than this are refused
    /// (<see cref="TurnResult.VersionConflict"/>, never sent to the store).</summary>
    long StaleBefore { get; }

    /// <summary>A turn decided in <paramref name="generation"/> did not commit (its proof or key failed, or it was
    /// refused): the source's state of that generation is stale.</summary>
    void TurnFailed(long generation);
}

/// <summary>The group commit stopped (its silo is shutting down) before it committed the turn; nothing of the turn
/// was written.</summary>
public sealed class GroupCommitStoppedException()
    : Exception("The group commit stopped before the turn was committed; nothing was written.");

/// <summary>Group commit: turns queue their writes in commit lanes, one per partition residue. Each lane's loop
/// takes whatever has queued (up to a batch) and commits it in one store transaction, so throughput rises
/// with load while every turn still waits for a real commit; lanes commit concurrently, so one transaction's
/// round trips and fsync do not hold up the others. A borrower's partition always maps to the same lane and a
/// lane commits one batch after another, so the commits of one borrower keep their order. Queues are bounded:
/// producers wait when they are full. It lives with the store contract, not in a grain runtime: whatever runs the
/// grains feeds the same silo-wide group commit.</summary>
public sealed class GroupCommit : IAsyncDisposable
{
    private readonly CommitLane[] _lanes;

    public GroupCommit(ILedgerStore store, GroupCommitOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.SiloId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBatchTurns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.QueueCapacity);
        _lanes = [.. Enumerable.Range(0, Math.Max(1, options.Lanes))
            .Select(_ => new CommitLane(store, options, time, logger, () => BusinessDateChanged?.Invoke(),
                (turns, elapsed) => Committed?.Invoke(turns, elapsed)))];
    }

    /// <summary>Raised when a commit found the business date changed.</summary>
    public Action? BusinessDateChanged { get; set; }

    /// <summary>Raised after each group commit the store answered (the silo's metrics record it): how many turns it
    /// carried to the store (those that failed their proofs alone included) and how long the store transaction
    /// took. Called on the lane's loop, before the turns' callers hear: keep it short.</summary>
    public event Action<int, TimeSpan>? Committed;

    /// <summary>Group commits the store answered since the start.</summary>
    public long Batches => _lanes.Sum(l => l.Batches);

    /// <summary>Turns made durable by those commits.</summary>
    public long Turns => _lanes.Sum(l => l.Turns);

    /// <summary>Group commits that failed whole (the store threw: unreachable, refusing, a changed business date);
    /// none of their turns was written.</summary>
    public long FailedBatches => _lanes.Sum(l => l.FailedBatches);

    public ValueTask EnqueueAsync(CommitRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _lanes[request.Turn.PartitionId % _lanes.Length].EnqueueAsync(request, cancellationToken);
    }

    /// <summary>Commits what is queued (within a bound), then stops; turns still queued after that fail with
    /// <see cref="GroupCommitStoppedException"/>.</summary>
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
    private readonly GroupCommitOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<CommitRequest> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private CommitRequest? _carried;
    private readonly Action<int, TimeSpan> _committed;
    private long _batches;
    private long _turns;
    private long _failedBatches;

    public CommitLane(ILedgerStore store, GroupCommitOptions options, TimeProvider time, ILogger logger,
        Action businessDateChanged, Action<int, TimeSpan> committed)
    {
        BusinessDateChanged = businessDateChanged;
        _committed = committed;
        _store = store;
        _options = options;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<CommitRequest>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    private Action BusinessDateChanged { get; }

    public long Batches => Interlocked.Read(ref _batches);

    public long Turns => Interlocked.Read(ref _turns);

    public long FailedBatches => Interlocked.Read(ref _failedBatches);

    public ValueTask EnqueueAsync(CommitRequest request, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync(request, cancellationToken);

    private async Task RunAsync()
    {
        var batch = new List<CommitRequest>(_options.MaxBatchTurns);
        try
        {
            while (_carried is not null || await _queue.Reader.WaitToReadAsync(_stopping.Token))
            {
                batch.Clear();
                Drain(batch);
                if (batch.Count < _options.MaxBatchTurns && _options.MaxDelay > TimeSpan.Zero)
                {
                    await Task.Delay(_options.MaxDelay, _time, _stopping.Token);
                    Drain(batch);
                }

                await CommitAsync(batch);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: whatever is still queued fails below.
        }

        var stopped = new GroupCommitStoppedException();
        _carried?.Completion.TrySetException(stopped);
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

        while (_carried is null && batch.Count < _options.MaxBatchTurns && _queue.Reader.TryRead(out var request))
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
        var included = new List<CommitRequest>(requests.Count);
        foreach (var request in requests)
        {
            if (request.Source is { } source && request.Generation < source.StaleBefore)
            {
                // An earlier turn of this source did not commit and this one was decided on what it left.
                request.Completion.TrySetResult(TurnResult.VersionConflict);
                continue;
            }

            included.Add(request);

            batch.Turns.Add(request.Turn);
        }

        if (included.Count == 0)
        {
            return;
        }

        batch.RequireBusinessDate = included[0].BusinessDate;
        var started = Stopwatch.GetTimestamp();
        CommitResult result;
        try
        {
            result = await _store.CommitAsync(_options.SiloId, batch, _stopping.Token);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failedBatches);
            if (_store.Classify(ex) == StoreFailure.Fault)
            {
                LogCommitFailed(_logger, ex, included.Count);
            }
            else
            {
                // Expected while the store restarts or fails over: its callers answer "try again".
                LogCommitInterrupted(_logger, included.Count, ex.Message);
            }

            if (ex is BusinessDateChangedException)
            {
                BusinessDateChanged();
            }

            foreach (var request in included)
            {
                request.Source?.Fail(ex);
                request.Completion.TrySetException(ex);
            }

            return;
        }

        var committed = result.Turns.Count(t => t == TurnResult.Committed);
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _turns, committed);
        var elapsed = Stopwatch.GetElapsedTime(started);
        LogCommitted(_logger, committed, included.Count - committed, elapsed.TotalMilliseconds);
        _committed(included.Count, elapsed);
        // Every failed turn's source learns it before any caller hears, and before the next batch is built.
        for (var i = 0; i < included.Count; i++)
        {
            if (result.Turns[i] != TurnResult.Committed)
            {
                included[i].Source?.TurnFailed(included[i].Generation);
            }
        }

        for (var i = 0; i < included.Count; i++)
        {
            included[i].Completion.TrySetResult(result.Turns[i]);
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

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Group commit of {Turns} turns not done, the store is unavailable: {Reason}")]
    private static partial void LogCommitInterrupted(ILogger logger, int turns, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group commit of {Turns} turns failed")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int turns);

    [LoggerMessage(Level = LogLevel.Trace,
        Message = "Committed {Turns} turns ({Failed} failed their proofs) in {Milliseconds} ms")]
    private static partial void LogCommitted(ILogger logger, int turns, int failed, double milliseconds);
}
