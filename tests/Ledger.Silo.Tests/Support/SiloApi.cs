using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ledger.Silo.Tests.Support;

/// <summary>An HTTP answer: status, body text and, when the body is JSON, its root element.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string Text, string? ContentType)
{
    public int Code => (int)Status;

    /// <summary>The <c>WWW-Authenticate</c> header, when the answer has one.</summary>
    public string? WwwAuthenticate { get; init; }

    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Text);
            return document.RootElement.Clone();
        }
    }

    public override string ToString() => $"{Code} {ContentType}: {Text}";
}

/// <summary>Raw HTTP calls, so tests see exactly what the silo answers (no client-side retries or mapping).</summary>
internal static class SiloApi
{
    public static Task<ApiResponse> PostAsync(HttpClient http, string path, string body) =>
        SendAsync(http, HttpMethod.Post, path, new StringContent(body, Encoding.UTF8, "application/json"));

    public static Task<ApiResponse> PostAsync(HttpClient http, string path, byte[] body, string? contentType,
        bool chunked = false)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return SendAsync(http, HttpMethod.Post, path, content, chunked);
    }

    public static Task<ApiResponse> GetAsync(HttpClient http, string path) =>
        SendAsync(http, HttpMethod.Get, path, null);

    public static async Task<ApiResponse> SendAsync(HttpClient http, HttpMethod method, string path,
        HttpContent? content, bool chunked = false)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiResponse(response.StatusCode, text, response.Content.Headers.ContentType?.MediaType)
        {
            WwwAuthenticate = response.Headers.WwwAuthenticate.Count == 0
                ? null
                : string.Join(", ", response.Headers.WwwAuthenticate),
        };
    }

    /// <summary>Submits one record and returns its outcome, failing the test on anything but a 200.</summary>
    public static async Task<string> SubmitAsync(HttpClient http, string record)
    {
        var response = await PostAsync(http, "v1/commands", record);
        Assert.True(response.Status == HttpStatusCode.OK, $"{record} -> {response}");
        return response.Json.GetProperty("outcome").GetString()!;
    }

    /// <summary>Submits records that must all be accepted.</summary>
    public static async Task AcceptAllAsync(HttpClient http, params string[] records)
    {
        foreach (var record in records)
        {
            Assert.Equal(("ACCEPTED", record), (await SubmitAsync(http, record), record));
        }
    }
}
