using System.Net.Http.Headers;
using System.Text;

namespace Ledger.Silo;

/// <summary>Calls from this silo to its peers (forwarding a command to the owner of its partition, asking a peer
/// to accrue its partitions at end of day), with the cluster's API key. A forwarded request carries
/// <see cref="ForwardedHeader"/> so that it is never forwarded twice.</summary>
internal sealed class PeerClient : IDisposable
{
    public const string ForwardedHeader = "X-Ledger-Forwarded";

    private readonly HttpClient _http;
    private readonly string _apiKey;

    public PeerClient(string apiKey)
    {
        _apiKey = apiKey;
        _http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 64,
        })
        {
            Timeout = TimeSpan.FromMinutes(10),
        };
    }

    /// <summary>Posts a JSON body to a peer and returns its status and body.</summary>
    public async Task<(int Status, byte[] Body)> PostAsync(string endpoint, string path, ReadOnlyMemory<byte> body,
        CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Combine(endpoint, path))
        {
            Content = new ReadOnlyMemoryContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        request.Headers.Add(ForwardedHeader, "1");
        using var response = await _http.SendAsync(request, ct);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(ct));
    }

    /// <summary>Tells the silo at <paramref name="endpoint"/> that the business date moved.</summary>
    public async Task NotifyBusinessDateMovedAsync(string endpoint, CancellationToken ct)
    {
        var (status, body) = await PostAsync(endpoint, "internal/v1/business-date-moved", "{}"u8.ToArray(), ct);
        if (status != 200)
        {
            throw new HttpRequestException(
                $"{endpoint} answered {status} to the business date's move: {Encoding.UTF8.GetString(body)}");
        }
    }

    private static Uri Combine(string endpoint, string path) => new(endpoint.TrimEnd('/') + "/" + path);

    public void Dispose() => _http.Dispose();
}
