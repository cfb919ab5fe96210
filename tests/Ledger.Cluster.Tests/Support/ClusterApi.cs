using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ledger.Cluster.Tests.Support;

/// <summary>An HTTP answer: status and body text, and the body's root element when it is JSON.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string Text)
{
    public int Code => (int)Status;

    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Text);
            return document.RootElement.Clone();
        }
    }

    /// <summary>The <c>outcome</c> of a command answer, or null when the body has none.</summary>
    public string? Outcome
    {
        get
        {
            try
            {
                return Json.TryGetProperty("outcome", out var outcome) ? outcome.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The <c>reason</c> of a problem answer (STORE_UNAVAILABLE, COMMIT_FATE_UNKNOWN, ...), or null.</summary>
    public string? Reason
    {
        get
        {
            try
            {
                return Json.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public override string ToString() => $"{Code}: {Text}";
}

/// <summary>One row of <c>GET /v1/cluster/silos</c>: Orleans' membership entry of a silo.</summary>
internal sealed record SiloInfo(string SiloId, string Endpoint, string Status);

/// <summary>Raw calls to a silo's API, so that tests see exactly what a silo answers (no client retries).</summary>
internal static class ClusterApi
{
    public static HttpClient CreateHttp(Uri baseAddress, string apiKey, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return http;
    }

    /// <summary>POSTs a JSON body.</summary>
    public static async Task<ApiResponse> PostAsync(HttpClient http, string path, string body,
        CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        using var response = await http.SendAsync(request, ct);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    public static async Task<ApiResponse> GetAsync(HttpClient http, string path, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>Submits one record, failing the test on anything but a 200; returns the outcome.</summary>
    public static async Task<string> SubmitAsync(HttpClient http, string record)
    {
        var response = await PostAsync(http, "v1/commands", record);
        Assert.True(response.Status == HttpStatusCode.OK, $"{record} -> {response}");
        return response.Outcome!;
    }

    /// <summary>Submits records one by one; each must be accepted.</summary>
    public static async Task AcceptAllAsync(HttpClient http, params string[] records)
    {
        foreach (var record in records)
        {
            Assert.Equal(("ACCEPTED", record), (await SubmitAsync(http, record), record));
        }
    }

    public static async Task<IReadOnlyList<SiloInfo>> SilosAsync(HttpClient http, CancellationToken ct = default) =>
        await SilosOrUnavailableAsync(http, ct)
        ?? throw new Xunit.Sdk.XunitException("GET v1/cluster/silos -> 503 (retryable)");

    /// <summary>The silos, or null when the silo answers 503, retryable: right after a kill, while the victim is not
    /// yet declared dead, Orleans' management calls may still try to reach it. Any other failure fails the test.
    /// </summary>
    public static async Task<IReadOnlyList<SiloInfo>?> SilosOrUnavailableAsync(HttpClient http,
        CancellationToken ct = default)
    {
        var response = await GetAsync(http, "v1/cluster/silos", ct);
        if (response.Status == HttpStatusCode.ServiceUnavailable
            && response.Json.TryGetProperty("retryable", out var retryable) && retryable.GetBoolean())
        {
            return null;
        }

        Assert.True(response.Status == HttpStatusCode.OK, $"GET v1/cluster/silos -> {response}");
        return [.. response.Json.EnumerateArray().Select(s => new SiloInfo(s.GetProperty("siloId").GetString()!,
            s.GetProperty("endpoint").GetString()!, s.GetProperty("status").GetString()!))];
    }

    public static async Task<JsonElement> StatusAsync(HttpClient http, CancellationToken ct = default)
    {
        var response = await GetAsync(http, "v1/status", ct);
        Assert.True(response.Status == HttpStatusCode.OK, $"GET v1/status -> {response}");
        return response.Json;
    }

    public static string Describe(IReadOnlyList<SiloInfo> silos) => string.Join(", ",
        silos.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.SiloId} {s.Endpoint} {s.Status}")));
}
