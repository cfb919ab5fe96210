using System.Text;
using System.Text.Json;
using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains;
using Ledger.OperatorInterfaces;

namespace Ledger.Silo;

/// <summary><c>POST /v1/commands</c> and <c>POST /v1/commands/batch</c> on Orleans: each record is checked for shape
/// here (a failure is a 400 naming the field, as before), then a borrower's records go to its borrower grain and
/// <c>SetBusinessDate</c>/<c>EndOfDay</c> to the ledger grain, as the stream records they are. The parse made here
/// is kept for each record sent (<see cref="RecordParses"/>): a borrower grain in this silo decides that parse, one in
/// another silo parses the text with the same parser, so the content hash that tells a retry from an id conflict is
/// the same on every path.</summary>
internal static class GrainCommandEndpoints
{
    public static void Map(WebApplication app, SiloSettings settings)
    {
        app.MapPost("/v1/commands", (HttpContext http, IGrainFactory grains, LedgerServices services) =>
                SubmitOneAsync(http, grains, services, settings.MaxBodyBytes))
            .WithName("SubmitCommand")
            .WithSummary("Submit one stream record; answered with its outcome once durable.")
            .Produces<CommandResponse>()
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(503);
        app.MapPost("/v1/commands/batch", (HttpContext http, IGrainFactory grains, LedgerServices services) =>
                SubmitBatchAsync(http, grains, services, settings.MaxBatchBodyBytes))
            .WithName("SubmitBatch")
            .WithSummary("Submit a JSON array of stream records; answered with one result per item, in order.")
            .Produces<BatchItemResponse[]>()
            .ProducesProblem(400).ProducesProblem(413);
    }

    private static async Task<IResult> SubmitOneAsync(HttpContext http, IGrainFactory grains, LedgerServices services,
        long maxBytes)
    {
        var outcomes = services.Outcomes;
        var body = await BodyReader.ReadAsync(http.Request, maxBytes, http.RequestAborted);
        if (body is null)
        {
            return await OversizeBody.AnswerAsync(http, maxBytes);
        }

        var parsed = CommandParser.Parse(body);
        if (parsed.Command is not { } command)
        {
            // Refused here, before any grain: counted here.
            outcomes.Count(parsed.Reason);
            return Problems.Shape(parsed);
        }

        if (!Access.MayRun(http, command))
        {
            return Access.OperatorOnly($"{command.Type} is a ledger-scope command.");
        }

        CommandResult result;
        try
        {
            var record = services.Parses.Remember(Encoding.UTF8.GetString(body), parsed);
            result = await GrainFailures.RetryInTransitAsync(() => SubmitAsync(grains, command, record));
        }
        catch (Exception ex) when (GrainFailures.IsRetryable(ex))
        {
            http.Response.Headers.RetryAfter = "1";
            return Problems.Retryable(GrainFailures.ReasonOf(ex), $"Nothing was booked for {command.Id}: {ex.Message}");
        }

        switch (result.Status)
        {
            case CommandStatus.Decided:
                return Results.Json(new CommandResponse(command.Id, result.Outcome), ApiJson.Default.CommandResponse);
            case CommandStatus.TryAgain:
                // Expected now and then (a book another activation kept changing, a failed commit, a stopping silo):
                // an answer, not a fault to log.
                http.Response.Headers.RetryAfter = "1";
                return Problems.Retryable(result.Outcome, result.Error ?? $"Nothing was booked for {command.Id}.");
            default:
                throw new System.Diagnostics.UnreachableException(
                    $"A record that passed its shape check here was answered {result.Status} by its grain.");
        }
    }

    /// <summary>One well-formed command, as its record text, to the grain that decides it.</summary>
    internal static async Task<CommandResult> SubmitAsync(IGrainFactory grains, LedgerCommand command, string record) =>
        command switch
        {
            LedgerScopeCommand => await grains.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger)
                .SubmitRecordAsync(record),
            BorrowerCommand borrowerCommand => (await GrainReferences.Get<IBorrowerGrain>(grains,
                borrowerCommand.Borrower).SubmitRecordsAsync([record]))[0],
            _ => throw new System.Diagnostics.UnreachableException($"Unknown command type {command.GetType().Name}."),
        };

    private static async Task<IResult> SubmitBatchAsync(HttpContext http, IGrainFactory grains,
        LedgerServices services, long maxBytes)
    {
        var body = await BodyReader.ReadAsync(http.Request, maxBytes, http.RequestAborted);
        if (body is null)
        {
            return await OversizeBody.AnswerAsync(http, maxBytes);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return Problems.BadBody($"The body is not JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Problems.BadBody("The body must be a JSON array of stream records.");
            }

            if (!Access.IsOperator(http) && Access.FirstLedgerScopeItem(document.RootElement) is { } index)
            {
                return Access.OperatorOnly(
                    $"Item {index} of the batch is a ledger-scope command; no item of the batch was run.");
            }

            var items = document.RootElement.EnumerateArray().Select(e => new BatchItem(CommandParser.Parse(e),
                RawTextOrNull(e))).ToList();
            var results = await new GrainBatchRunner(grains, services.Outcomes, services.Parses).RunAsync(items);
            return Results.Json(results, ApiJson.Default.BatchItemResponseArray);
        }
    }

    /// <summary>An item's text; null when it holds bytes that are not valid UTF-8.</summary>
    private static string? RawTextOrNull(JsonElement element)
    {
        try
        {
            return element.GetRawText();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

/// <summary>A batch item: its parse and its record text.</summary>
internal readonly record struct BatchItem(ParseResult Parsed, string? Record);

/// <summary>Runs a batch on Orleans: ledger commands are ordering points (everything before one is answered before
/// it is sent, everything after it is sent after its answer); between them, each borrower's records go to its grain
/// in one call, in their order, and different borrowers' calls run at once. Items refused for their shape here are
/// counted in <paramref name="outcomes"/> (the grains count what they answer).</summary>
internal sealed class GrainBatchRunner(IGrainFactory grains, OutcomeCounts outcomes, RecordParses parses)
{
    public async Task<BatchItemResponse[]> RunAsync(IReadOnlyList<BatchItem> items)
    {
        var results = new BatchItemResponse[items.Count];
        var segment = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var (parsed, record) = items[i];
            if (parsed.Command is null)
            {
                outcomes.Count(parsed.Reason);
                results[i] = new BatchItemResponse(parsed.Id, parsed.Reason.ToCode(), parsed.Field ?? "id",
                    parsed.Message);
            }
            else if (record is null)
            {
                // Well-formed as far as the parser read, yet not text the grain could be sent.
                outcomes.Count(CommandOutcome.InvalidCommand);
                results[i] = new BatchItemResponse(parsed.Id, CommandOutcome.InvalidCommand.ToCode(), "id",
                    "The record holds text that is not valid UTF-8.");
            }
            else if (parsed.Command is LedgerScopeCommand command)
            {
                await RunSegmentAsync(items, segment, results);
                segment.Clear();
                results[i] = await RunLedgerCommandAsync(command, record);
            }
            else
            {
                segment.Add(i);
            }
        }

        await RunSegmentAsync(items, segment, results);
        return results;
    }

    private async Task<BatchItemResponse> RunLedgerCommandAsync(LedgerScopeCommand command, string record)
    {
        try
        {
            return Of(command.Id, await GrainFailures.RetryInTransitAsync(() =>
                grains.GetGrain<Ledger.OperatorInterfaces.ILedgerOperatorGrain>(GrainKeys.Ledger)
                    .SubmitRecordAsync(record)));
        }
        catch (Exception ex) when (GrainFailures.IsRetryable(ex))
        {
            return new BatchItemResponse(command.Id, null, Error: ex.Message, Retry: GrainFailures.ReasonOf(ex));
        }
    }

    private async Task RunSegmentAsync(IReadOnlyList<BatchItem> items, List<int> segment, BatchItemResponse[] results)
    {
        if (segment.Count == 0)
        {
            return;
        }

        var byBorrower = segment.GroupBy(i => ((BorrowerCommand)items[i].Parsed.Command!).Borrower,
            StringComparer.Ordinal);
        await Task.WhenAll(byBorrower.Select(async group =>
        {
            var indexes = group.ToList();
            try
            {
                // The parse made here goes with each record, for a grain in this silo (RecordParses).
                List<string> records = [.. indexes.Select(i => parses.Remember(items[i].Record!, items[i].Parsed))];
                var answers = await GrainFailures.RetryInTransitAsync(() =>
                    GrainReferences.Get<IBorrowerGrain>(grains, group.Key).SubmitRecordsAsync(records));
                for (var k = 0; k < indexes.Count; k++)
                {
                    results[indexes[k]] = Of(items[indexes[k]].Parsed.Id, answers[k]);
                }
            }
            catch (Exception ex) when (GrainFailures.IsRetryable(ex))
            {
                foreach (var i in indexes)
                {
                    results[i] = new BatchItemResponse(items[i].Parsed.Id, null, Error: ex.Message,
                        Retry: GrainFailures.ReasonOf(ex));
                }
            }
        }));
    }

    private static BatchItemResponse Of(string? id, CommandResult result) => result.Status switch
    {
        CommandStatus.Decided => new BatchItemResponse(id, result.Outcome),
        CommandStatus.TryAgain => new BatchItemResponse(id, null, Error: result.Error, Retry: result.Outcome),
        _ => new BatchItemResponse(id, result.Outcome, result.Field ?? "id", result.Error),
    };
}

/// <summary>Which failures of a grain call mean "nothing was booked, send it again": the ledger's store could not be
/// read (<see cref="LedgerUnavailableException"/>, the serializable form a grain gives a transient store failure, so
/// that it survives a call between silos), or Orleans could not deliver the call or its answer in time (a silo
/// stopping or dead, an activation moving, a call rejected: all <see cref="OrleansException"/>s, among them
/// <c>SiloUnavailableException</c> and <c>OrleansMessageRejectionException</c>; a response timeout is a
/// <see cref="TimeoutException"/>). A call that timed out may have been booked after all; sending the same command id
/// again is safe.</summary>
internal static class GrainFailures
{
    /// <summary>Attempts of a call that Orleans failed in transit before the request is answered 503.</summary>
    private const int InTransitAttempts = 6;

    public static bool IsRetryable(Exception failure) =>
        failure is LedgerUnavailableException or TimeoutException
        || (failure is OrleansException && failure is not (OrleansConfigurationException
            or GrainExtensionNotInstalledException));

    /// <summary>The problem-details <c>reason</c> of a retryable failure.</summary>
    public static string ReasonOf(Exception failure) => failure switch
    {
        LedgerUnavailableException unavailable => unavailable.Reason,
        TimeoutException => "TIMEOUT",
        _ => "UNAVAILABLE",
    };

    /// <summary>Makes <paramref name="call"/>, sending it again (the same records, so the same command ids) when
    /// Orleans failed it in transit: a silo stopping rejected it (a drain, SIGTERM), or the silo of the activation
    /// is gone and not yet declared dead (kill -9). Up to 6 attempts, 50 ms apart doubling (1.55 s of pauses in all), so that a
    /// drain is not seen by HTTP callers at all and a failover mostly not; then the failure is the caller's (a 503).
    /// A timeout is not retried here: the call may still be running, and the caller's own retry by id is the
    /// safe one.</summary>
    public static async Task<T> RetryInTransitAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (attempt < InTransitAttempts && ex is OrleansException
                && ex is not GrainExtensionNotInstalledException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 << (attempt - 1)));
            }
        }
    }
}
