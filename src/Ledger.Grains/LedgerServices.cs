using Ledger.Storage;
using Ledger.Storage.Commit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orleans.Hosting;

namespace Ledger.Grains;

/// <summary>How a silo hosts the ledger's grains.</summary>
/// <param name="SiloId">Names the silo to the store (a commit without fences needs no more).</param>
/// <param name="PartitionCount">The partition count a new ledger is created with; an existing ledger keeps its own.
/// </param>
/// <param name="CommitLanes">Group commits in flight at once.</param>
/// <param name="CommitDelay">How long a group commit waits for more turns before it writes (default none: it writes
/// what is queued as soon as a lane is free).</param>
public sealed record LedgerGrainOptions(string SiloId, int PartitionCount = 256, int CommitLanes = 2,
    TimeSpan CommitDelay = default);

/// <summary>What every ledger grain of a silo shares: the store, the silo-wide group commit (one per silo, so that
/// turns of many grains share one store transaction), the ledger's partition count and the business date as this
/// silo last learned it.</summary>
public sealed partial class LedgerServices : IAsyncDisposable
{
    private readonly ILogger _failures;
    private readonly Lock _initializing = new();
    private readonly ILedgerStore _store;
    private readonly int _partitionCountIfNew;
    private Task<int>? _partitionCount;

    public LedgerServices(ILedgerStore store, LedgerGrainOptions options, TimeProvider time, ILoggerFactory loggers,
        IMemoryProbe? memory = null, MemoryAdmissionOptions? admission = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        Store = store;
        SiloId = options.SiloId;
        // Grains hold no partition leases: their commits carry no fences and are proven by book versions alone.
        Commit = new GroupCommit(store, new GroupCommitOptions(options.SiloId, options.CommitLanes,
            MaxDelay: options.CommitDelay), time,
            loggers.CreateLogger<GroupCommit>());
        Dates = new BusinessDates(store);
        Live = new LiveBooks(time);
        Loads = new BookLoads(store);
        Admission = new MemoryAdmission(memory ?? new GcMemoryProbe(), admission ?? new MemoryAdmissionOptions(), time,
            loggers.CreateLogger<MemoryAdmission>());
        Time = time;
        _store = store;
        _failures = loggers.CreateLogger("Ledger.Grains.StoreFailures");
        _partitionCountIfNew = options.PartitionCount;
    }

    public ILedgerStore Store { get; }

    /// <summary>Reads the books of activating borrower grains, several per store call.</summary>
    public BookLoads Loads { get; }

    /// <summary>Whether a grain activating now may load its book (not while the heap is over its limit).</summary>
    public MemoryAdmission Admission { get; }

    /// <summary>The silo's clock.</summary>
    public TimeProvider Time { get; }

    public string SiloId { get; }

    public GroupCommit Commit { get; }

    public BusinessDates Dates { get; }

    /// <summary>The borrower grains live on this silo and when each last decided a command.</summary>
    public LiveBooks Live { get; }

    /// <summary>Commands answered with a final outcome on this silo, by outcome.</summary>
    public OutcomeCounts Outcomes { get; } = new();

    /// <summary>The parses this silo's HTTP API made of the records it sends to borrower grains.</summary>
    public RecordParses Parses { get; } = new();

    private long _activated;
    private long _deactivated;

    /// <summary>Borrower grains activated on this silo since it started.</summary>
    public long Activated => Interlocked.Read(ref _activated);

    /// <summary>Borrower grains deactivated on this silo since it started (idle, shed under memory pressure,
    /// stopping).</summary>
    public long Deactivated => Interlocked.Read(ref _deactivated);

    /// <summary>Borrower grains live on this silo now.</summary>
    public int Activations => (int)Math.Max(0, Activated - Deactivated);

    internal void CountActivated() => Interlocked.Increment(ref _activated);

    private readonly Lock _swept = new();
    private (DateOnly Day, long Books) _sweptHere;

    /// <summary>Counts books the sweep's work items on this silo closed through <paramref name="closing"/>.</summary>
    internal void CountSweptHere(DateOnly closing, long books)
    {
        lock (_swept)
        {
            _sweptHere = _sweptHere.Day == closing ? (closing, _sweptHere.Books + books) : (closing, books);
        }
    }

    /// <summary>Books the sweep's work items on this silo closed through <paramref name="closing"/>.</summary>
    public long SweptHere(DateOnly closing)
    {
        lock (_swept)
        {
            return _sweptHere.Day == closing ? _sweptHere.Books : 0;
        }
    }

    internal void CountDeactivated() => Interlocked.Increment(ref _deactivated);

    /// <summary>The ledger's partition count (fixed when it was created), creating or migrating the ledger's schema
    /// on first use (safe when several silos start at once; the silo's first grain calls wait). A failed attempt is
    /// not kept: the next call tries again.</summary>
    public Task<int> PartitionCountAsync()
    {
        lock (_initializing)
        {
            if (_partitionCount is null || _partitionCount.IsFaulted || _partitionCount.IsCanceled)
            {
                _partitionCount = _store.InitializeAsync(_partitionCountIfNew, CancellationToken.None);
            }

            return _partitionCount;
        }
    }

    /// <summary>What a failure of a store call made for <paramref name="context"/> means (the store classifies it:
    /// <see cref="ILedgerStore.Classify"/>). A transient one is expected while the store restarts or fails over and
    /// is answered "try again"; a fault is a bug and is logged as one.</summary>
    public StoreFailure Classify(Exception failure, string context)
    {
        var kind = Store.Classify(failure);
        if (kind == StoreFailure.Fault)
        {
            LogFault(_failures, failure, context);
        }
        else
        {
            LogTransient(_failures, context, kind, failure.Message);
        }

        return kind;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Context} failed, not for a reason that passes (a bug?)")]
    private static partial void LogFault(ILogger logger, Exception exception, string context);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Context} failed ({Kind}); answered \"try again\": {Reason}")]
    private static partial void LogTransient(ILogger logger, string context, StoreFailure kind, string reason);

    /// <summary>Commits what is queued, then stops the group commit; the store is the host's to dispose.</summary>
    public ValueTask DisposeAsync() => Commit.DisposeAsync();
}

/// <summary>The ledger's business date as this silo knows it. It may lag behind the store (another silo's date
/// step): every commit proves the date it was decided on, so a lagging silo never books on a closed day, it learns
/// the date from the refused commit (or from a book that has closed the day it believes open) and decides again.
/// </summary>
public sealed class BusinessDates(ILedgerStore store)
{
    private readonly Lock _lock = new();
    private DateOnly? _current;
    private bool _known;

    /// <summary>The date last learned, or null when none is known (then ask <see cref="RefreshAsync"/>).</summary>
    public DateOnly? Current
    {
        get
        {
            lock (_lock)
            {
                return _known ? _current : null;
            }
        }
    }

    /// <summary>Reads the date from the store and learns it.</summary>
    public async Task<DateOnly?> RefreshAsync()
    {
        var date = await store.GetBusinessDateAsync(CancellationToken.None);
        Learn(date);
        return date;
    }

    /// <summary>Learns <paramref name="date"/> unless a later one is known already (dates only move forward).
    /// </summary>
    public void Learn(DateOnly? date)
    {
        bool moved;
        lock (_lock)
        {
            moved = date is not null && (!_known || _current is null || date > _current);
            if (moved)
            {
                _current = date;
                _known = true;
            }
        }

        if (moved)
        {
            Moved?.Invoke();
        }
    }

    /// <summary>Raised after a later date is learned (the silo's sweep wakes on it).</summary>
    public event Action? Moved;
}

public static class LedgerGrainServiceCollectionExtensions
{
    /// <summary>Registers what the ledger's grains need: <paramref name="store"/> makes the silo's store (a
    /// singleton), and one <see cref="LedgerServices"/> per silo.</summary>
    public static IServiceCollection AddLedgerGrains(this IServiceCollection services, LedgerGrainOptions options,
        Func<IServiceProvider, ILedgerStore> store)
    {
        services.AddPlacementDirector<BookPlacement, BookPlacementDirector>();
        services.AddPlacementDirector<SiloKeyPlacement, SiloKeyPlacementDirector>();
        services.AddPlacementDirector<PartitionPlacement, PartitionPlacementDirector>();
        services.AddSingleton(options);
        services.AddSingleton(store);
        services.AddSingleton(sp => new LedgerServices(sp.GetRequiredService<ILedgerStore>(), options,
            sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<IMemoryProbe>(), sp.GetService<MemoryAdmissionOptions>()));
        // The scheduled end of day's clock; a test registers its own first.
        services.TryAddSingleton(new ScheduleClock(TimeProvider.System));
        return services;
    }

    /// <summary>Registers the silo's sweep (<see cref="BookSweep"/>), a background service of the host.</summary>
    public static IServiceCollection AddLedgerSweep(this IServiceCollection services, BookSweepOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<BookSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<BookSweep>());
        return services;
    }
}
