namespace Ledger.GrainInterfaces;

// Commands as typed records, one per command type of the stream format (stream-format.md), with the same fields:
// rates, multipliers and day counts are the decimal strings a stream record carries, so a command sent through the
// grains and the same record sent over HTTP have the same content (semantics §7: a retry by either path is a
// retry, not an id conflict). Optional fields are null when absent. Explicit field ids keep them version tolerant.

/// <summary>A command that names a borrower: its id is scoped to that borrower.</summary>
[GenerateSerializer, Immutable, Alias("ledger.BorrowerCommand")]
public abstract record BorrowerCommandRecord
{
    /// <summary>The command id (1 to 128 letters, digits, '-', '_', '.', ':').</summary>
    [Id(0)] public required string Id { get; init; }

    [Id(1)] public required string Borrower { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.OpenBorrower")]
public sealed record OpenBorrowerCommand : BorrowerCommandRecord
{
    [Id(0)] public required long Limit { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.SetBorrowerLimit")]
public sealed record SetBorrowerLimitCommand : BorrowerCommandRecord
{
    [Id(0)] public required long Limit { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.FreezeBorrower")]
public sealed record FreezeBorrowerCommand : BorrowerCommandRecord;

[GenerateSerializer, Immutable, Alias("ledger.UnfreezeBorrower")]
public sealed record UnfreezeBorrowerCommand : BorrowerCommandRecord;

/// <summary>A command on one credit line of the borrower.</summary>
[GenerateSerializer, Immutable, Alias("ledger.LineCommand")]
public abstract record LineCommandRecord : BorrowerCommandRecord
{
    [Id(0)] public required string Line { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.OpenCreditLine")]
public sealed record OpenCreditLineCommand : LineCommandRecord
{
    [Id(0)] public required long Limit { get; init; }

    /// <summary>Annual rate as a decimal string, e.g. "0.0395".</summary>
    [Id(1)] public required string Rate { get; init; }

    [Id(2)] public required DateOnly ExpiryDate { get; init; }

    /// <summary>Defaults to the expiry date.</summary>
    [Id(3)] public DateOnly? MaturityDate { get; init; }

    /// <summary>"ACT/360" (default) or "ACT/365".</summary>
    [Id(4)] public string? DayCount { get; init; }

    /// <summary>Decimal string from "1" to "5", default "1.5".</summary>
    [Id(5)] public string? PenaltyMultiplier { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.Draw")]
public sealed record DrawCommand : LineCommandRecord
{
    [Id(0)] public required long Amount { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.Repay")]
public sealed record RepayCommand : LineCommandRecord
{
    [Id(0)] public required long Amount { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.ChangeRate")]
public sealed record ChangeRateCommand : LineCommandRecord
{
    [Id(0)] public required string Rate { get; init; }

    [Id(1)] public required DateOnly EffectiveDate { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.CloseLine")]
public sealed record CloseLineCommand : LineCommandRecord;

/// <summary>Defers the repayment of the line (延期还本, semantics §3a): its maturity becomes
/// <see cref="MaturityDate"/>, later than the one in force and not before the business date.</summary>
[GenerateSerializer, Immutable, Alias("ledger.ExtendLine")]
public sealed record ExtendLineCommand : LineCommandRecord
{
    [Id(0)] public required DateOnly MaturityDate { get; init; }
}

/// <summary>A command on one supply-chain order of the borrower.</summary>
[GenerateSerializer, Immutable, Alias("ledger.OrderCommand")]
public abstract record OrderCommandRecord : BorrowerCommandRecord
{
    [Id(0)] public required string Order { get; init; }
}

/// <summary>One tranche as ordered: an amount, and the date end of day releases it, when scheduled.</summary>
[GenerateSerializer, Immutable, Alias("ledger.Tranche")]
public sealed record TrancheRecord
{
    [Id(0)] public required long Amount { get; init; }

    [Id(1)] public DateOnly? ReleaseDate { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.OpenOrder")]
public sealed record OpenOrderCommand : OrderCommandRecord
{
    [Id(0)] public required string Supplier { get; init; }

    [Id(1)] public required string Rate { get; init; }

    [Id(2)] public required DateOnly MaturityDate { get; init; }

    [Id(3)] public required IReadOnlyList<TrancheRecord> Tranches { get; init; }

    [Id(4)] public string? DayCount { get; init; }

    [Id(5)] public string? PenaltyMultiplier { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.ReleaseTranche")]
public sealed record ReleaseTrancheCommand : OrderCommandRecord
{
    /// <summary>1-based tranche number.</summary>
    [Id(0)] public required int Tranche { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.RepayOrder")]
public sealed record RepayOrderCommand : OrderCommandRecord
{
    [Id(0)] public required long Amount { get; init; }
}

[GenerateSerializer, Immutable, Alias("ledger.CancelOrder")]
public sealed record CancelOrderCommand : OrderCommandRecord;

/// <summary>Defers the repayment of the order (延期还本, semantics §3a), a cancelled one too: its maturity becomes
/// <see cref="MaturityDate"/>; scheduled tranches left pending at the old maturity are released again by end of day.
/// </summary>
[GenerateSerializer, Immutable, Alias("ledger.ExtendOrder")]
public sealed record ExtendOrderCommand : OrderCommandRecord
{
    [Id(0)] public required DateOnly MaturityDate { get; init; }
}
