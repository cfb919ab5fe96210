using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ledger.Client;

/// <summary>A client of a Ledger silo for front-end services: typed calls, raw records, batches. Transient failures
/// (connection errors, timeouts, 502/503/504/429) are retried with the same command ids, which the ledger's
/// idempotency makes safe: a command is never booked twice.</summary>
public sealed partial class LedgerClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly LedgerClientOptions _options;

    /// <summary>A client of the silo at <paramref name="baseAddress"/> (<c>http://host:5000/</c>) sending
    /// <paramref name="apiKey"/> as its bearer key; it owns its connections and closes them when disposed.</summary>
    public LedgerClient(Uri baseAddress, string apiKey, LedgerClientOptions? options = null)
        : this(CreateHttpClient(baseAddress, apiKey), options, ownsHttp: true)
    {
    }

    /// <summary>Uses a caller-configured <see cref="HttpClient"/> (base address and Authorization set).</summary>
    public LedgerClient(HttpClient httpClient, LedgerClientOptions? options = null)
        : this(httpClient, options, ownsHttp: false)
    {
    }

    private LedgerClient(HttpClient http, LedgerClientOptions? options, bool ownsHttp)
    {
        _http = http;
        _ownsHttp = ownsHttp;
        _options = options ?? new LedgerClientOptions();
    }

    private static HttpClient CreateHttpClient(Uri baseAddress, string apiKey)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 256,
        };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return http;
    }

    /// <summary>Raised before each retry this client makes (a transient failure of a request, or batch items the
    /// silo could not book now), so that a caller can count them; the call itself still succeeds or fails as
    /// before.</summary>
    public event EventHandler<LedgerRetryEventArgs>? Retrying;

    /// <summary>Submits one stream record (a JSON object) and returns its outcome once durable.</summary>
    public async Task<CommandResult> SubmitAsync(string record, CancellationToken cancellationToken = default)
    {
        using var response = await SendWithRetriesAsync(HttpMethod.Post, "v1/commands", record, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var problem = JsonSerializer.Deserialize(body, ClientJson.Default.WireProblem);
            return new CommandResult(problem?.Id, problem?.Reason ?? "INVALID_COMMAND", problem?.Field,
                problem?.Detail);
        }

        EnsureSuccess(response, body);
        var answer = JsonSerializer.Deserialize(body, ClientJson.Default.WireCommandResponse)
            ?? throw new LedgerClientException("The silo answered an empty body.", (int)response.StatusCode);
        return new CommandResult(answer.Id, answer.Outcome);
    }

    /// <summary>Submits records in one request and returns one result per record, in order. Records of one
    /// borrower take effect in their order. Items the silo could not book now are sent again (only those, in
    /// order) until they are decided or the attempts run out.</summary>
    public async Task<IReadOnlyList<CommandResult>> SubmitBatchAsync(IReadOnlyList<string> records,
        CancellationToken cancellationToken = default)
    {
        var results = new CommandResult?[records.Count];
        var pending = Enumerable.Range(0, records.Count).ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var items = await SendBatchAsync(pending.Select(i => records[i]), cancellationToken);
            if (items.Length != pending.Count)
            {
                throw new LedgerClientException($"The silo answered {items.Length} results for {pending.Count}.",
                    null);
            }

            var retry = new List<int>();
            var refused = new List<WireBatchItem>();
            for (var k = 0; k < items.Length; k++)
            {
                var item = items[k];
                if (item.Outcome is { } outcome)
                {
                    results[pending[k]] = new CommandResult(item.Id, outcome, item.Field, item.Error);
                }
                else
                {
                    retry.Add(pending[k]);
                    refused.Add(item);
                }
            }

            if (retry.Count > 0 && attempt >= _options.MaxAttempts)
            {
                throw new LedgerClientException(
                    $"{retry.Count} records could not be booked after {attempt} attempts; last answers: "
                    + DescribeRefusals(refused), 503);
            }

            if (retry.Count > 0)
            {
                Retrying?.Invoke(this, new LedgerRetryEventArgs("item:" + (refused[0].Retry ?? "?"), attempt,
                    retry.Count));
                await Task.Delay(Backoff(attempt), cancellationToken);
            }

            pending = retry;
        }

        return results!;
    }

    private async Task<WireBatchItem[]> SendBatchAsync(IEnumerable<string> records, CancellationToken ct)
    {
        var body = new StringBuilder("[");
        foreach (var record in records)
        {
            body.Append(body.Length > 1 ? "," : string.Empty).Append(record);
        }

        body.Append(']');
        using var response = await SendWithRetriesAsync(HttpMethod.Post, "v1/commands/batch", body.ToString(), ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        EnsureSuccess(response, bytes);
        return JsonSerializer.Deserialize(bytes, ClientJson.Default.WireBatchItemArray)
            ?? throw new LedgerClientException("The silo answered an empty batch.", (int)response.StatusCode);
    }

    /// <summary>The snapshot of stream-format.md, read from the ledger.</summary>
    public async Task<string> GetSnapshotAsync(CancellationToken cancellationToken = default) =>
        await GetStringAsync("v1/snapshot", cancellationToken);

    /// <summary>GETs a path of the API (for example <c>v1/borrowers/B1</c>) and returns the JSON text, or null
    /// on 404.</summary>
    public async Task<string?> GetJsonAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendWithRetriesAsync(HttpMethod.Get, path, null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        EnsureSuccess(response, body);
        return Encoding.UTF8.GetString(body);
    }

    /// <summary>GETs a path of the API as a stream (for long answers such as <c>v1/journal</c>), without
    /// buffering it; the caller disposes the stream.</summary>
    public async Task<Stream> OpenStreamAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            response.Dispose();
            EnsureSuccess(response, body);
        }

        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    /// <summary>POSTs an empty request to an operator path (for example <c>v1/cluster/drain/SILO</c>) and
    /// returns the JSON answer.</summary>
    public async Task<string> PostAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendWithRetriesAsync(HttpMethod.Post, path, "{}", cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        EnsureSuccess(response, body);
        return Encoding.UTF8.GetString(body);
    }

    /// <summary>PUTs a JSON body to an operator path (for example <c>v1/eod/schedule</c>) and returns the JSON
    /// answer. A PUT is idempotent, so it is retried like a read.</summary>
    public Task<string> PutJsonAsync(string path, string json, CancellationToken cancellationToken = default) =>
        SendForJsonAsync(HttpMethod.Put, path, json, cancellationToken);

    /// <summary>DELETEs an operator path (for example <c>v1/eod/schedule</c>) and returns the JSON answer.</summary>
    public Task<string> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendForJsonAsync(HttpMethod.Delete, path, null, cancellationToken);

    private async Task<string> SendForJsonAsync(HttpMethod method, string path, string? json, CancellationToken ct)
    {
        using var response = await SendWithRetriesAsync(method, path, json, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        EnsureSuccess(response, body);
        return Encoding.UTF8.GetString(body);
    }

    private async Task<string> GetStringAsync(string path, CancellationToken ct) =>
        await GetJsonAsync(path, ct) ?? throw new LedgerClientException($"{path} was not found.", 404);

    private async Task<HttpResponseMessage> SendWithRetriesAsync(HttpMethod method, string path, string? body,
        CancellationToken ct)
    {
        var attempts = _options.MaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(_options.AttemptTimeout);
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            Exception? failure;
            try
            {
                var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
                if (!IsTransient(response.StatusCode))
                {
                    return response;
                }

                failure = new LedgerClientException($"The silo answered {(int)response.StatusCode}.",
                    (int)response.StatusCode);
                response.Dispose();
            }
            catch (HttpRequestException ex)
            {
                failure = ex;
            }
            catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
            {
                failure = ex; // The attempt timed out, the caller did not cancel.
            }

            if (attempt >= attempts)
            {
                throw new LedgerClientException($"{method} {path} failed after {attempt} attempts: {failure.Message}",
                    (failure as LedgerClientException)?.StatusCode, failure);
            }

            var reason = failure switch
            {
                LedgerClientException { StatusCode: { } status } => status.ToString(CultureInfo.InvariantCulture),
                OperationCanceledException => "timeout",
                _ => "connection",
            };
            Retrying?.Invoke(this, new LedgerRetryEventArgs(reason, attempt, 1));
            await Task.Delay(Backoff(attempt), ct);
        }
    }

    /// <summary>The retry reasons of the items still refused, most frequent first, with one silo message each
    /// (e.g. <c>BOOK_VERSION_CONFLICT ×40 (…), STORE_UNAVAILABLE ×4 (…)</c>).</summary>
    private static string DescribeRefusals(IEnumerable<WireBatchItem> refused) => string.Join(", ", refused
        .GroupBy(r => r.Retry ?? "?", StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} ×{g.Count()} ({g.First().Error})"));

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests;

    private TimeSpan Backoff(int attempt)
    {
        var exponential = _options.InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, _options.MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }

    private static void EnsureSuccess(HttpResponseMessage response, byte[] body)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var detail = body.Length > 0 ? Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 500)) : string.Empty;
        throw new LedgerClientException($"The silo answered {(int)response.StatusCode}: {detail}",
            (int)response.StatusCode);
    }

    /// <summary>Closes the client's connections, unless it was given its <see cref="HttpClient"/>.</summary>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }
}
