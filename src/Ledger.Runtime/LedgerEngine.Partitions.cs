using System.Collections.Concurrent;
using Ledger.Domain;
using Ledger.Storage;
using Microsoft.Extensions.Logging;

namespace Ledger.Runtime;

/// <summary>Membership, partition leases and balance. Every upkeep period the silo heartbeats, renews its leases
/// (dropping any it lost), and moves toward an even spread: partition p belongs to the p-th live silo modulo the
/// number of live silos (ordered by id). It takes free or expired partitions that are its own, and hands over
/// those that belong to another live silo: no new turns, in-flight turns finish and commit, activations leave,
/// then the lease is released for the taker.</summary>
public sealed partial class LedgerEngine
{
    private readonly ConcurrentDictionary<int, byte> _leaving = new();
    private readonly SemaphoreSlim _upkeepTurn = new(1, 1);
    private volatile string?[] _ownerEndpoints = [];
    private volatile bool _draining;
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Finishes when this silo has handed over every partition after a drain request.</summary>
    public Task Drained => _drained.Task;

    /// <summary>Raised (once) when the membership table asks this silo to drain (<c>ledger cluster drain</c>).</summary>
    public event Action? DrainRequested;

    /// <summary>The partition of a borrower.</summary>
    public int PartitionOf(string borrowerId) => PartitionHasher.PartitionOf(borrowerId, PartitionCount);

    /// <summary>Whether this silo serves the partition now (owned and not being handed over).</summary>
    public bool Serves(int partition) => _owned.ContainsKey(partition) && !_leaving.ContainsKey(partition);

    /// <summary>The base address of the silo owning <paramref name="partition"/> as last read from the store, or
    /// null when it has no live owner.</summary>
    public string? OwnerEndpointOf(int partition)
    {
        var owners = _ownerEndpoints;
        return partition < owners.Length ? owners[partition] : null;
    }

    /// <summary>The owner endpoint of every partition (null where none), as last read from the store.</summary>
    public IReadOnlyList<string?> OwnerEndpoints => _ownerEndpoints;

    /// <summary>Starts handing over every partition; <see cref="Drained"/> finishes when none is left.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        await _store.HeartbeatSiloAsync(_options.SiloId, _options.Endpoint, SiloStatus.Draining, cancellationToken);
        await UpkeepOnceAsync(cancellationToken);
    }

    private async Task MaintainAsync()
    {
        using var timer = new PeriodicTimer(_options.UpkeepPeriod, _time);
        while (await timer.WaitForNextTickAsync(_stopping.Token))
        {
            try
            {
                await UpkeepOnceAsync(_stopping.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogMaintenanceFailed(_logger, ex);
            }
        }
    }

    /// <summary>One upkeep pass: heartbeat, renew, refresh the ledger's dates, balance, collect idle
    /// activations. Passes run one at a time (the timer's, a drain's and an end of day's would otherwise
    /// interleave their takes, handovers and renewals).</summary>
    internal async Task UpkeepOnceAsync(CancellationToken cancellationToken)
    {
        await _upkeepTurn.WaitAsync(cancellationToken);
        try
        {
            await UpkeepPassAsync(cancellationToken);
        }
        finally
        {
            _upkeepTurn.Release();
        }
    }

    private async Task UpkeepPassAsync(CancellationToken cancellationToken)
    {
        var status = await _store.HeartbeatSiloAsync(_options.SiloId, _options.Endpoint,
            _draining ? SiloStatus.Draining : SiloStatus.Active, cancellationToken);
        if (status == SiloStatus.Draining && !_draining)
        {
            _draining = true;
            LogDrainRequested(_logger, _options.SiloId);
            DrainRequested?.Invoke();
        }

        await RenewLeasesAsync(cancellationToken);
        await RefreshLedgerStateAsync(cancellationToken);
        var silos = await _store.GetSilosAsync(cancellationToken);
        var leases = await _store.GetPartitionsAsync(cancellationToken);
        await BalanceAsync(silos, leases, cancellationToken);
        _ownerEndpoints = OwnerMap(silos, await _store.GetPartitionsAsync(cancellationToken));
        _directory.CollectIdle();
        if (_draining && _owned.IsEmpty)
        {
            _drained.TrySetResult();
        }
    }

    private async Task BalanceAsync(IReadOnlyList<SiloRecord> silos, IReadOnlyList<PartitionLease> leases,
        CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var live = silos
            .Where(s => s.Status == SiloStatus.Active && now - s.HeartbeatAt <= _options.LeaseDuration)
            .Select(s => s.SiloId)
            .Where(id => id != _options.SiloId || !_draining)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var lease in leases)
        {
            var preferred = live.Count == 0 ? null : live[lease.PartitionId % live.Count];
            var mine = _owned.ContainsKey(lease.PartitionId);
            if (preferred == _options.SiloId && !mine)
            {
                await TryTakeAsync(lease.PartitionId, cancellationToken);
            }
            else if (preferred != _options.SiloId && mine && (preferred is not null || _draining))
            {
                await HandOverAsync(lease.PartitionId, cancellationToken);
            }
            else if (preferred is null && !mine && !_draining && lease.Owner is null)
            {
                // Nobody live is listed yet (this silo's first heartbeat is not visible to itself): serve it.
                await TryTakeAsync(lease.PartitionId, cancellationToken);
            }
            else if (mine && _leaving.TryRemove(lease.PartitionId, out _))
            {
                // A handover begun while the partition was busy, and the silos changed before it finished (the
                // taker missed a heartbeat, or left): the partition stays here, so serve it again. Otherwise it
                // would stay refused ("not owner") by the silo every map names as its owner.
                LogHandOverCalledOff(_logger, lease.PartitionId);
            }
        }
    }

    private async Task TryTakeAsync(int partition, CancellationToken cancellationToken)
    {
        var lease = await _store.TryAcquirePartitionAsync(partition, _options.SiloId, _options.LeaseDuration,
            cancellationToken);
        if (lease is not null)
        {
            _owned[partition] = new PartitionFence(partition, lease.Epoch);
            LogPartitionTaken(_logger, partition, lease.Epoch);
        }
    }

    /// <summary>Graceful handoff of one partition: stop taking new turns for it, let the turns in flight commit,
    /// drop its activations, release the lease. A partition still busy is tried again at the next upkeep.</summary>
    private async Task HandOverAsync(int partition, CancellationToken cancellationToken)
    {
        if (!_owned.TryGetValue(partition, out var fence))
        {
            return;
        }

        _leaving[partition] = 0;
        _directory.DeactivateAll(a => a.PartitionId == partition);
        if (_directory.HasActivationsIn(partition))
        {
            return;
        }

        await _store.ReleasePartitionAsync(partition, _options.SiloId, fence.Epoch, cancellationToken);
        _owned.TryRemove(partition, out _);
        _leaving.TryRemove(partition, out _);
        LogPartitionHandedOver(_logger, partition, fence.Epoch);
    }

    private async Task AcquireFreePartitionsAsync(CancellationToken cancellationToken)
    {
        // At start: take what is free now so that a lone silo serves at once; balance sorts out the rest.
        await _store.HeartbeatSiloAsync(_options.SiloId, _options.Endpoint, SiloStatus.Active, cancellationToken);
        var silos = await _store.GetSilosAsync(cancellationToken);
        var leases = await _store.GetPartitionsAsync(cancellationToken);
        await BalanceAsync(silos, leases, cancellationToken);
        _ownerEndpoints = OwnerMap(silos, await _store.GetPartitionsAsync(cancellationToken));
    }

    private string?[] OwnerMap(IReadOnlyList<SiloRecord> silos, IReadOnlyList<PartitionLease> leases)
    {
        var now = _time.GetUtcNow();
        var endpoints = silos.ToDictionary(s => s.SiloId, s => s.Endpoint, StringComparer.Ordinal);
        var map = new string?[PartitionCount];
        foreach (var lease in leases.Where(l => l.PartitionId < map.Length))
        {
            map[lease.PartitionId] = lease.Owner is { } owner && lease.LeaseExpiresAt >= now
                && endpoints.TryGetValue(owner, out var endpoint) ? endpoint : null;
        }

        return map;
    }

    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        var held = _owned.Values.ToList();
        if (held.Count == 0)
        {
            return;
        }

        var renewed = await _store.RenewLeasesAsync(_options.SiloId, held, _options.LeaseDuration,
            cancellationToken);
        var still = renewed.Select(l => l.PartitionId).ToHashSet();
        foreach (var fence in held.Where(f => !still.Contains(f.PartitionId)))
        {
            // Another silo took this partition: stop serving it and drop what we hold of it.
            _owned.TryRemove(fence.PartitionId, out _);
            _leaving.TryRemove(fence.PartitionId, out _);
            _directory.DeactivateAll(a => a.PartitionId == fence.PartitionId);
            LogLeaseLost(_logger, fence.PartitionId, fence.Epoch);
        }
    }

    /// <summary>Reads the ledger's business date (another silo's date step moves it).</summary>
    private async Task RefreshLedgerStateAsync(CancellationToken cancellationToken)
    {
        // A ledger command of this silo may set the date while this read is out: then this read is stale.
        var version = Volatile.Read(ref _datesVersion);
        var state = await _store.GetLedgerStateAsync(cancellationToken);
        lock (_datesLock)
        {
            if (version != _datesVersion)
            {
                return;
            }

            if (state.BusinessDate != _businessDate)
            {
                WakeSweep();
            }

            _businessDate = state.BusinessDate;
        }
    }

    /// <summary>Runs one idle-collection pass now (tests drive it with a fake clock).</summary>
    internal int CollectIdleActivations() => _directory.CollectIdle();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partition upkeep failed")]
    private static partial void LogMaintenanceFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the lease of partition {Partition} (epoch {Epoch})")]
    private static partial void LogLeaseLost(ILogger logger, int partition, long epoch);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Took partition {Partition} at epoch {Epoch}")]
    private static partial void LogPartitionTaken(ILogger logger, int partition, long epoch);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Kept partition {Partition}: the silos changed before its handover finished")]
    private static partial void LogHandOverCalledOff(ILogger logger, int partition);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handed over partition {Partition} (epoch {Epoch})")]
    private static partial void LogPartitionHandedOver(ILogger logger, int partition, long epoch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {SiloId} was asked to drain")]
    private static partial void LogDrainRequested(ILogger logger, string siloId);
}
