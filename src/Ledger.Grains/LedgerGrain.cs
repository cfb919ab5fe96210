using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;
using Ledger.Storage;
using Ledger.Storage.Books;
using Orleans.Runtime;

namespace Ledger.Grains;

/// <summary>The ledger (key <see cref="GrainKeys.Ledger"/>): its business date, the date step, end of day's progress.
/// <c>EndOfDay</c> is the date step alone: one small store transaction proves the date and moves it, after every
/// commit booked on it (they hold the date FOR SHARE), and the books close their own days before their next
/// decision. The store arbitrates, not this grain: the date moves by compare-and-set and a ledger command's outcome
/// key is unique, so even two activations of this grain at once step the date once.</summary>
internal sealed class LedgerGrain(LedgerServices services) : Grain, ILedgerGrain, ILedgerOperatorGrain
{
    /// <summary>How many times a date step that lost a race (another activation recorded first) is decided again.
    /// </summary>
    private const int MaxRedecisions = 3;

    /// <summary>The ledger's schema exists before the grain reads anything (the first grain of a silo creates or
    /// migrates it).</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Unavailable.OnFailureAsync(services, services.PartitionCountAsync);
        await base.OnActivateAsync(cancellationToken);
    }

    public Task<DateOnly?> GetBusinessDateAsync() => Unavailable.OnFailureAsync(services, services.Dates.RefreshAsync);

    public Task<LedgerStatus> GetStatusAsync() => Unavailable.OnFailureAsync(services, ReadStatusAsync);

    private async Task<LedgerStatus> ReadStatusAsync()
    {
        var state = await services.Store.GetLedgerStateAsync(CancellationToken.None);
        services.Dates.Learn(state.BusinessDate);
        var progress = state.BusinessDate is { } date
            ? await services.Store.GetClosingProgressAsync(date.AddDays(-1), CancellationToken.None)
            : default;
        return new LedgerStatus
        {
            BusinessDate = state.BusinessDate, ClosedThrough = state.ClosedThrough, BooksClosed = progress.BooksClosed,
            Books = progress.Books,
        };
    }

    public Task<string> GetSnapshotAsync() => Unavailable.OnFailureAsync(services, async () =>
    {
        await using var view = await services.Store.OpenReadViewAsync(CancellationToken.None);
        var text = new System.Text.StringBuilder();
        await LedgerSnapshot.WriteAsync(view, (chunk, _) =>
        {
            text.Append(chunk);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return text.ToString();
    });

    public Task<CommandResult> SetBusinessDateAsync(SetBusinessDateCommand command) => SubmitAsync(command);

    public Task<CommandResult> EndOfDayAsync(EndOfDayCommand command) => SubmitAsync(command);

    public async Task<CommandResult> SubmitRecordAsync(string record)
    {
        var parsed = CommandParser.Parse(record);
        return services.Outcomes.Count(parsed.Command switch
        {
            LedgerScopeCommand command => await DecideAsync(command),
            null => Results.NotParsed(parsed),
            var other => throw new ArgumentException($"Record {other.Id} is not a ledger command.", nameof(record)),
        });
    }

    private async Task<CommandResult> SubmitAsync(LedgerDateCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parsed = StreamRecords.Parse(command);
        return services.Outcomes.Count(parsed.Command is LedgerScopeCommand ledgerCommand
            ? await DecideAsync(ledgerCommand)
            : Results.NotParsed(parsed));
    }

    /// <summary>How long the date step waits for the silos to hear of it before it answers anyway.</summary>
    private static readonly TimeSpan TellTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Tells every active silo the new date before answering, so that a view read anywhere right after the
    /// date step shows it. Best effort: a silo that does not hear learns the date by itself (see
    /// <see cref="ISiloDatesGrain"/>), and correctness never depends on it (every commit proves the date).</summary>
    private async Task TellSilosAsync(DateOnly businessDate)
    {
        try
        {
            var silos = await GrainFactory.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            await Task.WhenAll(silos.Keys.Select(async silo =>
            {
                try
                {
                    await GrainFactory.GetGrain<ISiloDatesGrain>(silo.ToParsableString()).LearnAsync(businessDate)
                        .WaitAsync(TellTimeout);
                }
                catch (Exception ex) when (ex is TimeoutException or OrleansException)
                {
                    // That silo learns the date by itself.
                }
            })).WaitAsync(TellTimeout);
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            // As above, for every silo.
        }
    }

    private async Task<CommandResult> DecideAsync(LedgerScopeCommand command)
    {
        for (var decision = 0; ; decision++)
        {
            LedgerState state;
            OutcomeRecord? recorded;
            try
            {
                state = await services.Store.GetLedgerStateAsync(CancellationToken.None);
                recorded = await services.Store.GetLedgerOutcomeAsync(command.Id, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
            {
                var kind = services.Classify(ex, $"Reading the ledger for {command.Id}");
                return Results.TryAgain(command.Id, kind == StoreFailure.Fault ? "STORE_FAILED" : "STORE_UNAVAILABLE",
                    $"Nothing was booked for {command.Id}: the ledger could not be read ({ex.Message}).");
            }

            var known = recorded is null
                ? []
                : new[]
                {
                    KeyValuePair.Create(recorded.CommandId,
                        new RecordedOutcome(recorded.ContentHash, CommandOutcomeCodes.Parse(recorded.Outcome))),
                };
            var calendar = new LedgerCalendar(state.BusinessDate, known);
            var outcome = calendar.Evaluate(command, out var isReplay);
            if (isReplay)
            {
                return Results.Decided(command.Id, outcome);
            }

            var recordedNow = calendar.Record(command, outcome);
            var batch = new CommitBatch();
            batch.Outcomes.Add(new OutcomeRecord(string.Empty, command.Id, 0, command.ContentHash, outcome.ToCode(),
                recordedNow.BusinessDate));
            if (outcome == CommandOutcome.Accepted)
            {
                batch.ExpectedBusinessDate = state.BusinessDate;
                batch.NewBusinessDate = calendar.BusinessDate;
            }

            try
            {
                await services.Store.CommitAsync(services.SiloId, batch, CancellationToken.None);
            }
            catch (VersionConflictException) when (decision < MaxRedecisions)
            {
                // Another activation moved the date or recorded this id first: decide again on what it stored.
                continue;
            }
            catch (Exception ex) when (ex is not System.Diagnostics.UnreachableException)
            {
                return services.Classify(ex, $"Committing the ledger command {command.Id}") switch
                {
                    StoreFailure.CommitFateUnknown => Results.TryAgain(command.Id, "COMMIT_FATE_UNKNOWN",
                        $"Whether the ledger command {command.Id} was booked is not known (the store's connection was "
                        + $"lost while it was in flight); send it again with the same id: {ex.Message}"),
                    StoreFailure.Transient => Results.TryAgain(command.Id, "STORE_UNAVAILABLE",
                        $"Nothing was booked for {command.Id}: the store is unavailable ({ex.Message})."),
                    _ => Results.TryAgain(command.Id, "COMMIT_FAILED",
                        $"The ledger command {command.Id} could not be committed: {ex.Message}"),
                };
            }

            if (outcome == CommandOutcome.Accepted && calendar.BusinessDate is { } moved)
            {
                services.Dates.Learn(moved);
                await TellSilosAsync(moved);
            }

            return Results.Decided(command.Id, outcome);
        }
    }
}
