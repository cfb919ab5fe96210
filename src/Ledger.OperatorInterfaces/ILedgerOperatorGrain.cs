using Ledger.GrainInterfaces;

namespace Ledger.OperatorInterfaces;

/// <summary>A ledger-scope command (its id is scoped to the ledger): SetBusinessDate or EndOfDay.</summary>
[GenerateSerializer, Immutable, Alias("ledger.LedgerDateCommand")]
public abstract record LedgerDateCommand
{
    [Id(0)] public required string Id { get; init; }

    [Id(1)] public required DateOnly Date { get; init; }
}

/// <summary>Sets the business date once, while the ledger holds none.</summary>
[GenerateSerializer, Immutable, Alias("ledger.SetBusinessDate")]
public sealed record SetBusinessDateCommand : LedgerDateCommand;

/// <summary>Closes <see cref="LedgerDateCommand.Date"/>, which must be the business date, and steps to the next
/// day; the books close their own days (and the sweep the untouched ones).</summary>
[GenerateSerializer, Immutable, Alias("ledger.EndOfDay")]
public sealed record EndOfDayCommand : LedgerDateCommand;

/// <summary>The operator's side of the ledger grain (key <see cref="GrainKeys.Ledger"/>, the same activation as
/// <see cref="ILedgerGrain"/>): the date step. Outcomes are values like every command's.</summary>
[Alias("ledger.ILedgerOperatorGrain")]
public interface ILedgerOperatorGrain : IGrainWithStringKey
{
    [Alias("SetBusinessDate")]
    Task<CommandResult> SetBusinessDateAsync(SetBusinessDateCommand command);

    [Alias("EndOfDay")]
    Task<CommandResult> EndOfDayAsync(EndOfDayCommand command);

    /// <summary>A stream record of a ledger command (SetBusinessDate or EndOfDay, JSON text), for replays. A record
    /// that fails its shape check is answered with that (nothing is recorded); a well-formed command of a borrower is
    /// refused with an <see cref="ArgumentException"/> (it belongs to its borrower grain).</summary>
    [Alias("SubmitRecord")]
    Task<CommandResult> SubmitRecordAsync(string record);

    /// <summary>The snapshot of stream-format.md (every account and book, days still to close computed in memory)
    /// from one consistent read of the store, as one string: for tests and replays of modest ledgers (a large one
    /// is read from the store or <c>/v1/snapshot</c>, which stream it). Throws
    /// <see cref="LedgerUnavailableException"/> when the store cannot be read.</summary>
    [Alias("GetSnapshot")]
    Task<string> GetSnapshotAsync();
}
