namespace Ledger.Client;

/// <summary>Typed calls: each builds the stream record and submits it. Amounts and limits are minor units (fen);
/// <paramref name="commandId"/> identifies the command for idempotency: reuse it to retry.</summary>
public sealed partial class LedgerClient
{
    public Task<CommandResult> SetBusinessDateAsync(string commandId, DateOnly date, CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("SetBusinessDate", commandId,
            w => w.WriteString("date", CommandRecords.Date(date))), ct);

    public Task<CommandResult> EndOfDayAsync(string commandId, DateOnly date, CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("EndOfDay", commandId,
            w => w.WriteString("date", CommandRecords.Date(date))), ct);

    public Task<CommandResult> OpenBorrowerAsync(string commandId, string borrower, long limitMinor,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("OpenBorrower", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteNumber("limit", limitMinor);
        }), ct);

    public Task<CommandResult> SetBorrowerLimitAsync(string commandId, string borrower, long limitMinor,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("SetBorrowerLimit", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteNumber("limit", limitMinor);
        }), ct);

    public Task<CommandResult> FreezeBorrowerAsync(string commandId, string borrower, CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("FreezeBorrower", commandId, w => w.WriteString("borrower", borrower)), ct);

    public Task<CommandResult> UnfreezeBorrowerAsync(string commandId, string borrower,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("UnfreezeBorrower", commandId, w => w.WriteString("borrower", borrower)),
            ct);

    public Task<CommandResult> OpenCreditLineAsync(string commandId, string borrower, string line, long limitMinor,
        decimal rate, DateOnly expiryDate, DateOnly? maturityDate = null, CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("OpenCreditLine", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
            w.WriteNumber("limit", limitMinor);
            w.WriteString("rate", CommandRecords.Rate(rate));
            w.WriteString("expiryDate", CommandRecords.Date(expiryDate));
            if (maturityDate is { } maturity)
            {
                w.WriteString("maturityDate", CommandRecords.Date(maturity));
            }
        }), ct);

    public Task<CommandResult> DrawAsync(string commandId, string borrower, string line, long amountMinor,
        CancellationToken ct = default) => LineAmountAsync("Draw", commandId, borrower, line, amountMinor, ct);

    public Task<CommandResult> RepayAsync(string commandId, string borrower, string line, long amountMinor,
        CancellationToken ct = default) => LineAmountAsync("Repay", commandId, borrower, line, amountMinor, ct);

    public Task<CommandResult> ChangeRateAsync(string commandId, string borrower, string line, decimal rate,
        DateOnly effectiveDate, CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("ChangeRate", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
            w.WriteString("rate", CommandRecords.Rate(rate));
            w.WriteString("effectiveDate", CommandRecords.Date(effectiveDate));
        }), ct);

    public Task<CommandResult> CloseLineAsync(string commandId, string borrower, string line,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("CloseLine", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
        }), ct);

    /// <summary>Defers the repayment of a line (延期还本): its maturity becomes <paramref name="maturityDate"/>, which
    /// must be later than the current one and not before the business date. Days from the business date up to the
    /// new maturity accrue interest rather than penalty; penalty already accrued stays owed.</summary>
    public Task<CommandResult> ExtendLineAsync(string commandId, string borrower, string line, DateOnly maturityDate,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("ExtendLine", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
            w.WriteString("maturityDate", CommandRecords.Date(maturityDate));
        }), ct);

    /// <summary>Opens a supply-chain order paid to <paramref name="supplier"/> in tranches
    /// (amount in minor units, optional scheduled release date).</summary>
    public Task<CommandResult> OpenOrderAsync(string commandId, string borrower, string order, string supplier,
        decimal rate, DateOnly maturityDate, IReadOnlyList<(long AmountMinor, DateOnly? ReleaseDate)> tranches,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("OpenOrder", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
            w.WriteString("supplier", supplier);
            w.WriteString("rate", CommandRecords.Rate(rate));
            w.WriteString("maturityDate", CommandRecords.Date(maturityDate));
            w.WriteStartArray("tranches");
            foreach (var (amount, releaseDate) in tranches)
            {
                w.WriteStartObject();
                w.WriteNumber("amount", amount);
                if (releaseDate is { } date)
                {
                    w.WriteString("releaseDate", CommandRecords.Date(date));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }), ct);

    public Task<CommandResult> ReleaseTrancheAsync(string commandId, string borrower, string order, int tranche,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("ReleaseTranche", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
            w.WriteNumber("tranche", tranche);
        }), ct);

    public Task<CommandResult> RepayOrderAsync(string commandId, string borrower, string order, long amountMinor,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("RepayOrder", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
            w.WriteNumber("amount", amountMinor);
        }), ct);

    public Task<CommandResult> CancelOrderAsync(string commandId, string borrower, string order,
        CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("CancelOrder", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
        }), ct);

    /// <summary>Defers the repayment of an order (延期还本), a cancelled one too: its maturity becomes
    /// <paramref name="maturityDate"/>, and scheduled tranches left pending at the old maturity are released again
    /// by end of day.</summary>
    public Task<CommandResult> ExtendOrderAsync(string commandId, string borrower, string order,
        DateOnly maturityDate, CancellationToken ct = default) =>
        SubmitAsync(CommandRecords.Build("ExtendOrder", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
            w.WriteString("maturityDate", CommandRecords.Date(maturityDate));
        }), ct);

    private Task<CommandResult> LineAmountAsync(string type, string commandId, string borrower, string line,
        long amountMinor, CancellationToken ct) =>
        SubmitAsync(CommandRecords.Build(type, commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
            w.WriteNumber("amount", amountMinor);
        }), ct);
}
