using Ledger.Storage;
using Ledger.Storage.Commit;

namespace Ledger.Runtime;

/// <summary>The ledger could not take the command now, and nothing was booked for it: the caller may retry it
/// with the same id (for example after a failed commit, while end of day runs, or when this silo lost the
/// partition).</summary>
public class RetryableLedgerException(string status, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>A short machine-readable status: NOT_OWNER, COMMIT_FAILED, BUSINESS_DATE_CHANGED, ...</summary>
    public string Status { get; } = status;
}

/// <summary>This silo does not own the borrower's partition (or lost it): the caller should ask the owner.</summary>
public sealed class NotOwnerException(int partitionId)
    : RetryableLedgerException("NOT_OWNER", $"This silo does not own partition {partitionId}.")
{
    public int PartitionId { get; } = partitionId;
}

/// <summary>What the caller hears when the store did not take a turn's writes.</summary>
internal static class LedgerFailures
{
    /// <summary>The retryable answer for a failed commit: nothing of the turn was written, so the caller may send
    /// the same command id again.</summary>
    public static RetryableLedgerException ToRetryable(Exception failure) => failure switch
    {
        RetryableLedgerException retryable => retryable,
        FenceViolationException fence => new RetryableLedgerException("NOT_OWNER", fence.Message, failure),
        BusinessDateChangedException => new RetryableLedgerException("BUSINESS_DATE_CHANGED",
            "The business date has moved on; nothing was booked. Retry the command.", failure),
        GroupCommitStoppedException => new RetryableLedgerException("STOPPING",
            "The silo is stopping; the command was not booked.", failure),
        CommitAbandonedException => new RetryableLedgerException("COMMIT_FAILED",
            "An earlier write of this borrower failed to commit; retry the command.", failure),
        _ => new RetryableLedgerException("COMMIT_FAILED", "The commit failed; nothing was booked.", failure),
    };
}
