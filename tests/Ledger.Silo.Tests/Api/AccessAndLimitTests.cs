using System.Net;
using System.Text;
using System.Text.Json;
using Ledger.Silo.Tests.Support;

namespace Ledger.Silo.Tests.Api;

/// <summary>The edges every request meets before the ledger: the API key, routing, body size limits, and the
/// OpenAPI document.</summary>
public sealed class AccessAndLimitTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private const int SingleLimitBytes = 64 * 1024;
    private const int BatchLimitBytes = 8 * 1024 * 1024;

    private TestSilo Silo => fixture.Silo;

    public static TheoryData<string, string> ProtectedEndpoints => new()
    {
        { "POST", "v1/commands" },
        { "POST", "v1/commands/batch" },
        { "GET", "v1/borrowers/B1" },
        { "GET", "v1/borrowers/B1/lines/L1" },
        { "GET", "v1/borrowers/B1/orders/O1" },
        { "GET", "v1/borrowers/B1/journal" },
        { "GET", "v1/snapshot" },
        { "GET", "v1/status" },
        { "GET", "v1/journal" },
        { "GET", "v1/audit" },
        { "GET", "v1/cluster/silos" },
        { "POST", "v1/cluster/drain/S1" },
        { "GET", "metrics" },
        { "GET", "no/such/route" },
    };

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task Endpoint_MissingKey_Returns401(string method, string path)
    {
        using var anonymous = Silo.CreateHttpClient(apiKey: null);

        var response = await SendAsync(anonymous, method, path);

        AssertUnauthorized(response);
    }

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task Endpoint_WrongKey_Returns401(string method, string path)
    {
        using var wrong = Silo.CreateHttpClient(apiKey: Silo.ApiKey + "x");

        var response = await SendAsync(wrong, method, path);

        AssertUnauthorized(response);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    public async Task Endpoint_MalformedAuthorizationHeader_Returns401(string header)
    {
        using var http = Silo.CreateHttpClient(apiKey: null);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        var response = await SiloApi.GetAsync(http, "v1/status");

        AssertUnauthorized(response);
    }

    [Fact]
    public async Task OpenApi_WithoutKey_Returns200()
    {
        using var anonymous = Silo.CreateHttpClient(apiKey: null);

        var response = await SiloApi.GetAsync(anonymous, "openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.String, response.Json.GetProperty("openapi").ValueKind);
    }

    [Fact]
    public async Task Health_WithoutKey_Returns200()
    {
        using var anonymous = Silo.CreateHttpClient(apiKey: null);

        var response = await SiloApi.GetAsync(anonymous, "health");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ok", response.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Status_WithKey_Returns200WithTheBusinessDate()
    {
        var response = await SiloApi.GetAsync(Silo.Http, "v1/status");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(ApiSiloFixture.BusinessDate, response.Json.GetProperty("businessDate").GetString());
        Assert.True(response.Json.GetProperty("partitionCount").GetInt32() > 0);
    }

    [Theory]
    [InlineData("GET", "no/such/route")]
    [InlineData("GET", "v1/borrowers")]
    [InlineData("POST", "v1/command")]
    [InlineData("GET", "v1/borrowers/B1/accounts")]
    public async Task UnknownRoute_WithKey_Returns404(string method, string path)
    {
        var response = await SendAsync(Silo.Http, method, path);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    [Fact]
    public async Task GetBorrower_UnknownBorrower_Returns404Problem()
    {
        var response = await SiloApi.GetAsync(Silo.Http, $"v1/borrowers/{ApiSiloFixture.NewId("NOPE")}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(404, response.Json.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Submit_BodyOverLimit_Returns413(bool chunked)
    {
        var body = PaddedRecord(SingleLimitBytes + 1);

        var response = await SiloApi.PostAsync(Silo.Http, "v1/commands", body, "application/json", chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Submit_BodyExactlyAtLimit_IsRead(bool chunked)
    {
        var body = PaddedRecord(SingleLimitBytes);

        var response = await SiloApi.PostAsync(Silo.Http, "v1/commands", body, "application/json", chunked);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("UNKNOWN_BORROWER", response.Json.GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Batch_BodyOverLimit_Returns413(bool chunked)
    {
        var body = PaddedArray(BatchLimitBytes + 1);

        var response = await SiloApi.PostAsync(Silo.Http, "v1/commands/batch", body, "application/json", chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Batch_BodyLargerThanSingleLimit_IsAccepted(bool chunked)
    {
        var body = PaddedArray(SingleLimitBytes * 4);

        var response = await SiloApi.PostAsync(Silo.Http, "v1/commands/batch", body, "application/json", chunked);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(1, response.Json.GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_Document_IsServedAndNamesTheCommandEndpoints()
    {
        var response = await SiloApi.GetAsync(Silo.Http, "openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var paths = response.Json.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/commands", out var commands), string.Join(", ",
            paths.EnumerateObject().Select(p => p.Name)));
        Assert.True(commands.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/v1/commands/batch", out _));
        Assert.True(paths.TryGetProperty("/v1/borrowers/{borrower}", out _));
        Assert.Equal(JsonValueKind.String, response.Json.GetProperty("openapi").ValueKind);
    }

    private static Task<ApiResponse> SendAsync(HttpClient http, string method, string path) =>
        method == "POST"
            ? SiloApi.PostAsync(http, path, path.EndsWith("batch", StringComparison.Ordinal) ? "[]" : "{}")
            : SiloApi.GetAsync(http, path);

    private static void AssertUnauthorized(ApiResponse response)
    {
        Assert.True(response.Status == HttpStatusCode.Unauthorized, response.ToString());
        Assert.Equal(401, response.Json.GetProperty("status").GetInt32());
        Assert.Equal("Bearer", response.WwwAuthenticate);
    }

    /// <summary>A valid record (a draw on an unknown borrower) padded with trailing spaces to exactly
    /// <paramref name="size"/> bytes.</summary>
    private static byte[] PaddedRecord(int size)
    {
        var (id, borrower) = (ApiSiloFixture.NewId("c-"), ApiSiloFixture.NewId("NOPE"));
        var record = $$"""{"type":"Draw","id":"{{id}}","borrower":"{{borrower}}","line":"L1","amount":5}""";
        return Encoding.UTF8.GetBytes(record.PadRight(size));
    }

    /// <summary>A one-record batch padded with whitespace to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] PaddedArray(int size)
    {
        var record = PaddedRecord(200).AsSpan().TrimEnd((byte)' ');
        var bytes = new byte[size];
        bytes.AsSpan().Fill((byte)' ');
        bytes[0] = (byte)'[';
        record.CopyTo(bytes.AsSpan(1));
        bytes[^1] = (byte)']';
        return bytes;
    }
}
