using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ledger.Domain;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Api;

/// <summary>The OpenAPI document as an integrating team uses it: checked by a validator of the OpenAPI 3.1 schema
/// (tests/openapi, an npm package run with node), and a scenario sending every record type, a batch, every read
/// and the refusals (400, 401, 403, 404, 413) whose every request and response is checked against the document by
/// a JSON Schema validator (ajv) there, deliberately refused requests refused by the document too; and a TypeScript
/// client generated from it (openapi-typescript) type-checking, in strict mode, sending every record type without a
/// cast.</summary>
public sealed class OpenApiContractTests
{
    private static readonly string CheckerDirectory = Path.Combine(BuildOutput.RepositoryRoot, "tests", "openapi");

    [Fact]
    public async Task Document_PassesTheOpenApiValidator_WithoutAKey()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        using var anonymous = silo.CreateHttpClient(apiKey: null);

        var response = await SiloApi.GetAsync(anonymous, "openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var run = await CheckAsync(response.Text, exchanges: null);
        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public async Task GeneratedTypeScriptClient_SendsEveryRecordWithoutACast()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var document = (await SiloApi.GetAsync(silo.Http, "openapi/v1.json")).Text;
        var records = new JsonArray([.. EveryRecordType().Select(r => JsonNode.Parse(r))]);

        var run = await RunNodeAsync("typed-client.mjs", ("openapi.json", document), ("records.json",
            records.ToJsonString()));

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public async Task Document_TakesItsValuesFromTheDomain_AndNamesNoServer()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var document = JsonNode.Parse((await SiloApi.GetAsync(silo.Http, "openapi/v1.json")).Text)!;
        var schemas = document["components"]!["schemas"]!;

        Assert.Null(document["servers"]);
        Assert.Equal("3.1", document["openapi"]!.GetValue<string>()[..3]);
        Assert.Equal(Enum.GetValues<CommandOutcome>().Select(o => o.ToCode()),
            schemas["Outcome"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(CommandParser.RecordTypes.Order(StringComparer.Ordinal),
            schemas["Record"]!["oneOf"]!.AsArray().Select(r => r!["$ref"]!.GetValue<string>().Split('/')[^1]));
        foreach (var type in CommandParser.RecordTypes)
        {
            Assert.Equal(CommandParser.FieldsOf(type).Order(StringComparer.Ordinal),
                schemas[type]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.False(schemas[type]!["additionalProperties"]!.GetValue<bool>());
        }

        Assert.Equal("integer", schemas["Draw"]!["properties"]!["amount"]!["type"]!.GetValue<string>());
        Assert.Equal("int64", schemas["LineView"]!["properties"]!["principal"]!["format"]!.GetValue<string>());
        Assert.Equal("date", schemas["Date"]!["format"]!.GetValue<string>());
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).ToList();
        Assert.All(operations, o => Assert.NotNull(o.Value!["operationId"]));
        Assert.Equal(operations.Count, operations.Select(o => o.Value!["operationId"]!.GetValue<string>()).Distinct()
            .Count());
    }

    [Fact]
    public async Task Scenario_EveryRequestAndResponse_MatchesTheDocument()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        var exchanges = new JsonArray();
        using var op = Recording(silo, silo.ApiKey, exchanges);
        using var client = Recording(silo, silo.ClientKey, exchanges);
        using var anonymous = Recording(silo, null, exchanges);

        foreach (var record in EveryRecordType())
        {
            Assert.Equal(HttpStatusCode.OK, (await SiloApi.PostAsync(op, "v1/commands", record)).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await SiloApi.PostAsync(client, "v1/commands/batch",
            """[{"type":"Draw","id":"b1","borrower":"B","line":"L1","amount":1000},""" +
            """{"type":"Repay","id":"b2","borrower":"B","line":"L1","amount":99999999999}]""")).Status);
        Mark(exchanges, "any");
        Assert.Equal(HttpStatusCode.OK, (await SiloApi.PostAsync(client, "v1/commands/batch",
            """[{"type":"Draw","id":"b3","borrower":"B","line":"L1","amount":1000,"amout":5}]""")).Status);
        Mark(exchanges, "invalid");
        Assert.Equal(HttpStatusCode.BadRequest, (await SiloApi.PostAsync(client, "v1/commands",
            """{"type":"OpenCreditLine","id":"x1","borrower":"B","line":"L9","limit":5,"rate":"0.""" +
            """01","expiryDate":"2025-01-01","daycount":"ACT/365"}""")).Status);
        Mark(exchanges, "invalid");
        Assert.Equal(HttpStatusCode.BadRequest, (await SiloApi.PostAsync(client, "v1/commands", "[1]")).Status);
        Mark(exchanges, "invalid");
        Assert.Equal(HttpStatusCode.Forbidden, (await SiloApi.PostAsync(client, "v1/commands",
            """{"type":"EndOfDay","id":"e9","date":"2024-03-02"}""")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SiloApi.PostAsync(client, "v1/commands/batch",
            """[{"type":"SetBusinessDate","id":"d9","date":"2024-03-02"}]""")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiloApi.PostAsync(anonymous, "v1/commands",
            """{"type":"FreezeBorrower","id":"f9","borrower":"B"}""")).Status);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await SiloApi.PostAsync(client, "v1/commands",
            Encoding.UTF8.GetBytes("{" + new string(' ', 70_000) + "}"), "application/json")).Status);
        Mark(exchanges, "any");

        string[] reads =
        [
            "v1/borrowers/B", "v1/borrowers/B/lines/L1", "v1/borrowers/B/orders/O1", "v1/borrowers/B/journal",
            "v1/borrowers/B/journal?after=1&limit=2", "v1/borrowers/NOBODY", "v1/borrowers/B/lines/NOPE",
            "v1/borrowers/B/orders/NOPE", "v1/borrowers/NOBODY/journal", "v1/borrowers/bad%20id", "v1/status",
        ];
        foreach (var path in reads)
        {
            await SiloApi.GetAsync(client, path);
        }

        foreach (var path in new[] { "v1/snapshot", "v1/journal", "v1/audit", "metrics", "v1/cluster/silos" })
        {
            Assert.Equal(HttpStatusCode.OK, (await SiloApi.GetAsync(op, path)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await SiloApi.GetAsync(client, path)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound,
            (await SiloApi.PostAsync(op, "v1/cluster/drain/no-such-silo", "")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SiloApi.GetAsync(anonymous, "health")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiloApi.GetAsync(anonymous, "v1/status")).Status);

        using var reader = silo.CreateHttpClient(apiKey: null);
        var document = (await SiloApi.GetAsync(reader, "openapi/v1.json")).Text;
        var statuses = exchanges.Select(e => e!["status"]!.GetValue<int>()).ToHashSet();
        Assert.Subset(statuses, new HashSet<int> { 200, 400, 401, 403, 404, 413 });
        var run = await CheckAsync(document, exchanges.ToJsonString());
        Assert.True(run.ExitCode == 0, run.Output);
    }

    /// <summary>Every record type once, in an order the ledger accepts (the outcomes themselves do not matter here:
    /// a rejection is a 200 with its reason, and the contract is the same).</summary>
    /// <remarks>One record a line, however long: each is a stream record as a stream file holds it.</remarks>
    private static IEnumerable<string> EveryRecordType() =>
    [
        """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
        """{"type":"OpenBorrower","id":"c1","borrower":"B","limit":50000000}""",
        """{"type":"SetBorrowerLimit","id":"c2","borrower":"B","limit":60000000}""",
        """{"type":"OpenCreditLine","id":"c3","borrower":"B","line":"L1","limit":20000000,"rate":"0.0395","expiryDate":"2025-02-28","maturityDate":"2025-03-31","dayCount":"ACT/365","penaltyMultiplier":"2"}""",
        """{"type":"OpenCreditLine","id":"c4","borrower":"B","line":"L2","limit":1000000,"rate":"0.05","expiryDate":"2025-02-28"}""",
        """{"type":"Draw","id":"c5","borrower":"B","line":"L1","amount":1500000}""",
        """{"type":"Repay","id":"c6","borrower":"B","line":"L1","amount":500000}""",
        """{"type":"ChangeRate","id":"c7","borrower":"B","line":"L1","rate":"0.04","effectiveDate":"2024-03-01"}""",
        """{"type":"ExtendLine","id":"c8","borrower":"B","line":"L1","maturityDate":"2025-06-30"}""",
        """{"type":"CloseLine","id":"c9","borrower":"B","line":"L2"}""",
        """{"type":"OpenOrder","id":"c10","borrower":"B","order":"O1","supplier":"S1","rate":"0.05","maturityDate":"2024-06-01","tranches":[{"amount":100000},{"amount":200000,"releaseDate":"2024-04-01"}],"dayCount":"ACT/360","penaltyMultiplier":"1.5"}""",
        """{"type":"ReleaseTranche","id":"c11","borrower":"B","order":"O1","tranche":2}""",
        """{"type":"RepayOrder","id":"c12","borrower":"B","order":"O1","amount":50000}""",
        """{"type":"ExtendOrder","id":"c13","borrower":"B","order":"O1","maturityDate":"2024-07-01"}""",
        """{"type":"OpenOrder","id":"c14","borrower":"B","order":"O2","supplier":"S2","rate":"0.05","maturityDate":"2024-06-01","tranches":[{"amount":100000,"releaseDate":"2024-05-01"}]}""",
        """{"type":"CancelOrder","id":"c15","borrower":"B","order":"O2"}""",
        """{"type":"FreezeBorrower","id":"c16","borrower":"B"}""",
        """{"type":"UnfreezeBorrower","id":"c17","borrower":"B"}""",
        """{"type":"EndOfDay","id":"c18","date":"2024-03-01"}""",
        """{"type":"Draw","id":"c19","borrower":"B","line":"L1","amount":999999999999}""",
    ];

    /// <summary>Marks the last exchange's request: "invalid" (the silo refused its shape, so must the document),
    /// or "any" (not a record the document describes: padding, a refusal by the ledger, not by shape).</summary>
    private static void Mark(JsonArray exchanges, string request) => exchanges[^1]!["request"] = request;

    private static HttpClient Recording(TestSilo silo, string? key, JsonArray exchanges)
    {
        var http = new HttpClient(new Recorder(exchanges) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = silo.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return http;
    }

    private static Task<(int ExitCode, string Output)> CheckAsync(string document, string? exchanges) =>
        exchanges is null
            ? RunNodeAsync("check.mjs", ("openapi.json", document))
            : RunNodeAsync("check.mjs", ("openapi.json", document), ("exchanges.json", exchanges));

    /// <summary>Runs a script of tests/openapi with the given files (written to a temp directory) as its arguments.
    /// </summary>
    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string script,
        params (string Name, string Text)[] files)
    {
        Assert.True(Directory.Exists(Path.Combine(CheckerDirectory, "node_modules")),
            $"The OpenAPI checker is not installed: run npm ci in {CheckerDirectory} (.ci/run does).");
        var directory = Directory.CreateTempSubdirectory("ledger-openapi-").FullName;
        try
        {
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = CheckerDirectory,
            };
            start.ArgumentList.Add(script);
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(directory, name);
                await File.WriteAllTextAsync(path, text);
                start.ArgumentList.Add(path);
            }

            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await Poll.WithinAsync(node.WaitForExitAsync(), TimeSpan.FromMinutes(2), $"node {script}");
            return (node.ExitCode, await output + await errors);
        }
        finally
        {
            TestSilo.TryDeleteDirectory(directory);
        }
    }

    /// <summary>Records each request and its answer, as the checker reads them.</summary>
    private sealed class Recorder(JsonArray exchanges) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            var requestBody = request.Content is null
                ? null
                : await request.Content.ReadAsStringAsync(cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
            lock (exchanges)
            {
                exchanges.Add(new JsonObject
                {
                    ["method"] = request.Method.Method,
                    ["path"] = request.RequestUri!.PathAndQuery,
                    ["requestBody"] = string.IsNullOrEmpty(requestBody) ? null : requestBody,
                    ["requestContentType"] = request.Content?.Headers.ContentType?.MediaType,
                    ["request"] = "valid",
                    ["status"] = (int)response.StatusCode,
                    ["responseContentType"] = response.Content.Headers.ContentType?.ToString(),
                    ["responseBody"] = responseBody,
                });
            }

            return response;
        }
    }
}
