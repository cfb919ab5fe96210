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
