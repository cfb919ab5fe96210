using Ledger.Grains;
using Ledger.Runtime;
using Ledger.Storage.Commit;

namespace Ledger.Silo;

/// <summary>A silo's counts: partitions, activations, commits, the business date as it knows it.</summary>
internal sealed record SiloCounts(int PartitionCount, int PartitionsOwned, DateOnly? BusinessDate, int Activations,
    long Activated, long Deactivated, long CommitBatches, long CommittedTurns);

/// <summary>The figures a silo reports on <c>/v1/status</c> and <c>/metrics</c>, whichever runtime it runs.</summary>
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
}

/// <summary>The figures of a silo on the home-made runtime.</summary>
internal sealed class EngineFigures(LedgerEngine engine) : ISiloFigures
{
    public string SiloId => engine.SiloId;

    public SiloCounts Counts
    {
        get
        {
            var s = engine.GetStatus();
            return new SiloCounts(s.PartitionCount, s.PartitionsOwned, s.BusinessDate, s.Activations, s.Activated,
                s.Deactivated, s.CommitBatches, s.CommittedTurns);
        }
    }

    public SweepProgress Closing => Of(engine.Closing);

    public async Task<SweepProgress> ReadClosingAsync(CancellationToken cancellationToken) =>
        Of(await engine.GetClosingStatusAsync(cancellationToken));

    public OutcomeCounts? Outcomes => null;

    public GroupCommit? Commit => null;

    private static SweepProgress Of(ClosingStatus c) =>
        new(c.Closing, c.BooksClosed, c.Books, c.ClosedThrough, c.BooksClosedHere);
}
