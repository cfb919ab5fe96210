using Ledger.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace Ledger.Runtime;

/// <summary>Partition leases and background upkeep of the engine.</summary>
public sealed partial class LedgerEngine
{
    private async Task AcquireFreePartitionsAsync(CancellationToken cancellationToken)
    {
        for (var partition = 0; partition < PartitionCount; partition++)
        {
            if (_owned.ContainsKey(partition))
            {
                continue;
            }

            var lease = await _store.TryAcquirePartitionAsync(partition, _options.SiloId, _options.LeaseDuration,
                cancellationToken);
            if (lease is not null)
            {
                _owned[partition] = new PartitionFence(partition, lease.Epoch);
            }
        }
    }

    private async Task MaintainAsync()
    {
        using var timer = new PeriodicTimer(_options.LeaseDuration / 3, _time);
        while (await timer.WaitForNextTickAsync(_stopping.Token))
        {
            try
            {
                await RenewLeasesAsync(_stopping.Token);
                await AcquireFreePartitionsAsync(_stopping.Token);
                _directory.CollectIdle();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogMaintenanceFailed(_logger, ex);
            }
        }
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
            _directory.DeactivateAll(a => a.PartitionId == fence.PartitionId);
            LogLeaseLost(_logger, fence.PartitionId, fence.Epoch);
        }
    }

    /// <summary>Runs one idle-collection pass now (tests drive it with a fake clock).</summary>
    internal int CollectIdleActivations() => _directory.CollectIdle();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partition upkeep failed")]
    private static partial void LogMaintenanceFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the lease of partition {Partition} (epoch {Epoch})")]
    private static partial void LogLeaseLost(ILogger logger, int partition, long epoch);
}
