using System.Collections.Concurrent;
using Ledger.Domain;
using Ledger.Runtime.Grains;
using Ledger.Storage;
using Ledger.Storage.Commit;
using Microsoft.Extensions.Logging;

namespace Ledger.Runtime;

/// <summary>What a silo's runtime reports about itself.</summary>
public sealed record EngineStatus(
    string SiloId, int PartitionCount, int PartitionsOwned, DateOnly? BusinessDate, int Activations,
    long Activated, long Deactivated, long CommitBatches, long CommittedTurns);

/// <summary>One silo's grain runtime: owns partitions through fenced leases, routes each command to its
/// borrower's activation (SetBusinessDate and EndOfDay step the ledger's date in one small commit), closes the
/// books nobody touches in the background, and answers only after the effects are committed.</summary>
public sealed partial class LedgerEngine : IAsyncDisposable
{
    private readonly ILedgerStore _store;
    private readonly RuntimeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly GroupCommit _pipeline;
    private readonly ActivationDirectory _directory;
    private readonly TurnGate _gate = new();
    private readonly ConcurrentDictionary<int, PartitionFence> _owned = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _maintenance = Task.CompletedTask;
    private DateOnly? _businessDate;
    private readonly Lock _datesLock = new();
    private long _datesVersion;
    private int _disposed;

    public LedgerEngine(ILedgerStore store, RuntimeOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        _store = store;
        _options = options;
        _time = time;
        _logger = loggers.CreateLogger<LedgerEngine>();
        _pipeline = new GroupCommit(store, options.ToGroupCommitOptions(), time, loggers.CreateLogger<GroupCommit>())
        {
            // Another silo's end of day began or finished: learn it now rather than at the next upkeep.
            BusinessDateChanged = () => _ = Task.Run(() => RefreshLedgerStateAsync(_stopping.Token)),
        };
        _directory = new ActivationDirectory(store, _pipeline, options, time, RefreshBusinessDateAsync);
    }

    public int PartitionCount { get; private set; }

    public string SiloId => _options.SiloId;

    /// <summary>This silo's base address as peers and clients reach it.</summary>
    public string Endpoint => _options.Endpoint;

    /// <summary>How long a partition lease (and a silo's heartbeat) lasts without renewal.</summary>
    public TimeSpan LeaseDuration => _options.LeaseDuration;

    /// <summary>Creates or opens the ledger in the store, takes the partitions and starts lease renewal and idle
    /// collection.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        PartitionCount = await _store.InitializeAsync(_options.PartitionCount, cancellationToken);
        var state = await _store.GetLedgerStateAsync(cancellationToken);
        _businessDate = state.BusinessDate;
        await AcquireFreePartitionsAsync(cancellationToken);
        LogStarted(_logger, _options.SiloId, _owned.Count, PartitionCount);
        _maintenance = Task.Run(MaintainAsync, CancellationToken.None);
        StartSweeper();
        WakeSweep();
    }

    public EngineStatus GetStatus() => new(_options.SiloId, PartitionCount, _owned.Count, _businessDate,
        _directory.Count, _directory.Activated, _directory.Deactivated, _pipeline.Batches, _pipeline.Turns);

    /// <summary>Applies one well-formed command and returns its outcome once it is durable. Throws
    /// <see cref="RetryableLedgerException"/> when nothing was booked and the caller may retry.</summary>
    public async Task<CommandOutcome> SubmitAsync(LedgerCommand command, CancellationToken cancellationToken)
    {
        return command switch
        {
            LedgerScopeCommand ledgerCommand => await SubmitLedgerCommandAsync(ledgerCommand, cancellationToken),
            BorrowerCommand borrowerCommand => await SubmitBorrowerCommandAsync(borrowerCommand, cancellationToken),
            _ => throw new ArgumentException($"Unknown command type {command.GetType().Name}.", nameof(command)),
        };
    }

    private async Task<CommandOutcome> SubmitBorrowerCommandAsync(BorrowerCommand command,
        CancellationToken cancellationToken) =>
        await (await SubmitSameBorrowerAsync([command], cancellationToken))[0];

    /// <summary>Applies commands of one borrower in the given order, pipelined: each is queued behind the one
    /// before it without waiting for its commit. Each task finishes with its command's durable outcome, or fails
    /// with <see cref="RetryableLedgerException"/> when nothing was booked for it.</summary>
    public async Task<IReadOnlyList<Task<CommandOutcome>>> SubmitSameBorrowerAsync(
        IReadOnlyList<BorrowerCommand> commands, CancellationToken cancellationToken)
    {
        var results = new Task<CommandOutcome>[commands.Count];
        if (commands.Count == 0)
        {
            return results;
        }

        await _gate.EnterSharedAsync(cancellationToken);
        try
        {
            if (_businessDate is null)
            {
                // Before a date is set anywhere, ask the store: another silo may have just set it, and recording
                // NO_BUSINESS_DATE for a command that arrives after that would be wrong.
                await RefreshLedgerStateAsync(cancellationToken);
            }

            await PostInOrderAsync(commands, results, cancellationToken);
            await Task.WhenAll(results.Select(r => r.ContinueWith(static _ => { }, TaskScheduler.Default)));
            return results;
        }
        finally
        {
            _gate.ExitShared();
        }
    }

    private async Task PostInOrderAsync(IReadOnlyList<BorrowerCommand> commands, Task<CommandOutcome>[] results,
        CancellationToken cancellationToken)
    {
        var borrowerId = commands[0].Borrower;
        var index = 0;
        try
        {
            var fence = FenceFor(borrowerId);
            var activation = _directory.GetOrActivate(borrowerId, fence);
            var fresh = 0;
            while (index < commands.Count)
            {
                if (commands[index].Borrower != borrowerId)
                {
                    throw new ArgumentException("Commands of one call must name one borrower.", nameof(commands));
                }

                var posted = await activation.TryPostAsync(commands[index], _businessDate, _directory.NowTicks,
                    cancellationToken);
                if (posted is not null)
                {
                    results[index++] = posted;
                    continue;
                }

                // Dead: deactivated while idle (all committed, safe to go on with a fresh activation), or dropped
                // after a failed commit: if commands of this call went before, they fail too, so this one must
                // not run; if none did, it is simply the first message of a fresh activation.
                _directory.Forget(activation);
                if ((activation.IsPoisoned && index > 0) || ++fresh > 3)
                {
                    throw new RetryableLedgerException("COMMIT_FAILED",
                        $"Borrower {borrowerId} was dropped after a failed commit; retry the command.");
                }

                activation = _directory.GetOrActivate(borrowerId, fence);
            }
        }
        catch (Exception ex) when (ex is RetryableLedgerException or OperationCanceledException)
        {
            for (; index < commands.Count; index++)
            {
                results[index] = Task.FromException<CommandOutcome>(ex);
            }
        }
    }

    /// <summary>Reads a borrower's book in a turn of its own. Returns default when the borrower was never
    /// opened.</summary>
    public Task<T?> ReadBorrowerAsync<T>(string borrowerId, Func<BorrowerBook, T> read,
        CancellationToken cancellationToken) =>
        ReadBorrowerAsync(borrowerId, (book, _) => read(book), cancellationToken);

    /// <summary>As the other overload; <paramref name="read"/> also gets the journal entries that closing the
    /// book's missing days makes (shown, not written).</summary>
    private async Task<T?> ReadBorrowerAsync<T>(string borrowerId,
        Func<BorrowerBook, IReadOnlyList<JournalEntry>, T> read, CancellationToken cancellationToken)
    {
        await _gate.EnterSharedAsync(cancellationToken);
        try
        {
            var fence = FenceFor(borrowerId);
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var activation = _directory.GetOrActivate(borrowerId, fence);
                var (live, value) = await activation.TryReadAsync(
                    (book, pending) => book.Borrower is null ? default : read(book, pending), _businessDate,
                    _directory.NowTicks,
                    cancellationToken);
                if (live)
                {
                    return value;
                }

                _directory.Forget(activation);
            }

            throw new RetryableLedgerException("BUSY", $"Borrower {borrowerId} could not be activated.");
        }
        finally
        {
            _gate.ExitShared();
        }
    }

    private PartitionFence FenceFor(string borrowerId)
    {
        var partition = PartitionHasher.PartitionOf(borrowerId, PartitionCount);
        return _owned.TryGetValue(partition, out var fence) && !_leaving.ContainsKey(partition)
            ? fence
            : throw new NotOwnerException(partition);
    }

    private async Task<CommandOutcome> SubmitLedgerCommandAsync(LedgerScopeCommand command,
        CancellationToken cancellationToken)
    {
        using var exclusive = await _gate.EnterExclusiveAsync(cancellationToken);
        var state = await _store.GetLedgerStateAsync(cancellationToken);
        _businessDate = state.BusinessDate;
        var recorded = await _store.GetLedgerOutcomeAsync(command.Id, cancellationToken);
        var known = recorded is null
            ? []
            : new[] { KeyValuePair.Create(recorded.CommandId, ToRecorded(recorded)) };
        var calendar = new LedgerCalendar(_businessDate, known);
        var outcome = calendar.Evaluate(command, out var isReplay);
        if (isReplay)
        {
            return outcome;
        }

        // EndOfDay is the date step alone: the commit below proves the date and moves it, after every commit
        // booked on it (they hold the date FOR SHARE); the books close their days themselves, and the sweep.
        var recordedNow = calendar.Record(command, outcome);
        var batch = new CommitBatch();
        batch.Outcomes.Add(new OutcomeRecord(string.Empty, command.Id, 0, command.ContentHash,
            outcome.ToCode(), recordedNow.BusinessDate));
        if (outcome == CommandOutcome.Accepted)
        {
            batch.ExpectedBusinessDate = _businessDate;
            batch.NewBusinessDate = calendar.BusinessDate;
        }

        await CommitLedgerAsync(batch, cancellationToken);
        if (outcome == CommandOutcome.Accepted)
        {
            // Live books need nothing: each closes its missing days before its next decision.
            lock (_datesLock)
            {
                _datesVersion++;
                _businessDate = calendar.BusinessDate;
            }

            await TellPeersTheDateMovedAsync();
            WakeSweep();
        }

        return outcome;
    }

    /// <summary>Other silos learn a new business date at once, before the date step is answered, rather than at
    /// their next upkeep or failed commit: a command sent to any silo after the answer is decided on the new date.
    /// Best effort, waited for at most <see cref="PeerNoticeTimeout"/>: a silo that misses the notice (stalled,
    /// dying) learns the date from its upkeep, from a commit refused for the old date, or from a book that has
    /// closed a day it still believes open.</summary>
    private async Task TellPeersTheDateMovedAsync()
    {
        if (NotifyBusinessDateMoved is not { } notify)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(PeerNoticeTimeout);
        var peers = _ownerEndpoints.Where(e => e is not null && e != _options.Endpoint).Distinct();
        await Task.WhenAll(peers.Select(async endpoint =>
        {
            try
            {
                await notify(endpoint!, timeout.Token);
            }
            catch (Exception ex)
            {
                LogPeerNotifyFailed(_logger, ex, endpoint!);
            }
        }));
    }

    /// <summary>How long a date step waits for its notices to peers.</summary>
    private static readonly TimeSpan PeerNoticeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The business date as the store has it now (learned by this silo too).</summary>
    private async Task<DateOnly?> RefreshBusinessDateAsync()
    {
        await RefreshLedgerStateAsync(_stopping.Token);
        return _businessDate;
    }

    private async Task CommitLedgerAsync(CommitBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await _store.CommitAsync(_options.SiloId, batch, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new RetryableLedgerException("COMMIT_FAILED", "The ledger command could not be committed.", ex);
        }
    }

    private static RecordedOutcome ToRecorded(OutcomeRecord record) =>
        new(record.ContentHash, CommandOutcomeCodes.Parse(record.Outcome));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _maintenance;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        await _sweeper;

        await _pipeline.DisposeAsync();
        _stopping.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {SiloId} owns {Owned} of {Count} partitions")]
    private static partial void LogStarted(ILogger logger, string siloId, int owned, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {Endpoint} that the business date moved")]
    private static partial void LogPeerNotifyFailed(ILogger logger, Exception exception, string endpoint);
}
