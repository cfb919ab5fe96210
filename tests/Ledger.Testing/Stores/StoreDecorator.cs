using System.Reflection;
using System.Runtime.ExceptionServices;
using Ledger.Storage;

namespace Ledger.Testing.Stores;

/// <summary>A decorator of <see cref="ILedgerStore"/> that watches or breaks the calls that write or load a book:
/// <see cref="LoadBorrowerAsync"/> and <see cref="CommitAsync"/> (activations), <see cref="LoadBooksToCloseAsync"/>
/// and <see cref="CommitClosedBooksAsync"/> (the sweep, whose chunks, <see cref="SweepChunkAsync"/>, go through those
/// two here, whatever the inner store does in one transaction). Every other member goes straight to the inner store. <see cref="Store"/> is the decorated store; it
/// is built by a <see cref="DispatchProxy"/>, so that the decorators keep compiling when the store interface
/// grows.</summary>
public abstract class StoreDecorator
{
    protected StoreDecorator(ILedgerStore inner)
    {
        Inner = inner;
        var proxy = DispatchProxy.Create<ILedgerStore, StoreForwarder>();
        ((StoreForwarder)(object)proxy).Decorator = this;
        Store = proxy;
    }

    public ILedgerStore Store { get; }

    /// <summary>The undecorated store: tests read through it so that their reads are not watched.</summary>
    public ILedgerStore Inner { get; }

    public virtual Task<BorrowerRecord> LoadBorrowerAsync(string borrowerId, CancellationToken cancellationToken) =>
        Inner.LoadBorrowerAsync(borrowerId, cancellationToken);

    /// <summary>Goes through <see cref="LoadBorrowerAsync"/> for each borrower, so that a decorator watching or
    /// breaking the reads of books sees the grouped reads of activations too.</summary>
    public virtual async Task<IReadOnlyDictionary<string, BorrowerRecord>> LoadBorrowersAsync(
        IReadOnlyCollection<string> borrowerIds, CancellationToken cancellationToken)
    {
        var records = new Dictionary<string, BorrowerRecord>(StringComparer.Ordinal);
        foreach (var borrowerId in borrowerIds.Distinct(StringComparer.Ordinal))
        {
            records[borrowerId] = await LoadBorrowerAsync(borrowerId, cancellationToken);
        }

        return records;
    }

    public virtual Task<CommitResult> CommitAsync(string siloId, CommitBatch batch, CancellationToken cancellationToken) =>
        Inner.CommitAsync(siloId, batch, cancellationToken);

    public virtual Task<IReadOnlyList<string>> CommitClosedBooksAsync(string siloId, int partitionId,
        IReadOnlyList<ClosedBook> books, CancellationToken cancellationToken) =>
        Inner.CommitClosedBooksAsync(siloId, partitionId, books, cancellationToken);

    /// <summary>A sweep chunk as the read and the commit of this decorator (<see cref="SweptChunk.ReadThenCommitAsync"/>),
    /// so that a decorator watching or breaking those sees the sweep's.</summary>
    public virtual Task<SweptChunk> SweepChunkAsync(string siloId, int partitionId, DateOnly closeThrough,
        string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
        Func<IReadOnlyList<GrainRow>, IReadOnlyList<ClosedBook>> close, CancellationToken cancellationToken) =>
        SweptChunk.ReadThenCommitAsync(Store, siloId, partitionId, closeThrough, afterBorrowerId, maxBooks, skipping,
            close, cancellationToken);

    public virtual Task<IReadOnlyList<GrainRow>> LoadBooksToCloseAsync(int partitionId, DateOnly closeThrough,
        string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
        CancellationToken cancellationToken) =>
        Inner.LoadBooksToCloseAsync(partitionId, closeThrough, afterBorrowerId, maxBooks, skipping, cancellationToken);
}

/// <summary>The proxy behind <see cref="StoreDecorator.Store"/>: public, unsealed and with a parameterless
/// constructor, as <see cref="DispatchProxy"/> requires.</summary>
public class StoreForwarder : DispatchProxy
{
    internal StoreDecorator Decorator { get; set; } = null!;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        args ??= [];
        switch (targetMethod.Name)
        {
            case nameof(ILedgerStore.LoadBorrowerAsync):
                return Decorator.LoadBorrowerAsync((string)args[0]!, (CancellationToken)args[1]!);
            case nameof(ILedgerStore.LoadBorrowersAsync):
                return Decorator.LoadBorrowersAsync((IReadOnlyCollection<string>)args[0]!, (CancellationToken)args[1]!);
            case nameof(ILedgerStore.CommitAsync):
                return Decorator.CommitAsync((string)args[0]!, (CommitBatch)args[1]!, (CancellationToken)args[2]!);
            case nameof(ILedgerStore.CommitClosedBooksAsync):
                return Decorator.CommitClosedBooksAsync((string)args[0]!, (int)args[1]!,
                    (IReadOnlyList<ClosedBook>)args[2]!, (CancellationToken)args[3]!);
            case nameof(ILedgerStore.LoadBooksToCloseAsync):
                return Decorator.LoadBooksToCloseAsync((int)args[0]!, (DateOnly)args[1]!, (string)args[2]!,
                    (int)args[3]!, (IReadOnlyCollection<string>)args[4]!, (CancellationToken)args[5]!);
            case nameof(ILedgerStore.SweepChunkAsync):
                return Decorator.SweepChunkAsync((string)args[0]!, (int)args[1]!, (DateOnly)args[2]!,
                    (string)args[3]!, (int)args[4]!, (IReadOnlyCollection<string>)args[5]!,
                    (Func<IReadOnlyList<GrainRow>, IReadOnlyList<ClosedBook>>)args[6]!, (CancellationToken)args[7]!);
            default:
                try
                {
                    return targetMethod.Invoke(Decorator.Inner, args);
                }
                catch (TargetInvocationException ex) when (ex.InnerException is not null)
                {
                    ExceptionDispatchInfo.Throw(ex.InnerException);
                    throw;
                }
        }
    }
}
