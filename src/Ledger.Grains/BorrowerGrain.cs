using Ledger.Domain;
using Ledger.GrainInterfaces;

namespace Ledger.Grains;

/// <summary>A borrower and its whole book (key: the borrower id). It loads the book on its first message, asks the
/// domain to decide each command (the domain closes the book's missing days first), hands the effects to the
/// silo-wide group commit and answers once they are durable (<see cref="BookKeeper"/>). Not reentrant: one command
/// at a time, in arrival order.</summary>
[BookPlacement]
internal sealed class BorrowerGrain(LedgerServices services) : Grain, IBorrowerGrain
{
    private BookKeeper? _keeper;

    private BookKeeper Keeper => _keeper ??= new BookKeeper(this.GetPrimaryKeyString(), services);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        services.CountActivated();
        services.Live.Touched(this.GetPrimaryKeyString());
        return base.OnActivateAsync(cancellationToken);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        services.CountDeactivated();
        services.Live.Gone(this.GetPrimaryKeyString());
        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task<CommandResult> OpenAsync(OpenBorrowerCommand command) => DecideAsync(command);

    public Task<CommandResult> SetLimitAsync(SetBorrowerLimitCommand command) => DecideAsync(command);

    public Task<CommandResult> FreezeAsync(FreezeBorrowerCommand command) => DecideAsync(command);

    public Task<CommandResult> UnfreezeAsync(UnfreezeBorrowerCommand command) => DecideAsync(command);

    public Task<CommandResult> OpenCreditLineAsync(OpenCreditLineCommand command) => DecideAsync(command);

    public Task<CommandResult> DrawAsync(DrawCommand command) => DecideAsync(command);

    public Task<CommandResult> RepayAsync(RepayCommand command) => DecideAsync(command);

    public Task<CommandResult> ChangeRateAsync(ChangeRateCommand command) => DecideAsync(command);

    public Task<CommandResult> CloseLineAsync(CloseLineCommand command) => DecideAsync(command);

    public Task<CommandResult> ExtendLineAsync(ExtendLineCommand command) => DecideAsync(command);

    public Task<CommandResult> OpenOrderAsync(OpenOrderCommand command) => DecideAsync(command);

    public Task<CommandResult> ReleaseTrancheAsync(ReleaseTrancheCommand command) => DecideAsync(command);

    public Task<CommandResult> RepayOrderAsync(RepayOrderCommand command) => DecideAsync(command);

    public Task<CommandResult> CancelOrderAsync(CancelOrderCommand command) => DecideAsync(command);

    public Task<CommandResult> ExtendOrderAsync(ExtendOrderCommand command) => DecideAsync(command);

    public Task<IReadOnlyList<CommandResult>> SubmitRecordsAsync(IReadOnlyList<string> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        // Every record is parsed before any is decided, so a misdirected one refuses the call with nothing booked. A
        // record this silo's HTTP API sent comes with the parse it made (RecordParses).
        var parsed = new ParseResult[records.Count];
        for (var i = 0; i < parsed.Length; i++)
        {
            parsed[i] = services.Parses.Parse(records[i]);
        }

        return DecideRecordsAsync(parsed);
    }

    /// <summary>Decides parsed records that must all name this borrower: a record that names another, or a ledger
    /// command, refuses the whole call before anything is decided.</summary>
    private async Task<IReadOnlyList<CommandResult>> DecideRecordsAsync(ParseResult[] parsed)
    {
        foreach (var result in parsed)
        {
            if (result.Command is { } command && (command is not BorrowerCommand borrowerCommand
                || borrowerCommand.Borrower != Keeper.BorrowerId))
            {
                throw new ArgumentException(
                    $"Record {command.Id} is not a command of borrower {Keeper.BorrowerId}.");
            }
        }

        // The well-formed commands are decided together, their turns sharing group commits; a record that failed
        // its shape check changes nothing, so its answer does not depend on where it stands among them.
        var commands = parsed.Select(p => p.Command).OfType<BorrowerCommand>().ToList();
        IReadOnlyList<CommandResult> decided;
        if (commands.Count > 0 && !Admitted())
        {
            decided = [.. commands.Select(c => Refused(c.Id))];
        }
        else
        {
            services.Live.Touched(Keeper.BorrowerId);
            decided = await Keeper.DecideAllAsync(commands);
            services.Live.Closed(Keeper.BorrowerId, Keeper.ClosedThrough);
        }

        var results = new CommandResult[parsed.Length];
        for (int i = 0, next = 0; i < parsed.Length; i++)
        {
            results[i] = services.Outcomes.Count(
                parsed[i].Command is BorrowerCommand ? decided[next++] : Results.NotParsed(parsed[i]));
        }

        return results;
    }

    public Task<BorrowerView?> GetAsync() => ReadAsync((book, _) => ViewMapping.Of(book));

    public Task<LineView?> GetLineAsync(string line) => ReadAsync((book, _) =>
        book.Lines.TryGetValue(line, out var l) ? ViewMapping.Of(book.BorrowerId, l) : null);

    public Task<OrderView?> GetOrderAsync(string order) => ReadAsync((book, _) =>
        book.Orders.TryGetValue(order, out var o) ? ViewMapping.Of(book.BorrowerId, o) : null);

    public async Task<JournalPage?> GetJournalAsync(long afterEntry, int maxEntries)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEntries);
        AdmitRead();
        // The entries still to come are read first: if the book closes its days in between, the stored read already
        // has them and the computed ones are dropped by number, never shown twice.
        var pending = await Keeper.ReadAsync((_, entries) => entries);
        if (pending is null)
        {
            return null;
        }

        var stored = await Unavailable.OnFailureAsync(services, () =>
            services.Store.ReadJournalAsync(Keeper.BorrowerId, afterEntry, maxEntries, CancellationToken.None));
        var entries = stored.GroupBy(p => p.EntrySeq).Select(g => ViewMapping.Of([.. g])).ToList();
        var last = entries.Count > 0 ? entries[^1].Entry : afterEntry;
        entries.AddRange(pending.Where(e => e.EntrySeq > last).Take(maxEntries - entries.Count)
            .Select(ViewMapping.Of));
        return new JournalPage
        {
            Borrower = Keeper.BorrowerId, Entries = entries,
            Next = entries.Count == maxEntries ? entries[^1].Entry : null,
        };
    }

    private async Task<CommandResult> DecideAsync(BorrowerCommandRecord command)
    {
        var parsed = StreamRecords.Parse(command);
        if (parsed.Command is not BorrowerCommand parsedCommand)
        {
            return services.Outcomes.Count(Results.NotParsed(parsed));
        }

        if (!Admitted())
        {
            return Refused(parsedCommand.Id);
        }

        services.Live.Touched(Keeper.BorrowerId);
        var result = await Keeper.DecideAsync(parsedCommand);
        services.Live.Closed(Keeper.BorrowerId, Keeper.ClosedThrough);
        return services.Outcomes.Count(result);
    }

    /// <summary>Whether a command may be decided (or a view read) here now: always when the book is in memory; when
    /// that would load it, only while the heap is under its limit (<see cref="MemoryAdmission"/>). Refused, the
    /// activation leaves once this call is answered (calls queued behind it reach a new activation, which asks
    /// again).</summary>
    private bool Admitted()
    {
        if (_keeper is { IsLoaded: true } || services.Admission.AdmitsNewBook())
        {
            return true;
        }

        this.DeactivateOnIdle();
        return false;
    }

    /// <summary>A view, read from the book in memory, or loading it when admitted (<see cref="AdmitRead"/>).
    /// </summary>
    private async Task<T?> ReadAsync<T>(Func<BorrowerBook, IReadOnlyList<JournalEntry>, T> read)
    {
        AdmitRead();
        return await Keeper.ReadAsync(read);
    }

    /// <summary>A view that would load the book is admitted as a command is (<see cref="Admitted"/>): a book in
    /// memory is always read; refused, the view throws the retryable <see cref="LedgerUnavailableException"/>
    /// (<c>MEMORY_PRESSURE</c>: the HTTP API answers 503 with <c>Retry-After</c>), counted with the refused commands,
    /// and the activation leaves once it is answered.</summary>
    private void AdmitRead()
    {
        if (!Admitted())
        {
            services.Admission.CountRefused(1);
            throw new LedgerUnavailableException(
                $"Not read: the silo's heap is over its limit and borrower {this.GetPrimaryKeyString()}'s book is not "
                + "in memory; ask again shortly.", LedgerUnavailableException.MemoryPressure);
        }
    }

    private CommandResult Refused(string commandId)
    {
        services.Admission.CountRefused(1);
        return Results.MemoryPressure(commandId, $"borrower {this.GetPrimaryKeyString()}'s book");
    }
}
