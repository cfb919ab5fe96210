using System.Net;
using System.Net.Sockets;
using System.Text;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Api;

/// <summary>The two kinds of key: a client key sends borrower commands and reads; an operator's action (the
/// ledger-scope commands wherever they are sent, the cluster routes, the snapshot, the ledger-wide journal and
/// audit, the metrics) wants an operator key and answers a client key 403; keys rotate by listing two in a key
/// file; a cluster-mode silo without keys does not start; no key reaches the log.</summary>
public sealed class KeyTests(ApiSiloFixture fixture) : IClassFixture<ApiSiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    /// <summary>Every operator's action, sent so that an operator key gets a 2xx or a 404 (an unknown silo) and never
    /// changes the fixture's business date.</summary>
    public static TheoryData<string, string, string?> OperatorActions => new()
    {
        {
            "POST", "v1/commands",
            $$"""{"type":"SetBusinessDate","id":"k-date","date":"{{ApiSiloFixture.BusinessDate}}"}"""
        },
        { "POST", "v1/commands", """{"type":"EndOfDay","id":"k-eod","date":"2024-02-29"}""" },
        { "POST", "v1/commands/batch", """[{"type":"OpenBorrower","id":"k-b","borrower":"KB","limit":5},""" +
            """{"type":"EndOfDay","id":"k-eod2","date":"2024-02-29"}]""" },
        { "POST", "v1/commands/batch", """[{"type":"SetBusinessDate","id":"k-bad","date":"not a date"}]""" },
        { "GET", "v1/snapshot", null },
        { "GET", "v1/journal", null },
        { "GET", "v1/audit", null },
        { "GET", "metrics", null },
        { "GET", "v1/cluster/silos", null },
        { "POST", "v1/cluster/drain/no-such-silo", null },
    };

    [Theory]
    [MemberData(nameof(OperatorActions))]
    public async Task OperatorAction_ClientKey_Returns403AndDoesNothing(string method, string path, string? body)
    {
        using var client = Silo.CreateHttpClient(Silo.ClientKey);

        var response = await SendAsync(client, method, path, body);

        Assert.True(response.Status == HttpStatusCode.Forbidden, response.ToString());
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("OPERATOR_KEY_REQUIRED", response.Json.GetProperty("reason").GetString());
        // Not even the borrower before the EndOfDay in the refused batch was opened.
        var borrower = await SiloApi.GetAsync(Silo.Http, "v1/borrowers/KB");
        Assert.Equal(HttpStatusCode.NotFound, borrower.Status);
        var status = await SiloApi.GetAsync(Silo.Http, "v1/status");
        Assert.Equal(ApiSiloFixture.BusinessDate, status.Json.GetProperty("businessDate").GetString());
    }

    [Theory]
    [MemberData(nameof(OperatorActions))]
    public async Task OperatorAction_OperatorKey_IsAccepted(string method, string path, string? body)
    {
        // The refused batch's borrower would be opened here: keep it apart from the 403 test's check.
        body = body?.Replace("\"KB\"", $"\"{ApiSiloFixture.NewId("KB")}\"", StringComparison.Ordinal)
            .Replace("\"k-", $"\"{ApiSiloFixture.NewId("k-")}-", StringComparison.Ordinal);

        var response = await SendAsync(Silo.Http, method, path, body);

        var expected = path.Contains("no-such-silo", StringComparison.Ordinal) ? 404 : 200;
        Assert.True(response.Code == expected, response.ToString());
    }

    [Fact]
    public async Task ClientKey_BorrowerCommandsAndReads_AreAccepted()
    {
        using var client = Silo.CreateHttpClient(Silo.ClientKey);
        var borrower = ApiSiloFixture.NewId("KC");

        await SiloApi.AcceptAllAsync(client,
            $$"""{"type":"OpenBorrower","id":"{{borrower}}-o","borrower":"{{borrower}}","limit":1000}""");
        var batch = await SiloApi.PostAsync(client, "v1/commands/batch",
            $$"""[{"type":"SetBorrowerLimit","id":"{{borrower}}-l","borrower":"{{borrower}}","limit":2000}]""");
        var view = await SiloApi.GetAsync(client, $"v1/borrowers/{borrower}");
        var journal = await SiloApi.GetAsync(client, $"v1/borrowers/{borrower}/journal");
        var status = await SiloApi.GetAsync(client, "v1/status");

        Assert.Equal("ACCEPTED", batch.Json[0].GetProperty("outcome").GetString());
        Assert.Equal(2000, view.Json.GetProperty("limit").GetInt64());
        Assert.Equal(HttpStatusCode.OK, journal.Status);
        Assert.Equal(HttpStatusCode.OK, status.Status);
    }

    [Fact]
    public async Task UnauthenticatedLargeBody_Gets401AtOnce_WithoutTheBodyBeingSent()
    {
        // Headers announcing 100 MB and not one byte of the body: the silo must answer from the headers alone.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Silo.BaseAddress.Host, Silo.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST /v1/commands/batch HTTP/1.1\r\nHost: {Silo.BaseAddress.Authority}\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var answer = await Poll.WithinAsync(ReadHeadAsync(stream), TimeSpan.FromSeconds(10), "the 401");

        Assert.StartsWith("HTTP/1.1 401", answer, StringComparison.Ordinal);
        Assert.Contains("WWW-Authenticate: Bearer", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Connection: close", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task KeyFile_TwoKeys_BothAccepted_ThenTheRemovedOneRefused_WithoutRestart()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var file = Path.Combine(silo.DataDirectory, "operator-key");
        var (old, next) = (silo.ApiKey, "rotated-" + Guid.NewGuid().ToString("N"));
        using var oldKey = silo.CreateHttpClient(old);
        using var nextKey = silo.CreateHttpClient(next);

        await File.WriteAllTextAsync(file, $"{old},{next}\n");
        await Poll.UntilAsync(async () => (await SiloApi.GetAsync(nextKey, "v1/snapshot")).Code == 200,
            TimeSpan.FromSeconds(30), "the added operator key to be accepted");
        Assert.Equal(HttpStatusCode.OK, (await SiloApi.GetAsync(oldKey, "v1/snapshot")).Status);

        await File.WriteAllTextAsync(file, next);
        await Poll.UntilAsync(async () => (await SiloApi.GetAsync(oldKey, "v1/snapshot")).Code == 401,
            TimeSpan.FromSeconds(30), "the removed operator key to be refused");
        Assert.Equal(HttpStatusCode.OK, (await SiloApi.GetAsync(nextKey, "v1/snapshot")).Status);
        // The client key was left alone.
        using var client = silo.CreateHttpClient(silo.ClientKey);
        Assert.Equal(HttpStatusCode.OK, (await SiloApi.GetAsync(client, "v1/status")).Status);
    }

    [Fact]
    public async Task ClusterModeSilo_WithoutKeys_RefusesToStart_NamingTheSetting()
    {
        var data = Directory.CreateTempSubdirectory("ledger-keys-test-").FullName;
        try
        {
            // The keys are checked before the store is reached, so no PostgreSQL is needed to see the refusal.
            var refusal = Assert.Throws<SiloSettingsException>(() => SiloHost.Build(
                ["--data", data, "--postgres", "Host=127.0.0.1;Port=1;Database=none"]));

            Assert.Contains("LEDGER_API_KEY", refusal.Message, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(data, "api-key"), "client-key-of-the-cluster");
            var second = Assert.Throws<SiloSettingsException>(() => SiloHost.Build(
                ["--data", data, "--postgres", "Host=127.0.0.1;Port=1;Database=none"]));
            Assert.Contains("LEDGER_OPERATOR_KEY", second.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, "operator-key")), "a cluster-mode silo generated a key");
        }
        finally
        {
            TestSilo.TryDeleteDirectory(data);
        }
    }

    [Fact]
    public void OneKeyOfBothKinds_RefusesToStart()
    {
        var data = Directory.CreateTempSubdirectory("ledger-keys-test-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(data, "api-key"), "a,shared");
            File.WriteAllText(Path.Combine(data, "operator-key"), "shared,b");

            var refusal = Assert.Throws<SiloSettingsException>(() => SiloHost.Build(["--data", data]));

            Assert.Contains("both a client key and an operator key", refusal.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("shared", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            TestSilo.TryDeleteDirectory(data);
        }
    }

    [Fact]
    public async Task Keys_NeverReachTheLog_EvenAtTraceLevel()
    {
        var data = Directory.CreateTempSubdirectory("ledger-keys-test-").FullName;
        string output;
        string[] keys;
        await using (var silo = await SiloProcess.StartAsync(null, data, "--Logging:LogLevel:Default", "Trace"))
        {
            keys = [silo.ApiKey, File.ReadAllText(Path.Combine(data, "api-key")).Trim(), "wrong-key-0123456789"];
            foreach (var key in keys)
            {
                using var http = new HttpClient { BaseAddress = silo.BaseAddress };
                http.DefaultRequestHeaders.Authorization = new("Bearer", key);
                await SiloApi.GetAsync(http, "v1/status");
                await SiloApi.PostAsync(http, "v1/commands", """{"type":"EndOfDay","id":"x","date":"2024-01-01"}""");
            }

            output = silo.Output;
        }

        TestSilo.TryDeleteDirectory(data);
        Assert.Contains("operator-key", output, StringComparison.Ordinal);
        foreach (var key in keys)
        {
            Assert.DoesNotContain(key, output, StringComparison.Ordinal);
        }
    }

    private static Task<ApiResponse> SendAsync(HttpClient http, string method, string path, string? body) =>
        method == "POST"
            ? SiloApi.PostAsync(http, path, body ?? "{}")
            : SiloApi.GetAsync(http, path);

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var text = new StringBuilder();
        while (!text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
