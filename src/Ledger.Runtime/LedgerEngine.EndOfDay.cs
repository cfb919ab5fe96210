using Ledger.Domain;
using Ledger.Runtime.Grains;
using Ledger.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace Ledger.Runtime;

/// <summary>End of day as a ledger-wide barrier. The silo that receives EndOfDay marks it running in the store
/// (after which no silo can commit a turn on the closing date), has every silo accrue the partitions it owns,
/// waits until every partition is recorded done for the date, and then commits the next business date, which
/// lifts the mark. Each partition chunk's accruals, releases and done records commit in one fenced transaction,
/// so a crash leaves every partition either done or untouched; running the same EndOfDay again (on any silo)
/// finishes the rest.</summary>
public sealed partial class LedgerEngine
{
    private const int PartitionsPerEndOfDayCommit = 16;
    private long _endOfDayEntities;
    private int _endOfDayPartitionsDone;
    private DateOnly? _endOfDayProgressDay;

    /// <summary>Asks the silo at an endpoint to accrue its partitions for a date (set by the silo host; null in a
    /// single-silo setting).</summary>
    public Func<string, DateOnly, CancellationToken, Task>? RemoteEndOfDay { get; set; }

    /// <summary>Progress of the running (or last) end of day on this silo: partitions done and entities
    /// accrued.</summary>
    public (int PartitionsDone, long Entities) EndOfDayProgress =>
        (Volatile.Read(ref _endOfDayPartitionsDone), Interlocked.Read(ref _endOfDayEntities));

    private async Task RunEndOfDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (!await _store.BeginEndOfDayAsync(day, cancellationToken))
        {
            throw new RetryableLedgerException("BUSINESS_DATE_CHANGED",
                $"{Values.FormatDate(day)} is no longer the business date; nothing was run.");
        }

        _endOfDayPending = true;
        StartProgress(day, restart: true);
        // Operational time limits use the real clock (a test's paused clock must not make this wait forever).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var patience = (_options.LeaseDuration * 4) + TimeSpan.FromSeconds(30);
        while (true)
        {
            await CloseOwnedPartitionsAsync(day, cancellationToken);
            await AskPeersAsync(day, cancellationToken);
            var done = await _store.GetPartitionsDoneAsync(day, cancellationToken);
            if (done.Count >= PartitionCount)
            {
                break;
            }

            if (waited.Elapsed > patience)
            {
                throw new RetryableLedgerException("END_OF_DAY_IN_PROGRESS",
                    $"End of day {Values.FormatDate(day)}: {done.Count} of {PartitionCount} partitions done; " +
                    "run it again to finish.");
            }

            // Some partition has no live owner yet (a silo died): wait for its lease to be taken over.
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            await UpkeepOnceAsync(cancellationToken);
        }

        LogEndOfDayDone(_logger, day, Interlocked.Read(ref _endOfDayEntities), waited.ElapsedMilliseconds);
    }

    private async Task AskPeersAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (RemoteEndOfDay is not { } remote)
        {
            return;
        }

        var peers = _ownerEndpoints.Where(e => e is not null && e != _options.Endpoint).Distinct().ToList();
        await Task.WhenAll(peers.Select(async endpoint =>
        {
            try
            {
                await remote(endpoint!, day, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A peer that cannot answer loses its partitions when its lease lapses; the loop retries.
                LogPeerEndOfDayFailed(_logger, ex, endpoint!);
            }
        }));
    }

    /// <summary>Accrues, for <paramref name="day"/>, the partitions this silo owns that are not done yet. Called by
    /// the coordinating silo on itself and, through the silo's internal endpoint, on its peers. Holds this
    /// silo's barrier while it runs.</summary>
    public async Task CloseDayForOwnedPartitionsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        using var exclusive = await _gate.EnterExclusiveAsync(cancellationToken);
        var state = await _store.GetLedgerStateAsync(cancellationToken);
        if (state.EndOfDayRunning != day)
        {
            return;
        }

        _endOfDayPending = true;
        StartProgress(day, restart: false);
        await CloseOwnedPartitionsAsync(day, cancellationToken);
    }

    /// <summary>Progress counts one end of day: the coordinator starts it afresh each time it runs, a peer when
    /// it is first asked for a new date (asked again for the same date, it goes on counting).</summary>
    private void StartProgress(DateOnly day, bool restart)
    {
        lock (_datesLock)
        {
            if (!restart && _endOfDayProgressDay == day)
            {
                return;
            }

            _endOfDayProgressDay = day;
            Interlocked.Exchange(ref _endOfDayEntities, 0);
            Volatile.Write(ref _endOfDayPartitionsDone, 0);
        }
    }

    private async Task CloseOwnedPartitionsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        // No turn runs (the barrier is held) and no other silo can commit on this date (the mark is set), so
        // every live activation is idle and committed; they leave, since the bulk pass makes them stale.
        _localEndOfDay = true;
        try
        {
            // Idle live books are accrued in place, the others from their stored rows. A book still busy (a read
            // whose caller gave up, say, still loading) is not waited for: its activation reloads on its next
            // message, since its book is of the closed day.
            var done = await _store.GetPartitionsDoneAsync(day, cancellationToken);
            var owned = _owned.Values.Where(f => !done.Contains(f.PartitionId)).OrderBy(f => f.PartitionId).ToList();
            var options = new ParallelOptions
            {
                MaxDegreeOfParallelism = Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            await Parallel.ForEachAsync(owned.Chunk(PartitionsPerEndOfDayCommit), options,
                async (chunk, ct) => await CloseDayForPartitionsAsync(chunk, day, ct));
        }
        finally
        {
            _localEndOfDay = false;
        }
    }

    /// <summary>Accrues and releases a few partitions in one transaction (one commit instead of one per
    /// partition), marking each of them done for <paramref name="day"/> in that same transaction.</summary>
    private async Task CloseDayForPartitionsAsync(PartitionFence[] fences, DateOnly day, CancellationToken ct)
    {
        var batch = new CommitBatch();
        var inPlace = new List<BorrowerActivation>();
        long entities;
        try
        {
            entities = await AccruePartitionsAsync(fences, day, batch, inPlace, ct);
            await _store.CommitAsync(_options.SiloId, batch, ct);
        }
        catch (Exception ex)
        {
            // Whether it failed or was cancelled (a sibling chunk failed), the books accrued in place may be
            // ahead of the store: they load again.
            inPlace.ForEach(a => a.Invalidate());
            if (ex is OperationCanceledException)
            {
                throw;
            }

            var ids = string.Join(", ", fences.Select(f => f.PartitionId));
            throw new RetryableLedgerException("COMMIT_FAILED",
                $"End of day {Values.FormatDate(day)} failed on partitions {ids}; run it again.", ex);
        }

        inPlace.ForEach(a => a.AdvanceTo(day.AddDays(1)));
        Interlocked.Add(ref _endOfDayEntities, entities);
        Interlocked.Add(ref _endOfDayPartitionsDone, fences.Length);
    }

    private async Task<long> AccruePartitionsAsync(PartitionFence[] fences, DateOnly day, CommitBatch batch,
        List<BorrowerActivation> inPlace, CancellationToken ct)
    {
        var next = day.AddDays(1);
        long entities = 0;
        foreach (var fence in fences)
        {
            batch.Fences.Add(fence);
            batch.PartitionDaysDone.Add(new PartitionDay(fence.PartitionId, day));
        }

        // Rows come partition after partition, each borrower's rows together.
        var rows = new List<GrainRow>();
        await foreach (var row in _store.StreamPartitionsAsync([.. fences.Select(f => f.PartitionId)], ct))
        {
            if (rows.Count > 0 && (rows[0].BorrowerId != row.BorrowerId || rows[0].PartitionId != row.PartitionId))
            {
                entities += CloseDayForBorrower(rows, day, next, batch, inPlace);
                rows.Clear();
            }

            rows.Add(row);
        }

        if (rows.Count > 0)
        {
            entities += CloseDayForBorrower(rows, day, next, batch, inPlace);
        }

        return entities;
    }

    /// <summary>Accrues one borrower's day and runs its releases: in place on its live activation's book when it has
    /// one (its memory equals the store: every turn is committed), else on a book restored from the rows.</summary>
    private int CloseDayForBorrower(List<GrainRow> rows, DateOnly day, DateOnly next, CommitBatch batch,
        List<BorrowerActivation> inPlace)
    {
        var borrowerId = rows[0].BorrowerId;
        var partitionId = rows[0].PartitionId;
        BorrowerBook book;
        Dictionary<(EntityKind Kind, string Id), long> versions;
        var activation = _directory.Find(borrowerId);
        if (activation?.TryTakeForEndOfDay(day) is { } live)
        {
            (book, versions) = live;
            inPlace.Add(activation);
        }
        else
        {
            versions = [];
            book = GrainStateLoader.Restore(borrowerId, rows, [], versions);
        }

        book.AccrueDay(day);
        book.ReleaseScheduled(next);
        var changes = book.DrainChanges();
        GrainStateLoader.AddWrites(book, changes, partitionId, versions, batch.Grains);
        GrainStateLoader.AddPostings(changes.Journal, partitionId, batch.Postings);
        return changes.LinesChanged.Count + changes.OrdersChanged.Count;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "End of day {Day} done in {ElapsedMs} ms: {Entities} lines and orders here")]
    private static partial void LogEndOfDayDone(ILogger logger, DateOnly day, long entities, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Peer {Endpoint} did not finish its end-of-day share")]
    private static partial void LogPeerEndOfDayFailed(ILogger logger, Exception exception, string endpoint);
}
