using Ledger.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.LoadTest.Baseline;

/// <summary>The naive way to run the ledger's command traffic on PostgreSQL, to compare the real engine with: one
/// database transaction per command, one statement per round trip. Per command: BEGIN; look the id up in the
/// outcomes table (a retry returns the recorded outcome, other content is DUPLICATE_ID_CONFLICT); read the business
/// date; SELECT ... FOR UPDATE the borrower row, then the line or order row; check; UPDATE the balances; INSERT
/// the journal rows; INSERT the outcome; COMMIT.
///
/// It is a baseline, not a ledger: nothing accrues and EndOfDay only moves the date, so scheduled tranches are
/// never released and no interest or penalty is ever owed. The checks follow ledger-semantics.md in its order for
/// the commands themselves; its shape checks (and the content hash a retry is compared by) come from the domain's
/// <see cref="CommandParser"/>. The rules are written out here on purpose: this is the design being measured.
/// </summary>
internal sealed class NaiveLedger(NpgsqlConnection connection)
{
    private const string LedgerScope = "";

    private NpgsqlTransaction? _transaction;

    /// <summary>Runs one well-formed command in its own transaction and returns its outcome.</summary>
    public async Task<CommandOutcome> ExecuteAsync(LedgerCommand command, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        _transaction = transaction;
        try
        {
            var scope = command is BorrowerCommand addressed ? addressed.Borrower : LedgerScope;
            var recorded = await RecordedOutcomeAsync(scope, command.Id, ct);
            if (recorded is { } r)
            {
                await transaction.CommitAsync(ct);
                return r.Hash.AsSpan().SequenceEqual(command.ContentHash)
                    ? CommandOutcomeCodes.Parse(r.Outcome)
                    : CommandOutcome.DuplicateIdConflict;
            }

            var businessDate = await BusinessDateAsync(command is LedgerScopeCommand, ct);
            var outcome = command switch
            {
                LedgerScopeCommand ledgerCommand => await LedgerCommandAsync(ledgerCommand, businessDate, ct),
                BorrowerCommand borrowerCommand when businessDate is { } date =>
                    await BorrowerCommandAsync(borrowerCommand, date, ct),
                BorrowerCommand => CommandOutcome.NoBusinessDate,
                _ => throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command)),
            };
            await NonQueryAsync(
                "INSERT INTO naive.outcomes (scope, command_id, content_hash, outcome, business_date) " +
                "VALUES ($1, $2, $3, $4, $5)", ct, scope, command.Id, command.ContentHash, outcome.ToCode(),
                DateParameter(businessDate));
            await transaction.CommitAsync(ct);
            return outcome;
        }
        finally
        {
            _transaction = null;
        }
    }

    private async Task<(byte[] Hash, string Outcome)?> RecordedOutcomeAsync(string scope, string id,
        CancellationToken ct)
    {
        await using var command = Sql(
            "SELECT content_hash, outcome FROM naive.outcomes WHERE scope = $1 AND command_id = $2", scope, id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ((byte[])reader[0], reader.GetString(1)) : null;
    }

    private async Task<DateOnly?> BusinessDateAsync(bool forUpdate, CancellationToken ct)
    {
        // Borrower commands only read it: barriers keep EndOfDay apart from them.
        const string Select = "SELECT business_date FROM naive.calendar";
        var value = await ScalarAsync(forUpdate ? Select + " FOR UPDATE" : Select, ct);
        return value is DateOnly date ? date : null;
    }

    /// <summary>SetBusinessDate and EndOfDay. EndOfDay only moves the date: no accrual, no scheduled release.</summary>
    private async Task<CommandOutcome> LedgerCommandAsync(LedgerScopeCommand command, DateOnly? businessDate,
        CancellationToken ct)
    {
        var outcome = command switch
        {
            SetBusinessDate => businessDate is null ? CommandOutcome.Accepted : CommandOutcome.BusinessDateAlreadySet,
            _ when businessDate is null => CommandOutcome.NoBusinessDate,
            _ => command.Date == businessDate ? CommandOutcome.Accepted : CommandOutcome.WrongBusinessDate,
        };
        if (outcome == CommandOutcome.Accepted)
        {
            var newDate = command is EndOfDay ? command.Date.AddDays(1) : command.Date;
            await NonQueryAsync("UPDATE naive.calendar SET business_date = $1", ct, newDate);
        }

        return outcome;
    }

    private async Task<CommandOutcome> BorrowerCommandAsync(BorrowerCommand command, DateOnly date,
        CancellationToken ct)
    {
        if (command is OpenBorrower open)
        {
            var inserted = await NonQueryAsync(
                "INSERT INTO naive.borrowers (borrower, limit_minor) VALUES ($1, $2) ON CONFLICT DO NOTHING", ct,
                open.Borrower, open.LimitMinor);
            return inserted == 1 ? CommandOutcome.Accepted : CommandOutcome.AlreadyExists;
        }

        var borrower = await BorrowerRowAsync(command.Borrower, ct);
        if (borrower is not { } row)
        {
            return CommandOutcome.UnknownBorrower;
        }

        return command switch
        {
            SetBorrowerLimit set => await UpdateBorrowerAsync(
                "UPDATE naive.borrowers SET limit_minor = $2 WHERE borrower = $1", command.Borrower, set.LimitMinor,
                ct),
            FreezeBorrower => await UpdateBorrowerAsync(
                "UPDATE naive.borrowers SET frozen = $2 WHERE borrower = $1", command.Borrower, true, ct),
            UnfreezeBorrower => await UpdateBorrowerAsync(
                "UPDATE naive.borrowers SET frozen = $2 WHERE borrower = $1", command.Borrower, false, ct),
            OpenCreditLine openLine => await OpenLineAsync(openLine, date, ct),
            LineCommand lineCommand => await LineCommandAsync(lineCommand, row, date, ct),
            OpenOrder openOrder => await OpenOrderAsync(openOrder, date, ct),
            OrderCommand orderCommand => await OrderCommandAsync(orderCommand, row, date, ct),
            _ => throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command)),
        };
    }

    private async Task<BorrowerRow?> BorrowerRowAsync(string borrower, CancellationToken ct)
    {
        await using var command = Sql(
            "SELECT limit_minor, exposure_minor, frozen FROM naive.borrowers WHERE borrower = $1 FOR UPDATE",
            borrower);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new BorrowerRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetBoolean(2))
            : null;
    }

    private async Task<CommandOutcome> UpdateBorrowerAsync(string sql, string borrower, object value,
        CancellationToken ct)
    {
        await NonQueryAsync(sql, ct, borrower, value);
        return CommandOutcome.Accepted;
    }

    private async Task<CommandOutcome> OpenLineAsync(OpenCreditLine open, DateOnly date, CancellationToken ct)
    {
        if (await ScalarAsync("SELECT 1 FROM naive.lines WHERE borrower = $1 AND line = $2", ct, open.Borrower,
                open.Line) is not null)
        {
            return CommandOutcome.AlreadyExists;
        }

        if (open.ExpiryDate < date)
        {
            return CommandOutcome.InvalidCommand;
        }

        await NonQueryAsync(
            "INSERT INTO naive.lines (borrower, line, limit_minor, rate_micros, day_count, expiry_date, " +
            "maturity_date, penalty_multiplier_hundredths) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", ct,
            open.Borrower, open.Line, open.LimitMinor, open.RateMicros, (int)open.DayCount, open.ExpiryDate,
            open.MaturityDate, open.PenaltyMultiplierHundredths);
        return CommandOutcome.Accepted;
    }

    private async Task<CommandOutcome> LineCommandAsync(LineCommand command, BorrowerRow borrower, DateOnly date,
        CancellationToken ct)
    {
        await using var select = Sql(
            "SELECT closed, limit_minor, expiry_date, principal_minor, interest_minor, penalty_minor, maturity_date " +
            "FROM naive.lines WHERE borrower = $1 AND line = $2 FOR UPDATE", command.Borrower, command.Line);
        LineRow row;
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return CommandOutcome.UnknownLine;
            }

            row = new LineRow(reader.GetBoolean(0), reader.GetInt64(1), reader.GetFieldValue<DateOnly>(2),
                new Balance(reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)),
                reader.GetFieldValue<DateOnly>(6));
        }

        if ((command is ChangeRate change && change.EffectiveDate < date)
            || (command is ExtendLine past && past.MaturityDate < date))
        {
            return CommandOutcome.InvalidCommand;
        }

        if (row.Closed)
        {
            return CommandOutcome.LineClosed;
        }

        switch (command)
        {
            case Draw draw:
                return await DrawAsync(draw, borrower, row, date, ct);
            case Repay repay:
                return await RepayAsync(EntityKind.Line, command.Borrower, command.Line, repay.Id, repay.AmountMinor,
                    row.Balance, date, ct);
            case ChangeRate rate:
                await NonQueryAsync(
                    "INSERT INTO naive.rate_changes (borrower, line, effective_date, rate_micros) " +
                    "VALUES ($1, $2, $3, $4) ON CONFLICT (borrower, line, effective_date) " +
                    "DO UPDATE SET rate_micros = EXCLUDED.rate_micros", ct,
                    rate.Borrower, rate.Line, rate.EffectiveDate, rate.RateMicros);
                return CommandOutcome.Accepted;
            case ExtendLine extend:
                return await ExtendAsync("naive.lines", "line", command.Borrower, command.Line, row.MaturityDate,
                    extend.MaturityDate, ct);
            case CloseLine:
                if (row.Balance.TotalOwedMinor > 0)
                {
                    return CommandOutcome.LineNotSettled;
                }

                await NonQueryAsync("UPDATE naive.lines SET closed = true WHERE borrower = $1 AND line = $2", ct,
                    command.Borrower, command.Line);
                return CommandOutcome.Accepted;
            default:
                throw new ArgumentException($"{command.Type} is not a line command.", nameof(command));
        }
    }

    private async Task<CommandOutcome> DrawAsync(Draw draw, BorrowerRow borrower, LineRow line, DateOnly date,
        CancellationToken ct)
    {
        if (borrower.Frozen)
        {
            return CommandOutcome.BorrowerFrozen;
        }

        if (date > line.ExpiryDate)
        {
            return CommandOutcome.LineExpired;
        }

        if (line.Balance.PrincipalMinor + draw.AmountMinor > line.LimitMinor)
        {
            return CommandOutcome.LineLimitExceeded;
        }

        if (borrower.ExposureMinor + draw.AmountMinor > borrower.LimitMinor)
        {
            return CommandOutcome.BorrowerLimitExceeded;
        }

        await NonQueryAsync(
            "UPDATE naive.lines SET principal_minor = principal_minor + $3 WHERE borrower = $1 AND line = $2", ct,
            draw.Borrower, draw.Line, draw.AmountMinor);
        await AddExposureAsync(draw.Borrower, draw.AmountMinor, ct);
        await JournalAsync(draw.Borrower, EntityKind.Line, draw.Line, draw.Id, JournalEvents.Draw, date,
            [new(Accounts.LoanPrincipal, draw.AmountMinor), new(Accounts.DisbursementClearing, -draw.AmountMinor)],
            ct);
        return CommandOutcome.Accepted;
    }

    /// <summary>Repay and RepayOrder: the waterfall penalty, interest, principal (the first two are always zero
    /// here, as nothing accrues).</summary>
    private async Task<CommandOutcome> RepayAsync(EntityKind kind, string borrower, string entity, string commandId,
        long amountMinor, Balance loan, DateOnly date, CancellationToken ct)
    {
        if (amountMinor > loan.TotalOwedMinor)
        {
            return CommandOutcome.Overpayment;
        }

        var toPenalty = Math.Min(amountMinor, loan.PenaltyMinor);
        var toInterest = Math.Min(amountMinor - toPenalty, loan.InterestMinor);
        var toPrincipal = amountMinor - toPenalty - toInterest;
        var table = kind == EntityKind.Line ? "naive.lines" : "naive.orders";
        var key = kind == EntityKind.Line ? "line" : "order_id";
        await NonQueryAsync(
            $"UPDATE {table} SET penalty_minor = penalty_minor - $3, interest_minor = interest_minor - $4, " +
            $"principal_minor = principal_minor - $5 WHERE borrower = $1 AND {key} = $2", ct,
            borrower, entity, toPenalty, toInterest, toPrincipal);
        await AddExposureAsync(borrower, -toPrincipal, ct);
        var postings = new List<Posting>(4) { new(Accounts.RepaymentClearing, amountMinor) };
        AddCredit(postings, Accounts.PenaltyReceivable, toPenalty);
        AddCredit(postings, Accounts.InterestReceivable, toInterest);
        AddCredit(postings, Accounts.LoanPrincipal, toPrincipal);
        await JournalAsync(borrower, kind, entity, commandId, JournalEvents.Repayment, date, postings, ct);
        return CommandOutcome.Accepted;
    }

    private static void AddCredit(List<Posting> postings, string account, long amountMinor)
    {
        if (amountMinor > 0)
        {
            postings.Add(new Posting(account, -amountMinor));
        }
    }

    private async Task<CommandOutcome> OpenOrderAsync(OpenOrder open, DateOnly date, CancellationToken ct)
    {
        if (await ScalarAsync("SELECT 1 FROM naive.orders WHERE borrower = $1 AND order_id = $2", ct, open.Borrower,
                open.Order) is not null)
        {
            return CommandOutcome.AlreadyExists;
        }

        if (open.MaturityDate < date || open.Tranches.Any(t => t.ReleaseDate <= date))
        {
            return CommandOutcome.InvalidCommand;
        }

        await NonQueryAsync(
            "INSERT INTO naive.orders (borrower, order_id, supplier, rate_micros, day_count, maturity_date, " +
            "penalty_multiplier_hundredths, tranche_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", ct,
            open.Borrower, open.Order, open.Supplier, open.RateMicros, (int)open.DayCount, open.MaturityDate,
            open.PenaltyMultiplierHundredths, open.Tranches.Count);
        for (var i = 0; i < open.Tranches.Count; i++)
        {
            await NonQueryAsync(
                "INSERT INTO naive.tranches (borrower, order_id, tranche, amount_minor, release_date) " +
                "VALUES ($1, $2, $3, $4, $5)", ct, open.Borrower, open.Order, i + 1, open.Tranches[i].AmountMinor,
                DateParameter(open.Tranches[i].ReleaseDate));
        }

        return CommandOutcome.Accepted;
    }

    private async Task<CommandOutcome> OrderCommandAsync(OrderCommand command, BorrowerRow borrower, DateOnly date,
        CancellationToken ct)
    {
        await using var select = Sql(
            "SELECT cancelled, supplier, released_tranches, tranche_count, maturity_date, principal_minor, " +
            "interest_minor, penalty_minor FROM naive.orders WHERE borrower = $1 AND order_id = $2 FOR UPDATE",
            command.Borrower, command.Order);
        OrderRow row;
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return CommandOutcome.UnknownOrder;
            }

            row = new OrderRow(reader.GetBoolean(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.GetFieldValue<DateOnly>(4), new Balance(reader.GetInt64(5), reader.GetInt64(6),
                    reader.GetInt64(7)));
        }

        if (command is ExtendOrder extend)
        {
            // Accepted on a cancelled order too: its released principal is still owed (semantics §3a).
            return extend.MaturityDate < date
                ? CommandOutcome.InvalidCommand
                : await ExtendAsync("naive.orders", "order_id", command.Borrower, command.Order, row.MaturityDate,
                    extend.MaturityDate, ct);
        }

        switch (command)
        {
            case ReleaseTranche release:
                return await ReleaseAsync(release, borrower, row, date, ct);
            case RepayOrder repay:
                return await RepayAsync(EntityKind.Order, command.Borrower, command.Order, repay.Id,
                    repay.AmountMinor, row.Balance, date, ct);
            case CancelOrder:
                if (row.Cancelled)
                {
                    return CommandOutcome.OrderCancelled;
                }

                await NonQueryAsync(
                    "UPDATE naive.tranches SET status = 'cancelled' WHERE borrower = $1 AND order_id = $2 " +
                    "AND status = 'pending'", ct, command.Borrower, command.Order);
                await NonQueryAsync("UPDATE naive.orders SET cancelled = true WHERE borrower = $1 AND order_id = $2",
                    ct, command.Borrower, command.Order);
                return CommandOutcome.Accepted;
            default:
                throw new ArgumentException($"{command.Type} is not an order command.", nameof(command));
        }
    }

    private async Task<CommandOutcome> ReleaseAsync(ReleaseTranche release, BorrowerRow borrower, OrderRow order,
        DateOnly date, CancellationToken ct)
    {
        // Only commands release tranches here (no end-of-day releases), so the next pending one is the count of
        // released ones plus one.
        var next = order.Cancelled || order.Released >= order.TrancheCount ? 0 : order.Released + 1;
        if (order.Cancelled)
        {
            return CommandOutcome.OrderCancelled;
        }

        if (release.Tranche != next || next == 0)
        {
            return CommandOutcome.TrancheOutOfOrder;
        }

        if (borrower.Frozen)
        {
            return CommandOutcome.BorrowerFrozen;
        }

        if (date > order.MaturityDate)
        {
            return CommandOutcome.OrderMatured;
        }

        var amountMinor = (long)(await ScalarAsync(
            "SELECT amount_minor FROM naive.tranches WHERE borrower = $1 AND order_id = $2 AND tranche = $3", ct,
            release.Borrower, release.Order, release.Tranche))!;
        if (borrower.ExposureMinor + amountMinor > borrower.LimitMinor)
        {
            return CommandOutcome.BorrowerLimitExceeded;
        }

        await NonQueryAsync(
            "UPDATE naive.tranches SET status = 'released' WHERE borrower = $1 AND order_id = $2 AND tranche = $3",
            ct, release.Borrower, release.Order, release.Tranche);
        await NonQueryAsync(
            "UPDATE naive.orders SET released_tranches = released_tranches + 1, " +
            "principal_minor = principal_minor + $3 WHERE borrower = $1 AND order_id = $2", ct,
            release.Borrower, release.Order, amountMinor);
        await AddExposureAsync(release.Borrower, amountMinor, ct);
        await JournalAsync(release.Borrower, EntityKind.Order, release.Order, release.Id, JournalEvents.Release, date,
            [new(Accounts.LoanPrincipal, amountMinor), new(Accounts.SupplierPayable(order.Supplier), -amountMinor)],
            ct);
        return CommandOutcome.Accepted;
    }

    /// <summary>ExtendLine and ExtendOrder after their date check: a later maturity replaces the stored one (nothing
    /// accrues here, so that is all a deferral does to the baseline's rows).</summary>
    private async Task<CommandOutcome> ExtendAsync(string table, string key, string borrower, string entity,
        DateOnly currentMaturity, DateOnly maturityDate, CancellationToken ct)
    {
        if (maturityDate <= currentMaturity)
        {
            return CommandOutcome.ExtensionNotLater;
        }

        await NonQueryAsync($"UPDATE {table} SET maturity_date = $3 WHERE borrower = $1 AND {key} = $2", ct,
            borrower, entity, maturityDate);
        return CommandOutcome.Accepted;
    }

    private Task AddExposureAsync(string borrower, long deltaMinor, CancellationToken ct) => deltaMinor == 0
        ? Task.CompletedTask
        : NonQueryAsync("UPDATE naive.borrowers SET exposure_minor = exposure_minor + $2 WHERE borrower = $1", ct,
            borrower, deltaMinor);

    /// <summary>One journal entry: its postings as rows, in one INSERT. Every entry balances, asserted here.</summary>
    private async Task JournalAsync(string borrower, EntityKind kind, string entity, string commandId,
        string journalEvent, DateOnly date, IReadOnlyList<Posting> postings, CancellationToken ct)
    {
        if (postings.Sum(p => p.AmountMinor) != 0)
        {
            throw new System.Diagnostics.UnreachableException(
                $"Unbalanced {journalEvent} entry of {borrower}/{entity} for command {commandId}.");
        }

        await NonQueryAsync(
            "INSERT INTO naive.journal (borrower, entity_kind, entity_id, command_id, event, business_date, account, " +
            "amount_minor) SELECT $1, $2, $3, $4, $5, $6, p.account, p.amount FROM unnest($7::text[], $8::bigint[]) " +
            "AS p(account, amount)", ct, borrower, EntityKindName(kind), entity, commandId, journalEvent, date,
            postings.Select(p => p.Account).ToArray(), postings.Select(p => p.AmountMinor).ToArray());
    }

    public static string EntityKindName(EntityKind kind) => kind == EntityKind.Line ? "line" : "order";

    private static NpgsqlParameter DateParameter(DateOnly? date) =>
        new() { NpgsqlDbType = NpgsqlDbType.Date, Value = date is { } d ? d : DBNull.Value };

    private NpgsqlCommand Sql(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, _transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    private async Task<int> NonQueryAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var command = Sql(sql, values);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var command = Sql(sql, values);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    private readonly record struct BorrowerRow(long LimitMinor, long ExposureMinor, bool Frozen);

    private readonly record struct Balance(long PrincipalMinor, long InterestMinor, long PenaltyMinor)
    {
        public long TotalOwedMinor => PrincipalMinor + InterestMinor + PenaltyMinor;
    }

    private readonly record struct LineRow(bool Closed, long LimitMinor, DateOnly ExpiryDate, Balance Balance,
        DateOnly MaturityDate);

    private readonly record struct OrderRow(bool Cancelled, string Supplier, int Released, int TrancheCount,
        DateOnly MaturityDate, Balance Balance);
}
