using System.Diagnostics;
using Ledger.Domain;
using Ledger.Storage;
using Ledger.Storage.Books;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ledger.Grains;

/// <summary>How a silo's sweep runs.</summary>
/// <param name="Enabled">Whether this silo sweeps (off: books close only on their next command; for tests).</param>
/// <param name="Workers">Partitions swept at once: while one waits for the store another computes.</param>
/// <param name="BooksPerCommit">Books one sweep transaction closes at most: few books locked for a short time.</param>
/// <param name="Period">How often the sweep looks at the ledger's date when nothing woke it: a date step on this
/// silo wakes it at once, one on another silo within a period.</param>
/// <param name="ClaimDuration">How long a partition's claim lasts without renewal (renewed before every chunk).
/// </param>
/// <param name="LiveIdle">A book whose grain is live on this silo and decided a command this recently is in use: it
/// closes its missing days inside its next command's commit, and the sweep leaves it until it has been idle this
/// long (default 30 s; zero: the sweep closes every book at once). Writing it under its grain would add a store
/// write, then a failed version proof, a reload and a decision again on its next command, for every busy book after
/// every date step, just when the commands sent during the date step arrive.</param>
public sealed record BookSweepOptions(bool Enabled = true, int Workers = 4, int BooksPerCommit = 500,
    TimeSpan? Period = null, TimeSpan? ClaimDuration = null, TimeSpan? LiveIdle = null)
{
    public TimeSpan LiveIdleOrDefault => LiveIdle ?? TimeSpan.FromSeconds(30);

    public TimeSpan PeriodOrDefault => Period ?? TimeSpan.FromSeconds(1);

    public TimeSpan ClaimDurationOrDefault => ClaimDuration ?? TimeSpan.FromSeconds(30);
}

/// <summary>What the sweep reports: the day books are being closed through (the day before the business date), how
/// many books of the whole ledger have closed it, of all books, the day through which the ledger records every book
/// closed, and the books this silo closed for the day.</summary>
public sealed record SweepProgress(DateOnly? Closing, long BooksClosed, long Books, DateOnly? ClosedThrough,
    long BooksClosedHere);

/// <summary>End of day without stopping the ledger, on Orleans: the ledger grain's date step is immediate, every book
/// closes its missing days before its next decision, and this per-silo background service closes the books nobody
/// touches. Each pass claims a partition that has books behind (the store's partition lease, used here only as a
/// claim, so that two silos do not sweep one partition at once), closes its books chunk by chunk from their rows
/// through the domain and writes each only if its version is unchanged (<see
/// cref="ILedgerStore.CommitClosedBooksAsync"/>), then gives the claim back. A book whose grain is live and writes
/// meanwhile is skipped (the grain closes it); one written here under a live grain makes that grain's next commit
/// fail its version proof, and it reloads and decides again. When no book is behind, the ledger records that it is
/// closed through the day. Nothing depends on the sweep for correctness: reads close missing days in memory.</summary>
/// <remarks>The architecture's target runs the sweep's work items as grains spread over the silos, told by the
/// ledger grain when the date moves; this is the simple form: every silo looks at the date each period and claims
/// partitions through the store.</remarks>
public sealed partial class BookSweep(LedgerServices services, BookSweepOptions options, ILogger<BookSweep> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly Lock _lock = new();
    private SweepProgress _progress = new(null, 0, 0, null, 0);
    private DateOnly? _closedHereDay;
    private long _closedHere;
    /// <summary>When a pass left books in use, the timestamp (of <see cref="LiveBooks.Now"/>) before which periodic
    /// passes are skipped: the first of those books to be idle long enough is not before then, and a pass would read
    /// their rows again for nothing. A date step on this silo still wakes a pass at once.</summary>
    private long _resumesAt;

    /// <summary>The figures as last computed (a pass, or <see cref="ReadProgressAsync"/>).</summary>
    public SweepProgress Progress => Volatile.Read(ref _progress);

    /// <summary>Wakes the sweep now (the business date moved).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>The figures read from the store now.</summary>
    public async Task<SweepProgress> ReadProgressAsync(CancellationToken cancellationToken)
    {
        await services.PartitionCountAsync();
        var state = await services.Store.GetLedgerStateAsync(cancellationToken);
        services.Dates.Learn(state.BusinessDate);
        var closing = state.BusinessDate?.AddDays(-1);
        var progress = closing is { } day
            ? await services.Store.GetClosingProgressAsync(day, cancellationToken)
            : default;
        return Publish(closing, progress, state.ClosedThrough);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        services.Dates.Moved += Wake;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var woken = await _wake.WaitAsync(options.PeriodOrDefault, stoppingToken);
                    if (options.Enabled && (woken || services.Live.Now >= Volatile.Read(ref _resumesAt)))
                    {
                        await SweepOnceAsync(stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (ex is not UnreachableException)
                {
                    // A failed chunk wrote nothing; the next pass goes over it again.
                    LogSweepFailed(logger, ex);
                }
            }
        }
        finally
        {
            services.Dates.Moved -= Wake;
        }
    }

    /// <summary>One pass: every partition with books behind that no other silo has claimed, then the ledger-wide
    /// record when no book is behind. Returns the books this pass closed.</summary>
    internal async Task<long> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var partitionCount = await services.PartitionCountAsync();
        var state = await services.Store.GetLedgerStateAsync(cancellationToken);
        services.Dates.Learn(state.BusinessDate);
        if (state.BusinessDate is not { } today)
        {
            return 0;
        }

        var closing = today.AddDays(-1);
        if (state.ClosedThrough >= closing)
        {
            if (Progress.Closing != closing || Progress.ClosedThrough != state.ClosedThrough)
            {
                Publish(closing, await services.Store.GetClosingProgressAsync(closing, cancellationToken),
                    state.ClosedThrough);
            }

            return 0;
        }

        var started = Stopwatch.GetTimestamp();
        var behind = await services.Store.GetPartitionsBehindAsync(closing, cancellationToken);
        // Silos start at different places of the list, so that they claim different partitions first.
        var offset = behind.Count == 0 ? 0 : (int)((uint)services.SiloId.GetHashCode(StringComparison.Ordinal)
            % (uint)behind.Count);
        var work = new System.Collections.Concurrent.ConcurrentQueue<int>(behind.Skip(offset).Concat(behind.Take(offset)));
        long closed = 0;
        long inUse = 0;
        // Books in use are left out of the store's reads, not read and then skipped: after a date step on a busy
        // silo they are most of the books behind.
        var (inUseBy, firstIdleAt) = services.Live.InUseByPartition(options.LiveIdleOrDefault,
            borrower => PartitionHasher.PartitionOf(borrower, partitionCount));
        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(async () =>
        {
            while (work.TryDequeue(out var partition))
            {
                var skipping = inUseBy.GetValueOrDefault(partition) ?? [];
                Interlocked.Add(ref closed, await SweepPartitionAsync(partition, today, skipping, cancellationToken));
                Interlocked.Add(ref inUse, skipping.Count);
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(workers);
        Volatile.Write(ref _resumesAt, inUse == 0 ? 0 : firstIdleAt ?? 0);

        var progress = await services.Store.GetClosingProgressAsync(closing, cancellationToken);
        var closedThrough = progress.BooksClosed == progress.Books
            ? await services.Store.RecordClosedThroughAsync(closing, cancellationToken)
            : (await services.Store.GetLedgerStateAsync(cancellationToken)).ClosedThrough;
        Publish(closing, progress, closedThrough);
        if (closed > 0 || inUse > 0)
        {
            LogSwept(logger, closed, Values.FormatDate(closing), (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                inUse);
        }

        return closed;
    }

    /// <summary>Claims one partition and closes its books that are behind, chunk by chunk in key order; gives the
    /// claim back at the end. A partition another silo has claimed is left to it. The books in
    /// <paramref name="skipping"/> (in use: <see cref="BookSweepOptions.LiveIdle"/>) are left to their next commands.
    /// Returns the books closed.</summary>
    private async Task<long> SweepPartitionAsync(int partition, DateOnly today, IReadOnlyCollection<string> skipping,
        CancellationToken ct)
    {
        var closing = today.AddDays(-1);
        var after = string.Empty;
        long closed = 0;
        PartitionLease? claim = null;
        try
        {
            while (true)
            {
                // Taken, or renewed at the same epoch, before every chunk: the fence the chunk's commit proves.
                claim = await services.Store.TryAcquirePartitionAsync(partition, services.SiloId,
                    options.ClaimDurationOrDefault, ct);
                if (claim is null)
                {
                    return closed;
                }

                var rows = await services.Store.LoadBooksToCloseAsync(partition, closing, after,
                    Math.Max(1, options.BooksPerCommit), skipping, ct);
                if (rows.Count == 0)
                {
                    break;
                }

                var books = SweptBooks.GroupByBorrower(rows);
                after = books[^1].BorrowerId;
                var closedBooks = books.Select(b => SweptBooks.CloseFromRows(partition, b.BorrowerId, b.Rows, today))
                    .OfType<ClosedBook>().ToList();
                if (closedBooks.Count > 0)
                {
                    var written = await services.Store.CommitClosedBooksAsync(services.SiloId,
                        new PartitionFence(partition, claim.Epoch), closedBooks, ct);
                    closed += written.Count;
                }

                if (books.Count < options.BooksPerCommit)
                {
                    break;
                }
            }
        }
        catch (FenceViolationException ex)
        {
            // The claim lapsed and another silo took the partition: it sweeps it.
            LogFencedOut(logger, ex, partition);
        }
        finally
        {
            if (claim is not null)
            {
                await ReleaseQuietlyAsync(partition, claim.Epoch);
            }

            CountClosedHere(closing, closed);
        }

        return closed;
    }

    private async Task ReleaseQuietlyAsync(int partition, long epoch)
    {
        try
        {
            await services.Store.ReleasePartitionAsync(partition, services.SiloId, epoch, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not UnreachableException)
        {
            // The claim lapses by itself.
            LogReleaseFailed(logger, ex, partition);
        }
    }



    private SweepProgress Publish(DateOnly? closing, ClosingProgress progress, DateOnly? closedThrough)
    {
        lock (_lock)
        {
            var figures = new SweepProgress(closing, progress.BooksClosed, progress.Books, closedThrough,
                _closedHereDay == closing ? _closedHere : 0);
            Volatile.Write(ref _progress, figures);
            return figures;
        }
    }

    private void CountClosedHere(DateOnly closing, long books)
    {
        lock (_lock)
        {
            if (_closedHereDay != closing)
            {
                _closedHereDay = closing;
                _closedHere = 0;
            }

            _closedHere += books;
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Sweep closed {Books} books through {Day} in {ElapsedMs} ms; {InUse} books in use (left to close on their next commands) not read")]
    private static partial void LogSwept(ILogger logger, long books, string day, long elapsedMs, long inUse);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep pass failed; the next pass resumes it")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep fenced out of partition {Partition}")]
    private static partial void LogFencedOut(ILogger logger, Exception exception, int partition);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sweep could not give back its claim of partition {Partition}")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, int partition);
}
