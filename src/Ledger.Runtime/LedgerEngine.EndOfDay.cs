using Ledger.Domain;
using Ledger.Runtime.Grains;
using Ledger.Storage;
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
    /// <summary>Most partitions read per round trip at end of day.</summary>
    private const int PartitionsPerEndOfDayRead = 16;

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

        LogEndOfDayDone(_logger, Values.FormatDate(day), Interlocked.Read(ref _endOfDayEntities),
            waited.ElapsedMilliseconds);
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
            var work = new EndOfDayWork(owned);
            // Several workers (RuntimeOptions.EndOfDayWorkers): reading and computing on one overlaps another's
            // commit. The first failure cancels the other workers.
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var workers = Enumerable.Range(0, Math.Max(1, _options.EndOfDayWorkers)).Select(_ => Task.Run(async () =>
            {
                try
                {
                    var seen = new ReadSizer();
                    while (await CloseDayForNextPartitionsAsync(work, day, seen, failed.Token))
                    {
                    }
                }
                catch
                {
                    await failed.CancelAsync();
                    throw;
                }
            }, CancellationToken.None)).ToList();
            // A worker cancelled by a sibling ends canceled, so this throws the sibling's failure itself.
            await Task.WhenAll(workers);
        }
        finally
        {
            _localEndOfDay = false;
        }
    }

    /// <summary>How many partitions one end-of-day worker reads per round trip: a few at first, then as many as
    /// the rows per partition it has seen let fit in what is left of the transaction's budget, at most
    /// <see cref="PartitionsPerEndOfDayRead"/>.</summary>
    private sealed class ReadSizer
    {
        private const int FirstRead = 4;
        private long _partitions;
        private long _rows;

        public int NextCount(long rowsLeft)
        {
            if (_partitions == 0 || _rows == 0)
            {
                return FirstRead;
            }

            var perPartition = (double)_rows / _partitions;
            return (int)Math.Clamp(Math.Ceiling(rowsLeft / perPartition), 1, PartitionsPerEndOfDayRead);
        }

        public void Observe(int partitions, long rows)
        {
            _partitions += partitions;
            _rows += rows;
        }
    }

    /// <summary>The partitions still to close, taken a few at a time by the workers.</summary>
    private sealed class EndOfDayWork(List<PartitionFence> partitions)
    {
        private readonly Lock _lock = new();
        private int _next;

        public PartitionFence[] Take(int count)
        {
            lock (_lock)
            {
                var taken = partitions.Skip(_next).Take(count).ToArray();
                _next += taken.Length;
                return taken;
            }
        }
    }

    /// <summary>Accrues and releases partitions taken from <paramref name="work"/>, a few per read, until
    /// <see cref="RuntimeOptions.EndOfDayRowsPerCommit"/> rows are read, in one transaction that also marks each
    /// of them done for <paramref name="day"/>: a small ledger closes in one commit per worker, a large one in
    /// transactions of bounded size. The number of partitions per read follows the rows per partition this
    /// worker has seen (<paramref name="seen"/>), so that a read of large partitions does not overshoot the
    /// budget by much. False when there was nothing left to take.</summary>
    private async Task<bool> CloseDayForNextPartitionsAsync(EndOfDayWork work, DateOnly day, ReadSizer seen,
        CancellationToken ct)
    {
        var batch = new CommitBatch();
        var inPlace = new List<BorrowerActivation>();
        var fences = new List<PartitionFence>();
        long entities = 0;
        try
        {
            var budget = Math.Max(1, _options.EndOfDayRowsPerCommit);
            var rows = 0L;
            while (rows < budget && work.Take(seen.NextCount(budget - rows)) is { Length: > 0 } taken)
            {
                fences.AddRange(taken);
                var (read, accrued) = await AccruePartitionsAsync(taken, day, batch, inPlace, ct);
                seen.Observe(taken.Length, read);
                rows += read;
                entities += accrued;
            }

            if (fences.Count == 0)
            {
                return false;
            }

            await _store.CommitAsync(_options.SiloId, batch, ct);
        }
        catch (Exception ex)
        {
            // Whether it failed or was cancelled (a sibling worker failed), the books accrued in place may be
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
        Interlocked.Add(ref _endOfDayPartitionsDone, fences.Count);
        return true;
    }

    /// <summary>Reads some partitions' rows in one round trip and accrues them into <paramref name="batch"/>;
    /// returns the rows read and the lines and orders accrued.</summary>
    private async Task<(long Rows, long Entities)> AccruePartitionsAsync(PartitionFence[] fences, DateOnly day,
        CommitBatch batch, List<BorrowerActivation> inPlace, CancellationToken ct)
    {
        var next = day.AddDays(1);
        long entities = 0;
        long read = 0;
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
            read++;
        }

        if (rows.Count > 0)
        {
            entities += CloseDayForBorrower(rows, day, next, batch, inPlace);
        }

        return (read, entities);
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
    private static partial void LogEndOfDayDone(ILogger logger, string day, long entities, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Peer {Endpoint} did not finish its end-of-day share")]
    private static partial void LogPeerEndOfDayFailed(ILogger logger, Exception exception, string endpoint);
}
