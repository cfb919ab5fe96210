using System.Collections.Concurrent;
using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Ledger.Grains;

/// <summary>How a silo's sweep runs.</summary>
/// <param name="Enabled">Whether this silo sweeps (off: books close only on their next command; for tests).</param>
/// <param name="Workers">Partitions swept at once in the whole cluster (their work items run on the silos holding
/// them): while one waits for the store another computes.</param>
/// <param name="BooksPerCommit">Books one sweep transaction closes at most: few books locked for a short time.</param>
/// <param name="Period">How often the silo looks at the ledger's dates when nothing woke it: a date step wakes every
/// silo at once (the ledger grain tells them), so this only matters after a failure.</param>
/// <param name="LiveIdle">A book whose grain is live and decided a command this recently is in use: it closes its
/// missing days inside its next command's commit, and the sweep leaves it until it has been idle this long (default
/// 30 s; zero: the sweep closes every book at once). Writing it under its grain would add a store write, then a
/// failed version proof, a reload and a decision again on its next command, for every busy book after every date
/// step, just when the commands sent during the date step arrive.</param>
/// <param name="BusyWorkers">Workers while the silo running the pass serves commands (one decided within the last
/// <see cref="SweepSettings.BusyWindow"/>; at most <paramref name="Workers"/>): the sweep may lag, the commands come
/// first. With all of them at once on two cores, every date step of a replay at 2,000 records/s took the cores from
/// the commands for a fifth of a second, and the books they locked held up group commits (load-tests/README.md,
/// "The sweep under load").</param>
public sealed record BookSweepOptions(bool Enabled = true, int Workers = 4, int BooksPerCommit = 500,
    TimeSpan? Period = null, TimeSpan? LiveIdle = null, int BusyWorkers = 1)
{
    public TimeSpan LiveIdleOrDefault => LiveIdle ?? TimeSpan.FromSeconds(30);

    public TimeSpan PeriodOrDefault => Period ?? TimeSpan.FromSeconds(1);

    internal SweepSettings Settings => new(LiveIdleOrDefault, Math.Max(1, BooksPerCommit), Math.Max(1, Workers),
        Math.Clamp(BusyWorkers, 1, Math.Max(1, Workers)));
}

/// <summary>What the sweep reports: the day books are being closed through (the day before the business date), how
/// many books of the whole ledger have closed it, of all books, the day through which the ledger records every book
/// closed, and the books this silo's sweep work closed for the day.</summary>
public sealed record SweepProgress(DateOnly? Closing, long BooksClosed, long Books, DateOnly? ClosedThrough,
    long BooksClosedHere);

/// <summary>The settings a sweep pass runs with, handed from the silo that asked for it to the grains doing the work.
/// </summary>
[GenerateSerializer, Immutable, Alias("ledger.SweepSettings")]
public sealed record SweepSettings(
    [property: Id(0)] TimeSpan LiveIdle, [property: Id(1)] int BooksPerCommit, [property: Id(2)] int Workers,
    [property: Id(3)] int BusyWorkers)
{
    /// <summary>A silo that decided a command this recently is serving commands (see
    /// <see cref="BookSweepOptions.BusyWorkers"/>).</summary>
    public static readonly TimeSpan BusyWindow = TimeSpan.FromSeconds(1);
}

/// <summary>One pass of the sweep: the books it closed, the books it left because they are in use, when the first of
/// those will be idle long enough to be swept (null when none was left), and the failure that stopped it, if one
/// did.</summary>
[GenerateSerializer, Alias("ledger.SweepPassResult")]
public sealed record SweepPassResult(
    [property: Id(0)] long Closed, [property: Id(1)] long InUse, [property: Id(2)] TimeSpan? ResumeIn,
    [property: Id(3)] Exception? Failure)
{
    public bool Failed => Failure is not null;
}

/// <summary>The sweep's coordinator (key <see cref="GrainKeys.Ledger"/>): one per ledger, on any silo; started by
/// the silos when the business date moves or while books are behind, it hands each partition with books behind to
/// that partition's work item (<see cref="ISweepPartitionGrain"/>), which runs on the silo that holds the
/// partition's books, and records "closed through" once no book is behind. Not on any interface front-ends use.
/// </summary>
[Alias("ledger.ISweepCoordinatorGrain")]
internal interface ISweepCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Starts a pass unless one is running or the last one left only books in use that are not idle yet
    /// (<paramref name="dateMoved"/>: the date moved, so start one now). Returns at once.</summary>
    [Alias("Poke")]
    Task PokeAsync(SweepSettings settings, bool dateMoved);

    /// <summary>Runs one pass now and answers when it is done (tests, and an operator asking to sweep now); a pass
    /// that a failure stopped throws it, after what it closed before is kept.</summary>
    [Alias("Pass")]
    Task<SweepPassResult> PassAsync(SweepSettings settings);
}

/// <summary>What a partition's work item is asked to do: close the books of its partition behind the day before
/// <see cref="Today"/> (<see cref="Behind"/> of them, as the store counted), for at most <see cref="Budget"/> before
/// answering (it answers <see cref="PartitionSwept.More"/> then, and is asked again).</summary>
[GenerateSerializer, Immutable, Alias("ledger.SweepOrder")]
public sealed record SweepOrder(
    [property: Id(0)] DateOnly Today, [property: Id(1)] long Behind, [property: Id(2)] SweepSettings Settings,
    [property: Id(3)] TimeSpan Budget);

/// <summary>What a partition's work item did: books closed, books left in use, when the first of those is idle long
/// enough, whether it stopped at its budget with books left, and whether it read the store at all.</summary>
[GenerateSerializer, Immutable, Alias("ledger.PartitionSwept")]
public sealed record PartitionSwept(
    [property: Id(0)] long Closed, [property: Id(1)] int InUse, [property: Id(2)] TimeSpan? IdleIn,
    [property: Id(3)] bool More, [property: Id(4)] bool Read);

/// <summary>A partition's sweep work item (integer key: the partition), placed on the silo that holds the
/// partition's books (<see cref="PartitionPlacement"/>), so it knows which of them are in use there.</summary>
[Alias("ledger.ISweepPartitionGrain")]
internal interface ISweepPartitionGrain : IGrainWithIntegerKey
{
    [Alias("Sweep")]
    Task<PartitionSwept> SweepAsync(SweepOrder order);
}

[PartitionPlacement]
internal sealed partial class SweepPartitionGrain(LedgerServices services, ILogger<SweepPartitionGrain> logger)
    : Grain, ISweepPartitionGrain
{
    /// <summary>Where the last call stopped at its budget: the day it was closing and the last borrower read.</summary>
    private (DateOnly Closing, string After)? _resume;

    public async Task<PartitionSwept> SweepAsync(SweepOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var partition = (int)this.GetPrimaryKeyLong();
        var partitionCount = await services.PartitionCountAsync();
        var closing = order.Today.AddDays(-1);
        var live = services.Live.Snapshot(order.Settings.LiveIdle, closing,
            borrower => PartitionHasher.PartitionOf(borrower, partitionCount)).In(partition);
        TimeSpan? idleIn = live.InUse.Count == 0 ? null : services.Live.Until(live.FirstIdleAt);
        // Every book in use here that is known to be behind is one the store counts as behind (the store's closed
        // day is never after the book's in memory): when they are as many, every book behind is in use, and reading
        // the partition would only skip them all. Right after a date step on a busy ledger that is most partitions.
        if (live.InUseBehind >= order.Behind)
        {
            _resume = null;
            return new PartitionSwept(0, live.InUse.Count, idleIn, More: false, Read: false);
        }

        var after = _resume is { } resume && resume.Closing == closing ? resume.After : string.Empty;
        _resume = null;
        var started = services.Time.GetTimestamp();
        long closed = 0;
        while (true)
        {
            var chunk = await services.Store.SweepChunkAsync(services.SiloId, partition, closing, after,
                order.Settings.BooksPerCommit, live.InUse, rows => Close(partition, rows, order.Today),
                CancellationToken.None);
            if (chunk.Written.Count > 0)
            {
                closed += chunk.Written.Count;
                services.CountSweptHere(closing, chunk.Written.Count);
            }

            if (chunk.LastBorrowerId is not { } last || chunk.BooksRead < order.Settings.BooksPerCommit)
            {
                break;
            }

            after = last;
            if (services.Time.GetElapsedTime(started) >= order.Budget)
            {
                _resume = (closing, after);
                LogBudgetSpent(logger, partition, closed);
                return new PartitionSwept(closed, live.InUse.Count, idleIn, More: true, Read: true);
            }
        }

        return new PartitionSwept(closed, live.InUse.Count, idleIn, More: false, Read: true);
    }

    /// <summary>The books of a chunk's rows closed through the domain (those with days to close).</summary>
    private static List<ClosedBook> Close(int partition, IReadOnlyList<Storage.GrainRow> rows, DateOnly today) =>
        Storage.Books.SweptBooks.GroupByBorrower(rows)
            .Select(b => Storage.Books.SweptBooks.CloseFromRows(partition, b.BorrowerId, b.Rows, today))
            .OfType<ClosedBook>().ToList();

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "Sweep of partition {Partition} closed {Books} books and stopped at its budget; it is asked again")]
    private static partial void LogBudgetSpent(ILogger logger, int partition, long books);
}

/// <summary>The sweep's coordinator (see <see cref="ISweepCoordinatorGrain"/>). Passes run in the background of the
/// activation; silos poke it every period while books are behind, and if its silo dies the next poke activates it
/// on another. Kept alive (<see cref="KeepAliveAttribute"/>): between calls Orleans sees it idle while a pass runs
/// in its background, and shedding activations under memory pressure deactivated it mid-pass (a million-line
/// end of day on the default memory budget: "invalid activation", the pass stopped, the next poke began another).
/// </summary>
[KeepAlive]
internal sealed partial class SweepCoordinatorGrain(LedgerServices services, ILogger<SweepCoordinatorGrain> logger) : Grain, ISweepCoordinatorGrain
{
    private TimeProvider Time => services.Time;

    /// <summary>How long a partition's work item works before answering (and is asked again): well inside a grain
    /// call's response timeout.</summary>
    private static readonly TimeSpan PartitionBudget = TimeSpan.FromSeconds(2);

    /// <summary>How soon a pass that failed somewhere is tried again.</summary>
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private Task? _running;
    private bool _again;

    /// <summary>The day whose sweep last had the silos collect their idle activations (see
    /// <see cref="CollectIdleAsync"/>).</summary>
    private DateOnly? _collectedFor;
    private DateTimeOffset _resumeAt = DateTimeOffset.MinValue;

    public Task PokeAsync(SweepSettings settings, bool dateMoved)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (_running is { IsCompleted: false })
        {
            // A date step during a pass: the running pass read the old date, so go again after it.
            _again |= dateMoved;
            return Task.CompletedTask;
        }

        if (dateMoved || Time.GetUtcNow() >= _resumeAt)
        {
            _running = RunAsync(settings);
        }

        return Task.CompletedTask;
    }

    public async Task<SweepPassResult> PassAsync(SweepSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (_running is { IsCompleted: false } running)
        {
            await running;
        }

        var result = await PassOnceAsync(settings);
        Schedule(result);
        if (result.Failure is { } failure)
        {
            throw failure;
        }

        return result;
    }

    private async Task RunAsync(SweepSettings settings)
    {
        do
        {
            _again = false;
            SweepPassResult result;
            try
            {
                result = await PassOnceAsync(settings);
            }
            catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
            {
                // Nothing a pass writes depends on another: the next pass goes over what is left.
                LogPassFailed(logger, ex);
                result = new SweepPassResult(0, 0, null, ex);
            }

            Schedule(result);
        }
        while (_again);
    }

    private void Schedule(SweepPassResult result) =>
        _resumeAt = Time.GetUtcNow() + (result.Failed ? RetryAfterFailure : result.ResumeIn ?? TimeSpan.Zero);

    /// <summary>One pass: every partition with books behind, handed to its work item (<see cref="SweepSettings.Workers"/>
    /// at once, <see cref="SweepSettings.BusyWorkers"/> while this silo serves commands), then the ledger-wide record
    /// when no book is behind.</summary>
    private async Task<SweepPassResult> PassOnceAsync(SweepSettings settings)
    {
        var state = await services.Store.GetLedgerStateAsync(CancellationToken.None);
        services.Dates.Learn(state.BusinessDate);
        if (state.BusinessDate is not { } today)
        {
            return new SweepPassResult(0, 0, null, null);
        }

        var closing = today.AddDays(-1);
        if (state.ClosedThrough >= closing)
        {
            return new SweepPassResult(0, 0, null, null);
        }

        var started = Time.GetTimestamp();
        var behind = await services.Store.GetPartitionsBehindAsync(closing, CancellationToken.None);
        var collecting = behind.Count > 0 && _collectedFor != closing ? CollectIdleAsync(settings, closing) : null;
        var work = new ConcurrentQueue<PartitionBehind>(behind);
        long closed = 0, inUse = 0, read = 0;
        Exception? failure = null;
        TimeSpan? resumeIn = null;
        var gate = new Lock();
        var workers = Enumerable.Range(0, Math.Min(behind.Count, settings.Workers)).Select(async worker =>
        {
            // The workers past the busy silo's share stop before their next partition while this silo serves
            // commands; the rest of the pass goes on with fewer. At least one always works (settings from a silo
            // that knows no busy share carry 0).
            while (Volatile.Read(ref failure) is null
                && (worker < Math.Max(1, settings.BusyWorkers)
                    || !services.Live.DecidedWithin(SweepSettings.BusyWindow))
                && work.TryDequeue(out var partition))
            {
                try
                {
                    var item = GrainFactory.GetGrain<ISweepPartitionGrain>(partition.PartitionId);
                    PartitionSwept swept;
                    do
                    {
                        swept = await item.SweepAsync(new SweepOrder(today, partition.Books, settings, PartitionBudget));
                        Interlocked.Add(ref closed, swept.Closed);
                    }
                    while (swept.More);

                    Interlocked.Add(ref inUse, swept.InUse);
                    if (swept.Read)
                    {
                        Interlocked.Increment(ref read);
                    }

                    if (swept.IdleIn is { } idleIn)
                    {
                        lock (gate)
                        {
                            resumeIn = resumeIn is { } earlier && earlier <= idleIn ? earlier : idleIn;
                        }
                    }
                }
                catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
                {
                    // A work item's silo died or the store failed: what it wrote stays, and the pass stops (the
                    // store is likely failing for every partition); the next pass goes over what is left.
                    LogPartitionFailed(logger, ex, partition.PartitionId);
                    Interlocked.CompareExchange(ref failure, ex, null);
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        if (collecting is not null)
        {
            await collecting;
        }

        if (failure is null && inUse == 0)
        {
            await services.Store.RecordClosedThroughAsync(closing, CancellationToken.None);
        }

        if (closed > 0 || inUse > 0)
        {
            LogSwept(logger, closed, Values.FormatDate(closing), behind.Count, read,
                (long)Time.GetElapsedTime(started).TotalMilliseconds, inUse);
        }

        return new SweepPassResult(closed, inUse, resumeIn, failure);
    }

    /// <summary>Once per day swept, while its first pass runs: every silo deactivates the grains idle for longer than
    /// the grace for books in use (<see cref="SweepSettings.LiveIdle"/>). Those are the books the sweep writes under
    /// their grains, whose state in memory is then stale (their next command would fail its version proof and
    /// reload), and after a bulk load they are tens of thousands per silo: their memory, and Orleans' per-activation
    /// gauges that the dashboard reads every second, cost the silo during the sweep (load-tests/README.md, "What the
    /// silo did during the sweep"). Not with a zero grace (every book swept at once, for tests), and a failure only
    /// leaves the grains to Orleans' own idle collection.</summary>
    private async Task CollectIdleAsync(SweepSettings settings, DateOnly closing)
    {
        _collectedFor = closing;
        if (settings.LiveIdle <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<IManagementGrain>(0).ForceActivationCollection(settings.LiveIdle);
        }
        catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
        {
            LogCollectFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The silos could not collect their idle activations before the sweep; Orleans collects them later")]
    private static partial void LogCollectFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Sweep closed {Books} books through {Day} ({Partitions} partitions behind, {Read} read) in {ElapsedMs} ms; {InUse} books in use left to close on their next commands")]
    private static partial void LogSwept(ILogger logger, long books, string day, int partitions, long read,
        long elapsedMs, long inUse);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep pass failed; the next pass resumes it")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Sweep of partition {Partition} failed; the next pass resumes it")]
    private static partial void LogPartitionFailed(ILogger logger, Exception exception, int partition);
}

/// <summary>End of day without stopping the ledger, on Orleans: the ledger grain's date step is immediate, every book
/// closes its missing days before its next decision, and the sweep closes the books nobody touches. This per-silo
/// background service wakes when the silo learns a new date (and every period), and while the ledger is not closed
/// through the day before the business date it pokes the sweep's coordinator grain, which hands the partitions
/// behind to their work items (grains on the silos holding those partitions' books: see
/// <see cref="ISweepCoordinatorGrain"/>). A work item closes its books chunk by chunk from their rows through the
/// domain and writes each only if its version is unchanged (<see cref="ILedgerStore.SweepChunkAsync"/>), so
/// two sweepers, or a sweeper and a grain, never write a book twice; books whose grain is in use are left to their
/// next commands. Nothing depends on the sweep for correctness: reads close missing days in memory.</summary>
public sealed partial class BookSweep(LedgerServices services, BookSweepOptions options, IGrainFactory grains,
    ILogger<BookSweep> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private SweepProgress _progress = new(null, 0, 0, null, 0);

    /// <summary>The figures as last computed (<see cref="ReadProgressAsync"/>, or a look at the ledger's dates).
    /// </summary>
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

    /// <summary>Runs one whole pass of the ledger's sweep now and returns the books it closed.</summary>
    public async Task<long> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await services.PartitionCountAsync();
        try
        {
            var result = await grains.GetGrain<ISweepCoordinatorGrain>(GrainKeys.Ledger).PassAsync(options.Settings)
                .WaitAsync(cancellationToken);
            return result.Closed;
        }
        finally
        {
            await ReadProgressAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var moved = 0;
        void OnMoved()
        {
            Interlocked.Exchange(ref moved, 1);
            Wake();
        }

        services.Dates.Moved += OnMoved;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await _wake.WaitAsync(options.PeriodOrDefault, stoppingToken);
                    var dateMoved = Interlocked.Exchange(ref moved, 0) == 1;
                    if (options.Enabled)
                    {
                        await LookAsync(dateMoved, stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
                {
                    // The next period looks again.
                    LogLookFailed(logger, ex);
                }
            }
        }
        finally
        {
            services.Dates.Moved -= OnMoved;
        }
    }

    /// <summary>Reads the ledger's dates; while a day is not closed through, pokes the coordinator (it starts a pass
    /// unless one is running or every book left is still in use).</summary>
    private async Task LookAsync(bool dateMoved, CancellationToken cancellationToken)
    {
        await services.PartitionCountAsync();
        var state = await services.Store.GetLedgerStateAsync(cancellationToken);
        services.Dates.Learn(state.BusinessDate);
        if (state.BusinessDate is not { } today)
        {
            return;
        }

        var closing = today.AddDays(-1);
        if (state.ClosedThrough >= closing)
        {
            if (Progress.Closing != closing || Progress.ClosedThrough != state.ClosedThrough)
            {
                Publish(closing, await services.Store.GetClosingProgressAsync(closing, cancellationToken),
                    state.ClosedThrough);
            }

            return;
        }

        await grains.GetGrain<ISweepCoordinatorGrain>(GrainKeys.Ledger).PokeAsync(options.Settings, dateMoved)
            .WaitAsync(cancellationToken);
    }

    private SweepProgress Publish(DateOnly? closing, ClosingProgress progress, DateOnly? closedThrough)
    {
        var figures = new SweepProgress(closing, progress.BooksClosed, progress.Books, closedThrough,
            closing is { } day ? services.SweptHere(day) : 0);
        Volatile.Write(ref _progress, figures);
        return figures;
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep could not look at the ledger's dates; it looks again")]
    private static partial void LogLookFailed(ILogger logger, Exception exception);
}
