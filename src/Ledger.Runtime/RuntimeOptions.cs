using Ledger.Domain;
using Ledger.Storage.Commit;

namespace Ledger.Runtime;

/// <summary>Settings of one silo's grain runtime.</summary>
public sealed class RuntimeOptions
{
    /// <summary>Identity of this silo in the partition table; stable across restarts of the same silo.</summary>
    public string SiloId { get; set; } = "silo-1";

    /// <summary>Partition count used when the ledger is created; an existing ledger keeps its own.</summary>
    public int PartitionCount { get; set; } = PartitionHasher.DefaultPartitionCount;

    /// <summary>An activation idle this long is deactivated (its state stays in the store).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Ceiling on live activations; the least recently used leave first.</summary>
    public int MaxActivations { get; set; } = 100_000;

    /// <summary>Messages an activation may have queued before senders wait (back-pressure).</summary>
    public int MailboxCapacity { get; set; } = 1024;

    /// <summary>Turns a single group commit may carry.</summary>
    public int MaxCommitBatchTurns { get; set; } = 1024;

    /// <summary>How long the commit pipeline waits for more turns before committing a batch that is not full;
    /// zero commits at once whatever has arrived while the previous commit ran.</summary>
    public TimeSpan MaxCommitDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Commit transactions that may be in flight at once (partitions are spread over the lanes). Two on
    /// the 2-core machine: at 2,500 records/s four lanes split the same traffic into 60% more, smaller commits and
    /// doubled the median latency (12 ms against 6), while at full load they gained only 6% of throughput
    /// (load-tests/README.md).</summary>
    public int CommitLanes { get; set; } = 2;

    /// <summary>Turns waiting for a commit, per lane, before senders wait (back-pressure).</summary>
    public int CommitQueueCapacity { get; set; } = 8192;

    /// <summary>Whether this silo sweeps (closes the books nobody touches after an end of day). Off only in tests
    /// that show books closing by their own turns alone; correctness never depends on the sweep.</summary>
    public bool SweepEnabled { get; set; } = true;

    /// <summary>Sweep workers, each closing its own partitions chunk by chunk: two per core, so that while one
    /// waits for the store (its read, its commit) another computes.</summary>
    public int SweepWorkers { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Books the sweep reads, closes and writes per store transaction: small, so that a chunk holds few
    /// books locked for a short time and a conflict with a live grain costs little.</summary>
    public int SweepBooksPerCommit { get; set; } = 500;

    /// <summary>A live book used this recently is in use: it closes its missing days on its own next turn, inside
    /// that turn's commit, and the sweep leaves it alone until it has been idle this long. Closing it through its
    /// mailbox at once would add a turn and a commit per busy book after every date step, in the commands' commit
    /// lanes, just when the commands sent during the date step arrive (load-tests/README.md). Zero: the sweep closes
    /// every live book at once.</summary>
    public TimeSpan SweepLiveIdle { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sweep looks for books behind when nothing woke it (a date step here or a peer's
    /// notice wakes it at once).</summary>
    public TimeSpan SweepPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Length of a partition lease. A silo that stops renewing (killed, paused, cut off) loses its
    /// partitions this long after its last renewal; 5 s with a 1 s upkeep period puts a killed silo's partitions
    /// back in service within about 7 s, under the 10 s target, while a GC pause or a slow commit of a second or
    /// two never costs a healthy silo its partitions.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the silo heartbeats, renews its leases, balances partitions and collects idle
    /// activations.</summary>
    public TimeSpan UpkeepPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>This silo's base address as other silos and clients reach it (for forwarding and the partition
    /// map).</summary>
    public string Endpoint { get; set; } = "http://127.0.0.1:5000";

    /// <summary>The group commit's share of these settings.</summary>
    internal GroupCommitOptions ToGroupCommitOptions() =>
        new(SiloId, CommitLanes, MaxCommitBatchTurns, MaxCommitDelay, CommitQueueCapacity);
}
