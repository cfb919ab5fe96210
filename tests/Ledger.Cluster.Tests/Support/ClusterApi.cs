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

    /// <summary>The <c>reason</c> of a problem answer (NOT_OWNER, COMMIT_FAILED, ...), or null.</summary>
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

/// <summary>One row of <c>GET /v1/cluster/silos</c>.</summary>
internal sealed record SiloInfo(string SiloId, string Endpoint, string Status, int Partitions);

/// <summary>Raw calls to a silo's API, so that tests see exactly what a silo answers (no client retries).</summary>
internal static class ClusterApi
{
    /// <summary>The header a silo puts on a request it forwards; a silo never forwards such a request again.
    /// </summary>
    public const string ForwardedHeader = "X-Ledger-Forwarded";

    public static HttpClient CreateHttp(Uri baseAddress, string apiKey, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return http;
    }

    /// <summary>POSTs a JSON body; <paramref name="forwarded"/> marks it as already forwarded by a peer, so the
    /// silo must answer it itself.</summary>
    public static async Task<ApiResponse> PostAsync(HttpClient http, string path, string body, bool forwarded = false,
        CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (forwarded)
        {
            request.Headers.Add(ForwardedHeader, "1");
        }

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

    public static async Task<IReadOnlyList<SiloInfo>> SilosAsync(HttpClient http, CancellationToken ct = default)
    {
        var response = await GetAsync(http, "v1/cluster/silos", ct);
        Assert.True(response.Status == HttpStatusCode.OK, $"GET v1/cluster/silos -> {response}");
        return [.. response.Json.EnumerateArray().Select(s => new SiloInfo(s.GetProperty("siloId").GetString()!,
            s.GetProperty("endpoint").GetString()!, s.GetProperty("status").GetString()!,
            s.GetProperty("partitions").GetInt32()))];
    }

    /// <summary>The silo's partition map: the owner endpoint of every partition, null where it knows none.</summary>
    public static async Task<string?[]> PartitionMapAsync(HttpClient http, CancellationToken ct = default)
    {
        var response = await GetAsync(http, "v1/cluster/partitions", ct);
        Assert.True(response.Status == HttpStatusCode.OK, $"GET v1/cluster/partitions -> {response}");
        return [.. response.Json.GetProperty("owners").EnumerateArray()
            .Select(o => o.ValueKind == JsonValueKind.Null ? null : o.GetString())];
    }

    public static async Task<JsonElement> StatusAsync(HttpClient http, CancellationToken ct = default)
    {
        var response = await GetAsync(http, "v1/status", ct);
        Assert.True(response.Status == HttpStatusCode.OK, $"GET v1/status -> {response}");
        return response.Json;
    }

    public static async Task<long> CommittedTurnsAsync(HttpClient http) =>
        (await StatusAsync(http)).GetProperty("committedTurns").GetInt64();

    /// <summary>Whether the silos' partitions are spread evenly over exactly <paramref name="live"/>: every live
    /// silo is active and holds ⌊P/n⌋ or ⌈P/n⌉ partitions, no other silo holds any, and they add up to P. (A killed
    /// silo stays "active" in the table, with a heartbeat that ages; it holds nothing once its leases lapsed.)
    /// </summary>
    public static bool IsEvenOver(IReadOnlyList<SiloInfo> silos, int partitionCount, IReadOnlyCollection<string> live)
    {
        var active = silos.Where(s => s.Status == "active").Select(s => s.SiloId).ToHashSet(StringComparer.Ordinal);
        if (!active.IsSupersetOf(live) || silos.Sum(s => s.Partitions) != partitionCount)
        {
            return false;
        }

        var counts = silos.Where(s => live.Contains(s.SiloId)).Select(s => s.Partitions).ToList();
        var low = partitionCount / live.Count;
        return silos.Where(s => !live.Contains(s.SiloId)).All(s => s.Partitions == 0)
            && counts.All(c => c == low || c == low + 1);
    }

    public static string Describe(IReadOnlyList<SiloInfo> silos) => string.Join(", ",
        silos.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.SiloId} {s.Status} {s.Partitions}")));
}
