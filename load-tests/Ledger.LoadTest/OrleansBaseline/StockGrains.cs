using Ledger.Domain;
using Ledger.Storage.Books;
using Orleans.Concurrency;

namespace Ledger.LoadTest.OrleansBaseline;

/// <summary>A borrower of the stock-Orleans baseline: its book in a grain's <see cref="IPersistentState{T}"/>.
/// </summary>
public interface IStockBorrowerGrain : IGrainWithStringKey
{
    /// <summary>Decides one of the borrower's records (its stream line, shape-checked by the caller) and returns
    /// the outcome code once the book is written.</summary>
    Task<string> HandleAsync(string record);
}

/// <summary>The business date and the ledger-scope commands of the stock-Orleans baseline.</summary>
public interface IStockCalendarGrain : IGrainWithStringKey
{
    /// <summary>The business date as a day number (<see cref="DateOnly.DayNumber"/>), or null before one is set.
    /// Read-only, so the borrowers' reads of it interleave.</summary>
    [ReadOnly]
    Task<int?> BusinessDayAsync();

    Task<string> HandleAsync(string record);
}

/// <summary>A borrower's book as grain state: each entity in the store's own state encoding
/// (<see cref="StateCodec"/>), and the outcome of every command id the borrower was sent (so a retry returns it).
/// </summary>
[GenerateSerializer]
public sealed class StockBookState
{
    [Id(0)]
    public byte[]? Borrower { get; set; }

    [Id(1)]
    public Dictionary<string, byte[]> Lines { get; set; } = new(StringComparer.Ordinal);

    [Id(2)]
    public Dictionary<string, byte[]> Orders { get; set; } = new(StringComparer.Ordinal);

    [Id(3)]
    public Dictionary<string, StockOutcome> Outcomes { get; set; } = new(StringComparer.Ordinal);
}

[GenerateSerializer]
[Immutable]
public sealed record StockOutcome([property: Id(0)] byte[] ContentHash, [property: Id(1)] string Outcome);

[GenerateSerializer]
public sealed class StockCalendarState
{
    [Id(0)]
    public int? BusinessDay { get; set; }

    [Id(1)]
    public Dictionary<string, StockOutcome> Outcomes { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>How an Orleans developer would start: load the state on activation, decide through the domain, write
/// the whole state once per command (<c>WriteStateAsync</c>, one round trip of the ADO.NET provider), answer. A
/// retried id changes nothing and writes nothing. The journal is not kept (the ledger's store writes it), which
/// only makes this baseline cheaper than the ledger it is compared with. The book closes its missing days before
/// deciding (the domain does that on its own), so outcomes equal the domain's across end of day.</summary>
internal sealed class StockBorrowerGrain(
    [PersistentState("book", StockOrleansHost.StorageName)] IPersistentState<StockBookState> state)
    : Grain, IStockBorrowerGrain
{
    private BorrowerBook? _book;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = state.State;
        _book = BorrowerBook.Restore(this.GetPrimaryKeyString(),
            stored.Borrower is null ? null : StateCodec.DecodeBorrower(stored.Borrower),
            stored.Lines.Values.Select(StateCodec.DecodeLine), stored.Orders.Values.Select(StateCodec.DecodeOrder),
            stored.Outcomes.Select(o => KeyValuePair.Create(o.Key,
                new RecordedOutcome(o.Value.ContentHash, CommandOutcomeCodes.Parse(o.Value.Outcome)))));
        return Task.CompletedTask;
    }

    public async Task<string> HandleAsync(string record)
    {
        var book = _book ?? throw new InvalidOperationException("The grain is not activated.");
        var command = CommandParser.Parse(record).Command as BorrowerCommand
            ?? throw new ArgumentException("Not a well-formed borrower command.", nameof(record));
        var day = await GrainFactory.GetGrain<IStockCalendarGrain>(StockOrleansHost.CalendarKey).BusinessDayAsync();
        var outcome = book.Handle(command, day is { } d ? DateOnly.FromDayNumber(d) : null);
        var changes = book.DrainChanges();
        if (changes.IsEmpty)
        {
            return outcome.ToCode();
        }

        Absorb(book, changes);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The book in memory is now ahead of the stored one: start over from the store.
            DeactivateOnIdle();
            throw;
        }

        return outcome.ToCode();
    }

    private void Absorb(BorrowerBook book, BookChanges changes)
    {
        var stored = state.State;
        if (changes.BorrowerChanged)
        {
            stored.Borrower = StateCodec.Encode(book.Borrower!);
        }

        foreach (var id in changes.LinesChanged)
        {
            stored.Lines[id] = StateCodec.Encode(book.Lines[id]);
        }

        foreach (var id in changes.OrdersChanged)
        {
            stored.Orders[id] = StateCodec.Encode(book.Orders[id]);
        }

        foreach (var outcome in changes.Outcomes)
        {
            stored.Outcomes[outcome.CommandId] = new StockOutcome(outcome.ContentHash, outcome.Outcome.ToCode());
        }
    }
}

internal sealed class StockCalendarGrain(
    [PersistentState("calendar", StockOrleansHost.StorageName)] IPersistentState<StockCalendarState> state)
    : Grain, IStockCalendarGrain
{
    private LedgerCalendar _calendar = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _calendar = new LedgerCalendar(
            state.State.BusinessDay is { } day ? DateOnly.FromDayNumber(day) : null,
            state.State.Outcomes.Select(o => KeyValuePair.Create(o.Key,
                new RecordedOutcome(o.Value.ContentHash, CommandOutcomeCodes.Parse(o.Value.Outcome)))));
        return Task.CompletedTask;
    }

    public Task<int?> BusinessDayAsync() => Task.FromResult(state.State.BusinessDay);

    public async Task<string> HandleAsync(string record)
    {
        var command = CommandParser.Parse(record).Command as LedgerScopeCommand
            ?? throw new ArgumentException("Not a well-formed ledger command.", nameof(record));
        var outcome = _calendar.Evaluate(command, out var isReplay);
        if (isReplay)
        {
            return outcome.ToCode();
        }

        // End of day only moves the date: each book closes the day itself before its next decision.
        var recorded = _calendar.Record(command, outcome);
        state.State.Outcomes[recorded.CommandId] = new StockOutcome(recorded.ContentHash, outcome.ToCode());
        state.State.BusinessDay = _calendar.BusinessDate?.DayNumber;
        await state.WriteStateAsync();
        return outcome.ToCode();
    }
}
