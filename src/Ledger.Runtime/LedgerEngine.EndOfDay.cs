using Ledger.Domain;
using Ledger.Runtime.Grains;
using Ledger.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace Ledger.Runtime;

/// <summary>End of day in bulk, per partition, from the store: each partition's accruals, releases and its
/// (partition, date) done record commit in one fenced transaction, so a crash leaves every partition either done
/// or untouched, and a rerun skips the done ones.</summary>
public sealed partial class LedgerEngine
{
    private const int PartitionsPerEndOfDayCommit = 16;
    private long _endOfDayEntities;
    private int _endOfDayPartitionsDone;

    /// <summary>Progress of the running (or last) end of day: partitions done and entities accrued.</summary>
    public (int PartitionsDone, long Entities) EndOfDayProgress =>
        (Volatile.Read(ref _endOfDayPartitionsDone), Interlocked.Read(ref _endOfDayEntities));

    private async Task RunEndOfDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        // The gate is held exclusively: no turn runs, every committed turn is in the store. Live activations
        // would hold stale books after the bulk pass, so they leave first and reload on their next message.
        _directory.DeactivateAll();
        _endOfDayPending = true;
        Interlocked.Exchange(ref _endOfDayEntities, 0);
        Volatile.Write(ref _endOfDayPartitionsDone, 0);
        var done = await _store.GetPartitionsDoneAsync(day, cancellationToken);
        var owned = _owned.Values.OrderBy(f => f.PartitionId).ToList();
        if (owned.Count != PartitionCount)
        {
            throw new RetryableLedgerException("NOT_OWNER",
                $"End of day needs every partition; this silo owns {owned.Count} of {PartitionCount}.");
        }

        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        var chunks = owned.Where(f => !done.Contains(f.PartitionId)).Chunk(PartitionsPerEndOfDayCommit);
        await Parallel.ForEachAsync(chunks, options,
            async (chunk, ct) => await CloseDayForPartitionsAsync(chunk, day, ct));
        LogEndOfDayDone(_logger, day, Interlocked.Read(ref _endOfDayEntities));
    }

    /// <summary>Accrues and releases a few partitions in one transaction (one commit instead of one per
    /// partition), marking each of them done for <paramref name="day"/> in that same transaction. Partitions
    /// holding nothing write nothing: there is nothing to resume there.</summary>
    private async Task CloseDayForPartitionsAsync(PartitionFence[] fences, DateOnly day, CancellationToken ct)
    {
        var batch = new CommitBatch();
        var next = day.AddDays(1);
        long entities = 0;
        var rowsSeen = false;
        foreach (var fence in fences)
        {
            batch.Fences.Add(fence);
            batch.PartitionDaysDone.Add(new PartitionDay(fence.PartitionId, day));
            var rows = new List<GrainRow>();
            await foreach (var row in _store.StreamPartitionAsync(fence.PartitionId, ct))
            {
                rowsSeen = true;
                if (rows.Count > 0 && rows[0].BorrowerId != row.BorrowerId)
                {
                    entities += CloseDayForBorrower(rows, fence.PartitionId, day, next, batch);
                    rows.Clear();
                }

                rows.Add(row);
            }

            if (rows.Count > 0)
            {
                entities += CloseDayForBorrower(rows, fence.PartitionId, day, next, batch);
            }
        }

        if (rowsSeen)
        {
            try
            {
                await _store.CommitAsync(_options.SiloId, batch, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var ids = string.Join(", ", fences.Select(f => f.PartitionId));
                throw new RetryableLedgerException("COMMIT_FAILED",
                    $"End of day {Values.FormatDate(day)} failed on partitions {ids}; run it again.", ex);
            }
        }

        Interlocked.Add(ref _endOfDayEntities, entities);
        Interlocked.Add(ref _endOfDayPartitionsDone, fences.Length);
    }

    private static int CloseDayForBorrower(List<GrainRow> rows, int partitionId, DateOnly day, DateOnly next,
        CommitBatch batch)
    {
        var versions = new Dictionary<(EntityKind Kind, string Id), long>();
        var book = GrainStateLoader.Restore(rows[0].BorrowerId, rows, [], versions);
        book.AccrueDay(day);
        book.ReleaseScheduled(next);
        var changes = book.DrainChanges();
        GrainStateLoader.AddWrites(book, changes, partitionId, versions, batch.Grains);
        GrainStateLoader.AddPostings(changes.Journal, partitionId, batch.Postings);
        return changes.LinesChanged.Count + changes.OrdersChanged.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "End of day {Day} done: {Entities} lines and orders")]
    private static partial void LogEndOfDayDone(ILogger logger, DateOnly day, long entities);
}
