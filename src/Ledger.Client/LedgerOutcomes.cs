namespace Ledger.Client;

/// <summary>The outcomes a command can get (<see cref="CommandResult.Outcome"/>): <see cref="Accepted"/> or one of
/// the rejection reasons of the ledger's semantics and stream format, spelled as the ledger sends them.</summary>
public static class LedgerOutcomes
{
    /// <summary>The command was booked (or, for a retry of the same command, had been).</summary>
    public const string Accepted = "ACCEPTED";

    /// <summary>The record fails its shape check (a field missing, unknown, given twice or out of range; an unknown
    /// type) or a value the rules refuse (a date in the past where a later one is needed). Nothing is recorded.
    /// </summary>
    public const string InvalidCommand = "INVALID_COMMAND";

    /// <summary>An amount out of range (below one minor unit or over 10^13). Nothing is recorded.</summary>
    public const string InvalidAmount = "INVALID_AMOUNT";

    /// <summary>The command id was used before with other content. Nothing is recorded.</summary>
    public const string DuplicateIdConflict = "DUPLICATE_ID_CONFLICT";

    /// <summary>No business date has been set yet.</summary>
    public const string NoBusinessDate = "NO_BUSINESS_DATE";

    /// <summary><c>SetBusinessDate</c> once the date is set.</summary>
    public const string BusinessDateAlreadySet = "BUSINESS_DATE_ALREADY_SET";

    /// <summary><c>EndOfDay</c> for a date other than the business date.</summary>
    public const string WrongBusinessDate = "WRONG_BUSINESS_DATE";

    /// <summary>No such borrower.</summary>
    public const string UnknownBorrower = "UNKNOWN_BORROWER";

    /// <summary>Opening a borrower, line or order whose id exists.</summary>
    public const string AlreadyExists = "ALREADY_EXISTS";

    /// <summary>No such line of the borrower.</summary>
    public const string UnknownLine = "UNKNOWN_LINE";

    /// <summary>No such order of the borrower.</summary>
    public const string UnknownOrder = "UNKNOWN_ORDER";

    /// <summary>The borrower is frozen: no draw or release.</summary>
    public const string BorrowerFrozen = "BORROWER_FROZEN";

    /// <summary>The line is closed.</summary>
    public const string LineClosed = "LINE_CLOSED";

    /// <summary>A draw after the line's drawing period (<c>expiryDate</c>).</summary>
    public const string LineExpired = "LINE_EXPIRED";

    /// <summary>The draw would take the line over its limit.</summary>
    public const string LineLimitExceeded = "LINE_LIMIT_EXCEEDED";

    /// <summary>The draw or release would take the borrower over its aggregate limit.</summary>
    public const string BorrowerLimitExceeded = "BORROWER_LIMIT_EXCEEDED";

    /// <summary>A repayment larger than what is owed.</summary>
    public const string Overpayment = "OVERPAYMENT";

    /// <summary><c>CloseLine</c> while something is owed.</summary>
    public const string LineNotSettled = "LINE_NOT_SETTLED";

    /// <summary>The order is cancelled.</summary>
    public const string OrderCancelled = "ORDER_CANCELLED";

    /// <summary>The tranche is not the next pending one of the order (or none is pending).</summary>
    public const string TrancheOutOfOrder = "TRANCHE_OUT_OF_ORDER";

    /// <summary>A release after the order's maturity.</summary>
    public const string OrderMatured = "ORDER_MATURED";

    /// <summary>A deferral to a date not after the maturity in force.</summary>
    public const string ExtensionNotLater = "EXTENSION_NOT_LATER";

    /// <summary>Every outcome above, <see cref="Accepted"/> first.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Accepted, InvalidCommand, InvalidAmount, DuplicateIdConflict, NoBusinessDate, BusinessDateAlreadySet,
        WrongBusinessDate, UnknownBorrower, AlreadyExists, UnknownLine, UnknownOrder, BorrowerFrozen, LineClosed,
        LineExpired, LineLimitExceeded, BorrowerLimitExceeded, Overpayment, LineNotSettled, OrderCancelled,
        TrancheOutOfOrder, OrderMatured, ExtensionNotLater,
    ];
}
