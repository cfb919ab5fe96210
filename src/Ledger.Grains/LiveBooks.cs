using System.Collections.Concurrent;

namespace Ledger.Grains;

/// <summary>The borrowers whose grain is live on this silo, with when each last decided a command and the last day
/// its book in memory has closed: the sweep leaves a book in use to close its missing days inside its own next
/// command's commit, instead of writing it under the grain (whose next commit would then fail its version proof and
/// reload), and leaves a partition whose books behind are all in use without reading it.</summary>
public sealed class LiveBooks(TimeProvider time)
{
    /// <summary>How long a <see cref="Snapshot"/> is reused: the partitions of one sweep pass on this silo share one
    /// look at the live books instead of each going over all of them.</summary>
    private static readonly TimeSpan SnapshotReuse = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, Entry> _books = new(StringComparer.Ordinal);
    private readonly Lock _snapshotLock = new();
    private (long TakenAt, TimeSpan Idle, DateOnly Closing, LiveSnapshot Snapshot)? _lastSnapshot;

    /// <summary>Live borrower grains on this silo.</summary>
    public int Count => _books.Count;

    /// <summary>The borrower's grain is live here and decides a command now (or was just activated).</summary>
    public void Touched(string borrowerId) =>
        _books.AddOrUpdate(borrowerId, static (_, now) => new Entry(now, null), static (_, e, now) => e with
        {
            LastCommand = now,
        }, time.GetTimestamp());

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
        var byPartition = new Dictionary<int, LivePartition>();
        foreach (var (borrowerId, entry) in _books)
        {
            if (IdleAt(entry, idle) is not { } idleAt)
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

    private sealed record Entry(long LastCommand, DateOnly? ClosedThrough);
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
