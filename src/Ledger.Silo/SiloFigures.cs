using Ledger.Grains;
using Ledger.Storage.Commit;

namespace Ledger.Silo;

/// <summary>A silo's counts: partitions, activations, commits, the business date as it knows it.</summary>
internal sealed record SiloCounts(int PartitionCount, DateOnly? BusinessDate, int Activations,
    long Activated, long Deactivated, long CommitBatches, long CommittedTurns);

/// <summary>The figures a silo reports on <c>/v1/status</c> and <c>/metrics</c>, (<see cref="OrleansFigures"/>).</summary>
internal interface ISiloFigures
{
    string SiloId { get; }

    SiloCounts Counts { get; }

    /// <summary>End of day's progress as last computed.</summary>
    SweepProgress Closing { get; }

    /// <summary>End of day's progress read from the store now.</summary>
    Task<SweepProgress> ReadClosingAsync(CancellationToken cancellationToken);

    /// <summary>Commands answered with a final outcome, by outcome; null where the runtime does not count them.
    /// </summary>
    OutcomeCounts? Outcomes { get; }

    /// <summary>The silo's group commit, whose commits the metrics time and size; null where it is the runtime's
    /// own.</summary>
    GroupCommit? Commit { get; }

    /// <summary>The silo's admission of new books under memory pressure.</summary>
    MemoryAdmission Admission { get; }
}
