using Ledger.Storage;

namespace Ledger.Testing.Stores;

/// <summary>A store on which one borrower's book is always being changed by someone else: every turn of
/// <see cref="Borrower"/> fails its proof (as if another activation committed first each time) and writes nothing,
/// while the other turns of the same group commit go to the real store. Counts the turns it refused.</summary>
public sealed class ContendedStore(ILedgerStore inner, string borrower) : StoreDecorator(inner)
{
    private int _refused;
    private int _loads;

    public string Borrower { get; } = borrower;

    /// <summary>While false, the store behaves normally.</summary>
    public bool Contended { get; set; } = true;

    public int Refused => Volatile.Read(ref _refused);

    /// <summary>How often <see cref="Borrower"/>'s book was loaded.</summary>
    public int Loads => Volatile.Read(ref _loads);

    public override Task<BorrowerRecord> LoadBorrowerAsync(string borrowerId, CancellationToken cancellationToken)
    {
        if (borrowerId == Borrower)
        {
            Interlocked.Increment(ref _loads);
        }

        return Inner.LoadBorrowerAsync(borrowerId, cancellationToken);
    }

    public override async Task<CommitResult> CommitAsync(string siloId, CommitBatch batch,
        CancellationToken cancellationToken)
    {
        if (!Contended || batch.Turns.All(t => t.BorrowerId != Borrower))
        {
            return await Inner.CommitAsync(siloId, batch, cancellationToken);
        }

        var rest = new CommitBatch { RequireBusinessDate = batch.RequireBusinessDate };
        rest.Turns.AddRange(batch.Turns.Where(t => t.BorrowerId != Borrower));
        var committed = new Queue<TurnResult>((await Inner.CommitAsync(siloId, rest, cancellationToken)).Turns);
        var results = new List<TurnResult>(batch.Turns.Count);
        foreach (var turn in batch.Turns)
        {
            if (turn.BorrowerId == Borrower)
            {
                Interlocked.Increment(ref _refused);
                results.Add(TurnResult.VersionConflict);
            }
            else
            {
                results.Add(committed.Dequeue());
            }
        }

        return new CommitResult(results);
    }
}
