using System.Buffers;
using System.Text.Json;
using Ledger.Domain;
using Ledger.Runtime;

namespace Ledger.Silo;

/// <summary><c>POST /v1/commands</c> and <c>POST /v1/commands/batch</c>: stream records in, outcomes out. A business
/// outcome (accepted or a rejection) is a 200; a shape failure of a single record is a 400 naming the field.</summary>
internal static class CommandEndpoints
{
    public static void Map(WebApplication app, SiloSettings settings)
    {
        app.MapPost("/v1/commands", (HttpContext http, LedgerEngine engine) =>
                SubmitOneAsync(http, engine, settings.MaxBodyBytes))
            .WithName("SubmitCommand")
            .WithSummary("Submit one stream record; answered with its outcome once durable.")
            .Produces<CommandResponse>()
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(503);
        app.MapPost("/v1/commands/batch", (HttpContext http, LedgerEngine engine) =>
                SubmitBatchAsync(http, engine, settings.MaxBatchBodyBytes))
            .WithName("SubmitBatch")
            .WithSummary("Submit a JSON array of stream records; answered with one result per item, in order.")
            .Produces<BatchItemResponse[]>()
            .ProducesProblem(400).ProducesProblem(413);
    }

    private static async Task<IResult> SubmitOneAsync(HttpContext http, LedgerEngine engine, long maxBytes)
    {
        var body = await BodyReader.ReadAsync(http.Request, maxBytes, http.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge(maxBytes);
        }

        var parsed = CommandParser.Parse(body);
        if (parsed.Command is not { } command)
        {
            return Problems.Shape(parsed);
        }

        var outcome = await engine.SubmitAsync(command, http.RequestAborted);
        return Results.Json(new CommandResponse(command.Id, outcome.ToCode()), ApiJson.Default.CommandResponse);
    }

    private static async Task<IResult> SubmitBatchAsync(HttpContext http, LedgerEngine engine, long maxBytes)
    {
        var body = await BodyReader.ReadAsync(http.Request, maxBytes, http.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge(maxBytes);
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

            var items = document.RootElement.EnumerateArray().Select(CommandParser.Parse).ToList();
            var results = await BatchRunner.RunAsync(engine, items, http.RequestAborted);
            return Results.Json(results, ApiJson.Default.BatchItemResponseArray);
        }
    }
}

/// <summary>Runs a batch: ledger commands are barriers; between them, each borrower's records go in their order
/// (pipelined on the borrower's activation) and different borrowers run concurrently.</summary>
internal static class BatchRunner
{
    public static async Task<BatchItemResponse[]> RunAsync(LedgerEngine engine, List<ParseResult> items,
        CancellationToken ct)
    {
        var results = new BatchItemResponse[items.Count];
        var segment = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Command is LedgerScopeCommand ledgerCommand)
            {
                await RunSegmentAsync(engine, items, segment, results, ct);
                segment.Clear();
                results[i] = await RunOneAsync(engine, ledgerCommand, ct);
            }
            else if (item.Command is null)
            {
                results[i] = new BatchItemResponse(item.Id, item.Reason.ToCode(), item.Field ?? "id", item.Message);
            }
            else
            {
                segment.Add(i);
            }
        }

        await RunSegmentAsync(engine, items, segment, results, ct);
        return results;
    }

    private static async Task<BatchItemResponse> RunOneAsync(LedgerEngine engine, LedgerCommand command,
        CancellationToken ct)
    {
        try
        {
            return new BatchItemResponse(command.Id, (await engine.SubmitAsync(command, ct)).ToCode());
        }
        catch (RetryableLedgerException ex)
        {
            return new BatchItemResponse(command.Id, null, Error: ex.Message, Retry: ex.Status);
        }
    }

    private static async Task RunSegmentAsync(LedgerEngine engine, List<ParseResult> items, List<int> segment,
        BatchItemResponse[] results, CancellationToken ct)
    {
        if (segment.Count == 0)
        {
            return;
        }

        var byBorrower = segment.GroupBy(i => ((BorrowerCommand)items[i].Command!).Borrower, StringComparer.Ordinal);
        await Task.WhenAll(byBorrower.Select(async group =>
        {
            var indexes = group.ToList();
            var commands = indexes.Select(i => (BorrowerCommand)items[i].Command!).ToList();
            var outcomes = await engine.SubmitSameBorrowerAsync(commands, ct);
            for (var k = 0; k < indexes.Count; k++)
            {
                results[indexes[k]] = await ToResponseAsync(commands[k].Id, outcomes[k]);
            }
        }));
    }

    private static async Task<BatchItemResponse> ToResponseAsync(string id, Task<CommandOutcome> outcome)
    {
        try
        {
            return new BatchItemResponse(id, (await outcome).ToCode());
        }
        catch (RetryableLedgerException ex)
        {
            return new BatchItemResponse(id, null, Error: ex.Message, Retry: ex.Status);
        }
    }
}

/// <summary>Reads a request body up to a limit; null when it is larger (answered 413).</summary>
internal static class BodyReader
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await request.Body.ReadAsync(memory, ct);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}

/// <summary>Problem-details answers (RFC 9457) carrying the spec's reason and the offending field.</summary>
internal static class Problems
{
    public static IResult Shape(ParseResult parsed) => Results.Problem(
        statusCode: 400,
        title: "The command fails its shape check",
        detail: parsed.Message,
        extensions: new Dictionary<string, object?>
        {
            ["reason"] = parsed.Reason.ToCode(),
            ["field"] = parsed.Field ?? "id",
            ["id"] = parsed.Id,
        });

    public static IResult BadBody(string detail) => Results.Problem(
        statusCode: 400, title: "Bad request body", detail: detail,
        extensions: new Dictionary<string, object?> { ["reason"] = "INVALID_COMMAND", ["field"] = "(body)" });

    public static IResult TooLarge(long maxBytes) => Results.Problem(
        statusCode: 413, title: "Request body too large", detail: $"The limit is {maxBytes} bytes.");

    public static IResult Retryable(RetryableLedgerException ex) => Results.Problem(
        statusCode: 503, title: "Not booked; retry", detail: ex.Message,
        extensions: new Dictionary<string, object?> { ["reason"] = ex.Status, ["retryable"] = true });

    public static IResult BadParameter(string field, string detail) => Results.Problem(
        statusCode: 400, title: "Bad parameter", detail: detail,
        extensions: new Dictionary<string, object?> { ["reason"] = "INVALID_COMMAND", ["field"] = field });
}
