using Ledger.Domain;

namespace Ledger.LoadTest.Replay;

/// <summary>Where a replay sends its records: the pure domain in this process, or a ledger over the network.</summary>
internal interface IReplayTarget : IAsyncDisposable
{
    /// <summary>Whether records of different borrowers may be submitted concurrently.</summary>
    bool SupportsConcurrency { get; }

    /// <summary>Submits one well-formed or shape-rejected record (<paramref name="parsed"/> is its local parse;
    /// <paramref name="rawRecord"/> its exact text) and returns its outcome code.</summary>
    ValueTask<string> SubmitAsync(ParseResult parsed, string rawRecord, CancellationToken cancellationToken);

    /// <summary>The snapshot, read from the ledger itself.</summary>
    Task<string> GetSnapshotAsync(CancellationToken cancellationToken);
}

/// <summary>Applies records to an <see cref="InMemoryLedger"/> in stream order.</summary>
internal sealed class DryRunTarget : IReplayTarget
{
    private readonly InMemoryLedger _ledger = new();

    public bool SupportsConcurrency => false;

    public ValueTask<string> SubmitAsync(ParseResult parsed, string rawRecord, CancellationToken cancellationToken)
    {
        var outcome = parsed.Command is { } command ? _ledger.Apply(command) : parsed.Reason;
        return ValueTask.FromResult(outcome.ToCode());
    }

    public Task<string> GetSnapshotAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_ledger.Snapshot());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
