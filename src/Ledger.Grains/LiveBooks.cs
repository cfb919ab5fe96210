using System.Collections.Concurrent;

namespace Ledger.Grains;

/// <summary>The borrowers whose grain is live on this silo, with when each last decided a command and the last day
/// its book in memory has closed: the sweep leaves a book in use to close its missing days inside its own next
/// command's commit, instead of writing it under the grain (whose next commit would then fail its version proof and
/// reload), and leaves a partition whose books behind are all in use without reading it.</summary>
/// <remarks>The books in use are found from a queue of recent commands in time order, not by going over every live
/// book: after a bulk load a silo holds tens of thousands of idle books, and looking at each of them for every
/// partition the sweep visited was a fifth of the silo's CPU during a 300,000-book sweep (load-tests/README.md,
/// "What the silo did during the sweep"). A book is queued when it decides a command and was last queued
/// <see cref="Requeue"/> or more before, so a book that decided a command within the last <c>idle</c> has a queued
/// touch within the last <c>idle</c> + <see cref="Requeue"/>; touches older than the longest idle asked for (at least
/// <see cref="MinimumRetention"/>) leave the queue as new ones come.</remarks>
public sealed class LiveBooks(TimeProvider time)
{
    /// <summary>How long a <see cref="Snapshot"/> is reused: the partitions of one sweep pass on this silo share one
    /// look at the live books instead of each going over all of them.</summary>
    private static readonly TimeSpan SnapshotReuse = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a busy book is queued again.</summary>
    public static readonly TimeSpan Requeue = TimeSpan.FromSeconds(1);

    /// <summary>How long touches stay queued before any snapshot asked for a longer idle (the sweep's default).
    /// </summary>
    public static readonly TimeSpan MinimumRetention = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _books = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string BorrowerId, long At)> _touches = new();
    private readonly Lock _trimLock = new();
    private readonly Lock _snapshotLock = new();
    private readonly long _requeueTicks = (long)(Requeue.TotalSeconds * time.TimestampFrequency);
    private long _retentionTicks = (long)(MinimumRetention.TotalSeconds * time.TimestampFrequency);
    private (long TakenAt, TimeSpan Idle, DateOnly Closing, LiveSnapshot Snapshot)? _lastSnapshot;
    private long _lastCommand = long.MinValue;

    /// <summary>Live borrower grains on this silo.</summary>
    public int Count => _books.Count;

    /// <summary>Touches of books queued (for tests: the queue stays bounded by what the retention keeps).</summary>
    internal int QueuedTouches => _touches.Count;

    /// <summary>The borrower's grain is live here and decides a command now (or was just activated).</summary>
    public void Touched(string borrowerId)
    {
        var now = time.GetTimestamp();
        Volatile.Write(ref _lastCommand, now);
        var entry = _books.AddOrUpdate(borrowerId, static (_, a) => new Entry(a.Now, null, a.Now),
            static (_, e, a) => e with
            {
                LastCommand = a.Now,
                QueuedAt = a.Now - e.QueuedAt >= a.Requeue ? a.Now : e.QueuedAt,
            }, (Now: now, Requeue: _requeueTicks));
        if (entry.QueuedAt == now)
        {
            _touches.Enqueue((borrowerId, now));
        }

        Trim(now);
    }

    /// <summary>Drops the touches older than the retention from the queue's head (one trimmer at a time, so that
    /// no touch within it is taken by a race between looking at the head and taking it).</summary>
    private void Trim(long now)
    {
        if (!_trimLock.TryEnter())
        {
            return;
        }

        try
        {
            var oldest = now - Volatile.Read(ref _retentionTicks) - _requeueTicks;
            while (_touches.TryPeek(out var head) && head.At < oldest)
            {
                _touches.TryDequeue(out _);
            }
        }
        finally
        {
            _trimLock.Exit();
        }
    }

    /// <summary>Whether a grain here decided a command less than <paramref name="window"/> ago: the silo is serving
    /// commands, and the sweep then keeps to its workers for a busy silo (<see cref="SweepSettings.BusyWorkers"/>).
    /// </summary>
    public bool DecidedWithin(TimeSpan window)
    {
        var last = Volatile.Read(ref _lastCommand);
        return last != long.MinValue && time.GetElapsedTime(last) < window;
    }

    /// <summary>The borrower's book in memory has closed its days through <paramref name="closedThrough"/> (after a
    /// decision; its commit may still be on its way, so the store's closed day is this one or an earlier one).
    /// Ignored when the grain is not live here.</summary>
    public void Closed(string borrowerId, DateOnly? closedThrough)
    {
        while (_books.TryGetValue(borrowerId, out var entry)
            && !_books.TryUpdate(borrowerId, entry with { ClosedThrough = closedThrough }, entry))
        {
        }
    }

    /// <summary>The borrower's grain left this silo.</summary>
    public void Gone(string borrowerId) => _books.TryRemove(borrowerId, out _);

    /// <summary>Whether the borrower's grain is live here and decided a command less than <paramref name="idle"/>
    /// ago (never, for a zero <paramref name="idle"/>).</summary>
    public bool InUse(string borrowerId, TimeSpan idle) => IdleAt(borrowerId, idle) is not null;

    /// <summary>When the borrower's grain, in use now, will have been idle for <paramref name="idle"/> (a timestamp
    /// of the silo's clock); null when it is not in use.</summary>
    public long? IdleAt(string borrowerId, TimeSpan idle) =>
        _books.TryGetValue(borrowerId, out var entry) ? IdleAt(entry, idle) : null;

    private long? IdleAt(Entry entry, TimeSpan idle)
    {
        if (idle <= TimeSpan.Zero || time.GetElapsedTime(entry.LastCommand) >= idle)
        {
            return null;
        }

        return entry.LastCommand + (long)(idle.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>The books in use now (see <see cref="InUse(string, TimeSpan)"/>) by partition: which they are, how
    /// many of them are known to be behind <paramref name="closing"/> (their book in memory has not closed it), and
    /// when the first of them will have been idle for <paramref name="idle"/>. Taken at most every 250 ms for the
    /// same arguments; a snapshot that old only makes the sweep read or leave a few books more.</summary>
    public LiveSnapshot Snapshot(TimeSpan idle, DateOnly closing, Func<string, int> partitionOf)
    {
        ArgumentNullException.ThrowIfNull(partitionOf);
        lock (_snapshotLock)
        {
            if (_lastSnapshot is { } last && last.Idle == idle && last.Closing == closing
                && time.GetElapsedTime(last.TakenAt) < SnapshotReuse)
            {
                return last.Snapshot;
            }
        }

        var takenAt = time.GetTimestamp();
        var idleTicks = (long)(idle.TotalSeconds * time.TimestampFrequency);
        if (idleTicks > Volatile.Read(ref _retentionTicks))
        {
            // Touches older than the retention already left the queue: until they are all newer, a book in use may
            // be missed, and the sweep then writes it under its grain (which reloads at its next command).
            Interlocked.Exchange(ref _retentionTicks, idleTicks);
        }

        var byPartition = new Dictionary<int, LivePartition>();
        if (idle > TimeSpan.Zero)
        {
            Trim(takenAt);
            var since = takenAt - idleTicks - _requeueTicks;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (borrowerId, at) in _touches)
            {
                if (at < since || !seen.Add(borrowerId) || !_books.TryGetValue(borrowerId, out var entry)
                    || IdleAt(entry, idle) is not { } idleAt)
                {
                    continue;
                }

                var partition = partitionOf(borrowerId);
                if (!byPartition.TryGetValue(partition, out var books))
                {
                    byPartition[partition] = books = new LivePartition();
                }

                books.InUse.Add(borrowerId);
                if (entry.ClosedThrough is { } closed && closed < closing)
                {
                    books.InUseBehind++;
                }

                books.FirstIdleAt = Math.Min(books.FirstIdleAt, idleAt);
            }
        }

        var snapshot = new LiveSnapshot(byPartition);
        lock (_snapshotLock)
        {
            _lastSnapshot = (takenAt, idle, closing, snapshot);
        }

        return snapshot;
    }

    /// <summary>The silo's clock, in the units of <see cref="IdleAt(string, TimeSpan)"/>.</summary>
    public long Now => time.GetTimestamp();

    /// <summary>How long until a timestamp of <see cref="Now"/>'s clock (zero when past).</summary>
    public TimeSpan Until(long timestamp)
    {
        var now = time.GetTimestamp();
        return timestamp <= now ? TimeSpan.Zero : TimeSpan.FromSeconds((timestamp - now) / (double)time.TimestampFrequency);
    }

    /// <param name="QueuedAt">When the book was last queued in the touches (see the remarks of the class).</param>
    private sealed record Entry(long LastCommand, DateOnly? ClosedThrough, long QueuedAt);
}

/// <summary>The books in use on a silo, by partition (<see cref="LiveBooks.Snapshot"/>).</summary>
public sealed class LiveSnapshot(IReadOnlyDictionary<int, LivePartition> byPartition)
{
    private static readonly LivePartition None = new();

    /// <summary>The books in use in <paramref name="partition"/> (none when it has none).</summary>
    public LivePartition In(int partition) => byPartition.GetValueOrDefault(partition) ?? None;
}

/// <summary>The books in use in one partition on a silo: their ids, how many are known to be behind the day being
/// closed, and when the first will have been idle long enough (a <see cref="LiveBooks.Now"/> timestamp;
/// <see cref="long.MaxValue"/> when none is in use).</summary>
public sealed class LivePartition
{
    public List<string> InUse { get; } = [];

    public int InUseBehind { get; internal set; }

    public long FirstIdleAt { get; internal set; } = long.MaxValue;
}
