using System.Collections.Concurrent;
using System.Diagnostics;
using Ledger.Domain;
using Ledger.Runtime.Grains;
using Ledger.Storage;
using Ledger.Storage.Books;
using Microsoft.Extensions.Logging;

namespace Ledger.Runtime;

/// <summary>What the sweep reports: the day books are being closed through (the day before the business date), how
/// many books of the whole ledger have closed it, the day through which the ledger records every book closed, and
/// the books this silo closed for the day.</summary>
public sealed record ClosingStatus(DateOnly? Closing, long BooksClosed, long Books, DateOnly? ClosedThrough,
    long BooksClosedHere);

/// <summary>End of day without stopping the ledger. <c>EndOfDay{D}</c> only steps the business date (one small
/// commit, <see cref="SubmitAsync"/>); each book closes its own missing days before its next decision (the domain,
/// <see cref="BorrowerBook.CloseDaysBefore"/>), and this background sweep closes the books nobody touches: each
/// silo goes through the partitions it owns in small chunks of books in key order, closes each book on a copy
/// restored from its rows and writes it only if its version is unchanged (<see cref="ILedgerStore.CommitClosedBooksAsync"/>);
/// a book live on this silo is closed through its own mailbox instead, so the sweep never goes around a live
/// book's memory, and a live book in use (a turn within <see cref="RuntimeOptions.SweepLiveIdle"/>) is left to close
/// on its own next turn. When no book is behind, the ledger records that it is closed through the day. Nothing depends
/// on the sweep for correctness: a book it has not reached closes on its next turn, and reads close missing days
/// in memory.</summary>
public sealed partial class LedgerEngine
{
    private readonly SemaphoreSlim _sweepWake = new(0, int.MaxValue);
    private readonly SemaphoreSlim _sweepPass = new(1, 1);
    /// <summary>Partitions found with no book behind for a day, at the epoch held then: skipped by later passes of
    /// the same day.</summary>
    private readonly ConcurrentDictionary<int, (DateOnly Day, long Epoch)> _partitionsSwept = new();
    private Task _sweeper = Task.CompletedTask;
    private ClosingStatus _closing = new(null, 0, 0, null, 0);
    private long _booksClosedHere;
    private DateOnly? _booksClosedHereDay;
    /// <summary>When a pass left live books in use (<see cref="RuntimeOptions.SweepLiveIdle"/>), the timestamp
    /// before which periodic passes are skipped: the first of those books to be idle long enough is not before
    /// then, and a pass would read their rows again for nothing. A new business date still wakes a pass at once.
    /// </summary>
    private long _sweepResumesAt;
    private long _firstIdleAt;

    /// <summary>Tells the silos at the given endpoints that the business date moved (set by the silo host; null in a
    /// single-silo setting).</summary>
    public Func<string, CancellationToken, Task>? NotifyBusinessDateMoved { get; set; }

    /// <summary>The sweep's figures as last computed (a pass, or <see cref="GetClosingStatusAsync"/>).</summary>
    public ClosingStatus Closing => Volatile.Read(ref _closing);

    /// <summary>The sweep's figures read from the store now.</summary>
    public async Task<ClosingStatus> GetClosingStatusAsync(CancellationToken cancellationToken)
    {
        var state = await _store.GetLedgerStateAsync(cancellationToken);
        var closing = state.BusinessDate?.AddDays(-1);
        var progress = closing is { } day
            ? await _store.GetClosingProgressAsync(day, cancellationToken)
            : default;
        return Publish(closing, progress, state.ClosedThrough);
    }

    /// <summary>The last day every book has closed, as the store records it now.</summary>
    public async Task<DateOnly?> GetClosedThroughAsync(CancellationToken cancellationToken) =>
        (await _store.GetLedgerStateAsync(cancellationToken)).ClosedThrough;

    /// <summary>Wakes the sweep now (a new business date, partitions taken over).</summary>
    private void WakeSweep()
    {
        if (_sweepWake.CurrentCount == 0)
        {
            _sweepWake.Release();
        }
    }

    /// <summary>The business date moved elsewhere in the cluster (another silo's date step): learn it and sweep.</summary>
    public async Task BusinessDateMovedAsync(CancellationToken cancellationToken)
    {
        await RefreshLedgerStateAsync(cancellationToken);
        WakeSweep();
    }

    private void StartSweeper() => _sweeper = Task.Run(SweepLoopAsync, CancellationToken.None);

    private async Task SweepLoopAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var woken = await _sweepWake.WaitAsync(_options.SweepPeriod, stopping);
                if (_options.SweepEnabled && (woken || _time.GetTimestamp() >= Volatile.Read(ref _sweepResumesAt)))
                {
                    await SweepOnceAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A failed chunk wrote nothing; the next pass goes over it again.
                LogSweepFailed(_logger, ex);
            }
        }
    }

    /// <summary>One sweep pass over the partitions this silo owns, then the ledger-wide record if no book is
    /// behind. Returns the books this pass closed (through their rows or their live activations). Passes run one
    /// at a time.</summary>
    internal async Task<long> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await _sweepPass.WaitAsync(cancellationToken);
        try
        {
            if (_businessDate is not { } today)
            {
                return 0;
            }

            var closing = today.AddDays(-1);
            if (Closing.ClosedThrough >= closing)
            {
                return 0;
            }

            var started = Stopwatch.GetTimestamp();
            var behind = (await _store.GetPartitionsBehindAsync(closing, cancellationToken))
                .Select(p => p.PartitionId).ToHashSet();
            var work = new ConcurrentQueue<PartitionFence>(_owned.Values
                .Where(f => behind.Contains(f.PartitionId) && !_leaving.ContainsKey(f.PartitionId)
                    && _partitionsSwept.GetValueOrDefault(f.PartitionId) != (closing, f.Epoch))
                .OrderBy(f => f.PartitionId));
            long closed = 0;
            long inUse = 0;
            Volatile.Write(ref _firstIdleAt, long.MaxValue);
            var workers = Enumerable.Range(0, Math.Max(1, _options.SweepWorkers)).Select(_ => Task.Run(async () =>
            {
                while (work.TryDequeue(out var fence))
                {
                    var (done, left) = await SweepPartitionAsync(fence, today, cancellationToken);
                    Interlocked.Add(ref closed, done);
                    Interlocked.Add(ref inUse, left);
                }
            }, CancellationToken.None)).ToList();
            await Task.WhenAll(workers);
            Volatile.Write(ref _sweepResumesAt, inUse == 0 ? 0 : Volatile.Read(ref _firstIdleAt));

            var progress = await _store.GetClosingProgressAsync(closing, cancellationToken);
            var closedThrough = progress.BooksClosed == progress.Books
                ? await _store.RecordClosedThroughAsync(closing, cancellationToken)
                : (await _store.GetLedgerStateAsync(cancellationToken)).ClosedThrough;
            Publish(closing, progress, closedThrough);
            if (closed > 0 || inUse > 0)
            {
                LogSwept(_logger, closed, Values.FormatDate(closing),
                    (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, inUse);
            }

            return closed;
        }
        finally
        {
            _sweepPass.Release();
        }
    }

    private ClosingStatus Publish(DateOnly? closing, ClosingProgress progress, DateOnly? closedThrough)
    {
        lock (_datesLock)
        {
            var status = new ClosingStatus(closing, progress.BooksClosed, progress.Books, closedThrough,
                _booksClosedHereDay == closing ? Interlocked.Read(ref _booksClosedHere) : 0);
            Volatile.Write(ref _closing, status);
            return status;
        }
    }

    private void CountClosedHere(DateOnly closing, long books)
    {
        lock (_datesLock)
        {
            if (_booksClosedHereDay != closing)
            {
                _booksClosedHereDay = closing;
                Interlocked.Exchange(ref _booksClosedHere, 0);
            }

            Interlocked.Add(ref _booksClosedHere, books);
        }
    }

    /// <summary>Closes the books of one partition that are behind, chunk by chunk in key order, while this silo
    /// still holds the partition at the fence's epoch. Returns the books closed and the live books left to close on
    /// their own next turns (in use).</summary>
    private async Task<(long Closed, long InUse)> SweepPartitionAsync(PartitionFence fence, DateOnly today,
        CancellationToken ct)
    {
        var closing = today.AddDays(-1);
        var after = string.Empty;
        long closed = 0;
        long inUse = 0;
        var complete = true;
        while (true)
        {
            if (!_owned.TryGetValue(fence.PartitionId, out var held) || held.Epoch != fence.Epoch
                || _leaving.ContainsKey(fence.PartitionId))
            {
                return (closed, inUse);
            }

            var rows = await _store.LoadBooksToCloseAsync(fence.PartitionId, closing, after,
                Math.Max(1, _options.SweepBooksPerCommit), [], ct);
            if (rows.Count == 0)
            {
                break;
            }

            var books = SweptBooks.GroupByBorrower(rows);
            after = books[^1].BorrowerId;
            var (done, left, all) = await SweepChunkAsync(fence, today, books, ct);
            closed += done;
            inUse += left;
            complete &= all;
            if (books.Count < _options.SweepBooksPerCommit)
            {
                break;
            }
        }

        if (complete)
        {
            _partitionsSwept[fence.PartitionId] = (closing, fence.Epoch);
        }

        return (closed, inUse);
    }


    /// <summary>Closes one chunk of books: live idle ones through their activations, the others from their rows in
    /// one conditional commit; live books in use are left to their own next turns. Returns the books closed, the
    /// books left in use, and whether every book of the chunk was closed.</summary>
    private async Task<(long Closed, long InUse, bool All)> SweepChunkAsync(PartitionFence fence, DateOnly today,
        List<(string BorrowerId, List<GrainRow> Rows)> chunk, CancellationToken ct)
    {
        var guarded = chunk.Select(b => b.BorrowerId).ToHashSet(StringComparer.Ordinal);
        var live = new List<Task<Task?>>();
        IReadOnlyList<string> written = [];
        var closedBooks = new List<ClosedBook>(chunk.Count);
        var idleTicks = (long)(_options.SweepLiveIdle.TotalSeconds * _time.TimestampFrequency);
        var inUseSince = _directory.NowTicks - idleTicks;
        long inUse = 0;
        _directory.BeginSweep(guarded);
        try
        {
            foreach (var (borrowerId, rows) in chunk)
            {
                if (_directory.Find(borrowerId) is { } activation)
                {
                    _directory.EndSweep([borrowerId]);
                    guarded.Remove(borrowerId);
                    if (activation.LastUsedTicks is var lastUsed && lastUsed > inUseSince)
                    {
                        inUse++;
                        LowerTo(ref _firstIdleAt, lastUsed + idleTicks);
                        continue;
                    }

                    live.Add(activation.TryPostCloseAsync(today, ct));
                    continue;
                }

                if (SweptBooks.CloseFromRows(fence.PartitionId, borrowerId, rows, today) is { } book)
                {
                    closedBooks.Add(book);
                }
            }

            if (closedBooks.Count > 0)
            {
                written = await _store.CommitClosedBooksAsync(_options.SiloId, fence.PartitionId, closedBooks, ct);
            }
        }
        catch (FenceViolationException ex)
        {
            // Another silo owns the partition now; it sweeps it.
            LogSweepFencedOut(_logger, ex, fence.PartitionId);
            return (0, 0, false);
        }
        finally
        {
            _directory.EndSweep(guarded);
        }

        long liveClosed = 0;
        foreach (var posted in live)
        {
            try
            {
                if (await posted is { } committed)
                {
                    await committed;
                    liveClosed++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The activation failed its commit and reloads; the book closes on its next turn or pass.
                LogLiveCloseFailed(_logger, ex);
            }
        }

        var closed = written.Count + liveClosed;
        CountClosedHere(today.AddDays(-1), closed);
        return (closed, inUse, inUse == 0 && written.Count == closedBooks.Count && liveClosed == live.Count);
    }

    private static void LowerTo(ref long location, long value)
    {
        var seen = Volatile.Read(ref location);
        while (value < seen)
        {
            var previous = Interlocked.CompareExchange(ref location, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }


    [LoggerMessage(Level = LogLevel.Information,
        Message = "Sweep closed {Books} books through {Day} in {ElapsedMs} ms; {InUse} live books in use left to close on their next turns")]
    private static partial void LogSwept(ILogger logger, long books, string day, long elapsedMs, long inUse);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep pass failed; the next pass resumes it")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep fenced out of partition {Partition}")]
    private static partial void LogSweepFencedOut(ILogger logger, Exception exception, int partition);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A live book's catch-up did not commit")]
    private static partial void LogLiveCloseFailed(ILogger logger, Exception exception);
}
