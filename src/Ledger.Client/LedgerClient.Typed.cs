using System.Text.Json;

namespace Ledger.Client;

/// <summary>The day count convention of a loan's interest.</summary>
public enum DayCount
{
    /// <summary>Actual days over a 360-day year (the ledger's default).</summary>
    Act360 = 1,

    /// <summary>Actual days over a 365-day year.</summary>
    Act365 = 2,
}

/// <summary>Typed calls: each builds the stream record, checks it with the ledger's own parser, and submits it.
/// A record that fails the check is not sent: the call answers what the ledger would, the reason
/// (<see cref="LedgerOutcomes.InvalidCommand"/> or <see cref="LedgerOutcomes.InvalidAmount"/>) with the field
/// named (a rate with more than 6 decimal places, an amount of 0, an id with a space). Amounts and limits are minor
/// units (fen); rates are annual (0.0395 is 3.95 %), at most 6 decimal places, never rounded; penalty multipliers
/// from 1 to 5 with at most 2 places. Each call's <c>commandId</c> identifies the command for idempotency: reuse
/// it to retry.</summary>
public sealed partial class LedgerClient
{
    /// <summary>Sets the ledger's business date, once (an operator's command).</summary>
    public Task<CommandResult> SetBusinessDateAsync(string commandId, DateOnly date, CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("SetBusinessDate", commandId,
            w => w.WriteString("date", CommandRecords.Date(date))), ct);

    /// <summary>Closes the business date <paramref name="date"/> and steps to the next (an operator's command).
    /// </summary>
    public Task<CommandResult> EndOfDayAsync(string commandId, DateOnly date, CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("EndOfDay", commandId,
            w => w.WriteString("date", CommandRecords.Date(date))), ct);

    /// <summary>Opens a borrower with an aggregate limit over all its lines and orders.</summary>
    public Task<CommandResult> OpenBorrowerAsync(string commandId, string borrower, long limitMinor,
        CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("OpenBorrower", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteNumber("limit", limitMinor);
        }), ct);

    /// <summary>Changes a borrower's aggregate limit.</summary>
    public Task<CommandResult> SetBorrowerLimitAsync(string commandId, string borrower, long limitMinor,
        CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("SetBorrowerLimit", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteNumber("limit", limitMinor);
        }), ct);

    /// <summary>Freezes a borrower: its draws and releases are refused until it is unfrozen.</summary>
    public Task<CommandResult> FreezeBorrowerAsync(string commandId, string borrower, CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("FreezeBorrower", commandId, w => w.WriteString("borrower", borrower)),
            ct);

    /// <summary>Unfreezes a borrower.</summary>
    public Task<CommandResult> UnfreezeBorrowerAsync(string commandId, string borrower,
        CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("UnfreezeBorrower", commandId,
            w => w.WriteString("borrower", borrower)), ct);

    /// <summary>Opens a revolving credit line.</summary>
    /// <param name="commandId">The command's id (reuse it to retry).</param>
    /// <param name="borrower">The borrower's id.</param>
    /// <param name="line">The line's id within the borrower.</param>
    /// <param name="limitMinor">The line's limit in minor units.</param>
    /// <param name="rate">The annual rate, 0 to 1, at most 6 decimal places.</param>
    /// <param name="expiryDate">The end of the drawing period.</param>
    /// <param name="maturityDate">The date it must be repaid by; not before <paramref name="expiryDate"/>, which it
    /// is when left out.</param>
    /// <param name="dayCount">The day count; the ledger's default (ACT/360) when left out.</param>
    /// <param name="penaltyMultiplier">Penalty interest after maturity is the rate times this, 1 to 5 with at most
    /// 2 decimal places; the ledger's default (1.5) when left out.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<CommandResult> OpenCreditLineAsync(string commandId, string borrower, string line, long limitMinor,
        decimal rate, DateOnly expiryDate, DateOnly? maturityDate = null, DayCount? dayCount = null,
        decimal? penaltyMultiplier = null, CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("OpenCreditLine", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
            w.WriteNumber("limit", limitMinor);
            w.WriteString("rate", CommandRecords.Decimal(rate));
            w.WriteString("expiryDate", CommandRecords.Date(expiryDate));
            if (maturityDate is { } maturity)
            {
                w.WriteString("maturityDate", CommandRecords.Date(maturity));
            }

            WriteTerms(w, dayCount, penaltyMultiplier);
        }), ct);

    /// <summary>Draws <paramref name="amountMinor"/> on a line.</summary>
    public Task<CommandResult> DrawAsync(string commandId, string borrower, string line, long amountMinor,
        CancellationToken ct = default) => LineAmountAsync("Draw", commandId, borrower, line, amountMinor, ct);

    /// <summary>Repays <paramref name="amountMinor"/> on a line: penalty first, then interest, then principal.
    /// </summary>
    public Task<CommandResult> RepayAsync(string commandId, string borrower, string line, long amountMinor,
        CancellationToken ct = default) => LineAmountAsync("Repay", commandId, borrower, line, amountMinor, ct);

    /// <summary>Changes a line's rate from <paramref name="effectiveDate"/> (at most 6 decimal places).</summary>
    public Task<CommandResult> ChangeRateAsync(string commandId, string borrower, string line, decimal rate,
        DateOnly effectiveDate, CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("ChangeRate", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
            w.WriteString("rate", CommandRecords.Decimal(rate));
            w.WriteString("effectiveDate", CommandRecords.Date(effectiveDate));
        }), ct);

    /// <summary>Closes a line once nothing is owed on it.</summary>
    public Task<CommandResult> CloseLineAsync(string commandId, string borrower, string line,
        CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("CloseLine", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
        }), ct);

    /// <summary>Defers the repayment of a line (延期还本): its maturity becomes <paramref name="maturityDate"/>, which
    /// must be later than the current one and not before the business date. Days from the business date up to the
    /// new maturity accrue interest rather than penalty; penalty already accrued stays owed.</summary>
    public Task<CommandResult> ExtendLineAsync(string commandId, string borrower, string line, DateOnly maturityDate,
        CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("ExtendLine", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
            w.WriteString("maturityDate", CommandRecords.Date(maturityDate));
        }), ct);

    /// <summary>Opens a supply-chain order paid to a supplier in tranches.</summary>
    /// <param name="commandId">The command's id (reuse it to retry).</param>
    /// <param name="borrower">The borrower's id.</param>
    /// <param name="order">The order's id within the borrower.</param>
    /// <param name="supplier">Who the tranches are paid to.</param>
    /// <param name="rate">The annual rate, 0 to 1, at most 6 decimal places.</param>
    /// <param name="maturityDate">The date it must be repaid by.</param>
    /// <param name="tranches">1 to 64 tranches: an amount in minor units and, for one released by end of day, its
    /// release date (strictly increasing, not after maturity); the others are released by
    /// <see cref="ReleaseTrancheAsync"/>.</param>
    /// <param name="dayCount">The day count; the ledger's default (ACT/360) when left out.</param>
    /// <param name="penaltyMultiplier">Penalty interest after maturity is the rate times this, 1 to 5 with at most
    /// 2 decimal places; the ledger's default (1.5) when left out.</param>
    /// <param name="ct">Cancels the call.</param>
    public Task<CommandResult> OpenOrderAsync(string commandId, string borrower, string order, string supplier,
        decimal rate, DateOnly maturityDate, IReadOnlyList<(long AmountMinor, DateOnly? ReleaseDate)> tranches,
        DayCount? dayCount = null, decimal? penaltyMultiplier = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tranches);
        return SubmitCheckedAsync(CommandRecords.Build("OpenOrder", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
            w.WriteString("supplier", supplier);
            w.WriteString("rate", CommandRecords.Decimal(rate));
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
            WriteTerms(w, dayCount, penaltyMultiplier);
        }), ct);
    }

    /// <summary>Releases tranche number <paramref name="tranche"/> (from 1; the next pending one) to the supplier.
    /// </summary>
    public Task<CommandResult> ReleaseTrancheAsync(string commandId, string borrower, string order, int tranche,
        CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("ReleaseTranche", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
            w.WriteNumber("tranche", tranche);
        }), ct);

    /// <summary>Repays <paramref name="amountMinor"/> on an order: penalty first, then interest, then principal.
    /// </summary>
    public Task<CommandResult> RepayOrderAsync(string commandId, string borrower, string order, long amountMinor,
        CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("RepayOrder", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
            w.WriteNumber("amount", amountMinor);
        }), ct);

    /// <summary>Cancels an order: its pending tranches are never released.</summary>
    public Task<CommandResult> CancelOrderAsync(string commandId, string borrower, string order,
        CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("CancelOrder", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
        }), ct);

    /// <summary>Defers the repayment of an order (延期还本), a cancelled one too: its maturity becomes
    /// <paramref name="maturityDate"/>, and scheduled tranches left pending at the old maturity are released again
    /// by end of day.</summary>
    public Task<CommandResult> ExtendOrderAsync(string commandId, string borrower, string order,
        DateOnly maturityDate, CancellationToken ct = default) =>
        SubmitCheckedAsync(CommandRecords.Build("ExtendOrder", commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("order", order);
            w.WriteString("maturityDate", CommandRecords.Date(maturityDate));
        }), ct);

    private Task<CommandResult> LineAmountAsync(string type, string commandId, string borrower, string line,
        long amountMinor, CancellationToken ct) =>
        SubmitCheckedAsync(CommandRecords.Build(type, commandId, w =>
        {
            w.WriteString("borrower", borrower);
            w.WriteString("line", line);
            w.WriteNumber("amount", amountMinor);
        }), ct);

    private static void WriteTerms(Utf8JsonWriter w, DayCount? dayCount, decimal? penaltyMultiplier)
    {
        if (dayCount is { } convention)
        {
            w.WriteString("dayCount", CommandRecords.FormatDayCount(convention));
        }

        if (penaltyMultiplier is { } multiplier)
        {
            w.WriteString("penaltyMultiplier", CommandRecords.Decimal(multiplier));
        }
    }

    /// <summary>Submits a record the ledger's parser takes; answers a record it refuses without sending it.</summary>
    private Task<CommandResult> SubmitCheckedAsync(string record, CancellationToken ct) =>
        CommandRecords.Refusal(record) is { } refusal ? Task.FromResult(refusal) : SubmitAsync(record, ct);
}
