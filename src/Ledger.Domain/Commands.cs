namespace Ledger.Domain;

/// <summary>The command types of the stream format.</summary>
public enum CommandType
{
    SetBusinessDate,
    EndOfDay,
    OpenBorrower,
    SetBorrowerLimit,
    FreezeBorrower,
    UnfreezeBorrower,
    OpenCreditLine,
    Draw,
    Repay,
    ChangeRate,
    CloseLine,
    OpenOrder,
    ReleaseTranche,
    RepayOrder,
    CancelOrder,
    ExtendLine,
    ExtendOrder,
}

/// <summary>A command that passed its shape check (semantics §7, check 1). <see cref="ContentHash"/> is the
/// SHA-256 of the record's canonical JSON, used to tell a retry from an id conflict.</summary>
public abstract record LedgerCommand
{
    public required string Id { get; init; }

    public required byte[] ContentHash { get; init; }

    public abstract CommandType Type { get; }
}

/// <summary>A ledger-scope command (SetBusinessDate, EndOfDay): its id is scoped to the ledger.</summary>
public abstract record LedgerScopeCommand : LedgerCommand
{
    public required DateOnly Date { get; init; }
}

public sealed record SetBusinessDate : LedgerScopeCommand
{
    public override CommandType Type => CommandType.SetBusinessDate;
}

public sealed record EndOfDay : LedgerScopeCommand
{
    public override CommandType Type => CommandType.EndOfDay;
}

/// <summary>A command that names a borrower: its id is scoped to that borrower.</summary>
public abstract record BorrowerCommand : LedgerCommand
{
    public required string Borrower { get; init; }
}

public sealed record OpenBorrower : BorrowerCommand
{
    public override CommandType Type => CommandType.OpenBorrower;

    public required long LimitMinor { get; init; }
}

public sealed record SetBorrowerLimit : BorrowerCommand
{
    public override CommandType Type => CommandType.SetBorrowerLimit;

    public required long LimitMinor { get; init; }
}

public sealed record FreezeBorrower : BorrowerCommand
{
    public override CommandType Type => CommandType.FreezeBorrower;
}

public sealed record UnfreezeBorrower : BorrowerCommand
{
    public override CommandType Type => CommandType.UnfreezeBorrower;
}

/// <summary>A command on one credit line of the borrower.</summary>
public abstract record LineCommand : BorrowerCommand
{
    public required string Line { get; init; }
}

public sealed record OpenCreditLine : LineCommand
{
    public override CommandType Type => CommandType.OpenCreditLine;

    public required long LimitMinor { get; init; }

    public required long RateMicros { get; init; }

    public required DayCount DayCount { get; init; }

    public required DateOnly ExpiryDate { get; init; }

    public required DateOnly MaturityDate { get; init; }

    public required long PenaltyMultiplierHundredths { get; init; }
}

public sealed record Draw : LineCommand
{
    public override CommandType Type => CommandType.Draw;

    public required long AmountMinor { get; init; }
}

public sealed record Repay : LineCommand
{
    public override CommandType Type => CommandType.Repay;

    public required long AmountMinor { get; init; }
}

public sealed record ChangeRate : LineCommand
{
    public override CommandType Type => CommandType.ChangeRate;

    public required long RateMicros { get; init; }

    public required DateOnly EffectiveDate { get; init; }
}

public sealed record CloseLine : LineCommand
{
    public override CommandType Type => CommandType.CloseLine;
}

/// <summary>Defers the repayment of a line (延期还本, semantics §3a): its maturity becomes
/// <see cref="MaturityDate"/>.</summary>
public sealed record ExtendLine : LineCommand
{
    public override CommandType Type => CommandType.ExtendLine;

    public required DateOnly MaturityDate { get; init; }
}

/// <summary>A command on one supply-chain order of the borrower.</summary>
public abstract record OrderCommand : BorrowerCommand
{
    public required string Order { get; init; }
}

/// <summary>One tranche of an order as commanded: an amount, and a release date when it is scheduled.</summary>
public readonly record struct TrancheSpec(long AmountMinor, DateOnly? ReleaseDate);

public sealed record OpenOrder : OrderCommand
{
    public override CommandType Type => CommandType.OpenOrder;

    public required string Supplier { get; init; }

    public required long RateMicros { get; init; }

    public required DayCount DayCount { get; init; }

    public required DateOnly MaturityDate { get; init; }

    public required long PenaltyMultiplierHundredths { get; init; }

    public required IReadOnlyList<TrancheSpec> Tranches { get; init; }
}

public sealed record ReleaseTranche : OrderCommand
{
    public override CommandType Type => CommandType.ReleaseTranche;

    /// <summary>1-based tranche number.</summary>
    public required int Tranche { get; init; }
}

public sealed record RepayOrder : OrderCommand
{
    public override CommandType Type => CommandType.RepayOrder;

    public required long AmountMinor { get; init; }
}

public sealed record CancelOrder : OrderCommand
{
    public override CommandType Type => CommandType.CancelOrder;
}

/// <summary>Defers the repayment of an order (延期还本, semantics §3a): its maturity becomes
/// <see cref="MaturityDate"/>.</summary>
public sealed record ExtendOrder : OrderCommand
{
    public override CommandType Type => CommandType.ExtendOrder;

    public required DateOnly MaturityDate { get; init; }
}
