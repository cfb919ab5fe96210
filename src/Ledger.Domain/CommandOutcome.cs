namespace Ledger.Domain;

/// <summary>What the ledger answers to a command: accepted, or the spec's rejection reason. A business outcome
/// is a value, never an exception.</summary>
public enum CommandOutcome
{
    Accepted,
    InvalidCommand,
    InvalidAmount,
    DuplicateIdConflict,
    NoBusinessDate,
    BusinessDateAlreadySet,
    WrongBusinessDate,
    UnknownBorrower,
    AlreadyExists,
    UnknownLine,
    UnknownOrder,
    BorrowerFrozen,
    LineClosed,
    LineExpired,
    LineLimitExceeded,
    BorrowerLimitExceeded,
    Overpayment,
    LineNotSettled,
    OrderCancelled,
    TrancheOutOfOrder,
    OrderMatured,
    ExtensionNotLater,
}

public static class CommandOutcomeCodes
{
    private static readonly string[] Codes =
    [
        "ACCEPTED", "INVALID_COMMAND", "INVALID_AMOUNT", "DUPLICATE_ID_CONFLICT", "NO_BUSINESS_DATE",
        "BUSINESS_DATE_ALREADY_SET", "WRONG_BUSINESS_DATE", "UNKNOWN_BORROWER", "ALREADY_EXISTS", "UNKNOWN_LINE",
        "UNKNOWN_ORDER", "BORROWER_FROZEN", "LINE_CLOSED", "LINE_EXPIRED", "LINE_LIMIT_EXCEEDED",
        "BORROWER_LIMIT_EXCEEDED", "OVERPAYMENT", "LINE_NOT_SETTLED", "ORDER_CANCELLED", "TRANCHE_OUT_OF_ORDER",
        "ORDER_MATURED", "EXTENSION_NOT_LATER",
    ];

    private static readonly Dictionary<string, CommandOutcome> ByCode =
        Codes.Select((code, index) => (code, index)).ToDictionary(p => p.code, p => (CommandOutcome)p.index);

    /// <summary>The spec's spelling: <c>ACCEPTED</c> or a reason such as <c>LINE_LIMIT_EXCEEDED</c>.</summary>
    public static string ToCode(this CommandOutcome outcome) => Codes[(int)outcome];

    public static CommandOutcome Parse(string code) =>
        ByCode.TryGetValue(code, out var outcome)
            ? outcome
            : throw new FormatException($"Unknown command outcome '{code}'.");

    public static bool TryParse(string code, out CommandOutcome outcome) => ByCode.TryGetValue(code, out outcome);
}
