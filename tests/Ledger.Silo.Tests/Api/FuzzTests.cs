using System.Net;
using System.Text.Json;
using Ledger.Domain;
using Ledger.Silo.Tests.Support;
using Xunit.Abstractions;

namespace Ledger.Silo.Tests.Api;

/// <summary>Hostile bodies, from a seeded generator, against the command endpoints of a silo with real state (open
/// borrowers, lines, an order; end of day may run): a client must never cause a 5xx, a single record is answered
/// 400 exactly when it fails its shape check, and a batch that is a JSON array gets one result per item.</summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int SingleLimitBytes = 64 * 1024;
    private TestSilo? _silo;

    private TestSilo Silo => _silo!;

    public async Task InitializeAsync()
    {
        _silo = await TestSilo.StartSqliteAsync();
        await SiloApi.AcceptAllAsync(Silo.Http,
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
            """{"type":"OpenBorrower","id":"s1","borrower":"FZ1","limit":1000000000000000}""",
            """{"type":"OpenBorrower","id":"s2","borrower":"FZ2","limit":1000000}""",
            """
            {"type":"OpenCreditLine","id":"s3","borrower":"FZ1","line":"L1","limit":1000000000000000,"rate":"1",
             "expiryDate":"2024-03-20","maturityDate":"2024-03-25","penaltyMultiplier":"5"}
            """,
            """{"type":"Draw","id":"s4","borrower":"FZ1","line":"L1","amount":10000000000000}""",
            """
            {"type":"OpenOrder","id":"s5","borrower":"FZ1","order":"O1","supplier":"S1","rate":"1",
             "maturityDate":"2024-03-10","tranches":[{"amount":10000000000000},{"amount":5,"releaseDate":"2024-03-02"}]}
            """);
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(20240301)]
    [InlineData(7)]
    public async Task Submit_HostileBodies_NeverAnswer5xxAndAnswer400ExactlyForShapeFailures(int seed)
    {
        var bodies = new FuzzBodies(new Random(seed));
        var failures = new List<string>();
        var answers = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < 250; i++)
        {
            var body = bodies.NextSingleBody();
            var contentType = i % 3 == 0 ? null : "application/json";
            var response = await SiloApi.PostAsync(Silo.Http, "v1/commands", body, contentType);
            var expected = ExpectedStatus(body);
            if (response.Code != expected || !HasExpectedShape(response))
            {
                failures.Add($"#{i} expected {expected}, got {response} for body {FuzzBodies.Describe(body)}");
            }

            Count(answers, response);
        }

        Report(answers);
        Assert.True(answers.GetValueOrDefault("200 ACCEPTED") >= 10, "The bodies hardly reach the ledger's rules.");

        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n" + string.Join("\n", failures.Take(10)));
        await AssertLedgerStillSoundAsync();
    }

    [Theory]
    [InlineData(20240302)]
    [InlineData(11)]
    public async Task Batch_HostileBodies_NeverAnswer5xxAndAnswerEveryItemOfAnArray(int seed)
    {
        var bodies = new FuzzBodies(new Random(seed));
        var failures = new List<string>();
        var answers = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < 120; i++)
        {
            var body = bodies.NextBatchBody();
            var response = await SiloApi.PostAsync(Silo.Http, "v1/commands/batch", body, "application/json");
            var items = ArrayLength(body);
            var expected = items is null ? 400 : 200;
            var answered = response.Code == 200 ? response.Json.GetArrayLength() : (int?)null;
            if (response.Code != expected || (items is not null && answered != items))
            {
                failures.Add($"#{i} expected {expected} with {items} results, got {response} for body "
                    + FuzzBodies.Describe(body));
            }

            Count(answers, response);
        }

        Report(answers);
        Assert.True(answers.GetValueOrDefault("200 ACCEPTED") >= 10, "The bodies hardly reach the ledger's rules.");

        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n" + string.Join("\n", failures.Take(10)));
        await AssertLedgerStillSoundAsync();
    }

    /// <summary>Tallies answers by status and, for a 200, by outcome (per item of a batch).</summary>
    private static void Count(SortedDictionary<string, int> answers, ApiResponse response)
    {
        var keys = response.Code != 200 ? [response.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            : response.Json.ValueKind == JsonValueKind.Array
                ? response.Json.EnumerateArray().Select(item => "200 " + item.GetProperty("outcome").GetString())
                : ["200 " + response.Json.GetProperty("outcome").GetString()];
        foreach (var key in keys)
        {
            answers[key] = answers.GetValueOrDefault(key) + 1;
        }
    }

    private void Report(SortedDictionary<string, int> answers) =>
        output.WriteLine(string.Join("\n", answers.Select(a => $"{a.Key}: {a.Value}")));

    /// <summary>413 over the size limit; else 200 for a record the domain's parser takes as a command, 400 for one
    /// it does not (including a record whose strings cannot be decoded at all, on which the parser throws).</summary>
    private static int ExpectedStatus(byte[] body)
    {
        if (body.Length > SingleLimitBytes)
        {
            return 413;
        }

        try
        {
            return CommandParser.Parse(body).Command is null ? 400 : 200;
        }
        catch (InvalidOperationException)
        {
            return 400;
        }
    }

    /// <summary>A 200 carries an id and an outcome; a 400 carries the spec's reason and a field.</summary>
    private static bool HasExpectedShape(ApiResponse response)
    {
        try
        {
            var json = response.Json;
            return response.Code switch
            {
                200 => json.GetProperty("outcome").GetString() is { Length: > 0 }
                    && json.GetProperty("id").ValueKind == JsonValueKind.String,
                400 => json.GetProperty("reason").GetString() is "INVALID_COMMAND" or "INVALID_AMOUNT"
                    && json.GetProperty("field").GetString() is { Length: > 0 },
                _ => true,
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>How many items the batch endpoint should answer: the array's length when the body parses as one
    /// (with the parser defaults the endpoint uses), else null.</summary>
    private static int? ArrayLength(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>After the storm the silo is alive and its books balance.</summary>
    private async Task AssertLedgerStillSoundAsync()
    {
        var health = await SiloApi.GetAsync(Silo.Http, "health");
        var snapshot = await SiloApi.GetAsync(Silo.Http, "v1/snapshot");

        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.True(snapshot.Status == HttpStatusCode.OK, snapshot.ToString());
        var accounts = snapshot.Json.GetProperty("accounts").EnumerateObject().Select(a => a.Value.GetInt64());
        Assert.Equal(0, accounts.Sum());
        var exposure = snapshot.Json.GetProperty("borrowers").EnumerateObject()
            .Sum(b => b.Value.GetProperty("exposure").GetInt64());
        var principal = snapshot.Json.GetProperty("accounts").TryGetProperty("loan-principal", out var p)
            ? p.GetInt64()
            : 0;
        Assert.Equal(principal, exposure);
    }
}
