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
        await Parallel.ForEachAsync(owned.Where(f => !done.Contains(f.PartitionId)), options,
            async (fence, ct) => await CloseDayForPartitionAsync(fence, day, ct));
        LogEndOfDayDone(_logger, day, Interlocked.Read(ref _endOfDayEntities));
    }

    private async Task CloseDayForPartitionAsync(PartitionFence fence, DateOnly day, CancellationToken ct)
    {
        var batch = new CommitBatch();
        batch.Fences.Add(fence);
        var next = day.AddDays(1);
        var rows = new List<GrainRow>();
        long entities = 0;
        await foreach (var row in _store.StreamPartitionAsync(fence.PartitionId, ct))
        {
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

        batch.PartitionDaysDone.Add(new PartitionDay(fence.PartitionId, day));
        try
        {
            await _store.CommitAsync(_options.SiloId, batch, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new RetryableLedgerException("COMMIT_FAILED",
                $"End of day {Values.FormatDate(day)} failed on partition {fence.PartitionId}; run it again.", ex);
        }

        Interlocked.Add(ref _endOfDayEntities, entities);
        Interlocked.Increment(ref _endOfDayPartitionsDone);
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
