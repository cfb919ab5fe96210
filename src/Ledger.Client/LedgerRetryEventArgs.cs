namespace Ledger.Client;

/// <summary>One retry a client is about to make (<see cref="LedgerClient.Retrying"/>,
/// <see cref="Cluster.LedgerGrains.Retrying"/>): the same records are sent again, with the same command ids, after a
/// pause. Raised on the thread that retries; a handler must be quick and must not throw.</summary>
public sealed class LedgerRetryEventArgs(string reason, int attempt, int records) : EventArgs
{
    /// <summary>Why: an HTTP status the ledger answered (<c>503</c>, <c>502</c>, <c>504</c>, <c>429</c>),
    /// <c>connection</c> (the silo could not be reached), <c>timeout</c> (no answer within the attempt's time),
    /// <c>item:STATUS</c> (a batch item the silo could not book now, such as <c>item:503</c>), <c>try-again</c> (a
    /// grain answered that the record may be sent again) or <c>transient</c> (an Orleans call failed in
    /// transit).</summary>
    public string Reason { get; } = reason;

    /// <summary>The attempt that failed (1 for the first).</summary>
    public int Attempt { get; } = attempt;

    /// <summary>How many records are sent again (1 for a single command or a read).</summary>
    public int Records { get; } = records;
}
