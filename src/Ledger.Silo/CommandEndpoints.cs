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
        app.MapPost("/v1/commands", (HttpContext http, LedgerEngine engine, PeerClient peers) =>
                SubmitOneAsync(http, engine, peers, settings.MaxBodyBytes))
            .WithName("SubmitCommand")
            .WithSummary("Submit one stream record; answered with its outcome once durable.")
            .Produces<CommandResponse>()
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(503);
        app.MapPost("/v1/commands/batch", (HttpContext http, LedgerEngine engine, PeerClient peers) =>
                SubmitBatchAsync(http, engine, peers, settings.MaxBatchBodyBytes))
            .WithName("SubmitBatch")
            .WithSummary("Submit a JSON array of stream records; answered with one result per item, in order.")
            .Produces<BatchItemResponse[]>()
            .ProducesProblem(400).ProducesProblem(413);
    }

    /// <summary>An item's text for forwarding; null when it holds bytes that are not valid UTF-8.</summary>
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

    private static bool IsForwarded(HttpContext http) => http.Request.Headers.ContainsKey(PeerClient.ForwardedHeader);

    private static async Task<IResult> SubmitOneAsync(HttpContext http, LedgerEngine engine, PeerClient peers,
        long maxBytes)
    {
        var body = await BodyReader.ReadAsync(http.Request, maxBytes, http.RequestAborted);
        if (body is null)
        {
            return await OversizeBody.AnswerAsync(http, maxBytes);
        }

        var parsed = CommandParser.Parse(body);
        if (parsed.Command is not { } command)
        {
            return Problems.Shape(parsed);
        }

        if (!Access.MayRun(http, command))
        {
            return Access.OperatorOnly($"{command.Type} is a ledger-scope command.");
        }

        try
        {
            var outcome = await engine.SubmitAsync(command, http.RequestAborted);
            return Results.Json(new CommandResponse(command.Id, outcome.ToCode()), ApiJson.Default.CommandResponse);
        }
        catch (NotOwnerException ex) when (!IsForwarded(http)
            && engine.OwnerEndpointOf(ex.PartitionId) is { } owner && owner != engine.Endpoint)
        {
            // Any silo takes any command: this one goes to the owner of its partition, once.
            try
            {
                var (status, answer) = await peers.PostAsync(owner, "v1/commands", body, http.RequestAborted);
                return Results.Content(System.Text.Encoding.UTF8.GetString(answer), "application/json",
                    statusCode: status);
            }
            catch (HttpRequestException forwardFailure)
            {
                // The owner is unreachable (dead, or its lease not yet taken over): nothing was booked; retry.
                http.Response.Headers.RetryAfter = "1";
                return Problems.Retryable(new RetryableLedgerException("NOT_OWNER",
                    $"The owner of partition {ex.PartitionId} did not answer: {forwardFailure.Message}"));
            }
        }
        catch (RetryableLedgerException ex)
        {
            // Expected in a cluster (a partition moving, an end of day running): an answer, not a fault to log.
            http.Response.Headers.RetryAfter = "1";
            return Problems.Retryable(ex);
        }
    }

    private static async Task<IResult> SubmitBatchAsync(HttpContext http, LedgerEngine engine, PeerClient peers,
        long maxBytes)
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

            var elements = document.RootElement.EnumerateArray().ToList();
            var items = elements.Select(CommandParser.Parse).ToList();
            var raws = elements.Select(RawTextOrNull).ToList();
            var runner = new BatchRunner(engine, peers, IsForwarded(http));
            var results = await runner.RunAsync(items, raws, http.RequestAborted);
            return Results.Json(results, ApiJson.Default.BatchItemResponseArray);
        }
    }
}

/// <summary>Runs a batch: ledger commands are barriers; between them, each borrower's records go in their order
/// (pipelined on the borrower's activation) and different borrowers run concurrently. Records of partitions this
/// silo does not serve go, in their order, to the owning silo as one sub-batch per owner.</summary>
internal sealed class BatchRunner(LedgerEngine engine, PeerClient peers, bool forwarded)
{
    public async Task<BatchItemResponse[]> RunAsync(List<ParseResult> items, List<string?> raws, CancellationToken ct)
    {
        var results = new BatchItemResponse[items.Count];
        var segment = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Command is LedgerScopeCommand ledgerCommand)
            {
                await RunSegmentAsync(items, raws, segment, results, ct);
                segment.Clear();
                results[i] = await RunOneAsync(ledgerCommand, ct);
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

        await RunSegmentAsync(items, raws, segment, results, ct);
        return results;
    }

    private async Task<BatchItemResponse> RunOneAsync(LedgerCommand command, CancellationToken ct)
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

    private async Task RunSegmentAsync(List<ParseResult> items, List<string?> raws, List<int> segment,
        BatchItemResponse[] results, CancellationToken ct)
    {
        if (segment.Count == 0)
        {
            return;
        }

        var local = new List<int>();
        var remote = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in segment)
        {
            var partition = engine.PartitionOf(((BorrowerCommand)items[i].Command!).Borrower);
            var owner = engine.OwnerEndpointOf(partition);
            if (forwarded || engine.Serves(partition) || owner is null || owner == engine.Endpoint || raws[i] is null)
            {
                local.Add(i);
            }
            else
            {
                (remote.TryGetValue(owner, out var list) ? list : remote[owner] = []).Add(i);
            }
        }

        var byBorrower = local.GroupBy(i => ((BorrowerCommand)items[i].Command!).Borrower, StringComparer.Ordinal);
        var work = byBorrower.Select(async group =>
        {
            var indexes = group.ToList();
            var commands = indexes.Select(i => (BorrowerCommand)items[i].Command!).ToList();
            var outcomes = await engine.SubmitSameBorrowerAsync(commands, ct);
            for (var k = 0; k < indexes.Count; k++)
            {
                results[indexes[k]] = await ToResponseAsync(commands[k].Id, outcomes[k]);
            }
        }).ToList();
        work.AddRange(remote.Select(pair => ForwardAsync(pair.Key, pair.Value, items, raws, results, ct)));
        await Task.WhenAll(work);
    }

    private async Task ForwardAsync(string owner, List<int> indexes, List<ParseResult> items, List<string?> raws,
        BatchItemResponse[] results, CancellationToken ct)
    {
        try
        {
            var body = System.Text.Encoding.UTF8.GetBytes("[" + string.Join(",", indexes.Select(i => raws[i])) + "]");
            var (status, answer) = await peers.PostAsync(owner, "v1/commands/batch", body, ct);
            var forwardedResults = status == 200
                ? JsonSerializer.Deserialize(answer, ApiJson.Default.BatchItemResponseArray)
                : null;
            if (forwardedResults is not null && forwardedResults.Length == indexes.Count)
            {
                for (var k = 0; k < indexes.Count; k++)
                {
                    results[indexes[k]] = forwardedResults[k];
                }

                return;
            }
        }
        catch (HttpRequestException)
        {
            // The owner is unreachable: the items are answered as retryable below.
        }

        foreach (var i in indexes)
        {
            results[i] = new BatchItemResponse(items[i].Id, null, Error: $"The owner {owner} did not answer.",
                Retry: "NOT_OWNER");
        }
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

/// <summary>Reads a request body up to a limit; null when it is larger (answered 413). A body of declared length is
/// read straight into an array of that size, its only allocation (most requests are a few hundred bytes, and a
/// growing buffer cost 9 KB each); a chunked body grows a buffer as it comes.</summary>
internal static class BodyReader
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength is { } length)
        {
            if (length > maxBytes)
            {
                return null;
            }

            var body = new byte[length];
            var filled = 0;
            while (filled < body.Length)
            {
                var read = await request.Body.ReadAsync(body.AsMemory(filled), ct);
                if (read == 0)
                {
                    // Shorter than declared (Kestrel normally fails the read first): what came is parsed as is.
                    return body[..filled];
                }

                filled += read;
            }

            return body;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            int read;
            try
            {
                read = await request.Body.ReadAsync(buffer.GetMemory(), ct);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // Past Kestrel's own limit in one read: the same 413 as past the endpoint's.
                return null;
            }

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

    /// <summary>The one 413 of both command endpoints: the same title, and the endpoint's limit as one figure in
    /// bytes (<c>limitBytes</c>, and in the detail).</summary>
    public static IResult TooLarge(long maxBytes) => Results.Problem(
        statusCode: 413, title: OversizeBody.Title,
        detail: $"The body may hold at most {maxBytes} bytes; nothing was booked.",
        extensions: new Dictionary<string, object?> { ["limitBytes"] = maxBytes });

    public static IResult Retryable(RetryableLedgerException ex) => Retryable(ex.Status, ex.Message);

    public static IResult Retryable(string reason, string detail) => Results.Problem(
        statusCode: 503, title: "Not booked; retry", detail: detail,
        extensions: new Dictionary<string, object?> { ["reason"] = reason, ["retryable"] = true });

    public static IResult BadParameter(string field, string detail) => Results.Problem(
        statusCode: 400, title: "Bad parameter", detail: detail,
        extensions: new Dictionary<string, object?> { ["reason"] = "INVALID_COMMAND", ["field"] = field });
}
