using System.Collections.Concurrent;

namespace Ledger.Grains;

/// <summary>The borrowers whose grain is live on this silo, with when each last decided a command: the sweep leaves
/// a book in use to close its missing days inside its own next command's commit, instead of writing it under the
/// grain (whose next commit would then fail its version proof and reload).</summary>
public sealed class LiveBooks(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> _lastCommand = new(StringComparer.Ordinal);

    /// <summary>Live borrower grains on this silo.</summary>
    public int Count => _lastCommand.Count;

    /// <summary>The borrower's grain is live here and decides a command now (or was just activated).</summary>
    public void Touched(string borrowerId) => _lastCommand[borrowerId] = time.GetTimestamp();

    /// <summary>The borrower's grain left this silo.</summary>
    public void Gone(string borrowerId) => _lastCommand.TryRemove(borrowerId, out _);

    /// <summary>Whether the borrower's grain is live here and decided a command less than <paramref name="idle"/>
    /// ago (never, for a zero <paramref name="idle"/>).</summary>
    public bool InUse(string borrowerId, TimeSpan idle) => IdleAt(borrowerId, idle) is not null;

    /// <summary>When the borrower's grain, in use now, will have been idle for <paramref name="idle"/> (a timestamp
    /// of the silo's clock); null when it is not in use.</summary>
    public long? IdleAt(string borrowerId, TimeSpan idle)
    {
        if (idle <= TimeSpan.Zero || !_lastCommand.TryGetValue(borrowerId, out var last)
            || time.GetElapsedTime(last) >= idle)
        {
            return null;
        }

        return last + (long)(idle.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>The borrowers in use now (see <see cref="InUse(string, TimeSpan)"/>) by partition, and when the first
    /// of them will have been idle for <paramref name="idle"/> (null when none is in use).</summary>
    public (Dictionary<int, List<string>> ByPartition, long? FirstIdleAt) InUseByPartition(TimeSpan idle,
        Func<string, int> partitionOf)
    {
        ArgumentNullException.ThrowIfNull(partitionOf);
        var byPartition = new Dictionary<int, List<string>>();
        long? first = null;
        foreach (var borrowerId in _lastCommand.Keys)
        {
            if (IdleAt(borrowerId, idle) is not { } idleAt)
            {
                continue;
            }

            var partition = partitionOf(borrowerId);
            if (!byPartition.TryGetValue(partition, out var borrowers))
            {
                byPartition[partition] = borrowers = [];
            }

            borrowers.Add(borrowerId);
            first = first is { } earlier && earlier <= idleAt ? earlier : idleAt;
        }

        return (byPartition, first);
    }

    /// <summary>The silo's clock, in the units of <see cref="IdleAt"/>.</summary>
    public long Now => time.GetTimestamp();
}
