namespace Ledger.GrainInterfaces;

/// <summary>How the ledger dealt with one command.</summary>
public enum CommandStatus
{
    /// <summary>Decided and durable: <see cref="CommandResult.Outcome"/> is <c>ACCEPTED</c> or the spec's rejection
    /// reason, the id's final outcome (or <c>DUPLICATE_ID_CONFLICT</c>, which is never recorded).</summary>
    Decided = 1,

    /// <summary>The record failed its shape check (semantics §7, check 1): <c>INVALID_COMMAND</c> or
    /// <c>INVALID_AMOUNT</c>, naming <see cref="CommandResult.Field"/>. Nothing was recorded; the id stays free.
    /// </summary>
    ShapeRejected = 2,

    /// <summary>Not a JSON object with a string id (only a raw record can be); nothing was recorded.</summary>
    Malformed = 3,

    /// <summary>Nothing was booked now (the book kept changing under the command, a commit failed, the silo is
    /// stopping): send the same command, with the same id, again. The HTTP API answers it with 503.</summary>
    TryAgain = 4,
}

/// <summary>The answer to one command: a value, never an exception, so that a batch answers item by item and a
/// front-end tells a rejection (final) from a "try again" (nothing booked) without catching anything.</summary>
[GenerateSerializer, Immutable, Alias("ledger.CommandResult")]
public sealed record CommandResult
{
    /// <summary>The command's id; null for a malformed record that has none.</summary>
    [Id(0)] public string? CommandId { get; init; }

    [Id(1)] public required CommandStatus Status { get; init; }

    /// <summary><c>ACCEPTED</c>, a rejection reason of the spec (also for a shape rejection), <c>MALFORMED</c>, or
    /// for <see cref="CommandStatus.TryAgain"/> why nothing was booked (<c>BOOK_VERSION_CONFLICT</c>,
    /// <c>STORE_UNAVAILABLE</c>, <c>COMMIT_FAILED</c>, <c>STOPPING</c>, <c>MEMORY_PRESSURE</c>: the silo's heap is over
    /// its limit and the command would have loaded a book not in memory).</summary>
    [Id(2)] public required string Outcome { get; init; }

    /// <summary>The offending field of a shape rejection.</summary>
    [Id(3)] public string? Field { get; init; }

    /// <summary>What is wrong, in words (shape rejections, malformed records, "try again").</summary>
    [Id(4)] public string? Error { get; init; }

    public bool IsAccepted => Status == CommandStatus.Decided && Outcome == AcceptedCode;

    /// <summary>The outcome code of an accepted command.</summary>
    public const string AcceptedCode = "ACCEPTED";
}

/// <summary>A view could not be read now (the ledger's store failed, or the silo's heap is over its limit and the
/// view would have loaded a book not in memory: <see cref="Reason"/>); nothing changed, and the same read may be
/// asked again. A command never throws it: its "try again" is a <see cref="CommandResult"/>.</summary>
[GenerateSerializer, Alias("ledger.LedgerUnavailableException")]
public sealed class LedgerUnavailableException : Exception
{
    /// <summary>The <see cref="Reason"/> of a store that failed.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>The <see cref="Reason"/> of a view refused under memory pressure (as a command's "try again").
    /// </summary>
    public const string MemoryPressure = "MEMORY_PRESSURE";

    public LedgerUnavailableException()
    {
    }

    public LedgerUnavailableException(string message)
        : base(message)
    {
    }

    public LedgerUnavailableException(string message, string reason)
        : base(message)
    {
        Reason = reason;
    }

    public LedgerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why the view was not read: <see cref="StoreUnavailable"/> or <see cref="MemoryPressure"/>.</summary>
    [Id(0)]
    public string Reason { get; private set; } = StoreUnavailable;
}
