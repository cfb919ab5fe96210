using Ledger.Storage;

namespace Ledger.Runtime.Tests.Support;

/// <summary>A store whose commits fail on demand, before anything reaches the database, the way a dropped
/// connection fails them. Also counts borrower loads, to see activations come back after a failure.</summary>
internal sealed class FaultyStore(ILedgerStore inner) : StoreDecorator(inner)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _loads = new(StringComparer.Ordinal);
    private readonly List<Task> _endOfDayCommits = [];
    private string? _failOnceForCommandId;
    private int _failEndOfDayCommitFrom;

    /// <summary>Commits that failed on purpose.</summary>
    public int Failures { get; private set; }

    /// <summary>End-of-day chunk commits that reached the database.</summary>
    public int EndOfDayCommits { get; private set; }

    /// <summary>The next commit that carries the outcome of <paramref name="commandId"/> fails, once.</summary>
    public void FailOnceForCommand(string commandId)
    {
        lock (_lock)
        {
            _failOnceForCommandId = commandId;
        }
    }

    /// <summary>Simulates a crash during end of day: the <paramref name="n"/>-th chunk commit (a batch that
    /// marks partitions done) and every one after it fail. The <paramref name="n"/>-th waits until the earlier
    /// ones are durable first, so exactly n - 1 chunks are done whatever the scheduling.</summary>
    public void CrashEndOfDayAtChunk(int n)
    {
        lock (_lock)
        {
            _failEndOfDayCommitFrom = n;
        }
    }

    public int LoadsOf(string borrowerId)
    {
        lock (_lock)
        {
            return _loads.GetValueOrDefault(borrowerId);
        }
    }

    public override Task<BorrowerRecord> LoadBorrowerAsync(string borrowerId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _loads[borrowerId] = _loads.GetValueOrDefault(borrowerId) + 1;
        }

        return Inner.LoadBorrowerAsync(borrowerId, cancellationToken);
    }

    public override async Task CommitAsync(string siloId, CommitBatch batch, CancellationToken cancellationToken)
    {
        if (batch.PartitionDaysDone.Count > 0)
        {
            await CommitEndOfDayChunkAsync(siloId, batch);
            return;
        }

        lock (_lock)
        {
            if (_failOnceForCommandId is { } id && batch.Outcomes.Any(o => o.CommandId == id))
            {
                _failOnceForCommandId = null;
                Failures++;
                throw new IOException($"Injected commit failure (batch with command {id}).");
            }
        }

        await Inner.CommitAsync(siloId, batch, cancellationToken);
    }

    private async Task CommitEndOfDayChunkAsync(string siloId, CommitBatch batch)
    {
        Task[] earlier;
        TaskCompletionSource? durable = null;
        int index;
        lock (_lock)
        {
            index = _endOfDayCommits.Count + 1;
            earlier = [.. _endOfDayCommits];
            if (_failEndOfDayCommitFrom == 0 || index < _failEndOfDayCommitFrom)
            {
                durable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _endOfDayCommits.Add(durable.Task);
            }
            else
            {
                Failures++;
            }
        }

        if (durable is not null)
        {
            try
            {
                // Once sent, a commit finishes even if the end of day is being abandoned: the database does not
                // know that the silo is giving up.
                await Inner.CommitAsync(siloId, batch, CancellationToken.None);
                lock (_lock)
                {
                    EndOfDayCommits++;
                }
            }
            finally
            {
                durable.TrySetResult();
            }

            return;
        }

        await Task.WhenAll(earlier);
        throw new IOException($"Injected crash at end-of-day chunk commit {index}.");
    }
}
