namespace Ledger.GrainInterfaces;

/// <summary>How the ledger's grains are keyed. Ledger ids never hold a '/', so a line's or order's key names its
/// borrower without a look-up.</summary>
public static class GrainKeys
{
    /// <summary>The one ledger grain's key.</summary>
    public const string Ledger = "ledger";

    /// <summary>A credit line's key: <c>borrower/line</c>.</summary>
    public static string Line(string borrower, string line) => $"{borrower}/{line}";

    /// <summary>A supply-chain order's key: <c>borrower/order</c>.</summary>
    public static string Order(string borrower, string order) => $"{borrower}/{order}";

    /// <summary>Splits a line's or order's key into its borrower and entity ids.</summary>
    public static (string Borrower, string Entity) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == key.Length - 1 || key.IndexOf('/', slash + 1) >= 0)
        {
            throw new ArgumentException($"'{key}' is not a key of the form borrower/entity.", nameof(key));
        }

        return (key[..slash], key[(slash + 1)..]);
    }
}

/// <summary>A borrower (key: the borrower id) with its whole book: its lines and orders share its aggregate limit,
/// so the borrower is the unit of consistency and every command on any of them is decided here, one at a time.
/// Every answer is durable: it comes after the store has committed the decision.</summary>
[Alias("ledger.IBorrowerGrain")]
public interface IBorrowerGrain : IGrainWithStringKey
{
    [Alias("OpenBorrower")]
    Task<CommandResult> OpenAsync(OpenBorrowerCommand command);

    [Alias("SetBorrowerLimit")]
    Task<CommandResult> SetLimitAsync(SetBorrowerLimitCommand command);

    [Alias("FreezeBorrower")]
    Task<CommandResult> FreezeAsync(FreezeBorrowerCommand command);

    [Alias("UnfreezeBorrower")]
    Task<CommandResult> UnfreezeAsync(UnfreezeBorrowerCommand command);

    [Alias("OpenCreditLine")]
    Task<CommandResult> OpenCreditLineAsync(OpenCreditLineCommand command);

    [Alias("Draw")]
    Task<CommandResult> DrawAsync(DrawCommand command);

    [Alias("Repay")]
    Task<CommandResult> RepayAsync(RepayCommand command);

    [Alias("ChangeRate")]
    Task<CommandResult> ChangeRateAsync(ChangeRateCommand command);

    [Alias("CloseLine")]
    Task<CommandResult> CloseLineAsync(CloseLineCommand command);

    [Alias("ExtendLine")]
    Task<CommandResult> ExtendLineAsync(ExtendLineCommand command);

    [Alias("OpenOrder")]
    Task<CommandResult> OpenOrderAsync(OpenOrderCommand command);

    [Alias("ReleaseTranche")]
    Task<CommandResult> ReleaseTrancheAsync(ReleaseTrancheCommand command);

    [Alias("RepayOrder")]
    Task<CommandResult> RepayOrderAsync(RepayOrderCommand command);

    [Alias("CancelOrder")]
    Task<CommandResult> CancelOrderAsync(CancelOrderCommand command);

    [Alias("ExtendOrder")]
    Task<CommandResult> ExtendOrderAsync(ExtendOrderCommand command);

    /// <summary>Stream records (stream-format.md, JSON text) that all name this borrower, decided in the order
    /// given: one result per record, in order (batches and replays). A record naming another borrower, or a ledger
    /// command, is refused with an <see cref="ArgumentException"/> before any is decided: the caller groups by
    /// borrower.</summary>
    [Alias("SubmitRecords")]
    Task<IReadOnlyList<CommandResult>> SubmitRecordsAsync(IReadOnlyList<string> records);

    /// <summary>The borrower, or null when it was never opened.</summary>
    [Alias("Get")]
    Task<BorrowerView?> GetAsync();

    [Alias("GetLine")]
    Task<LineView?> GetLineAsync(string line);

    [Alias("GetOrder")]
    Task<OrderView?> GetOrderAsync(string order);

    /// <summary>At most <paramref name="maxEntries"/> journal entries after entry <paramref name="afterEntry"/>
    /// (0 for the first page), with the entries of days still to close as they will be written; null when the
    /// borrower was never opened.</summary>
    [Alias("GetJournal")]
    Task<JournalPage?> GetJournalAsync(long afterEntry, int maxEntries);
}

/// <summary>A credit line (key <c>borrower/line</c>): the address front-ends use for the line's commands and view.
/// It holds no money state: each command is handed to the borrower grain, which decides it against the whole book.
/// A command that names another borrower or line than the key is refused with an <see cref="ArgumentException"/>.
/// </summary>
[Alias("ledger.ICreditLineGrain")]
public interface ICreditLineGrain : IGrainWithStringKey
{
    [Alias("Open")]
    Task<CommandResult> OpenAsync(OpenCreditLineCommand command);

    [Alias("Draw")]
    Task<CommandResult> DrawAsync(DrawCommand command);

    [Alias("Repay")]
    Task<CommandResult> RepayAsync(RepayCommand command);

    [Alias("ChangeRate")]
    Task<CommandResult> ChangeRateAsync(ChangeRateCommand command);

    [Alias("Close")]
    Task<CommandResult> CloseAsync(CloseLineCommand command);

    [Alias("Extend")]
    Task<CommandResult> ExtendAsync(ExtendLineCommand command);

    /// <summary>The line, or null when it was never opened.</summary>
    [Alias("Get")]
    Task<LineView?> GetAsync();
}

/// <summary>A supply-chain order (key <c>borrower/order</c>), handing its commands to its borrower grain like
/// <see cref="ICreditLineGrain"/>.</summary>
[Alias("ledger.ISupplyOrderGrain")]
public interface ISupplyOrderGrain : IGrainWithStringKey
{
    [Alias("Open")]
    Task<CommandResult> OpenAsync(OpenOrderCommand command);

    [Alias("ReleaseTranche")]
    Task<CommandResult> ReleaseTrancheAsync(ReleaseTrancheCommand command);

    [Alias("Repay")]
    Task<CommandResult> RepayAsync(RepayOrderCommand command);

    [Alias("Cancel")]
    Task<CommandResult> CancelAsync(CancelOrderCommand command);

    [Alias("Extend")]
    Task<CommandResult> ExtendAsync(ExtendOrderCommand command);

    /// <summary>The order, or null when it was never opened.</summary>
    [Alias("Get")]
    Task<OrderView?> GetAsync();
}

/// <summary>The ledger (key <see cref="GrainKeys.Ledger"/>): its business date and end of day's progress. Moving
/// the date is an operator's action and is not on this interface (see the operator interfaces).</summary>
[Alias("ledger.ILedgerGrain")]
public interface ILedgerGrain : IGrainWithStringKey
{
    /// <summary>The business date as the store has it; null until one is set.</summary>
    [Alias("GetBusinessDate")]
    Task<DateOnly?> GetBusinessDateAsync();

    [Alias("GetStatus")]
    Task<LedgerStatus> GetStatusAsync();
}
